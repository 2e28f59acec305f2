/*
 * module.c: the extension's module magic and its version functions.
 *
 * indicator_version() reports the compiled library's version so that a mismatch
 * between the installed SQL script and the shared library is visible; the ICU
 * version tells which collation rules the category functions use.
 */
#include "postgres.h"

#include "fmgr.h"
#include "utils/builtins.h"

#include <unicode/uversion.h>

PG_MODULE_MAGIC;

#ifndef INDICATOR_VERSION
#define INDICATOR_VERSION "0.1.0"
#endif

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
