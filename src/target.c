/*
 * target.c: the target type.  Sections, in the order of src/indicator.c and of
 * sql/30_target.sql:
 *   1. text I/O          grammar and output in src/core/target.c; try_target
 *   2. binary I/O        three figures and the comparator, validated on recv
 *   3. order and hash
 *   5. accessors         comparator, target_value, target_upper, target_range,
 *                        base_range, stretch
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
#include "utils/sortsupport.h"

/* ---------------------------------------------------------------- 1. text I/O */

IND_TEXT_IO_FUNCTIONS(target, Target, "target", ind_target_parse, ind_target_format, TARGET_OUT_MAX)
IND_TEXT_CAST_FUNCTION(target, Target, "target", ind_target_parse)

/* try_target(text): NULL instead of an error, for ETL over messy plan columns. */
PG_FUNCTION_INFO_V1(try_target);
Datum
try_target(PG_FUNCTION_ARGS)
{
	char	   *s = text_to_cstring(PG_GETARG_TEXT_PP(0));
	Target	   *t = palloc(sizeof(Target));
	IndError	err;

	if (!ind_target_parse(s, strlen(s), t, &err))
		PG_RETURN_NULL();
	PG_RETURN_POINTER(t);
}

/* ---------------------------------------------------------------- 2. binary I/O */

/* comparator, flags, then the three figures (unused ones as zero bytes) */
#define TARGET_SEND_BYTES (2 + 3 * IND_SEND_BYTES)

PG_FUNCTION_INFO_V1(target_send);
Datum
target_send(PG_FUNCTION_ARGS)
{
	Target	   *t = PG_GETARG_TARGET_P(0);
	uint8		bytes[TARGET_SEND_BYTES];

	bytes[0] = t->cmp;
	bytes[1] = t->flags;
	indicator_send_bytes(&t->main, bytes + 2);
	indicator_send_bytes(&t->upper, bytes + 2 + IND_SEND_BYTES);
	indicator_send_bytes(&t->stretch, bytes + 2 + 2 * IND_SEND_BYTES);
	return ind_send_wire(bytes, TARGET_SEND_BYTES);
}

PG_FUNCTION_INFO_V1(target_recv);
Datum
target_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	Target	   *t = palloc0(sizeof(Target));
	IndError	err;

	ind_recv_expect(buf, TARGET_SEND_BYTES, "target");
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

IND_ORDER_FUNCTIONS(target, PG_GETARG_TARGET_P, ind_target_compare, ind_target_hash)

/* Sort support with abbreviated keys: the comparator above the main figure's key. */
IND_SORT_SUPPORT(target, Target, ind_target_compare, ind_target_sort_key)

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

/*
 * target_range(t [, tolerance]): the values the target accepts, in its figure's own unit;
 * base_range(t [, tolerance]) in that figure's base unit.  Without a tolerance 左右/约
 * use the setting (STABLE); with one they are IMMUTABLE.
 */
static Datum
accepted_range(FunctionCallInfo fcinfo, bool in_base_units)
{
	Target	   *t = PG_GETARG_TARGET_P(0);
	ExactValue	tol;
	IndInterval iv;

	ind_tolerance_arg(fcinfo, 1, &tol);
	return ind_interval_result(&t->main, ind_target_accepted(t, &tol, &iv), &iv, in_base_units);
}

PG_FUNCTION_INFO_V1(target_range);
Datum
target_range(PG_FUNCTION_ARGS)
{
	return accepted_range(fcinfo, false);
}

PG_FUNCTION_INFO_V1(target_base_range);
Datum
target_base_range(PG_FUNCTION_ARGS)
{
	return accepted_range(fcinfo, true);
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

/*
 * meets() and target_status(): how the actual (argument 0) stands against the target
 * (argument 1), as a boolean or as 超额完成/完成/未完成; NULL when the actual's own
 * qualifier makes it undecidable.
 */
static Datum
judged(FunctionCallInfo fcinfo, bool as_word)
{
	ExactValue	tol;
	TargetStatus s;
	IndError	err;

	ind_tolerance(&tol);
	if (!ind_target_status(PG_GETARG_INDICATOR_P(0), PG_GETARG_TARGET_P(1), &tol, &s, &err))
		ind_report_error(&err);
	if (s == TS_UNKNOWN)
		PG_RETURN_NULL();
	if (as_word)
		PG_RETURN_TEXT_P(cstring_to_text(ind_target_status_word(s)));
	PG_RETURN_BOOL(s != TS_NOT_DONE);
}

#define JUDGING_FUNCTION(name, as_word) \
	PG_FUNCTION_INFO_V1(name); \
	Datum \
	name(PG_FUNCTION_ARGS) \
	{ \
		return judged(fcinfo, as_word); \
	}

JUDGING_FUNCTION(target_meets, false)
JUDGING_FUNCTION(target_status, true)

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

IND_FIGURE_FUNCTION(target_gap, ind_target_gap(PG_GETARG_INDICATOR_P(0), PG_GETARG_TARGET_P(1), &r, &err))

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
