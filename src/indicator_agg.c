/*
 * indicator_agg.c: sum() and avg() over indicator, with internal state (the core's
 * IndSum), combine, serialize and deserialize so PostgreSQL can run them in parallel.
 * Deserialize treats its bytes as untrusted: every field is read and validated.
 */
#include "indicator.h"

#include "libpq/pqformat.h"
#include "utils/builtins.h"

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

void
ind_report_agg_error(const IndError *err)
{
	if (err->code == IND_ERR_DIMENSION)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("incompatible units in aggregate"),
				 errdetail("%s.", err->detail),
				 errhint("Aggregate one dimension at a time, e.g. GROUP BY dimension(x).")));
	ind_report_error(err);
}

IndSum *
ind_sum_state_new(MemoryContext ctx)
{
	IndSum	   *s = MemoryContextAlloc(ctx, sizeof(IndSum));

	ind_sum_init(s);
	return s;
}

PG_FUNCTION_INFO_V1(indicator_sum_trans);
Datum
indicator_sum_trans(PG_FUNCTION_ARGS)
{
	MemoryContext ctx = agg_context(fcinfo, "indicator_sum_trans");
	IndSum	   *s = PG_ARGISNULL(0) ? ind_sum_state_new(ctx) : (IndSum *) PG_GETARG_POINTER(0);
	IndError	err;

	if (!PG_ARGISNULL(1) && !ind_sum_add(s, PG_GETARG_INDICATOR_P(1), &err))
		ind_report_agg_error(&err);
	PG_RETURN_POINTER(s);
}

PG_FUNCTION_INFO_V1(indicator_sum_combine);
Datum
indicator_sum_combine(PG_FUNCTION_ARGS)
{
	MemoryContext ctx = agg_context(fcinfo, "indicator_sum_combine");
	IndSum	   *a = PG_ARGISNULL(0) ? NULL : (IndSum *) PG_GETARG_POINTER(0);
	IndSum	   *b = PG_ARGISNULL(1) ? NULL : (IndSum *) PG_GETARG_POINTER(1);
	IndError	err;

	if (b == NULL)
	{
		if (a == NULL)
			PG_RETURN_NULL();
		PG_RETURN_POINTER(a);
	}
	if (a == NULL)
	{
		a = ind_sum_state_new(ctx);
		*a = *b;
		PG_RETURN_POINTER(a);
	}
	if (!ind_sum_merge(a, b, &err))
		ind_report_agg_error(&err);
	PG_RETURN_POINTER(a);
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

void
ind_sum_send(StringInfo buf, const IndSum *s)
{
	pq_sendint64(buf, s->count);
	pq_sendint64(buf, s->nvalues);
	pq_sendint64(buf, s->tmpl.coef);
	pq_sendbyte(buf, (uint8) s->tmpl.scale);
	pq_sendbyte(buf, s->tmpl.mag);
	pq_sendbyte(buf, s->tmpl.unit);
	pq_sendbyte(buf, s->tmpl.per_unit);
	pq_sendbyte(buf, s->tmpl.qual);
	pq_sendbyte(buf, s->tmpl.basis);
	pq_sendbyte(buf, s->tmpl.verb);
	pq_sendbyte(buf, s->tmpl.flags);
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

#define SUM_STATE_BYTES (8 + 8 + 16 + 16 + 4 + 16 + 8 + 4 + 4 + 2 + 2)

void
ind_sum_recv(StringInfo buf, IndSum *s)
{
	IndError	err;
	uint8		b1,
				b2;

	if (buf->len - buf->cursor < SUM_STATE_BYTES)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid indicator aggregate state"),
				 errdetail("Expected %d bytes, got %d.", SUM_STATE_BYTES, buf->len - buf->cursor)));
	ind_sum_init(s);
	s->count = pq_getmsgint64(buf);
	s->nvalues = pq_getmsgint64(buf);
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
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid indicator aggregate state"),
				 errdetail("A boolean field holds %d.", b1 > 1 ? b1 : b2)));
	s->has_other = b1;
	s->all_change = b2;
	if (!ind_sum_valid(s, &err))
		ind_report_error(&err);
}

PG_FUNCTION_INFO_V1(indicator_sum_serialize);
Datum
indicator_sum_serialize(PG_FUNCTION_ARGS)
{
	IndSum	   *s = (IndSum *) PG_GETARG_POINTER(0);
	StringInfoData buf;

	agg_context(fcinfo, "indicator_sum_serialize");
	pq_begintypsend(&buf);
	ind_sum_send(&buf, s);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

PG_FUNCTION_INFO_V1(indicator_sum_deserialize);
Datum
indicator_sum_deserialize(PG_FUNCTION_ARGS)
{
	bytea	   *b = PG_GETARG_BYTEA_PP(0);
	MemoryContext ctx = agg_context(fcinfo, "indicator_sum_deserialize");
	IndSum	   *s = ind_sum_state_new(ctx);
	StringInfoData buf;

	initReadOnlyStringInfo_compat(&buf, VARDATA_ANY(b), VARSIZE_ANY_EXHDR(b));
	ind_sum_recv(&buf, s);
	if (buf.cursor != buf.len)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid indicator aggregate state"),
				 errdetail("%d trailing bytes.", buf.len - buf.cursor)));
	PG_RETURN_POINTER(s);
}

/* sum and avg differ only in what they make of the final state */
static Datum
sum_state_final(FunctionCallInfo fcinfo, bool (*finish) (const IndSum *, Indicator *, IndError *))
{
	IndSum	   *s = PG_ARGISNULL(0) ? NULL : (IndSum *) PG_GETARG_POINTER(0);
	Indicator  *r;
	IndError	err;

	if (s == NULL || s->count == 0)
		PG_RETURN_NULL();
	r = palloc(sizeof(Indicator));
	if (!finish(s, r, &err))
		ind_report_agg_error(&err);
	PG_RETURN_INDICATOR_P(r);
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
