/*
 * indicator_math.c: the operators + - * / and unary minus, ratio(), and the growth
 * functions growth, apply_change, base_value and cagr.  The rules are in
 * src/core/arith.c and src/core/growth.c; this file converts arguments and maps errors
 * to SQLSTATEs.  SQL declarations: sql/15_indicator_math.sql.
 */
#include "server.h"

#include "utils/builtins.h"
#include "utils/fmgrprotos.h"
#include "utils/numeric.h"

/* ---------------------------------------------------------------- operators */

IND_FIGURE_FUNCTION(indicator_pl, ind_add(PG_GETARG_INDICATOR_P(0), PG_GETARG_INDICATOR_P(1), false, &r, &err))
IND_FIGURE_FUNCTION(indicator_mi, ind_add(PG_GETARG_INDICATOR_P(0), PG_GETARG_INDICATOR_P(1), true, &r, &err))
IND_FIGURE_FUNCTION(indicator_um, ind_negate(PG_GETARG_INDICATOR_P(0), &r, &err))
IND_FIGURE_FUNCTION(indicator_mul, ind_multiply(PG_GETARG_INDICATOR_P(0), PG_GETARG_INDICATOR_P(1), &r, &err))
/* a / b: a dimensionless figure within a dimension, a per-unit figure across them */
IND_FIGURE_FUNCTION(indicator_div, ind_quotient(PG_GETARG_INDICATOR_P(0), PG_GETARG_INDICATOR_P(1), &r, &err))

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

/* ratio(a, b): a / b within one dimension, as numeric. */
PG_FUNCTION_INFO_V1(indicator_ratio);
Datum
indicator_ratio(PG_FUNCTION_ARGS)
{
	IndError	err;
	ind_i128	d;
	int			s;

	if (!ind_ratio(PG_GETARG_INDICATOR_P(0), PG_GETARG_INDICATOR_P(1), &d, &s, &err))
		ind_report_error(&err);
	PG_RETURN_DATUM(ind_numeric_from_dec(d, s));
}

/* ---------------------------------------------------------------- growth */

static int
basis_id(text *t)
{
	char	   *s = text_to_cstring(t);
	int			id = ind_basis_id(s);

	if (id < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unknown basis \"%s\"", s),
				 errhint("Known bases: 同比, 环比, 比上年, 比上年同期, 比上年末, 比上月, 比年初, 年均, 比7月份, 比2020年 ... (doc/indicator.md)")));
	return id;
}

static bool
unit_is_bei(text *t)
{
	char	   *s = text_to_cstring(t);

	if (strcmp(s, "%") == 0 || strcmp(s, "％") == 0)
		return false;
	if (strcmp(s, "倍") == 0)
		return true;
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("growth is given in %% or 倍, not \"%s\"", s)));
	return false;
}

/* growth(current, previous, basis text, unit text, digits int) */
PG_FUNCTION_INFO_V1(indicator_growth);
Datum
indicator_growth(PG_FUNCTION_ARGS)
{
	Indicator	r;
	IndError	err;
	int			basis = PG_ARGISNULL(2) ? 0 : basis_id(PG_GETARG_TEXT_PP(2));
	bool		bei = PG_ARGISNULL(3) ? false : unit_is_bei(PG_GETARG_TEXT_PP(3));
	int			digits = PG_ARGISNULL(4) ? 1 : PG_GETARG_INT32(4);

	if (PG_ARGISNULL(0) || PG_ARGISNULL(1))
		PG_RETURN_NULL();
	if (!ind_growth(PG_GETARG_INDICATOR_P(0), PG_GETARG_INDICATOR_P(1), basis, bei, digits, &r, &err))
		ind_report_error(&err);
	return ind_boxed(&r);
}

IND_FIGURE_FUNCTION(indicator_apply_change, ind_apply_change(PG_GETARG_INDICATOR_P(0), PG_GETARG_INDICATOR_P(1), false, &r, &err))
IND_FIGURE_FUNCTION(indicator_base_value, ind_apply_change(PG_GETARG_INDICATOR_P(0), PG_GETARG_INDICATOR_P(1), true, &r, &err))

/*
 * cagr(first, last, years, digits): 年均增长x% = (last/first)^(1/years) − 1.  The one rule
 * not in the core: a root of any (fractional) order needs arbitrary precision, so it is
 * taken with PostgreSQL's numeric power (decimal arithmetic, no floating point) to 30
 * decimals; the core then rounds it half-even and gives it its qualifier.
 */
PG_FUNCTION_INFO_V1(indicator_cagr);
Datum
indicator_cagr(PG_FUNCTION_ARGS)
{
	Indicator  *first = PG_GETARG_INDICATOR_P(0),
			   *last = PG_GETARG_INDICATOR_P(1);
	Numeric		years = PG_GETARG_NUMERIC(2);
	int			digits = PG_GETARG_INT32(3);
	Indicator	q,
				r;
	IndError	err;
	bool		is_number;
	ind_i128	d;
	int			s;
	Datum		root,
				rate;
	ExactValue	v;

	if (first->verb || last->verb || ind_dim_key(first) != ind_dim_key(last))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("cagr() needs two levels of one dimension")));
	if (numeric_is_nan(years) || numeric_is_inf(years) ||
		DatumGetBool(DirectFunctionCall2(numeric_le, NumericGetDatum(years),
										 ind_numeric_from_cstring("0"))))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("cagr() needs a positive number of years")));
	if (first->coef <= 0 || last->coef < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("cagr() needs a positive first value and a non-negative last value")));
	if (!ind_divide(last, first, &q, &is_number, &d, &s, &err))
		ind_report_error(&err);
	root = DirectFunctionCall2(numeric_power, ind_numeric_from_dec(d, s),
							   DirectFunctionCall2(numeric_div, ind_numeric_from_cstring("1"),
												   NumericGetDatum(years)));
	rate = DirectFunctionCall2(numeric_mul,
							   DirectFunctionCall2(numeric_sub, root, ind_numeric_from_cstring("1")),
							   ind_numeric_from_cstring("100"));
	rate = DirectFunctionCall2(numeric_round, rate, Int32GetDatum(30));
	ind_numeric_to_exact(DatumGetNumeric(rate), &v);
	if (!ind_rate_result(&v, ind_unit_id("%"), ind_basis_id("年均"), digits,
						 ind_quotient_class_of(last, first, true), true, &r, &err))
		ind_report_error(&err);
	return ind_boxed(&r);
}
