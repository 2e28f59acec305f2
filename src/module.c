/*
 * module.c: the extension's module magic, its setting, and its version functions.
 *
 * indicator.approx_tolerance is the relative width of approximate figures (约5%,
 * 5%左右).  It is text so that no floating point is involved; the core reads it
 * exactly (ind_parse_tolerance).
 *
 * indicator_version() reports the compiled library's version so that a mismatch
 * between the installed SQL script and the shared library is visible; the ICU
 * version tells which collation rules the category functions use.
 */
#include "server.h"

#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/guc.h"

#include <unicode/uversion.h>

PG_MODULE_MAGIC;

#ifndef INDICATOR_VERSION
#error "INDICATOR_VERSION is set by the Makefile from indicator.control"
#endif

#define DEFAULT_TOLERANCE "0.1"

static char *approx_tolerance = NULL;

static bool
check_tolerance(char **newval, void **extra, GucSource source)
{
	ExactValue	v;

	if (!ind_parse_tolerance(*newval, &v))
	{
		GUC_check_errdetail("indicator.approx_tolerance must be a decimal between 0 and 1, such as 0.1.");
		return false;
	}
	return true;
}

void		_PG_init(void);

/* the core's details in the language of lc_messages (src/nls.h) */
static const char *
translate_detail(const char *msgid)
{
	return _(msgid);
}

/* the core's long loops (ind_poll) answer a cancel or statement_timeout */
static void
check_interrupts(void)
{
	CHECK_FOR_INTERRUPTS();
}

void
_PG_init(void)
{
	pg_bindtextdomain(TEXTDOMAIN);
	ind_translate = translate_detail;
	ind_interrupt_hook = check_interrupts;
	DefineCustomStringVariable("indicator.approx_tolerance",
							   "Relative tolerance of approximate figures (约5%, 5%左右).",
							   "A decimal between 0 and 1; 0.1 means within 10% of the figure.",
							   &approx_tolerance,
							   DEFAULT_TOLERANCE,
							   PGC_USERSET, 0,
							   check_tolerance, NULL, NULL);
	MarkGUCPrefixReserved("indicator");
}

void
ind_tolerance(ExactValue *out)
{
	/* the check hook admitted the value */
	if (!ind_parse_tolerance(approx_tolerance ? approx_tolerance : DEFAULT_TOLERANCE, out))
		elog(ERROR, "indicator.approx_tolerance holds an invalid value");
}

/*
 * The tolerance of a function taking it as an optional argument: argument argno when
 * given (the IMMUTABLE variants, for indexes and generated columns), else the setting.
 * The argument obeys the setting's rule.
 */
void
ind_tolerance_arg(FunctionCallInfo fcinfo, int argno, ExactValue *out)
{
	char	   *s;

	if (PG_NARGS() <= argno)
	{
		ind_tolerance(out);
		return;
	}
	s = DatumGetCString(DirectFunctionCall1(numeric_out, PG_GETARG_DATUM(argno)));
	if (!ind_parse_tolerance(s, out))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("tolerance %s is not between 0 and 1", s),
				 errdetail("The tolerance is the relative width of 约x and x左右: 0.1 means within 10%% of x.")));
}

PG_FUNCTION_INFO_V1(indicator_version);
Datum
indicator_version(PG_FUNCTION_ARGS)
{
	PG_RETURN_TEXT_P(cstring_to_text(INDICATOR_VERSION));
}

PG_FUNCTION_INFO_V1(indicator_icu_version);
Datum
indicator_icu_version(PG_FUNCTION_ARGS)
{
	UVersionInfo v;
	char		buf[U_MAX_VERSION_STRING_LENGTH];

	u_getVersion(v);
	u_versionToString(v, buf);
	PG_RETURN_TEXT_P(cstring_to_text(buf));
}
