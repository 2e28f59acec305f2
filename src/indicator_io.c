/*
 * indicator_io.c: text and binary input/output of the indicator type.
 *
 * Text input is the core grammar (src/core/parse.c); errors are 22P02 with the whole
 * input quoted and a detail naming the offending part and its character position.
 * Binary recv reads every field and validates it like parsed input (core validate.c):
 * malformed bytes are an error, never a stored value that prints or sorts wrongly.
 */
#include "indicator.h"

#include "lib/stringinfo.h"
#include "libpq/pqformat.h"
#include "port/pg_bswap.h"
#include "mb/pg_wchar.h"
#include "utils/builtins.h"

#if PG_VERSION_NUM >= 160000
#include "nodes/miscnodes.h"
#endif

/* Soft errors (PostgreSQL 16+) where the caller asked for them, else a plain error. */
#if PG_VERSION_NUM >= 160000
#define IND_ERRSAVE(ctx, ...) errsave(ctx, __VA_ARGS__)
#else
#define IND_ERRSAVE(ctx, ...) ereport(ERROR, __VA_ARGS__)
#endif

/* Quote at most this many characters of a bad input in the message. */
#define QUOTE_CHARS 120

static char *
quoted_input(const char *input)
{
	const char *p = input;

	for (int chars = 0; *p && chars < QUOTE_CHARS; chars++)
		p += pg_mblen(p);
	if (*p)
		return psprintf("%.*s…", (int) (p - input), input);
	return pstrdup(input);
}

bool
ind_report_input_error(const IndError *err, const char *typname, const char *input,
					   Node *escontext)
{
	char	   *q = quoted_input(input);

	switch (err->code)
	{
		case IND_ERR_RANGE:
			IND_ERRSAVE(escontext,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("value out of range for type %s: \"%s\"", typname, q),
					 errdetail("%s.", err->detail)));
			break;
		case IND_ERR_UNKNOWN_UNIT:
			IND_ERRSAVE(escontext,
					(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
					 errmsg("invalid input syntax for type %s: \"%s\"", typname, q),
					 errdetail("%s at character %d.", err->detail, err->position),
					 errhint("The built-in units are listed by indicator_units().")));
			break;
		default:
			IND_ERRSAVE(escontext,
					(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
					 errmsg("invalid input syntax for type %s: \"%s\"", typname, q),
					 err->position > 0
					 ? errdetail("%s at character %d.", err->detail, err->position)
					 : errdetail("%s.", err->detail)));
			break;
	}
	return false;
}

void
ind_report_error(const IndError *err)
{
	switch (err->code)
	{
		case IND_ERR_RANGE:
			ereport(ERROR,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("indicator value out of range"),
					 errdetail("%s.", err->detail)));
			break;
		case IND_ERR_DIMENSION:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("incompatible units"),
					 errdetail("%s.", err->detail),
					 errhint("Units combine and convert only within one dimension; see indicator_units().")));
			break;
		case IND_ERR_DIVISION_BY_ZERO:
			ereport(ERROR,
					(errcode(ERRCODE_DIVISION_BY_ZERO),
					 errmsg("division by zero"),
					 errdetail("%s.", err->detail)));
			break;
		case IND_ERR_UNKNOWN_UNIT:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("unknown unit"),
					 errdetail("%s.", err->detail),
					 errhint("The built-in units are listed by indicator_units().")));
			break;
		case IND_ERR_CORRUPT:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
					 errmsg("invalid binary indicator value"),
					 errdetail("%s.", err->detail)));
			break;
		default:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("invalid argument"),
					 errdetail("%s.", err->detail)));
	}
	pg_unreachable();
}

Indicator *
ind_from_cstring(const char *s, Node *escontext)
{
	Indicator  *x = palloc(sizeof(Indicator));
	IndError	err;

	if (!ind_parse(s, strlen(s), x, &err))
	{
		if (err.code == IND_ERR_CORRUPT)
			err.code = IND_ERR_SYNTAX;
		ind_report_input_error(&err, "indicator", s, escontext);
		return NULL;
	}
	return x;
}

/* A computed value as a Datum in the current memory context. */
Datum
ind_boxed(const Indicator *x)
{
	Indicator  *p = palloc(sizeof(Indicator));

	*p = *x;
	return PointerGetDatum(p);
}

PG_FUNCTION_INFO_V1(indicator_in);
Datum
indicator_in(PG_FUNCTION_ARGS)
{
	Indicator  *x = ind_from_cstring(PG_GETARG_CSTRING(0), fcinfo->context);

	if (x == NULL)
		PG_RETURN_NULL();
	PG_RETURN_INDICATOR_P(x);
}

PG_FUNCTION_INFO_V1(indicator_out);
Datum
indicator_out(PG_FUNCTION_ARGS)
{
	Indicator  *x = PG_GETARG_INDICATOR_P(0);
	char	   *buf = palloc(IND_OUT_MAX);

	ind_format(x, buf, IND_OUT_MAX);
	PG_RETURN_CSTRING(buf);
}

/* try_indicator(text): NULL instead of an error, for ETL over messy columns. */
PG_FUNCTION_INFO_V1(try_indicator);
Datum
try_indicator(PG_FUNCTION_ARGS)
{
	char	   *s = text_to_cstring(PG_GETARG_TEXT_PP(0));
	Indicator  *x = palloc(sizeof(Indicator));
	IndError	err;

	if (!ind_parse(s, strlen(s), x, &err))
		PG_RETURN_NULL();
	PG_RETURN_INDICATOR_P(x);
}

/* Binary form: the fields in network byte order, 16 bytes. */
void
indicator_send_bytes(const Indicator *x, uint8 *out)
{
	uint64		c = pg_hton64((uint64) x->coef);

	memcpy(out, &c, 8);
	out[8] = (uint8) x->scale;
	out[9] = x->mag;
	out[10] = x->unit;
	out[11] = x->per_unit;
	out[12] = x->qual;
	out[13] = x->basis;
	out[14] = x->verb;
	out[15] = x->flags;
}

/* Read 16 bytes and validate every field: malformed bytes are 22P03. */
void
indicator_recv_bytes(StringInfo buf, Indicator *x)
{
	IndError	err;

	if (buf->len - buf->cursor < 16)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary indicator value"),
				 errdetail("Expected 16 bytes, got %d.", buf->len - buf->cursor)));
	x->coef = pq_getmsgint64(buf);
	x->scale = (int8) pq_getmsgbyte(buf);
	x->mag = (uint8) pq_getmsgbyte(buf);
	x->unit = (uint8) pq_getmsgbyte(buf);
	x->per_unit = (uint8) pq_getmsgbyte(buf);
	x->qual = (uint8) pq_getmsgbyte(buf);
	x->basis = (uint8) pq_getmsgbyte(buf);
	x->verb = (uint8) pq_getmsgbyte(buf);
	x->flags = (uint8) pq_getmsgbyte(buf);
	if (!ind_validate(x, &err))
		ind_report_error(&err);
}

PG_FUNCTION_INFO_V1(indicator_send);
Datum
indicator_send(PG_FUNCTION_ARGS)
{
	StringInfoData buf;
	uint8		bytes[16];

	indicator_send_bytes(PG_GETARG_INDICATOR_P(0), bytes);
	pq_begintypsend(&buf);
	pq_sendbytes(&buf, (const char *) bytes, 16);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

PG_FUNCTION_INFO_V1(indicator_recv);
Datum
indicator_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	Indicator  *x = palloc0(sizeof(Indicator));

	if (buf->len - buf->cursor != 16)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary indicator value"),
				 errdetail("Expected 16 bytes, got %d.", buf->len - buf->cursor)));
	indicator_recv_bytes(buf, x);
	PG_RETURN_INDICATOR_P(x);
}
