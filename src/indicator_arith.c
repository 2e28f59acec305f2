/*
 * indicator_arith.c: the SQL operators + - * / and unary minus.  The rules themselves
 * live in src/core/arith.c; this file converts arguments and maps errors to SQLSTATEs.
 */
#include "indicator.h"

#include "utils/builtins.h"
#include "utils/fmgrprotos.h"
#include "utils/numeric.h"

/* A numeric argument as an exact decimal digits x 10^-scale (at most 38 digits). */
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
			if (++nd > 36)
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


PG_FUNCTION_INFO_V1(indicator_pl);
Datum
indicator_pl(PG_FUNCTION_ARGS)
{
	Indicator	r;
	IndError	err;

	if (!ind_add(PG_GETARG_INDICATOR_P(0), PG_GETARG_INDICATOR_P(1), false, &r, &err))
		ind_report_error(&err);
	return ind_boxed(&r);
}

PG_FUNCTION_INFO_V1(indicator_mi);
Datum
indicator_mi(PG_FUNCTION_ARGS)
{
	Indicator	r;
	IndError	err;

	if (!ind_add(PG_GETARG_INDICATOR_P(0), PG_GETARG_INDICATOR_P(1), true, &r, &err))
		ind_report_error(&err);
	return ind_boxed(&r);
}

PG_FUNCTION_INFO_V1(indicator_um);
Datum
indicator_um(PG_FUNCTION_ARGS)
{
	Indicator	r;
	IndError	err;

	if (!ind_negate(PG_GETARG_INDICATOR_P(0), &r, &err))
		ind_report_error(&err);
	return ind_boxed(&r);
}

static Datum
scale_by(Indicator *x, Numeric k, bool divide)
{
	Indicator	r;
	IndError	err;
	ind_i128	d;
	int			s;

	ind_numeric_to_dec(k, &d, &s);
	if (divide && d == 0)
		ereport(ERROR,
				(errcode(ERRCODE_DIVISION_BY_ZERO),
				 errmsg("division by zero")));
	if (!ind_scale_by(x, d, s, divide, &r, &err))
		ind_report_error(&err);
	return ind_boxed(&r);
}

PG_FUNCTION_INFO_V1(indicator_mul_numeric);
Datum
indicator_mul_numeric(PG_FUNCTION_ARGS)
{
	return scale_by(PG_GETARG_INDICATOR_P(0), PG_GETARG_NUMERIC(1), false);
}

PG_FUNCTION_INFO_V1(numeric_mul_indicator);
Datum
numeric_mul_indicator(PG_FUNCTION_ARGS)
{
	return scale_by(PG_GETARG_INDICATOR_P(1), PG_GETARG_NUMERIC(0), false);
}

PG_FUNCTION_INFO_V1(indicator_div_numeric);
Datum
indicator_div_numeric(PG_FUNCTION_ARGS)
{
	return scale_by(PG_GETARG_INDICATOR_P(0), PG_GETARG_NUMERIC(1), true);
}

PG_FUNCTION_INFO_V1(indicator_mul);
Datum
indicator_mul(PG_FUNCTION_ARGS)
{
	Indicator	r;
	IndError	err;

	if (!ind_multiply(PG_GETARG_INDICATOR_P(0), PG_GETARG_INDICATOR_P(1), &r, &err))
		ind_report_error(&err);
	return ind_boxed(&r);
}

/*
 * indicator / indicator.  One SQL operator has one result type, so a quotient within a
 * dimension is a dimensionless indicator (cast it to numeric, or call ratio()); across
 * dimensions it is a per-unit figure (1.4万亿元 / 1000万人 = 14万元/人).
 */
PG_FUNCTION_INFO_V1(indicator_div);
Datum
indicator_div(PG_FUNCTION_ARGS)
{
	Indicator	r;
	IndError	err;
	bool		is_number;
	ind_i128	d;
	int			s;

	if (!ind_divide(PG_GETARG_INDICATOR_P(0), PG_GETARG_INDICATOR_P(1), &r, &is_number, &d, &s, &err))
		ind_report_error(&err);
	if (is_number)
	{
		memset(&r, 0, sizeof(r));
		while ((d >= (ind_i128) 1000000000000000000LL || d <= -(ind_i128) 1000000000000000000LL) &&
			   d % 10 == 0)
		{
			d /= 10;
			s--;
		}
		r.coef = (int64) d;
		r.scale = (int8) s;
		if (!ind_validate(&r, &err))
		{
			/* a quotient too small or too large for a figure (beyond 10^-40 .. 10^36) */
			ind_fail(&err, IND_ERR_RANGE, "the quotient is out of range; ratio() gives it as numeric");
			ind_report_error(&err);
		}
	}
	return ind_boxed(&r);
}

/* ratio(a, b): a / b within one dimension, as numeric. */
PG_FUNCTION_INFO_V1(indicator_ratio);
Datum
indicator_ratio(PG_FUNCTION_ARGS)
{
	Indicator	r;
	IndError	err;
	bool		is_number;
	ind_i128	d;
	int			s;
	char		buf[128];
	Indicator  *a = PG_GETARG_INDICATOR_P(0),
			   *b = PG_GETARG_INDICATOR_P(1);

	if (ind_dim_key(a) != ind_dim_key(b))
	{
		err.code = IND_ERR_DIMENSION;
		snprintf(err.detail, sizeof(err.detail), "ratio() needs one dimension");
		{
			char		ua[64],
						ub[64];

			ind_format_unit(a, ua, sizeof(ua));
			ind_format_unit(b, ub, sizeof(ub));
			snprintf(err.detail, sizeof(err.detail), "ratio() of \"%s\" and \"%s\" needs one dimension",
					 ua[0] ? ua : "no unit", ub[0] ? ub : "no unit");
		}
		ind_report_error(&err);
	}
	if (!ind_divide(a, b, &r, &is_number, &d, &s, &err))
		ind_report_error(&err);
	ind_i128_to_string(d, s, buf, sizeof(buf));
	PG_RETURN_DATUM(DirectFunctionCall3(numeric_in, CStringGetDatum(buf),
										ObjectIdGetDatum(InvalidOid), Int32GetDatum(-1)));
}
