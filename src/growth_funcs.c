/*
 * growth_funcs.c: growth(), apply_change(), base_value(), cagr() and the aggregates
 * group_growth(), contribution() and pull().  The arithmetic is in src/core/growth.c;
 * the aggregates reuse the sum state of src/core/sum.c and its (de)serialization.
 */
#include "indicator.h"

#include "libpq/pqformat.h"
#include "utils/builtins.h"
#include "utils/fmgrprotos.h"
#include "utils/numeric.h"

static int
basis_id(text *t)
{
	char	   *s = text_to_cstring(t);
	int			id = ind_basis_id(s);

	if (id < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unknown basis \"%s\"", s),
				 errhint("Known bases: 同比, 环比, 比上年, 比去年, 较上年, 比上年同期, 比上月, 比年初, 年均 ...")));
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

PG_FUNCTION_INFO_V1(indicator_apply_change);
Datum
indicator_apply_change(PG_FUNCTION_ARGS)
{
	Indicator	r;
	IndError	err;

	if (!ind_apply_change(PG_GETARG_INDICATOR_P(0), PG_GETARG_INDICATOR_P(1), false, &r, &err))
		ind_report_error(&err);
	return ind_boxed(&r);
}

PG_FUNCTION_INFO_V1(indicator_base_value);
Datum
indicator_base_value(PG_FUNCTION_ARGS)
{
	Indicator	r;
	IndError	err;

	if (!ind_apply_change(PG_GETARG_INDICATOR_P(0), PG_GETARG_INDICATOR_P(1), true, &r, &err))
		ind_report_error(&err);
	return ind_boxed(&r);
}

static Datum
num(const char *s)
{
	return DirectFunctionCall3(numeric_in, CStringGetDatum(s), ObjectIdGetDatum(InvalidOid),
							   Int32GetDatum(-1));
}

/*
 * cagr(first, last, years, digits): 年均增长x% = (last/first)^(1/years) − 1.  The root is
 * taken with PostgreSQL's numeric power (decimal arithmetic, no floating point) to 30
 * decimals, then rounded half-even to the requested digits.
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
	char		buf[128];
	Datum		ratio,
				root,
				rate;
	ExactValue	v;
	QualClass	cls;

	if (first->verb || last->verb || ind_dim_key(first) != ind_dim_key(last))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("cagr() needs two levels of one dimension")));
	if (numeric_is_nan(years) || numeric_is_inf(years) ||
		DatumGetBool(DirectFunctionCall2(numeric_le, NumericGetDatum(years), num("0"))))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("cagr() needs a positive number of years")));
	if (first->coef <= 0 || last->coef < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("cagr() needs a positive first value and a non-negative last value")));
	if (!ind_divide(last, first, &q, &is_number, &d, &s, &err))
		ind_report_error(&err);
	ind_i128_to_string(d, s, buf, sizeof(buf));
	ratio = num(buf);
	root = DirectFunctionCall2(numeric_power, ratio,
							   DirectFunctionCall2(numeric_div, num("1"), NumericGetDatum(years)));
	rate = DirectFunctionCall2(numeric_mul,
							   DirectFunctionCall2(numeric_sub, root, num("1")), num("100"));
	rate = DirectFunctionCall2(numeric_round, rate, Int32GetDatum(30));
	ind_numeric_to_dec(DatumGetNumeric(rate), &d, &s);
	v.n = d;
	v.d = 1;
	v.e = -s;
	if (!ind_exact_canonical(&v))
		ereport(ERROR, (errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE), errmsg("cagr() out of range")));
	cls = ind_quotient_class_of(last, first, true);
	if (!ind_rate_result(&v, q.unit ? q.unit : 0, ind_basis_id("年均"), digits, cls, true, &r, &err))
		ind_report_error(&err);
	r.unit = (uint8) ind_unit_id("%");	/* the rate is in % */
	return ind_boxed(&r);
}

/* ---- aggregates: two sums, or a sum and a constant ---- */

PairState *
pair_state(FunctionCallInfo fcinfo)
{
	MemoryContext ctx;
	PairState  *s;

	if (!AggCheckCallContext(fcinfo, &ctx))
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("aggregate function called in non-aggregate context")));
	if (!PG_ARGISNULL(0))
		return (PairState *) PG_GETARG_POINTER(0);
	s = MemoryContextAllocZero(ctx, sizeof(PairState));
	ind_sum_init(&s->a);
	ind_sum_init(&s->b);
	return s;
}

PG_FUNCTION_INFO_V1(indicator_pair_trans);
Datum
indicator_pair_trans(PG_FUNCTION_ARGS)
{
	PairState  *s = pair_state(fcinfo);
	IndError	err;

	if (PG_ARGISNULL(1) || PG_ARGISNULL(2))
		PG_RETURN_POINTER(s);
	if (!ind_sum_add(&s->a, PG_GETARG_INDICATOR_P(1), &err) ||
		!ind_sum_add(&s->b, PG_GETARG_INDICATOR_P(2), &err))
		ind_report_agg_error(&err);
	PG_RETURN_POINTER(s);
}

PG_FUNCTION_INFO_V1(indicator_share_trans);
Datum
indicator_share_trans(PG_FUNCTION_ARGS)
{
	PairState  *s = pair_state(fcinfo);
	IndError	err;
	Indicator  *total;

	if (PG_ARGISNULL(1) || PG_ARGISNULL(2))
		PG_RETURN_POINTER(s);
	total = PG_GETARG_INDICATOR_P(2);
	if (!s->has_total)
	{
		s->total = *total;
		s->has_total = true;
	}
	else if (!ind_equal(&s->total, total))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("the total differs between rows"),
				 errdetail("The second argument is the group's total and must be the same in every row.")));
	if (!ind_sum_add(&s->a, PG_GETARG_INDICATOR_P(1), &err))
		ind_report_agg_error(&err);
	PG_RETURN_POINTER(s);
}

PG_FUNCTION_INFO_V1(indicator_pair_combine);
Datum
indicator_pair_combine(PG_FUNCTION_ARGS)
{
	MemoryContext ctx;
	PairState  *a = PG_ARGISNULL(0) ? NULL : (PairState *) PG_GETARG_POINTER(0);
	PairState  *b = PG_ARGISNULL(1) ? NULL : (PairState *) PG_GETARG_POINTER(1);
	IndError	err;

	if (!AggCheckCallContext(fcinfo, &ctx))
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("aggregate function called in non-aggregate context")));
	if (b == NULL)
	{
		if (a == NULL)
			PG_RETURN_NULL();
		PG_RETURN_POINTER(a);
	}
	if (a == NULL)
	{
		a = MemoryContextAlloc(ctx, sizeof(PairState));
		*a = *b;
		PG_RETURN_POINTER(a);
	}
	if (b->has_total)
	{
		if (a->has_total && !ind_equal(&a->total, &b->total))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("the total differs between rows")));
		a->total = b->total;
		a->has_total = true;
	}
	if (!ind_sum_merge(&a->a, &b->a, &err) || !ind_sum_merge(&a->b, &b->b, &err))
		ind_report_agg_error(&err);
	PG_RETURN_POINTER(a);
}

PG_FUNCTION_INFO_V1(indicator_pair_serialize);
Datum
indicator_pair_serialize(PG_FUNCTION_ARGS)
{
	PairState  *s = (PairState *) PG_GETARG_POINTER(0);
	StringInfoData buf;
	uint8		total[16];

	indicator_send_bytes(&s->total, total);
	pq_begintypsend(&buf);
	ind_sum_send(&buf, &s->a);
	ind_sum_send(&buf, &s->b);
	pq_sendbyte(&buf, s->has_total);
	pq_sendbytes(&buf, (const char *) total, 16);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

PG_FUNCTION_INFO_V1(indicator_pair_deserialize);
Datum
indicator_pair_deserialize(PG_FUNCTION_ARGS)
{
	bytea	   *bytes = PG_GETARG_BYTEA_PP(0);
	MemoryContext ctx;
	PairState  *s;
	StringInfoData buf;
	uint8		has;

	if (!AggCheckCallContext(fcinfo, &ctx))
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("aggregate function called in non-aggregate context")));
	s = MemoryContextAllocZero(ctx, sizeof(PairState));
	initReadOnlyStringInfo_compat(&buf, VARDATA_ANY(bytes), VARSIZE_ANY_EXHDR(bytes));
	ind_sum_recv(&buf, &s->a);
	ind_sum_recv(&buf, &s->b);
	if (buf.len - buf.cursor != 17)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid indicator aggregate state")));
	has = (uint8) pq_getmsgbyte(&buf);
	if (has > 1)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid indicator aggregate state")));
	s->has_total = has;
	indicator_recv_bytes(&buf, &s->total);
	PG_RETURN_POINTER(s);
}

static bool
sums(PairState *s, Indicator *a, Indicator *b, bool want_b)
{
	IndError	err;

	if (s == NULL || s->a.count == 0)
		return false;
	if (!ind_sum_result(&s->a, a, &err))
		ind_report_agg_error(&err);
	if (want_b && !ind_sum_result(&s->b, b, &err))
		ind_report_agg_error(&err);
	return true;
}

PG_FUNCTION_INFO_V1(indicator_group_growth_final);
Datum
indicator_group_growth_final(PG_FUNCTION_ARGS)
{
	PairState  *s = PG_ARGISNULL(0) ? NULL : (PairState *) PG_GETARG_POINTER(0);
	Indicator	cur,
				prev,
				r;
	IndError	err;

	if (!sums(s, &cur, &prev, true))
		PG_RETURN_NULL();
	if (!ind_growth(&cur, &prev, 0, false, 1, &r, &err))
		ind_report_error(&err);
	return ind_boxed(&r);
}

/* Σpart / total as a rate: contribution in %, pull in percentage points. */
static Datum
share_final(FunctionCallInfo fcinfo, const char *unit, int digits)
{
	PairState  *s = PG_ARGISNULL(0) ? NULL : (PairState *) PG_GETARG_POINTER(0);
	Indicator	part,
				part_level,
				total_level,
				r;
	IndError	err;
	ExactValue	a,
				b,
				q,
				hundred = {1, 1, 2};

	if (!sums(s, &part, NULL, false) || !s->has_total)
		PG_RETURN_NULL();
	part_level = part;
	total_level = s->total;
	part_level.verb = part_level.basis = 0;
	total_level.verb = total_level.basis = 0;
	if (ind_dim_key(&part_level) != ind_dim_key(&total_level))
	{
		char		ua[64],
					ub[64];

		ind_format_unit(&part, ua, sizeof(ua));
		ind_format_unit(&s->total, ub, sizeof(ub));
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("incompatible units in aggregate"),
				 errdetail("The parts are in \"%s\" and the total in \"%s\".", ua, ub)));
	}
	ind_exact_base(&part, &a);
	ind_exact_base(&s->total, &b);
	if (b.n == 0)
		ereport(ERROR, (errcode(ERRCODE_DIVISION_BY_ZERO), errmsg("division by zero"),
						errdetail("The total is zero.")));
	if (!ind_exact_div(&a, &b, &q, &err) || !ind_exact_mul(&q, &hundred, &q))
		ind_report_error(&err);
	if (!ind_rate_result(&q, ind_unit_id(unit), 0, digits, ind_quotient_class_of(&part, &s->total, true),
						 false, &r, &err))
		ind_report_error(&err);
	return ind_boxed(&r);
}

PG_FUNCTION_INFO_V1(indicator_contribution_final);
Datum
indicator_contribution_final(PG_FUNCTION_ARGS)
{
	return share_final(fcinfo, "%", 1);
}

PG_FUNCTION_INFO_V1(indicator_pull_final);
Datum
indicator_pull_final(PG_FUNCTION_ARGS)
{
	return share_final(fcinfo, "个百分点", 2);
}
