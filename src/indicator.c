/*
 * indicator.c: the indicator type.  Sections, in the order of sql/10_indicator.sql (and
 * of src/target.c for the target type):
 *   1. text I/O          grammar in src/core/parse.c (the common shape: parse_fast.c),
 *                        output in src/core/format.c
 *   2. binary I/O        recv validates every field (src/core/validate.c)
 *   3. order and hash    src/core/order.c; btree sort support and hash next to compare
 *   4. casts             numeric in both directions, try_indicator
 *   5. accessors         unit, dimension, qualifier, basis, kind, range, jsonb; the
 *                        parts BI tools show (base unit and value, displayed value and unit)
 *   6. functions         conversion and rounding (src/core/convert.c), the unit catalog
 */
#include "server.h"

#include "catalog/pg_type.h"
#include "funcapi.h"
#include "libpq/pqformat.h"
#include "port/pg_bswap.h"
#include "utils/builtins.h"
#include "utils/fmgrprotos.h"
#include "utils/json.h"
#include "utils/jsonb.h"
#include "utils/numeric.h"
#include "utils/rangetypes.h"
#include "utils/sortsupport.h"
#include "utils/typcache.h"

/* ---------------------------------------------------------------- 1. text I/O */

Datum
ind_boxed(const Indicator *x)
{
	Indicator  *p = palloc(sizeof(Indicator));

	*p = *x;
	return PointerGetDatum(p);
}

IND_TEXT_IO_FUNCTIONS(indicator, Indicator, "indicator", ind_parse_fast, ind_format, IND_OUT_MAX)
IND_TEXT_CAST_FUNCTION(indicator, Indicator, "indicator", ind_parse_fast)

/* ---------------------------------------------------------------- 2. binary I/O */

/* The fields in network byte order, IND_SEND_BYTES bytes (the core's ind_pack). */
void
indicator_send_bytes(const Indicator *x, uint8 *out)
{
	ind_pack(x, out);
}

/* Read IND_SEND_BYTES bytes and validate every field: malformed bytes are 22P03. */
void
indicator_recv_bytes(StringInfo buf, Indicator *x)
{
	IndError	err;

	if (buf->len - buf->cursor < IND_SEND_BYTES)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary indicator value"),
				 errdetail("Expected %d bytes, got %d.", IND_SEND_BYTES, buf->len - buf->cursor)));
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

Datum
ind_send_wire(const uint8 *bytes, int n)
{
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendbytes(&buf, (const char *) bytes, n);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

void
ind_recv_expect(StringInfo buf, int n, const char *typname)
{
	if (buf->len - buf->cursor != n)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary %s value", typname),
				 errdetail("Expected %d bytes, got %d.", n, buf->len - buf->cursor)));
}

PG_FUNCTION_INFO_V1(indicator_send);
Datum
indicator_send(PG_FUNCTION_ARGS)
{
	uint8		bytes[IND_SEND_BYTES];

	indicator_send_bytes(PG_GETARG_INDICATOR_P(0), bytes);
	return ind_send_wire(bytes, IND_SEND_BYTES);
}

PG_FUNCTION_INFO_V1(indicator_recv);
Datum
indicator_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	Indicator  *x = palloc0(sizeof(Indicator));

	ind_recv_expect(buf, IND_SEND_BYTES, "indicator");
	indicator_recv_bytes(buf, x);
	PG_RETURN_INDICATOR_P(x);
}

/* ---------------------------------------------------------------- 3. order and hash */

IND_ORDER_FUNCTIONS(indicator, PG_GETARG_INDICATOR_P, ind_compare, ind_hash)

/* Sort support with abbreviated keys (ind_sort_key): IND_SORT_SUPPORT in server.h. */
IND_SORT_SUPPORT(indicator, Indicator, ind_compare, ind_sort_key)

PG_FUNCTION_INFO_V1(indicator_larger);
Datum
indicator_larger(PG_FUNCTION_ARGS)
{
	Indicator  *a = PG_GETARG_INDICATOR_P(0),
			   *b = PG_GETARG_INDICATOR_P(1);

	PG_RETURN_INDICATOR_P(ind_compare(a, b) >= 0 ? a : b);
}

PG_FUNCTION_INFO_V1(indicator_smaller);
Datum
indicator_smaller(PG_FUNCTION_ARGS)
{
	Indicator  *a = PG_GETARG_INDICATOR_P(0),
			   *b = PG_GETARG_INDICATOR_P(1);

	PG_RETURN_INDICATOR_P(ind_compare(a, b) <= 0 ? a : b);
}

/* ---------------------------------------------------------------- 4. casts */

/*
 * Functions of one indicator that a core formatter answers: formatter(x, buf, size)
 * writes the text, to_datum makes the result (numeric or text) of it.
 */
#define IND_FORMATTED_FUNCTION(name, formatter, to_datum) \
	PG_FUNCTION_INFO_V1(name); \
	Datum \
	name(PG_FUNCTION_ARGS) \
	{ \
		char		buf[IND_OUT_MAX]; \
		formatter(PG_GETARG_INDICATOR_P(0), buf, sizeof(buf)); \
		PG_RETURN_DATUM(to_datum(buf)); \
	}

/* indicator::numeric: the value in its own unit with the magnitude applied. */
IND_FORMATTED_FUNCTION(indicator_to_numeric, ind_value_string, ind_numeric_from_cstring)

/* numeric::indicator: a dimensionless exact figure with the numeric's own scale. */
PG_FUNCTION_INFO_V1(numeric_to_indicator);
Datum
numeric_to_indicator(PG_FUNCTION_ARGS)
{
	Numeric		n = PG_GETARG_NUMERIC(0);
	char	   *s;
	Indicator  *x;
	IndError	err;

	if (numeric_is_nan(n) || numeric_is_inf(n))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("cannot convert %s to indicator",
						numeric_is_nan(n) ? "NaN" : "infinity")));
	s = DatumGetCString(DirectFunctionCall1(numeric_out, NumericGetDatum(n)));
	x = palloc(sizeof(Indicator));
	if (!ind_parse_fast(s, strlen(s), x, &err))
	{
		if (err.code == IND_ERR_RANGE)
			ereport(ERROR,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("value out of range for type indicator: \"%s\"", s),
					 errdetail("%s.", err.detail)));
		ind_report_error(&err);
	}
	PG_RETURN_INDICATOR_P(x);
}

/* try_indicator(text): NULL instead of an error, for ETL over messy columns. */
PG_FUNCTION_INFO_V1(try_indicator);
Datum
try_indicator(PG_FUNCTION_ARGS)
{
	char	   *s = text_to_cstring(PG_GETARG_TEXT_PP(0));
	Indicator  *x = palloc(sizeof(Indicator));
	IndError	err;

	if (!ind_parse_fast(s, strlen(s), x, &err))
		PG_RETURN_NULL();
	PG_RETURN_INDICATOR_P(x);
}

/* ---------------------------------------------------------------- 5. accessors */

IND_FORMATTED_FUNCTION(indicator_unit, ind_format_unit, CStringGetTextDatum)
IND_FORMATTED_FUNCTION(indicator_dimension, ind_format_dimension, CStringGetTextDatum)

/* the word a figure was written with (qual, basis: words.c), NULL for none */
#define IND_WORD_FUNCTION(name, field, table) \
	PG_FUNCTION_INFO_V1(name); \
	Datum \
	name(PG_FUNCTION_ARGS) \
	{ \
		Indicator  *x = PG_GETARG_INDICATOR_P(0); \
		if (x->field == 0) \
			PG_RETURN_NULL(); \
		PG_RETURN_TEXT_P(cstring_to_text(table(x->field)->word)); \
	}

IND_WORD_FUNCTION(indicator_qualifier, qual, ind_qual)
IND_WORD_FUNCTION(indicator_basis, basis, ind_basis)

PG_FUNCTION_INFO_V1(indicator_qualifier_class);
Datum
indicator_qualifier_class(PG_FUNCTION_ARGS)
{
	PG_RETURN_TEXT_P(cstring_to_text(ind_qual_class_name(ind_qual_class(PG_GETARG_INDICATOR_P(0)))));
}

PG_FUNCTION_INFO_V1(indicator_is_change);
Datum
indicator_is_change(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(PG_GETARG_INDICATOR_P(0)->verb != 0);
}

/* A base-unit bound as numeric in x's own unit (magnitude applied, as x::numeric). */
static Datum
bound_in_own_unit(const Indicator *x, const ExactValue *v)
{
	ind_i128	digits;
	int			scale;
	bool		inexact;
	IndError	err;

	if (!ind_exact_to_unit(v, 0, x->unit, x->per_unit, IND_DEN_MAG(x),
						   &digits, &scale, &inexact, &err))
		ind_report_error(&err);
	return ind_numeric_from_dec(digits, scale);
}

/* An interval of base-unit values (src/core/interval.c) as a numrange in x's own unit. */
Datum
ind_interval_numrange(const Indicator *x, const IndInterval *iv)
{
	TypeCacheEntry *tc = lookup_type_cache(NUMRANGEOID, TYPECACHE_RANGE_INFO);
	RangeBound	lower,
				upper;

	lower.infinite = iv->lo.inf;
	lower.inclusive = iv->lo.incl && !iv->lo.inf;
	lower.val = iv->lo.inf ? (Datum) 0 : bound_in_own_unit(x, &iv->lo.v);
	lower.lower = true;
	upper.infinite = iv->hi.inf;
	upper.inclusive = iv->hi.incl && !iv->hi.inf;
	upper.val = iv->hi.inf ? (Datum) 0 : bound_in_own_unit(x, &iv->hi.v);
	upper.lower = false;
	return RangeTypePGetDatum(make_range_compat(tc, &lower, &upper, false));
}

/* A computed interval as a numrange in x's own unit or in its base units (22003 unless ok). */
Datum
ind_interval_result(const Indicator *x, bool ok, const IndInterval *iv, bool in_base_units)
{
	Indicator	base;
	IndError	err;

	if (!ok)
	{
		ind_fail(&err, IND_ERR_RANGE, 0, "the range is out of range");
		ind_report_error(&err);
	}
	ind_base_units(x, &base);
	return ind_interval_numrange(in_base_units ? &base : x, iv);
}

/*
 * indicator_range(x [, tolerance]): the values x asserts (interval.c), in its own unit
 * with the magnitude applied; for a decline (下降3%以上) the comparator bounds the size.
 * base_range(x [, tolerance]): the same in base_unit(x).  Without a tolerance 约/左右
 * use the setting (STABLE); with one they are IMMUTABLE.
 */
static Datum
range_of(FunctionCallInfo fcinfo, bool in_base_units)
{
	Indicator  *x = PG_GETARG_INDICATOR_P(0);
	ExactValue	tol;
	IndInterval iv;

	ind_tolerance_arg(fcinfo, 1, &tol);
	return ind_interval_result(x, ind_interval(x, &tol, &iv), &iv, in_base_units);
}

PG_FUNCTION_INFO_V1(indicator_range);
Datum
indicator_range(PG_FUNCTION_ARGS)
{
	return range_of(fcinfo, false);
}

PG_FUNCTION_INFO_V1(indicator_base_range);
Datum
indicator_base_range(PG_FUNCTION_ARGS)
{
	return range_of(fcinfo, true);
}

/*
 * The parts BI tools show (indicator_bi_view): the value in the dimension's base unit,
 * which adds up across units and magnitudes, and the number and unit as displayed.
 */
static int
format_base_unit(const Indicator *x, char *buf, size_t size)
{
	Indicator	base;

	ind_base_units(x, &base);
	return ind_format_unit(&base, buf, size);
}

static int
format_display_value(const Indicator *x, char *buf, size_t size)
{
	return ind_i128_to_string((ind_i128) x->coef, x->scale, buf, size);
}

IND_FORMATTED_FUNCTION(indicator_base_unit, format_base_unit, CStringGetTextDatum)
IND_FORMATTED_FUNCTION(indicator_display_value, format_display_value, ind_numeric_from_cstring)
IND_FORMATTED_FUNCTION(indicator_display_unit, ind_format_display_unit, CStringGetTextDatum)

/* base_unit_value(x): the value in base_unit(x), 18 significant digits where inexact (亩) */
PG_FUNCTION_INFO_V1(indicator_base_unit_value);
Datum
indicator_base_unit_value(PG_FUNCTION_ARGS)
{
	Indicator  *x = PG_GETARG_INDICATOR_P(0);
	Indicator	base;
	ind_i128	digits;
	int			scale;
	bool		inexact;
	IndError	err;

	ind_base_units(x, &base);
	if (!ind_convert(x, 0, base.unit, base.per_unit, 0, &digits, &scale, &inexact, &err))
		ind_report_error(&err);
	PG_RETURN_DATUM(ind_numeric_from_dec(digits, scale));
}

static void
json_string(StringInfo s, const char *key, const char *val)
{
	appendStringInfo(s, "%s\"%s\": ", s->len > 1 ? ", " : "", key);
	if (val == NULL)
		appendStringInfoString(s, "null");
	else
		escape_json(s, val);
}

PG_FUNCTION_INFO_V1(indicator_to_jsonb);
Datum
indicator_to_jsonb(PG_FUNCTION_ARGS)
{
	Indicator  *x = PG_GETARG_INDICATOR_P(0);
	StringInfoData s;
	char		buf[IND_OUT_MAX];
	char		val[128];
	char		unit[64];
	char		dim[64];

	initStringInfo(&s);
	appendStringInfoChar(&s, '{');
	ind_format(x, buf, sizeof(buf));
	json_string(&s, "text", buf);
	ind_value_string(x, val, sizeof(val));
	appendStringInfo(&s, ", \"value\": %s", val);
	ind_format_unit(x, unit, sizeof(unit));
	json_string(&s, "unit", unit[0] ? unit : NULL);
	json_string(&s, "magnitude", x->mag ? ind_mag_word(x->mag) : NULL);
	ind_format_dimension(x, dim, sizeof(dim));
	json_string(&s, "dimension", dim);
	json_string(&s, "qualifier", x->qual ? ind_qual(x->qual)->word : NULL);
	json_string(&s, "qualifier_class", ind_qual_class_name(ind_qual_class(x)));
	json_string(&s, "kind", x->verb ? "change" : "level");
	json_string(&s, "basis", x->basis ? ind_basis(x->basis)->word : NULL);
	json_string(&s, "change_word", x->verb ? ind_verb(x->verb)->word : NULL);
	appendStringInfoChar(&s, '}');
	PG_RETURN_DATUM(DirectFunctionCall1(jsonb_in, CStringGetDatum(s.data)));
}

/* ---------------------------------------------------------------- 6. functions */

/* the unit argument of indicator_value and to_unit ("亿元", "万元/亩"), parsed */
typedef struct UnitArg
{
	int			mag,
				unit,
				per_unit,
				den_mag;
} UnitArg;

static UnitArg
unit_arg(text *t)
{
	char	   *s = text_to_cstring(t);
	UnitArg		u;
	IndError	err;

	if (!ind_parse_unit(s, strlen(s), &u.mag, &u.unit, &u.per_unit, &u.den_mag, &err))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unknown unit \"%s\"", s),
				 errdetail("%s.", err.detail),
				 errhint("The built-in units are listed by indicator_units().")));
	return u;
}

/* indicator_value(x, '亿元'): the value in another unit of the same dimension. */
PG_FUNCTION_INFO_V1(indicator_value_in);
Datum
indicator_value_in(PG_FUNCTION_ARGS)
{
	UnitArg		u = unit_arg(PG_GETARG_TEXT_PP(1));
	ind_i128	digits;
	int			scale;
	bool		inexact;
	IndError	err;

	if (!ind_convert(PG_GETARG_INDICATOR_P(0), u.mag, u.unit, u.per_unit, u.den_mag,
					 &digits, &scale, &inexact, &err))
		ind_report_error(&err);
	PG_RETURN_DATUM(ind_numeric_from_dec(digits, scale));
}

/* to_unit(x, '亿元'): x re-expressed in another unit and magnitude. */
static bool
to_unit(const Indicator *x, UnitArg u, Indicator *r, IndError *err)
{
	return ind_to_unit(x, u.mag, u.unit, u.per_unit, u.den_mag, r, err);
}

IND_FIGURE_FUNCTION(indicator_to_unit, to_unit(PG_GETARG_INDICATOR_P(0), unit_arg(PG_GETARG_TEXT_PP(1)), &r, &err))
/* indicator_auto(x): 万/亿/万亿 so that the leading part is below 10000. */
IND_FIGURE_FUNCTION(indicator_auto, ind_auto(PG_GETARG_INDICATOR_P(0), &r, &err))
/* round(x, digits): half-even at the displayed magnitude, as published tables round. */
IND_FIGURE_FUNCTION(indicator_round, ind_round(PG_GETARG_INDICATOR_P(0), PG_GETARG_INT32(1), &r, &err))

/* indicator_units(): the built-in catalog. */
PG_FUNCTION_INFO_V1(indicator_units);
Datum
indicator_units(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;

	InitMaterializedSRF(fcinfo, 0);
	for (int id = 1; id <= ind_unit_count(); id++)
	{
		const UnitDef *u = ind_unit(id);
		Datum		values[5];
		bool		nulls[5] = {false, false, false, false, false};
		char		factor[96];
		const char *base;
		IndError	err;

		if (!ind_unit_factor(id, &base, factor, sizeof(factor), &err))
			ind_report_error(&err);
		values[0] = CStringGetTextDatum(u->name);
		values[1] = CStringGetTextDatum(ind_dim_name(u->dim));
		values[2] = CStringGetTextDatum(base);
		values[3] = CStringGetTextDatum(factor);
		values[4] = BoolGetDatum(u->shown_with_mag);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	return (Datum) 0;
}
