/*
 * numeric_conv.c: PostgreSQL numeric values to and from the core's exact decimals.
 * A numeric reaches the core as digits x 10^-scale through its text form, which is
 * exact; results go back the same way.
 */
#include "server.h"

#include "utils/builtins.h"
#include "utils/fmgrprotos.h"
#include "utils/numeric.h"

void
ind_numeric_to_dec(Numeric n, ind_i128 *digits, int *scale)
{
	char	   *s;
	ind_i128	v = 0;
	int			sc = 0,
				nd = 0;
	bool		neg = false,
				point = false;

	if (numeric_is_nan(n) || numeric_is_inf(n))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("cannot use %s with an indicator", numeric_is_nan(n) ? "NaN" : "infinity")));
	s = DatumGetCString(DirectFunctionCall1(numeric_out, NumericGetDatum(n)));
	for (char *p = s; *p; p++)
	{
		if (*p == '-')
			neg = true;
		else if (*p == '.')
			point = true;
		else if (*p >= '0' && *p <= '9')
		{
			if (v == 0 && *p == '0' && !point)
				continue;
			if (++nd > IND_MAX_INT_DIGITS)
				ereport(ERROR,
						(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
						 errmsg("numeric factor %s has too many digits", s)));
			v = v * 10 + (*p - '0');
			if (point)
				sc++;
		}
	}
	*digits = neg ? -v : v;
	*scale = sc;
}

void
ind_numeric_to_exact(Numeric n, ExactValue *out)
{
	ind_i128	d;
	int			s;

	ind_numeric_to_dec(n, &d, &s);
	out->n = d;
	out->d = 1;
	out->e = -s;
	if (!ind_exact_canonical(out))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("numeric value out of range")));
}

Datum
ind_numeric_from_cstring(const char *s)
{
	return DirectFunctionCall3(numeric_in, CStringGetDatum(s),
							   ObjectIdGetDatum(InvalidOid), Int32GetDatum(-1));
}

Datum
ind_numeric_from_dec(ind_i128 digits, int scale)
{
	char		buf[128];

	if (ind_i128_to_string(digits, scale, buf, sizeof(buf)) < 0)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("numeric value out of range")));
	return ind_numeric_from_cstring(buf);
}
