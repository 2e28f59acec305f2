/*
 * errors.c: the one mapping of core errors (IndErrorCode, src/core/ind.h) to SQLSTATEs
 * and messages.  Input errors quote the whole input (up to QUOTE_CHARS characters) and
 * name the offending part and its character position.
 */
#include "server.h"

#include "mb/pg_wchar.h"
#include "utils/builtins.h"

/* Quote at most this many characters of a bad input in the message. */
#define QUOTE_CHARS 120

static char *
quoted_input(const char *input)
{
	const char *p = input;

	for (int chars = 0; *p && chars < QUOTE_CHARS; chars++)
		p += pg_mblen(p);
	if (*p)
		return psprintf("%.*s…", (int) (p - input), input);
	return pstrdup(input);
}

bool
ind_report_input_error(const IndError *err, const char *typname, const char *input,
					   Node *escontext)
{
	char	   *q = quoted_input(input);

	/* a parsed value that fails validation is still a syntax error of its text */
	switch (err->code == IND_ERR_CORRUPT ? IND_ERR_SYNTAX : err->code)
	{
		case IND_ERR_RANGE:
			IND_ERRSAVE(escontext,
						(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
						 errmsg("value out of range for type %s: \"%s\"", typname, q),
						 errdetail("%s.", err->detail)));
			break;
		case IND_ERR_UNKNOWN_UNIT:
			IND_ERRSAVE(escontext,
						(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
						 errmsg("invalid input syntax for type %s: \"%s\"", typname, q),
						 errdetail("%s at character %d.", err->detail, err->position),
						 errhint("The built-in units are listed by indicator_units().")));
			break;
		default:
			IND_ERRSAVE(escontext,
						(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
						 errmsg("invalid input syntax for type %s: \"%s\"", typname, q),
						 err->position > 0
						 ? errdetail("%s at character %d.", err->detail, err->position)
						 : errdetail("%s.", err->detail)));
			break;
	}
	return false;
}

/* SQLSTATE, message and hint of each core error outside text input */
typedef struct ErrorReport
{
	int			sqlstate;
	const char *message;		/* NULL: the detail is the message */
	const char *hint;
} ErrorReport;

static const ErrorReport reports[] = {
	[IND_OK] = {ERRCODE_INVALID_PARAMETER_VALUE, gettext_noop("invalid argument"), NULL},
	[IND_ERR_SYNTAX] = {ERRCODE_INVALID_PARAMETER_VALUE, gettext_noop("invalid argument"), NULL},
	[IND_ERR_UNKNOWN_UNIT] = {ERRCODE_INVALID_PARAMETER_VALUE, gettext_noop("unknown unit"),
	gettext_noop("The built-in units are listed by indicator_units().")},
	[IND_ERR_RANGE] = {ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE, gettext_noop("indicator value out of range"), NULL},
	[IND_ERR_DIMENSION] = {ERRCODE_INVALID_PARAMETER_VALUE, gettext_noop("incompatible units"),
	gettext_noop("Units combine and convert only within one dimension; see indicator_units().")},
	[IND_ERR_CORRUPT] = {ERRCODE_INVALID_BINARY_REPRESENTATION, gettext_noop("invalid binary indicator value"), NULL},
	[IND_ERR_DIVISION_BY_ZERO] = {ERRCODE_DIVISION_BY_ZERO, gettext_noop("division by zero"), NULL},
	[IND_ERR_INVALID] = {ERRCODE_INVALID_PARAMETER_VALUE, NULL, NULL},
};

void
ind_report_error(const IndError *err)
{
	const ErrorReport *r = &reports[err->code <= IND_ERR_INVALID ? err->code : IND_OK];

	if (r->message == NULL)
		ereport(ERROR, (errcode(r->sqlstate), errmsg("%s", err->detail)));
	/* the core's own hint says what to do instead: the detail is then the message */
	if (ind_hint_text(err->hint))
		ereport(ERROR,
				(errcode(r->sqlstate),
				 errmsg("%s", err->detail),
				 errhint("%s", _(ind_hint_text(err->hint)))));
	/* a detail that only repeats the message (division by zero) is left out */
	ereport(ERROR,
			(errcode(r->sqlstate),
			 errmsg("%s", _(r->message)),
			 strcmp(err->detail, _(r->message)) != 0 ? errdetail("%s.", err->detail) : 0,
			 r->hint ? errhint("%s", _(r->hint)) : 0));
	pg_unreachable();
}

void
ind_report_agg_error(const IndError *err)
{
	if (err->code == IND_ERR_DIMENSION)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("incompatible units in aggregate"),
				 errdetail("%s.", err->detail),
				 errhint("Aggregate one dimension at a time, e.g. GROUP BY dimension(x).")));
	ind_report_error(err);
}
