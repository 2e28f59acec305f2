/*
 * target.c: the target type.  Sections, in the order of src/indicator.c and of
 * sql/30_target.sql:
 *   1. text I/O          grammar and output in src/core/target.c
 *   2. binary I/O        three figures and the comparator, validated on recv
 *   3. order and hash
 *   5. accessors         comparator, target_value, target_upper, target_range, stretch
 *   6. functions         judging: meets, completion, gap, target_status, schedule_status
 * (a target has no casts, section 4).  The rules are in src/core/target.c and
 * src/core/interval.c; completion_agg is with the other aggregates in aggregates.c.
 */
#include "server.h"

#include "libpq/pqformat.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/numeric.h"
#include "utils/rangetypes.h"

/* ---------------------------------------------------------------- 1. text I/O */

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

/* ---------------------------------------------------------------- 2. binary I/O */

/* comparator, flags, then the three figures (unused ones as zero bytes) */
#define TARGET_SEND_BYTES (2 + 3 * IND_SEND_BYTES)

PG_FUNCTION_INFO_V1(target_send);
Datum
target_send(PG_FUNCTION_ARGS)
{
	Target	   *t = PG_GETARG_TARGET_P(0);
	StringInfoData buf;
	uint8		bytes[IND_SEND_BYTES];

	pq_begintypsend(&buf);
	pq_sendbyte(&buf, t->cmp);
	pq_sendbyte(&buf, t->flags);
	indicator_send_bytes(&t->main, bytes);
	pq_sendbytes(&buf, (const char *) bytes, IND_SEND_BYTES);
	indicator_send_bytes(&t->upper, bytes);
	pq_sendbytes(&buf, (const char *) bytes, IND_SEND_BYTES);
	indicator_send_bytes(&t->stretch, bytes);
	pq_sendbytes(&buf, (const char *) bytes, IND_SEND_BYTES);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

PG_FUNCTION_INFO_V1(target_recv);
Datum
target_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	Target	   *t = palloc0(sizeof(Target));
	IndError	err;

	if (buf->len - buf->cursor != TARGET_SEND_BYTES)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary target value"),
				 errdetail("Expected %d bytes, got %d.", TARGET_SEND_BYTES, buf->len - buf->cursor)));
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

/* ---------------------------------------------------------------- 3. order and hash */

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

	/* seed 0 must give the same low 32 bits as target_hash */
	if (seed == 0)
		h = (h & ~(uint64) 0xFFFFFFFF) | (uint32) (h ^ (h >> 32));
	PG_RETURN_INT64((int64) h);
}

/* ---------------------------------------------------------------- 5. accessors */

PG_FUNCTION_INFO_V1(target_comparator);
Datum
target_comparator(PG_FUNCTION_ARGS)
{
	PG_RETURN_TEXT_P(cstring_to_text(ind_target_cmp_name(PG_GETARG_TARGET_P(0))));
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
		ind_fail(&err, IND_ERR_RANGE, 0, "the range is out of range");
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

/* ---------------------------------------------------------------- 6. judging */

PG_FUNCTION_INFO_V1(target_meets);
Datum
target_meets(PG_FUNCTION_ARGS)
{
	ExactValue	tol;
	TargetVerdict v;
	IndError	err;

	ind_tolerance(&tol);
	if (!ind_target_meets(PG_GETARG_INDICATOR_P(0), PG_GETARG_TARGET_P(1), &tol, &v, &err))
		ind_report_error(&err);
	if (v == TV_UNKNOWN)
		PG_RETURN_NULL();
	PG_RETURN_BOOL(v == TV_MET);
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
	PG_RETURN_DATUM(ind_numeric_from_dec(q, s));
}

PG_FUNCTION_INFO_V1(target_gap);
Datum
target_gap(PG_FUNCTION_ARGS)
{
	Indicator	r;
	IndError	err;

	if (!ind_target_gap(PG_GETARG_INDICATOR_P(0), PG_GETARG_TARGET_P(1), &r, &err))
		ind_report_error(&err);
	return ind_boxed(&r);
}

/* 超额完成, 完成, 未完成 (NULL when undecidable) */
PG_FUNCTION_INFO_V1(target_status);
Datum
target_status(PG_FUNCTION_ARGS)
{
	ExactValue	tol;
	TargetStatus s;
	IndError	err;

	ind_tolerance(&tol);
	if (!ind_target_status(PG_GETARG_INDICATOR_P(0), PG_GETARG_TARGET_P(1), &tol, &s, &err))
		ind_report_error(&err);
	if (s == TS_UNKNOWN)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text(ind_target_status_word(s)));
}

static Datum
schedule_status(FunctionCallInfo fcinfo, const ExactValue *elapsed)
{
	ExactValue	tol;
	ScheduleStatus s;
	IndError	err;

	ind_tolerance(&tol);
	if (!ind_target_schedule(PG_GETARG_INDICATOR_P(0), PG_GETARG_TARGET_P(1), elapsed, &tol,
							 &s, &err))
		ind_report_error(&err);
	if (s == SS_UNKNOWN)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text(ind_schedule_status_word(s)));
}

/* schedule_status(actual, target, elapsed): elapsed is the fraction of the period gone */
PG_FUNCTION_INFO_V1(target_schedule_status);
Datum
target_schedule_status(PG_FUNCTION_ARGS)
{
	ExactValue	elapsed;

	ind_numeric_to_exact(PG_GETARG_NUMERIC(2), &elapsed);
	return schedule_status(fcinfo, &elapsed);
}

/* schedule_status(actual, target, period, as_of): the elapsed fraction at a date */
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
	ExactValue	elapsed;

	range_deserialize(tc, period, &lo, &hi, &empty);
	if (empty || lo.infinite || hi.infinite)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("the period must be a finite, non-empty date range")));
	/* daterange is canonical: [lower, upper); clamp as_of into it */
	days = DatumGetDateADT(hi.val) - DatumGetDateADT(lo.val);
	done = as_of - DatumGetDateADT(lo.val);
	done = done < 0 ? 0 : done > days ? days : done;
	elapsed.n = done;
	elapsed.d = days;
	elapsed.e = 0;
	(void) ind_exact_canonical(&elapsed);
	return schedule_status(fcinfo, &elapsed);
}
