/*
 * error.c: filling in an IndError.  The core never raises; it returns false with the
 * error described, and the server maps the code to a SQLSTATE (src/errors.c).
 * This file depends on nothing else in the core.
 */
#include "ind.h"

#include <stdarg.h>
#include <stdio.h>

bool
ind_fail(IndError *err, IndErrorCode code, int position, const char *fmt,...)
{
	va_list		ap;

	err->code = code;
	err->position = position;
	err->hint = IND_HINT_NONE;
	va_start(ap, fmt);
	vsnprintf(err->detail, sizeof(err->detail), fmt, ap);
	va_end(ap);
	return false;
}

const char *
ind_hint_text(int hint)
{
	switch (hint)
	{
		case IND_HINT_APPLY_CHANGE:
			return "A change applies to a level with apply_change(level, change); growth(current, previous) gives the change between two levels.";
		case IND_HINT_JUDGE_KIND:
			return "Judge a change against a change target (meets('增长5.9%', '增长5.5%左右')) and a level against a level target; growth(current, previous) turns two levels into a change.";
		case IND_HINT_PRODUCT:
			return "A product of two units (元×元) is not a unit: multiply by a number (x * 2), or multiply a per-unit figure by its denominator ('500元/人' * '3万人').";
	}
	return NULL;
}
