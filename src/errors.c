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

	switch (err->code)
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

void
ind_report_error(const IndError *err)
{
	switch (err->code)
	{
		case IND_ERR_RANGE:
			ereport(ERROR,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("indicator value out of range"),
					 errdetail("%s.", err->detail)));
			break;
		case IND_ERR_DIMENSION:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("incompatible units"),
					 errdetail("%s.", err->detail),
					 errhint("Units combine and convert only within one dimension; see indicator_units().")));
			break;
		case IND_ERR_DIVISION_BY_ZERO:
			ereport(ERROR,
					(errcode(ERRCODE_DIVISION_BY_ZERO),
					 errmsg("division by zero"),
					 errdetail("%s.", err->detail)));
			break;
		case IND_ERR_UNKNOWN_UNIT:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("unknown unit"),
					 errdetail("%s.", err->detail),
					 errhint("The built-in units are listed by indicator_units().")));
			break;
		case IND_ERR_CORRUPT:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
					 errmsg("invalid binary indicator value"),
					 errdetail("%s.", err->detail)));
			break;
		case IND_ERR_INVALID:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("%s", err->detail)));
			break;
		default:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("invalid argument"),
					 errdetail("%s.", err->detail)));
	}
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
