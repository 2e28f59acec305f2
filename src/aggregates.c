/*
 * aggregates.c: every aggregate of the extension that keeps an internal state, with
 * combine, serialize and deserialize so PostgreSQL can run them in parallel:
 *   sum, avg                                    one sum (src/core/sum.c)
 *   group_growth, contribution, pull,
 *   completion_agg                              two sums, or a sum and a constant
 * (min and max use the type's own larger/smaller, src/indicator.c).  Deserialize treats
 * its bytes as untrusted: every field is read and validated.  The rules of the final
 * values are in the core (sum.c, growth.c, target.c).  SQL: sql/50_aggregates.sql.
 */
#include "server.h"

#include "libpq/pqformat.h"
#include "utils/builtins.h"

/*
 * The state of the two-argument aggregates: the current values, the parts or the
 * actuals in a; the previous values or the targets in b; or a constant second argument
 * (contribution's and pull's total).
 */
typedef struct PairState
{
	IndSum		a;
	IndSum		b;
	Indicator	total;
	bool		has_total;
} PairState;

/*
 * SSPACE in sql/50_aggregates.sql: the planner's estimate of a state's size, used to
 * decide whether a hash aggregate fits in work_mem.
 */
#define SUM_STATE_SPACE		112
#define PAIR_STATE_SPACE	248
StaticAssertDecl(sizeof(IndSum) == SUM_STATE_SPACE, "SSPACE of sum/avg is sizeof(IndSum)");
StaticAssertDecl(sizeof(PairState) == PAIR_STATE_SPACE, "SSPACE of the pair aggregates is sizeof(PairState)");

/*
 * The serialized sum state: count, nvalues (8 + 8), the template figure (16), the fast
 * accumulator and its exponent (16 + 4), the other-unit sum (16 + 8 + 4), two booleans,
 * max_mag and scale_at_max (4), classes (2), basis and verb (2).
 */
#define SUM_STATE_BYTES (8 + 8 + IND_SEND_BYTES + 16 + 4 + 16 + 8 + 4 + 4 + 2 + 2)
/* the pair state: two sums, has_total, the total figure */
#define PAIR_STATE_BYTES (2 * SUM_STATE_BYTES + 1 + IND_SEND_BYTES)

static MemoryContext
agg_context(FunctionCallInfo fcinfo, const char *fn)
{
	MemoryContext ctx;

	if (!AggCheckCallContext(fcinfo, &ctx))
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("%s called in non-aggregate context", fn)));
	return ctx;
}

static void
bad_state(const char *detail)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
			 errmsg("invalid indicator aggregate state"),
			 errdetail("%s", detail)));
}

/* ---------------------------------------------------------------- the sum state */

static IndSum *
sum_state_new(MemoryContext ctx)
{
	IndSum	   *s = MemoryContextAlloc(ctx, sizeof(IndSum));

	ind_sum_init(s);
	return s;
}

static void
send_i128(StringInfo buf, ind_i128 v)
{
	pq_sendint64(buf, (int64) (v >> 64));
	pq_sendint64(buf, (int64) (uint64) v);
}

static ind_i128
get_i128(StringInfo buf)
{
	int64		hi = pq_getmsgint64(buf);
	uint64		lo = (uint64) pq_getmsgint64(buf);

	return (ind_i128) (((unsigned __int128) (uint64) hi << 64) | lo);
}

static void
sum_send(StringInfo buf, const IndSum *s)
{
	uint8		tmpl[IND_SEND_BYTES];

	pq_sendint64(buf, s->count);
	pq_sendint64(buf, s->nvalues);
	indicator_send_bytes(&s->tmpl, tmpl);
	pq_sendbytes(buf, (const char *) tmpl, IND_SEND_BYTES);
	send_i128(buf, s->acc);
	pq_sendint32(buf, s->e);
	send_i128(buf, s->other.n);
	pq_sendint64(buf, s->other.d);
	pq_sendint32(buf, s->other.e);
	pq_sendbyte(buf, s->has_other);
	pq_sendbyte(buf, s->all_change);
	pq_sendbyte(buf, s->max_mag);
	pq_sendbyte(buf, (uint8) s->scale_at_max);
	pq_sendint16(buf, s->classes);
	pq_sendbyte(buf, s->basis);
	pq_sendbyte(buf, s->verb);
}

static void
sum_recv(StringInfo buf, IndSum *s)
{
	IndError	err;
	uint8		b1,
				b2;

	if (buf->len - buf->cursor < SUM_STATE_BYTES)
		bad_state(psprintf(_("Expected %d bytes, got %d."), SUM_STATE_BYTES, buf->len - buf->cursor));
	ind_sum_init(s);
	s->count = pq_getmsgint64(buf);
	s->nvalues = pq_getmsgint64(buf);
	/* the template is validated below, with the rest of the state */
	s->tmpl.coef = pq_getmsgint64(buf);
	s->tmpl.scale = (int8) pq_getmsgbyte(buf);
	s->tmpl.mag = (uint8) pq_getmsgbyte(buf);
	s->tmpl.unit = (uint8) pq_getmsgbyte(buf);
	s->tmpl.per_unit = (uint8) pq_getmsgbyte(buf);
	s->tmpl.qual = (uint8) pq_getmsgbyte(buf);
	s->tmpl.basis = (uint8) pq_getmsgbyte(buf);
	s->tmpl.verb = (uint8) pq_getmsgbyte(buf);
	s->tmpl.flags = (uint8) pq_getmsgbyte(buf);
	s->acc = get_i128(buf);
	s->e = (int32) pq_getmsgint(buf, 4);
	s->other.n = get_i128(buf);
	s->other.d = pq_getmsgint64(buf);
	s->other.e = (int32) pq_getmsgint(buf, 4);
	b1 = (uint8) pq_getmsgbyte(buf);
	b2 = (uint8) pq_getmsgbyte(buf);
	s->max_mag = (uint8) pq_getmsgbyte(buf);
	s->scale_at_max = (int8) pq_getmsgbyte(buf);
	s->classes = (uint16) pq_getmsgint(buf, 2);
	s->basis = (uint8) pq_getmsgbyte(buf);
	s->verb = (uint8) pq_getmsgbyte(buf);
	if (b1 > 1 || b2 > 1)
		bad_state(psprintf(_("A boolean field holds %d."), b1 > 1 ? b1 : b2));
	s->has_other = b1;
	s->all_change = b2;
	if (!ind_sum_valid(s, &err))
		ind_report_error(&err);
}

/*
 * A combine function receives NULL for a side that saw no rows.  Returns true when both
 * states are there and the caller merges *b into *a; otherwise *a is the result (the
 * second state copied into the aggregate's context when the first is missing), or NULL.
 */
static bool
combine_both(FunctionCallInfo fcinfo, Size size, void **a, void **b)
{
	MemoryContext ctx = agg_context(fcinfo, "an indicator combine function");

	*a = PG_ARGISNULL(0) ? NULL : PG_GETARG_POINTER(0);
	*b = PG_ARGISNULL(1) ? NULL : PG_GETARG_POINTER(1);
	if (*b == NULL)
		return false;
	if (*a == NULL)
	{
		*a = MemoryContextAlloc(ctx, size);
		memcpy(*a, *b, size);
		return false;
	}
	return true;
}

static void
no_trailing_bytes(StringInfo buf)
{
	if (buf->cursor != buf->len)
		bad_state(psprintf(_("%d trailing bytes."), buf->len - buf->cursor));
}

/* ---------------------------------------------------------------- sum and avg */

PG_FUNCTION_INFO_V1(indicator_sum_trans);
Datum
indicator_sum_trans(PG_FUNCTION_ARGS)
{
	MemoryContext ctx = agg_context(fcinfo, "indicator_sum_trans");
	IndSum	   *s = PG_ARGISNULL(0) ? sum_state_new(ctx) : (IndSum *) PG_GETARG_POINTER(0);
	IndError	err;

	if (!PG_ARGISNULL(1) && !ind_sum_add(s, PG_GETARG_INDICATOR_P(1), &err))
		ind_report_agg_error(&err);
	PG_RETURN_POINTER(s);
}

PG_FUNCTION_INFO_V1(indicator_sum_combine);
Datum
indicator_sum_combine(PG_FUNCTION_ARGS)
{
	void	   *a,
			   *b;
	IndError	err;

	if (combine_both(fcinfo, sizeof(IndSum), &a, &b) && !ind_sum_merge(a, b, &err))
		ind_report_agg_error(&err);
	if (a == NULL)
		PG_RETURN_NULL();
	PG_RETURN_POINTER(a);
}

PG_FUNCTION_INFO_V1(indicator_sum_serialize);
Datum
indicator_sum_serialize(PG_FUNCTION_ARGS)
{
	StringInfoData buf;

	agg_context(fcinfo, "indicator_sum_serialize");
	pq_begintypsend(&buf);
	sum_send(&buf, (IndSum *) PG_GETARG_POINTER(0));
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

PG_FUNCTION_INFO_V1(indicator_sum_deserialize);
Datum
indicator_sum_deserialize(PG_FUNCTION_ARGS)
{
	bytea	   *b = PG_GETARG_BYTEA_PP(0);
	IndSum	   *s = sum_state_new(agg_context(fcinfo, "indicator_sum_deserialize"));
	StringInfoData buf;

	initReadOnlyStringInfo_compat(&buf, VARDATA_ANY(b), VARSIZE_ANY_EXHDR(b));
	sum_recv(&buf, s);
	no_trailing_bytes(&buf);
	PG_RETURN_POINTER(s);
}

/* sum and avg differ only in what they make of the final state */
static Datum
sum_state_final(FunctionCallInfo fcinfo, bool (*finish) (const IndSum *, Indicator *, IndError *))
{
	IndSum	   *s = PG_ARGISNULL(0) ? NULL : (IndSum *) PG_GETARG_POINTER(0);
	Indicator	r;
	IndError	err;

	if (s == NULL || s->count == 0)
		PG_RETURN_NULL();
	if (!finish(s, &r, &err))
		ind_report_agg_error(&err);
	return ind_boxed(&r);
}

PG_FUNCTION_INFO_V1(indicator_sum_final);
Datum
indicator_sum_final(PG_FUNCTION_ARGS)
{
	return sum_state_final(fcinfo, ind_sum_result);
}

PG_FUNCTION_INFO_V1(indicator_avg_final);
Datum
indicator_avg_final(PG_FUNCTION_ARGS)
{
	return sum_state_final(fcinfo, ind_sum_avg);
}

/* ---------------------------------------------------------------- the pair state */

/* The pair state; *row is false when either argument is NULL (the row is skipped). */
static PairState *
pair_state(FunctionCallInfo fcinfo, bool *row)
{
	MemoryContext ctx = agg_context(fcinfo, "an indicator aggregate");
	PairState  *s;

	*row = !PG_ARGISNULL(1) && !PG_ARGISNULL(2);
	if (!PG_ARGISNULL(0))
		return (PairState *) PG_GETARG_POINTER(0);
	s = MemoryContextAllocZero(ctx, sizeof(PairState));
	ind_sum_init(&s->a);
	ind_sum_init(&s->b);
	return s;
}

/* group_growth: two sums */
PG_FUNCTION_INFO_V1(indicator_pair_trans);
Datum
indicator_pair_trans(PG_FUNCTION_ARGS)
{
	bool		row;
	PairState  *s = pair_state(fcinfo, &row);
	IndError	err;

	if (row && (!ind_sum_add(&s->a, PG_GETARG_INDICATOR_P(1), &err) ||
				!ind_sum_add(&s->b, PG_GETARG_INDICATOR_P(2), &err)))
		ind_report_agg_error(&err);
	PG_RETURN_POINTER(s);
}

static void
set_total(PairState *s, const Indicator *total)
{
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
}

/* contribution and pull: a sum and a constant total */
PG_FUNCTION_INFO_V1(indicator_share_trans);
Datum
indicator_share_trans(PG_FUNCTION_ARGS)
{
	bool		row;
	PairState  *s = pair_state(fcinfo, &row);
	IndError	err;

	if (row)
	{
		set_total(s, PG_GETARG_INDICATOR_P(2));
		if (!ind_sum_add(&s->a, PG_GETARG_INDICATOR_P(1), &err))
			ind_report_agg_error(&err);
	}
	PG_RETURN_POINTER(s);
}

/* completion_agg: the actuals and the targets' figures */
PG_FUNCTION_INFO_V1(target_completion_trans);
Datum
target_completion_trans(PG_FUNCTION_ARGS)
{
	bool		row;
	PairState  *s = pair_state(fcinfo, &row);
	Target	   *t = row ? PG_GETARG_TARGET_P(2) : NULL;
	IndError	err;

	if (row && !ind_target_additive(t, &err))
		ind_report_error(&err);
	if (row && (!ind_sum_add(&s->a, PG_GETARG_INDICATOR_P(1), &err) ||
				!ind_sum_add(&s->b, &t->main, &err)))
		ind_report_agg_error(&err);
	PG_RETURN_POINTER(s);
}

PG_FUNCTION_INFO_V1(indicator_pair_combine);
Datum
indicator_pair_combine(PG_FUNCTION_ARGS)
{
	void	   *va,
			   *vb;
	PairState  *a,
			   *b;
	IndError	err;

	if (!combine_both(fcinfo, sizeof(PairState), &va, &vb))
	{
		if (va == NULL)
			PG_RETURN_NULL();
		PG_RETURN_POINTER(va);
	}
	a = va;
	b = vb;
	if (b->has_total)
		set_total(a, &b->total);
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
	uint8		total[IND_SEND_BYTES];

	agg_context(fcinfo, "indicator_pair_serialize");
	indicator_send_bytes(&s->total, total);
	pq_begintypsend(&buf);
	sum_send(&buf, &s->a);
	sum_send(&buf, &s->b);
	pq_sendbyte(&buf, s->has_total);
	pq_sendbytes(&buf, (const char *) total, IND_SEND_BYTES);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

PG_FUNCTION_INFO_V1(indicator_pair_deserialize);
Datum
indicator_pair_deserialize(PG_FUNCTION_ARGS)
{
	bytea	   *bytes = PG_GETARG_BYTEA_PP(0);
	MemoryContext ctx = agg_context(fcinfo, "indicator_pair_deserialize");
	PairState  *s = MemoryContextAllocZero(ctx, sizeof(PairState));
	StringInfoData buf;
	uint8		has;

	initReadOnlyStringInfo_compat(&buf, VARDATA_ANY(bytes), VARSIZE_ANY_EXHDR(bytes));
	if (buf.len != PAIR_STATE_BYTES)
		bad_state(psprintf(_("Expected %d bytes, got %d."), PAIR_STATE_BYTES, buf.len));
	sum_recv(&buf, &s->a);
	sum_recv(&buf, &s->b);
	has = (uint8) pq_getmsgbyte(&buf);
	if (has > 1)
		bad_state(psprintf(_("A boolean field holds %d."), has));
	s->has_total = has;
	indicator_recv_bytes(&buf, &s->total);
	no_trailing_bytes(&buf);
	PG_RETURN_POINTER(s);
}

/* the sums of a final pair state: false when there were no rows */
static bool
pair_sums(FunctionCallInfo fcinfo, PairState **s, Indicator *a, Indicator *b, bool want_b)
{
	IndError	err;

	*s = PG_ARGISNULL(0) ? NULL : (PairState *) PG_GETARG_POINTER(0);
	if (*s == NULL || (*s)->a.count == 0)
		return false;
	if (!ind_sum_result(&(*s)->a, a, &err) || (want_b && !ind_sum_result(&(*s)->b, b, &err)))
		ind_report_agg_error(&err);
	return true;
}

PG_FUNCTION_INFO_V1(indicator_group_growth_final);
Datum
indicator_group_growth_final(PG_FUNCTION_ARGS)
{
	PairState  *s;
	Indicator	cur,
				prev,
				r;
	IndError	err;

	if (!pair_sums(fcinfo, &s, &cur, &prev, true))
		PG_RETURN_NULL();
	if (!ind_growth(&cur, &prev, 0, false, 1, &r, &err))
		ind_report_error(&err);
	return ind_boxed(&r);
}

/* Σpart / total as a rate: contribution in %, pull in percentage points. */
static Datum
share_final(FunctionCallInfo fcinfo, const char *unit, int digits)
{
	PairState  *s;
	Indicator	part,
				r;
	IndError	err;

	if (!pair_sums(fcinfo, &s, &part, NULL, false) || !s->has_total)
		PG_RETURN_NULL();
	if (!ind_share(&part, &s->total, ind_unit_id(unit), digits, &r, &err))
		ind_report_agg_error(&err);
	return ind_boxed(&r);
}

/* contribution (贡献率) in %, one decimal; pull (拉动) in percentage points, two */
#define SHARE_FINAL(name, unit, digits) \
	PG_FUNCTION_INFO_V1(name); \
	Datum \
	name(PG_FUNCTION_ARGS) \
	{ \
		return share_final(fcinfo, unit, digits); \
	}
SHARE_FINAL(indicator_contribution_final, "%", 1)
SHARE_FINAL(indicator_pull_final, "个百分点", 2)

PG_FUNCTION_INFO_V1(target_completion_final);
Datum
target_completion_final(PG_FUNCTION_ARGS)
{
	PairState  *s;
	Indicator	a,
				b;
	IndError	err;
	ind_i128	d;
	int			scale;

	if (!pair_sums(fcinfo, &s, &a, &b, true))
		PG_RETURN_NULL();
	if (!ind_completion_of_sums(&a, &b, &d, &scale, &err))
		ind_report_error(&err);
	PG_RETURN_DATUM(ind_numeric_from_dec(d, scale));
}
