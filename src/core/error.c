/*
 * error.c: filling in an IndError.  The core never raises; it returns false with the
 * error described, and the server maps the code to a SQLSTATE (src/indicator_io.c).
 */
#include "ind.h"

#include <stdio.h>

bool
ind_fail_at(IndError *err, IndErrorCode code, int position, const char *msg)
{
	err->code = code;
	err->position = position;
	snprintf(err->detail, sizeof(err->detail), "%s", msg);
	return false;
}

bool
ind_fail(IndError *err, IndErrorCode code, const char *msg)
{
	return ind_fail_at(err, code, 0, msg);
}

/* "cannot add "元" (CNY) and "亩" (area)": both units and their dimensions named */
bool
ind_fail_units(IndError *err, const char *what, const char *sep, const Indicator *a,
			   const Indicator *b)
{
	char		ua[64],
				ub[64];

	ind_format_unit(a, ua, sizeof(ua));
	ind_format_unit(b, ub, sizeof(ub));
	err->code = IND_ERR_DIMENSION;
	err->position = 0;
	snprintf(err->detail, sizeof(err->detail), "cannot %s \"%s\" (%s) %s \"%s\" (%s)", what,
			 ua[0] ? ua : "no unit", ind_dim_name(ind_dim_of_unit(a->unit)), sep,
			 ub[0] ? ub : "no unit", ind_dim_name(ind_dim_of_unit(b->unit)));
	return false;
}
