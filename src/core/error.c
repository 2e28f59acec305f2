/*
 * error.c: filling in an IndError.  The core never raises; it returns false with the
 * error described, and the server maps the code to a SQLSTATE (src/errors.c).
 * This file depends on nothing else in the core.
 */
#include "ind.h"

#include <stdarg.h>
#include <stdio.h>

const char *(*ind_translate) (const char *msgid) = NULL;

bool
ind_fail(IndError *err, IndErrorCode code, int position, const char *fmt,...)
{
	va_list		ap;

	err->code = code;
	err->position = position;
	if (ind_translate != NULL)
		fmt = ind_translate(fmt);
	va_start(ap, fmt);
	vsnprintf(err->detail, sizeof(err->detail), fmt, ap);
	va_end(ap);
	return false;
}
