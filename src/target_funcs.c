/*
 * target_funcs.c: the target type's I/O, order and hash, and the plan-completion
 * functions meets, completion, gap, target_status, schedule_status and completion_agg.
 * The rules are in src/core/target.c and src/core/interval.c.
 */
#include "indicator.h"

#include "libpq/pqformat.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/fmgrprotos.h"
#include "utils/numeric.h"
#include "utils/rangetypes.h"


PG_FUNCTION_INFO_V1(target_in);
Datum
target_in(PG_FUNCTION_ARGS)
{
	char	   *s = PG_GETARG_CSTRING(0);
	Target	   *t = palloc(sizeof(Target));
	IndError	err;

	if (!ind_target_parse(s, strlen(s), t, &err))
	{
		if (err.code == IND_ERR_CORRUPT)
			err.code = IND_ERR_SYNTAX;
		ind_report_input_error(&err, "target", s, fcinfo->context);
		PG_RETURN_NULL();
	}
	PG_RETURN_POINTER(t);
}

PG_FUNCTION_INFO_V1(target_out);
Datum
target_out(PG_FUNCTION_ARGS)
{
	char	   *buf = palloc(TARGET_OUT_MAX);

	ind_target_format(PG_GETARG_TARGET_P(0), buf, TARGET_OUT_MAX);
	PG_RETURN_CSTRING(buf);
}

PG_FUNCTION_INFO_V1(target_send);
Datum
target_send(PG_FUNCTION_ARGS)
{
	Target	   *t = PG_GETARG_TARGET_P(0);
	StringInfoData buf;
	uint8		bytes[16];

	pq_begintypsend(&buf);
	pq_sendbyte(&buf, t->cmp);
	pq_sendbyte(&buf, t->flags);
	indicator_send_bytes(&t->main, bytes);
	pq_sendbytes(&buf, (const char *) bytes, 16);
	indicator_send_bytes(&t->upper, bytes);
	pq_sendbytes(&buf, (const char *) bytes, 16);
	indicator_send_bytes(&t->stretch, bytes);
	pq_sendbytes(&buf, (const char *) bytes, 16);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

PG_FUNCTION_INFO_V1(target_recv);
Datum
target_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	Target	   *t = palloc0(sizeof(Target));
	IndError	err;

	if (buf->len - buf->cursor != 50)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary target value"),
				 errdetail("Expected 50 bytes, got %d.", buf->len - buf->cursor)));
	t->cmp = (uint8) pq_getmsgbyte(buf);
	t->flags = (uint8) pq_getmsgbyte(buf);
	indicator_recv_bytes(buf, &t->main);
	/* unused slots travel as zero bytes (a valid figure: 0); the target check below
	 * requires them to be zero */
	indicator_recv_bytes(buf, &t->upper);
	indicator_recv_bytes(buf, &t->stretch);
	if (!ind_target_validate(t, &err))
	{
		err.code = IND_ERR_CORRUPT;
		ind_report_error(&err);
	}
	PG_RETURN_POINTER(t);
}

#define TARGET_CMP_FN(name, expr) \
	PG_FUNCTION_INFO_V1(name); \
	Datum \
	name(PG_FUNCTION_ARGS) \
	{ \
		int			c = ind_target_compare(PG_GETARG_TARGET_P(0), PG_GETARG_TARGET_P(1)); \
		PG_RETURN_BOOL(expr); \
	}

TARGET_CMP_FN(target_eq, c == 0)
TARGET_CMP_FN(target_ne, c != 0)
TARGET_CMP_FN(target_lt, c < 0)
TARGET_CMP_FN(target_le, c <= 0)
TARGET_CMP_FN(target_gt, c > 0)
TARGET_CMP_FN(target_ge, c >= 0)

PG_FUNCTION_INFO_V1(target_cmp);
Datum
target_cmp(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(ind_target_compare(PG_GETARG_TARGET_P(0), PG_GETARG_TARGET_P(1)));
}

PG_FUNCTION_INFO_V1(target_hash);
Datum
target_hash(PG_FUNCTION_ARGS)
{
	uint64		h = ind_target_hash(PG_GETARG_TARGET_P(0), 0);

	PG_RETURN_INT32((int32) (h ^ (h >> 32)));
}

PG_FUNCTION_INFO_V1(target_hash_extended);
Datum
target_hash_extended(PG_FUNCTION_ARGS)
{
	uint64		seed = (uint64) PG_GETARG_INT64(1);
	uint64		h = ind_target_hash(PG_GETARG_TARGET_P(0), seed);

	if (seed == 0)
		h = (h & ~(uint64) 0xFFFFFFFF) | (uint32) (h ^ (h >> 32));
	PG_RETURN_INT64((int64) h);
}

/* ---- judging ---- */

static TargetVerdict
verdict(Indicator *a, Target *t)
{
	ExactValue	tol;
	TargetVerdict v;
	IndError	err;

	ind_tolerance(&tol);
	if (!ind_target_meets(a, t, &tol, &v, &err))
		ind_report_error(&err);
	return v;
}

PG_FUNCTION_INFO_V1(target_meets);
Datum
target_meets(PG_FUNCTION_ARGS)
{
	TargetVerdict v = verdict(PG_GETARG_INDICATOR_P(0), PG_GETARG_TARGET_P(1));

	if (v == TV_UNKNOWN)
		PG_RETURN_NULL();
	PG_RETURN_BOOL(v == TV_MET);
}

static Datum
numeric_of(ind_i128 d, int scale)
{
	char		buf[128];

	ind_i128_to_string(d, scale, buf, sizeof(buf));
	return DirectFunctionCall3(numeric_in, CStringGetDatum(buf), ObjectIdGetDatum(InvalidOid),
							   Int32GetDatum(-1));
}

PG_FUNCTION_INFO_V1(target_completion);
Datum
target_completion(PG_FUNCTION_ARGS)
{
	ind_i128	q;
	int			s;
	IndError	err;

	if (!ind_target_completion(PG_GETARG_INDICATOR_P(0), PG_GETARG_TARGET_P(1), PG_GETARG_INT32(2),
							   &q, &s, &err))
		ind_report_error(&err);
	PG_RETURN_DATUM(numeric_of(q, s));
}

/* gap: actual minus the target figure (a range: minus the nearer end, zero inside). */
PG_FUNCTION_INFO_V1(target_gap);
Datum
target_gap(PG_FUNCTION_ARGS)
{
	Indicator  *a = PG_GETARG_INDICATOR_P(0);
	Target	   *t = PG_GETARG_TARGET_P(1);
	Indicator  *r = palloc(sizeof(Indicator));
	Indicator	ref = t->main;
	IndError	err;

	if (t->cmp == TC_BETWEEN)
	{
		Indicator	lo = t->main,
					hi = t->upper;

		if (ind_compare(&lo, &hi) > 0)
		{
			lo = t->upper;
			hi = t->main;
		}
		if (ind_dim_key(a) == ind_dim_key(&lo) && ind_compare(a, &lo) < 0)
			ref = lo;
		else if (ind_dim_key(a) == ind_dim_key(&hi) && ind_compare(a, &hi) > 0)
			ref = hi;
		else
			ref = *a;			/* inside: a zero gap in the actual's unit */
	}
	ref.qual = 0;
	ref.flags &= ~IND_LEAD_MASK;
	if (ind_dim_key(a) != ind_dim_key(&ref))
	{
		ind_fail_units(&err, "measure the gap of", "to the target in", a, &ref);
		ind_report_error(&err);
	}
	if (!ind_add(a, &ref, true, r, &err))
		ind_report_error(&err);
	PG_RETURN_POINTER(r);
}

/* Is the actual beyond the target figure in the favourable direction? */
static bool
beyond(const Indicator *a, const Target *t)
{
	ExactValue	va,
				vt;
	int			c;
	ChangeDir	d = ind_change_dir(&t->main);

	ind_exact_base(a, &va);
	ind_exact_base(&t->main, &vt);
	c = ind_cmp_exact(&va, &vt);
	/* for a decline target (下降3%) a bigger decline is better */
	if ((d == CD_UP || d == CD_DOWN) && (t->main.coef < 0 || d == CD_DOWN))
		c = -c;
	return c > 0;
}

/* 超额完成, 完成, 未完成 (NULL when undecidable) */
PG_FUNCTION_INFO_V1(target_status);
Datum
target_status(PG_FUNCTION_ARGS)
{
	Indicator  *a = PG_GETARG_INDICATOR_P(0);
	Target	   *t = PG_GETARG_TARGET_P(1);
	TargetVerdict v = verdict(a, t);
	const char *status;

	if (v == TV_UNKNOWN)
		PG_RETURN_NULL();
	if (v == TV_NOT_MET)
		status = "未完成";
	else if ((t->cmp == TC_REACH || t->cmp == TC_GE || t->cmp == TC_GT) && beyond(a, t))
		status = "超额完成";	/* only targets one reaches can be exceeded */
	else
		status = "完成";
	PG_RETURN_TEXT_P(cstring_to_text(status));
}

/*
 * schedule_status: completion against elapsed time (时间过半、任务过半).
 * For additive totals (money, counts, area ... accumulated over the period) progress is
 * actual / target: 滞后 when progress < elapsed, 超前 when progress >= elapsed x
 * (1 + tolerance), else 正常; for a cap on a total the actual is what has been used, and
 * using more than the elapsed share is 滞后.  Rates, changes and per-unit figures do not
 * accumulate, so the figure to date is judged as it stands: met 正常, not met 滞后,
 * undecidable NULL.
 */
static bool
accumulates(const Target *t)
{
	int			dim = ind_dim_of_unit(t->main.unit);

	return !t->main.verb && !t->main.per_unit && dim != ind_dim_of_unit(ind_unit_id("%")) &&
		dim != ind_dim_of_unit(ind_unit_id("个百分点"));
}

static text *
schedule(Indicator *a, Target *t, Datum elapsed)
{
	ExactValue	rate;
	IndError	err;
	ind_i128	d;
	int			s;
	Datum		progress,
				tol_factor;
	char		buf[64];
	bool		cap = t->cmp == TC_LE || t->cmp == TC_LT;
	ExactValue	tol;

	if (!accumulates(t))
	{
		TargetVerdict v = verdict(a, t);

		if (v == TV_UNKNOWN)
			return NULL;
		return cstring_to_text(v == TV_MET ? "正常" : "滞后");
	}
	if (t->cmp == TC_BETWEEN || t->cmp == TC_APPROX)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("schedule_status of a total needs a target to reach or a cap, not a range or an approximate figure")));
	if (!ind_target_progress(a, t, &rate, &err))
		ind_report_error(&err);
	if (!ind_exact_round(&rate, 20, &d))
		ereport(ERROR, (errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE), errmsg("progress out of range")));
	s = 20;
	progress = numeric_of(d, s);
	if (cap)
		return cstring_to_text(DatumGetBool(DirectFunctionCall2(numeric_gt, progress, elapsed))
							   ? "滞后" : "正常");
	if (DatumGetBool(DirectFunctionCall2(numeric_lt, progress, elapsed)))
		return cstring_to_text("滞后");
	ind_tolerance(&tol);
	ind_i128_to_string(tol.n, -tol.e, buf, sizeof(buf));
	tol_factor = DirectFunctionCall2(numeric_add, numeric_of(1, 0),
									 DirectFunctionCall3(numeric_in, CStringGetDatum(buf),
														 ObjectIdGetDatum(InvalidOid), Int32GetDatum(-1)));
	if (DatumGetBool(DirectFunctionCall2(numeric_ge, progress,
										 DirectFunctionCall2(numeric_mul, elapsed, tol_factor))))
		return cstring_to_text("超前");
	return cstring_to_text("正常");
}

static void
check_elapsed(Datum elapsed)
{
	if (DatumGetBool(DirectFunctionCall2(numeric_lt, elapsed, numeric_of(0, 0))) ||
		DatumGetBool(DirectFunctionCall2(numeric_gt, elapsed, numeric_of(1, 0))))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("elapsed must be a fraction between 0 and 1")));
}

PG_FUNCTION_INFO_V1(target_schedule_status);
Datum
target_schedule_status(PG_FUNCTION_ARGS)
{
	Datum		elapsed = PG_GETARG_DATUM(2);

	text	   *r;

	check_elapsed(elapsed);
	r = schedule(PG_GETARG_INDICATOR_P(0), PG_GETARG_TARGET_P(1), elapsed);
	if (r == NULL)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(r);
}

/* the elapsed fraction of a period at a date, clamped to [0, 1] */
PG_FUNCTION_INFO_V1(target_schedule_status_period);
Datum
target_schedule_status_period(PG_FUNCTION_ARGS)
{
	RangeType  *period = PG_GETARG_RANGE_P(2);
	DateADT		as_of = PG_GETARG_DATEADT(3);
	TypeCacheEntry *tc = range_get_typcache(fcinfo, RangeTypeGetOid(period));
	RangeBound	lo,
				hi;
	bool		empty;
	int32		days,
				done;
	Datum		elapsed;

	range_deserialize(tc, period, &lo, &hi, &empty);
	if (empty || lo.infinite || hi.infinite)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("the period must be a finite, non-empty date range")));
	/* daterange is canonical: [lower, upper) */
	days = DatumGetDateADT(hi.val) - DatumGetDateADT(lo.val);
	done = as_of - DatumGetDateADT(lo.val);
	if (done < 0)
		done = 0;
	if (done > days)
		done = days;
	elapsed = DirectFunctionCall2(numeric_div, numeric_of(done, 0), numeric_of(days, 0));
	{
		text	   *r = schedule(PG_GETARG_INDICATOR_P(0), PG_GETARG_TARGET_P(1), elapsed);

		if (r == NULL)
			PG_RETURN_NULL();
		PG_RETURN_TEXT_P(r);
	}
}

/* ---- accessors ---- */

static const char *const cmp_names[] = {"", "reach", "ge", "gt", "le", "lt", "approx", "between"};

PG_FUNCTION_INFO_V1(target_comparator);
Datum
target_comparator(PG_FUNCTION_ARGS)
{
	PG_RETURN_TEXT_P(cstring_to_text(cmp_names[PG_GETARG_TARGET_P(0)->cmp]));
}

PG_FUNCTION_INFO_V1(target_value);
Datum
target_value(PG_FUNCTION_ARGS)
{
	return ind_boxed(&PG_GETARG_TARGET_P(0)->main);
}

PG_FUNCTION_INFO_V1(target_upper);
Datum
target_upper(PG_FUNCTION_ARGS)
{
	Target	   *t = PG_GETARG_TARGET_P(0);

	if (t->cmp != TC_BETWEEN)
		PG_RETURN_NULL();
	return ind_boxed(&t->upper);
}

/* target_range(t): the values the target accepts, in its figure's own unit. */
PG_FUNCTION_INFO_V1(target_range);
Datum
target_range(PG_FUNCTION_ARGS)
{
	Target	   *t = PG_GETARG_TARGET_P(0);
	ExactValue	tol;
	IndInterval iv;
	IndError	err;

	ind_tolerance(&tol);
	if (!ind_target_accepted(t, &tol, &iv))
	{
		ind_fail(&err, IND_ERR_RANGE, "the range is out of range");
		ind_report_error(&err);
	}
	PG_RETURN_DATUM(ind_interval_numrange(&t->main, &iv));
}

PG_FUNCTION_INFO_V1(target_stretch);
Datum
target_stretch(PG_FUNCTION_ARGS)
{
	Target	   *t = PG_GETARG_TARGET_P(0);

	if (!(t->flags & TF_STRETCH))
		PG_RETURN_NULL();
	return ind_boxed(&t->stretch);
}

/* ---- completion_agg(actual, target) = Σactual / Σtarget ---- */

PG_FUNCTION_INFO_V1(target_completion_trans);
Datum
target_completion_trans(PG_FUNCTION_ARGS)
{
	PairState  *s = pair_state(fcinfo);
	IndError	err;
	Target	   *t;

	if (PG_ARGISNULL(1) || PG_ARGISNULL(2))
		PG_RETURN_POINTER(s);
	t = PG_GETARG_TARGET_P(2);
	if (t->cmp == TC_BETWEEN || t->cmp == TC_LE || t->cmp == TC_LT)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("completion_agg adds targets one reaches; ranges and caps do not add")));
	if (!ind_sum_add(&s->a, PG_GETARG_INDICATOR_P(1), &err) || !ind_sum_add(&s->b, &t->main, &err))
		ind_report_agg_error(&err);
	PG_RETURN_POINTER(s);
}

PG_FUNCTION_INFO_V1(target_completion_final);
Datum
target_completion_final(PG_FUNCTION_ARGS)
{
	PairState  *s = PG_ARGISNULL(0) ? NULL : (PairState *) PG_GETARG_POINTER(0);
	Indicator	a,
				b;
	ExactValue	va,
				vb,
				q,
				hundred = {1, 1, 2};
	IndError	err;
	ind_i128	d;

	if (s == NULL || s->a.count == 0)
		PG_RETURN_NULL();
	if (!ind_sum_result(&s->a, &a, &err) || !ind_sum_result(&s->b, &b, &err))
		ind_report_error(&err);
	if (ind_dim_key(&a) != ind_dim_key(&b))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("incompatible units"),
				 errdetail("The actuals and the targets are in different dimensions.")));
	ind_exact_base(&a, &va);
	ind_exact_base(&b, &vb);
	if (vb.n == 0)
		ereport(ERROR, (errcode(ERRCODE_DIVISION_BY_ZERO), errmsg("division by zero"),
						errdetail("The targets add up to zero.")));
	if (!ind_exact_div(&va, &vb, &q, &err) || !ind_exact_mul(&q, &hundred, &q) ||
		!ind_exact_round(&q, 1, &d))
		ind_report_error(&err);
	PG_RETURN_DATUM(numeric_of(d, 1));
}
