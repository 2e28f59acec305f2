/*
 * aggregates.c: every aggregate of the extension that keeps a sum state:
 *   sum, avg                                    one sum (src/core/sum.c)
 *   group_growth, contribution, pull,
 *   completion_agg                              two sums, or a sum and a constant
 * (min and max use the type's own larger/smaller, src/indicator.c).
 *
 * The states are the SQL types indicator_sum_state and indicator_pair_state: fixed-size,
 * the datum is the core's struct (IndSum, IndPair), with text and binary I/O.  A real
 * type rather than internal lets an engine that moves states as values (Citus ships
 * them as text) combine partial aggregates, and PostgreSQL's parallel plans pass them
 * without serializing.  Inside an aggregate the transition and combine functions update
 * the state in place, as fast as an internal state; called directly from SQL they work
 * on a copy.  The same C functions serve the 0.1.0 declarations (STYPE internal with
 * serialize/deserialize), which the 0.1.0 install script still names.  Everything read
 * from outside is validated by the core (src/core/agg_state.c).  SQL: sql/50_aggregates.sql.
 */
#include "server.h"

/* INTERNALLENGTH of the state types in sql/50_aggregates.sql */
#define SUM_STATE_SIZE		112
#define PAIR_STATE_SIZE		248
StaticAssertDecl(sizeof(IndSum) == SUM_STATE_SIZE, "indicator_sum_state is sizeof(IndSum)");
StaticAssertDecl(sizeof(IndPair) == PAIR_STATE_SIZE, "indicator_pair_state is sizeof(IndPair)");

/* a zeroed state: in the aggregate's context inside an aggregate, else the caller's */
static void *
state_new(FunctionCallInfo fcinfo, Size size)
{
	MemoryContext ctx;

	if (AggCheckCallContext(fcinfo, &ctx))
		return MemoryContextAllocZero(ctx, size);
	return palloc0(size);
}

/*
 * The state argument of a transition or combine function.  Inside an aggregate it is
 * updated in place, and a NULL one (no row yet) is made in the aggregate's context;
 * called directly from SQL, the function works on a copy or a new state.  *fresh tells
 * the caller to initialize a new state.
 */
static void *
state_arg(FunctionCallInfo fcinfo, int argno, Size size, bool *fresh)
{
	void	   *s;

	*fresh = PG_ARGISNULL(argno);
	if (*fresh)
		return state_new(fcinfo, size);
	if (AggCheckCallContext(fcinfo, NULL))
		return PG_GETARG_POINTER(argno);
	s = palloc(size);
	memcpy(s, PG_GETARG_POINTER(argno), size);
	return s;
}

/*
 * A combine function receives NULL for a side that saw no rows.  Returns true when both
 * states are there and the caller merges *b into *a; otherwise *a is the result (a copy
 * of the second state when the first is missing), or NULL.
 */
static bool
combine_both(FunctionCallInfo fcinfo, Size size, void **a, void **b)
{
	bool		fresh;

	*b = PG_ARGISNULL(1) ? NULL : PG_GETARG_POINTER(1);
	if (*b == NULL)
	{
		*a = PG_ARGISNULL(0) ? NULL : state_arg(fcinfo, 0, size, &fresh);
		return false;
	}
	*a = state_arg(fcinfo, 0, size, &fresh);
	if (fresh)
	{
		memcpy(*a, *b, size);
		return false;
	}
	return true;
}

/* the 0.1.0 deserialize: the state's bytes without the version byte, validated */
static void
read_serialized(bytea *b, void *state, size_t nbytes,
				bool (*read) (const uint8_t *, size_t, void *, IndError *))
{
	uint8	   *bytes = palloc(nbytes);
	size_t		len = VARSIZE_ANY_EXHDR(b);
	IndError	err;

	if (len != nbytes - 1)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid indicator aggregate state"),
				 errdetail("Expected %zu bytes, got %zu.", nbytes - 1, len)));
	bytes[0] = IND_STATE_VERSION;
	memcpy(bytes + 1, VARDATA_ANY(b), len);
	if (!read(bytes, nbytes, state, &err))
		ind_report_error(&err);
}

static bool
sum_read(const uint8_t *in, size_t len, void *s, IndError *err)
{
	return ind_sum_state_read(in, len, (IndSum *) s, err);
}

static bool
pair_read(const uint8_t *in, size_t len, void *p, IndError *err)
{
	return ind_pair_state_read(in, len, (IndPair *) p, err);
}

/* ---------------------------------------------------------------- the state types' I/O */

IND_TEXT_IO_FUNCTIONS(indicator_sum_state, IndSum, "indicator_sum_state",
					  ind_sum_state_parse, ind_sum_state_format, IND_SUM_STATE_TEXT)
IND_TEXT_IO_FUNCTIONS(indicator_pair_state, IndPair, "indicator_pair_state",
					  ind_pair_state_parse, ind_pair_state_format, IND_PAIR_STATE_TEXT)

PG_FUNCTION_INFO_V1(indicator_sum_state_send);
Datum
indicator_sum_state_send(PG_FUNCTION_ARGS)
{
	uint8		bytes[IND_SUM_STATE_BYTES];

	ind_sum_state_write((const IndSum *) PG_GETARG_POINTER(0), bytes);
	return ind_send_wire(bytes, IND_SUM_STATE_BYTES);
}

PG_FUNCTION_INFO_V1(indicator_pair_state_send);
Datum
indicator_pair_state_send(PG_FUNCTION_ARGS)
{
	uint8		bytes[IND_PAIR_STATE_BYTES];

	ind_pair_state_write((const IndPair *) PG_GETARG_POINTER(0), bytes);
	return ind_send_wire(bytes, IND_PAIR_STATE_BYTES);
}

/* binary input: exactly the state's bytes, every field validated (22P03) */
static void *
state_recv(FunctionCallInfo fcinfo, Size size, int nbytes, const char *typname,
		   bool (*read) (const uint8_t *, size_t, void *, IndError *))
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	void	   *s = palloc0(size);
	IndError	err;

	ind_recv_expect(buf, nbytes, typname);
	if (!read((const uint8 *) buf->data + buf->cursor, nbytes, s, &err))
		ind_report_error(&err);
	buf->cursor += nbytes;
	return s;
}

PG_FUNCTION_INFO_V1(indicator_sum_state_recv);
Datum
indicator_sum_state_recv(PG_FUNCTION_ARGS)
{
	PG_RETURN_POINTER(state_recv(fcinfo, sizeof(IndSum), IND_SUM_STATE_BYTES,
								 "indicator_sum_state", sum_read));
}

PG_FUNCTION_INFO_V1(indicator_pair_state_recv);
Datum
indicator_pair_state_recv(PG_FUNCTION_ARGS)
{
	PG_RETURN_POINTER(state_recv(fcinfo, sizeof(IndPair), IND_PAIR_STATE_BYTES,
								 "indicator_pair_state", pair_read));
}

/* ---------------------------------------------------------------- sum and avg */

/* called by an aggregate (or a window aggregate): AggCheckCallContext's test, inline */
static inline bool
in_aggregate(FunctionCallInfo fcinfo)
{
	return fcinfo->context &&
		(IsA(fcinfo->context, AggState) || IsA(fcinfo->context, WindowAggState));
}

PG_FUNCTION_INFO_V1(indicator_sum_trans);
Datum
indicator_sum_trans(PG_FUNCTION_ARGS)
{
	bool		fresh;
	IndSum	   *s;
	IndError	err;

	/* the common case, inline: a row into the aggregate's own state, updated in place */
	if (likely(!PG_ARGISNULL(0) && !PG_ARGISNULL(1) && in_aggregate(fcinfo)))
	{
		s = (IndSum *) PG_GETARG_POINTER(0);
		if (!ind_sum_add_fast(s, PG_GETARG_INDICATOR_P(1)) &&
			!ind_sum_add(s, PG_GETARG_INDICATOR_P(1), &err))
			ind_report_agg_error(&err);
		PG_RETURN_POINTER(s);
	}
	s = state_arg(fcinfo, 0, sizeof(IndSum), &fresh);
	if (fresh)
		ind_sum_init(s);
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

/* the 0.1.0 serialize/deserialize of an internal sum state */
PG_FUNCTION_INFO_V1(indicator_sum_serialize);
Datum
indicator_sum_serialize(PG_FUNCTION_ARGS)
{
	uint8		bytes[IND_SUM_STATE_BYTES];

	ind_sum_state_write((const IndSum *) PG_GETARG_POINTER(0), bytes);
	return ind_send_wire(bytes + 1, IND_SUM_STATE_BYTES - 1);
}

PG_FUNCTION_INFO_V1(indicator_sum_deserialize);
Datum
indicator_sum_deserialize(PG_FUNCTION_ARGS)
{
	IndSum	   *s = state_new(fcinfo, sizeof(IndSum));

	read_serialized(PG_GETARG_BYTEA_PP(0), s, IND_SUM_STATE_BYTES, sum_read);
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
static IndPair *
pair_state(FunctionCallInfo fcinfo, bool *row)
{
	bool		fresh;
	IndPair    *s = state_arg(fcinfo, 0, sizeof(IndPair), &fresh);

	*row = !PG_ARGISNULL(1) && !PG_ARGISNULL(2);
	if (fresh)
	{
		ind_sum_init(&s->a);
		ind_sum_init(&s->b);
	}
	return s;
}

/* group_growth: two sums */
PG_FUNCTION_INFO_V1(indicator_pair_trans);
Datum
indicator_pair_trans(PG_FUNCTION_ARGS)
{
	bool		row;
	IndPair    *s = pair_state(fcinfo, &row);
	IndError	err;

	if (row && (!ind_sum_add(&s->a, PG_GETARG_INDICATOR_P(1), &err) ||
				!ind_sum_add(&s->b, PG_GETARG_INDICATOR_P(2), &err)))
		ind_report_agg_error(&err);
	PG_RETURN_POINTER(s);
}

static void
set_total(IndPair *s, const Indicator *total)
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
	IndPair    *s = pair_state(fcinfo, &row);
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
	IndPair    *s = pair_state(fcinfo, &row);
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
	IndPair    *a,
			   *b;
	IndError	err;

	if (!combine_both(fcinfo, sizeof(IndPair), &va, &vb))
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

/* the 0.1.0 serialize/deserialize of an internal pair state */
PG_FUNCTION_INFO_V1(indicator_pair_serialize);
Datum
indicator_pair_serialize(PG_FUNCTION_ARGS)
{
	uint8		bytes[IND_PAIR_STATE_BYTES];

	ind_pair_state_write((const IndPair *) PG_GETARG_POINTER(0), bytes);
	return ind_send_wire(bytes + 1, IND_PAIR_STATE_BYTES - 1);
}

PG_FUNCTION_INFO_V1(indicator_pair_deserialize);
Datum
indicator_pair_deserialize(PG_FUNCTION_ARGS)
{
	IndPair    *s = state_new(fcinfo, sizeof(IndPair));

	read_serialized(PG_GETARG_BYTEA_PP(0), s, IND_PAIR_STATE_BYTES, pair_read);
	PG_RETURN_POINTER(s);
}

/* the sums of a final pair state: false when there were no rows */
static bool
pair_sums(FunctionCallInfo fcinfo, IndPair **s, Indicator *a, Indicator *b, bool want_b)
{
	IndError	err;

	*s = PG_ARGISNULL(0) ? NULL : (IndPair *) PG_GETARG_POINTER(0);
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
	IndPair    *s;
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
	IndPair    *s;
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
	IndPair    *s;
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
