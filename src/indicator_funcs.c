/*
 * indicator_funcs.c: casts, accessors, unit conversion, rounding and the catalog listing.
 */
#include "indicator.h"

#include "catalog/pg_type.h"
#include "funcapi.h"
#include "utils/builtins.h"
#include "utils/fmgrprotos.h"
#include "utils/guc.h"
#include "utils/json.h"
#include "utils/jsonb.h"
#include "utils/numeric.h"
#include "utils/rangetypes.h"
#include "utils/typcache.h"

#if PG_VERSION_NUM < 150000
#include "miscadmin.h"

/* PostgreSQL 15's InitMaterializedSRF(fcinfo, 0), for 13 and 14. */
static void
InitMaterializedSRF(FunctionCallInfo fcinfo, bits32 flags)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	MemoryContext oldcxt;
	TupleDesc	tupdesc;

	if (rsinfo == NULL || !IsA(rsinfo, ReturnSetInfo))
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("set-valued function called in context that cannot accept a set")));
	if (!(rsinfo->allowedModes & SFRM_Materialize))
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("materialize mode required, but it is not allowed in this context")));
	oldcxt = MemoryContextSwitchTo(rsinfo->econtext->ecxt_per_query_memory);
	if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "return type must be a row type");
	rsinfo->returnMode = SFRM_Materialize;
	rsinfo->setResult = tuplestore_begin_heap((rsinfo->allowedModes & SFRM_Materialize_Random) != 0,
											  false, work_mem);
	rsinfo->setDesc = tupdesc;
	MemoryContextSwitchTo(oldcxt);
}
#endif

/* indicator.approx_tolerance: relative width of 约x / x左右 (text so no float is involved). */
static char *approx_tolerance = NULL;

static bool
check_tolerance(char **newval, void **extra, GucSource source)
{
	char	   *end;
	const char *s = *newval;
	bool		seen_digit = false;

	/* a plain decimal in [0, 1]: digits and at most one point */
	if (s == NULL)
		return false;
	for (end = (char *) s; *end; end++)
	{
		if (*end >= '0' && *end <= '9')
			seen_digit = true;
		else if (*end != '.')
			break;
	}
	if (*end != '\0' || !seen_digit || strchr(s, '.') != strrchr(s, '.') ||
		!(s[0] == '0' || (s[0] == '1' && strspn(s + 1, ".0") == strlen(s + 1)) || s[0] == '.'))
	{
		GUC_check_errdetail("indicator.approx_tolerance must be a decimal between 0 and 1, such as 0.1.");
		return false;
	}
	return true;
}

void		_PG_init(void);

void
_PG_init(void)
{
	DefineCustomStringVariable("indicator.approx_tolerance",
							   "Relative tolerance of approximate figures (约5%, 5%左右).",
							   "A decimal between 0 and 1; 0.1 means within 10% of the figure.",
							   &approx_tolerance,
							   "0.1",
							   PGC_USERSET, 0,
							   check_tolerance, NULL, NULL);
#if PG_VERSION_NUM >= 150000
	MarkGUCPrefixReserved("indicator");
#else
	EmitWarningsOnPlaceholders("indicator");
#endif
}

/* The tolerance as an exact decimal (the check hook admits only digits and one point). */
void
ind_tolerance(ExactValue *out)
{
	const char *s = approx_tolerance ? approx_tolerance : "0.1";
	ind_i128	n = 0;
	int			scale = 0;
	bool		point = false;

	for (; *s; s++)
	{
		if (*s == '.')
			point = true;
		else
		{
			if (scale < 30)
			{
				n = n * 10 + (*s - '0');
				if (point)
					scale++;
			}
		}
	}
	out->n = n;
	out->d = 1;
	out->e = -scale;
	(void) ind_exact_canonical(out);
}

static Datum
numeric_from_cstring(const char *s)
{
	return DirectFunctionCall3(numeric_in, CStringGetDatum(s),
							   ObjectIdGetDatum(InvalidOid), Int32GetDatum(-1));
}

static Datum
numeric_value(const Indicator *x)
{
	char		buf[128];

	ind_value_string(x, buf, sizeof(buf));
	return numeric_from_cstring(buf);
}

/* indicator::numeric: the value in its own unit with the magnitude applied. */
PG_FUNCTION_INFO_V1(indicator_to_numeric);
Datum
indicator_to_numeric(PG_FUNCTION_ARGS)
{
	PG_RETURN_DATUM(numeric_value(PG_GETARG_INDICATOR_P(0)));
}

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
	if (!ind_parse(s, strlen(s), x, &err))
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

static void
parse_unit_arg(text *t, int *mag, int *unit, int *per_unit, int *den_mag)
{
	char	   *s = text_to_cstring(t);
	IndError	err;

	if (!ind_parse_unit(s, strlen(s), mag, unit, per_unit, den_mag, &err))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unknown unit \"%s\"", s),
				 errdetail("%s.", err.detail),
				 errhint("The built-in units are listed by indicator_units().")));
}

/* indicator_value(x, '亿元'): the value in another unit of the same dimension. */
PG_FUNCTION_INFO_V1(indicator_value_in);
Datum
indicator_value_in(PG_FUNCTION_ARGS)
{
	Indicator  *x = PG_GETARG_INDICATOR_P(0);
	int			mag,
				unit,
				per_unit,
				den_mag;
	ind_i128	digits;
	int			scale;
	bool		inexact;
	IndError	err;
	char		buf[128];

	parse_unit_arg(PG_GETARG_TEXT_PP(1), &mag, &unit, &per_unit, &den_mag);
	if (!ind_convert(x, mag, unit, per_unit, den_mag, &digits, &scale, &inexact, &err))
		ind_report_error(&err);
	ind_i128_to_string(digits, scale, buf, sizeof(buf));
	PG_RETURN_DATUM(numeric_from_cstring(buf));
}

static bool
same_factor(int a, int b)
{
	const UnitDef *ua = a ? ind_unit(a) : NULL;
	const UnitDef *ub = b ? ind_unit(b) : NULL;

	if (!ua || !ub)
		return ua == ub;
	return ua->num == ub->num && ua->den == ub->den && ua->exp10 == ub->exp10;
}

static Indicator *
reexpress(const Indicator *x, int mag, int unit, int per_unit, int den_mag)
{
	Indicator  *r = palloc(sizeof(Indicator));
	ind_i128	digits;
	int			scale;
	bool		inexact;
	IndError	err;

	if (!ind_convert(x, mag, unit, per_unit, den_mag, &digits, &scale, &inexact, &err))
		ind_report_error(&err);
	/* keep at most 18 significant digits; scale stays within the type's range */
	while ((digits >= (ind_i128) 1000000000000000000LL || digits <= -(ind_i128) 1000000000000000000LL ||
			scale > IND_SCALE_MAX))
	{
		if (scale <= IND_SCALE_MIN)
		{
			err.code = IND_ERR_RANGE;
			snprintf(err.detail, sizeof(err.detail), "the value does not fit in 18 digits");
			ind_report_error(&err);
		}
		/* round half-even away one digit */
		{
			ind_i128	q = digits / 10,
						r = digits % 10;

			if (r < 0)
				r = -r;
			if (r > 5 || (r == 5 && (q % 2) != 0))
				q += digits < 0 ? -1 : 1;
			digits = q;
			scale--;
		}
	}
	*r = *x;
	/*
	 * 多/余 spans one unit of the lowest non-zero digit, which depends on the unit: 3万多亩
	 * is not 2000多公顷.  Across units with other factors keep only the sound lower bound.
	 */
	if (ind_qual_class(x) == QC_OPEN && !same_factor(x->unit, unit) )
		r->qual = (uint8) ind_canonical_qual(QC_GT);
	else if (ind_qual_class(x) == QC_OPEN && !same_factor(x->per_unit, per_unit))
		r->qual = (uint8) ind_canonical_qual(QC_GT);
	else if (ind_qual_class(x) == QC_OPEN &&
			 ((x->flags & IND_DENMAG_MASK) >> IND_DENMAG_SHIFT) != den_mag)
		r->qual = (uint8) ind_canonical_qual(QC_GT);
	r->coef = (int64) digits;
	r->scale = (int8) scale;
	r->mag = (uint8) mag;
	r->unit = (uint8) unit;
	r->per_unit = (uint8) per_unit;
	r->flags = (uint8) ((x->flags & IND_LEAD_MASK) | (den_mag << IND_DENMAG_SHIFT));
	ind_settle(r);
	if (!ind_validate(r, &err))
		ind_report_error(&err);
	return r;
}

/* to_unit(x, '亿元'): x re-expressed in another unit and magnitude. */
PG_FUNCTION_INFO_V1(indicator_to_unit);
Datum
indicator_to_unit(PG_FUNCTION_ARGS)
{
	Indicator  *x = PG_GETARG_INDICATOR_P(0);
	int			mag,
				unit,
				per_unit,
				den_mag;

	if (ind_change_dir(x) == CD_FLAT || ind_change_dir(x) == CD_DOUBLE)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("cannot re-express a 持平 or 翻番 change in another unit")));
	parse_unit_arg(PG_GETARG_TEXT_PP(1), &mag, &unit, &per_unit, &den_mag);
	PG_RETURN_INDICATOR_P(reexpress(x, mag, unit, per_unit,
									den_mag));
}

/* indicator_auto(x): 万/亿/万亿 so that the leading part is below 10000. */
PG_FUNCTION_INFO_V1(indicator_auto);
Datum
indicator_auto(PG_FUNCTION_ARGS)
{
	Indicator  *x = PG_GETARG_INDICATOR_P(0);
	ind_i128	v = x->coef;
	int			exp10 = x->mag - x->scale;	/* value = coef x 10^exp10 */
	int			ndig = 0,
				mag;

	if ((x->unit && !ind_unit(x->unit)->shown_with_mag) ||
		ind_change_dir(x) == CD_FLAT || ind_change_dir(x) == CD_DOUBLE)
		PG_RETURN_INDICATOR_P(x);
	for (ind_i128 a = v < 0 ? -v : v; a > 0; a /= 10)
		ndig++;
	/* the integer part has ndig + exp10 digits */
	mag = ndig + exp10 <= 4 ? 0 : ndig + exp10 <= 8 ? 4 : ndig + exp10 <= 12 ? 8 : 12;
	if (x->coef == 0)
		mag = 0;
	PG_RETURN_INDICATOR_P(reexpress(x, mag, x->unit, x->per_unit,
									(x->flags & IND_DENMAG_MASK) >> IND_DENMAG_SHIFT));
}

/* round(x, digits): half-even at the displayed magnitude, as published tables round. */
PG_FUNCTION_INFO_V1(indicator_round);
Datum
indicator_round(PG_FUNCTION_ARGS)
{
	Indicator  *x = PG_GETARG_INDICATOR_P(0);
	int32		digits = PG_GETARG_INT32(1);
	Indicator  *r = palloc(sizeof(Indicator));
	int64		c;

	*r = *x;
	if (ind_change_dir(x) == CD_FLAT || ind_change_dir(x) == CD_DOUBLE)
		PG_RETURN_INDICATOR_P(r);
	if (digits < IND_SCALE_MIN || digits > IND_SCALE_MAX)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("round() digits must be between %d and %d", IND_SCALE_MIN, IND_SCALE_MAX)));
	if (digits >= x->scale)
	{
		/* more digits than written: pad with zeros, like numeric's round */
		c = x->coef;
		for (int i = x->scale; i < digits; i++)
		{
			if (c > INT64CONST(99999999999999999) || c < -INT64CONST(99999999999999999))
				ereport(ERROR,
						(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
						 errmsg("indicator value out of range"),
						 errdetail("More than 18 significant digits.")));
			c *= 10;
		}
	}
	else
		ind_round_half_even(x->coef, x->scale, digits, &c);
	r->coef = c;
	r->scale = (int8) digits;
	ind_settle(r);
	if (r->coef == 0 && ind_qual_class(r) == QC_OPEN)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("rounding %s to zero loses its 多/余 range",
						DatumGetCString(DirectFunctionCall1(indicator_out, PointerGetDatum(x))))));
	PG_RETURN_INDICATOR_P(r);
}

/* ---- accessors ---- */

PG_FUNCTION_INFO_V1(indicator_unit);
Datum
indicator_unit(PG_FUNCTION_ARGS)
{
	char		buf[64];

	ind_format_unit(PG_GETARG_INDICATOR_P(0), buf, sizeof(buf));
	PG_RETURN_TEXT_P(cstring_to_text(buf));
}

static const char *
dimension_name(const Indicator *x)
{
	const char *num = ind_dim_name(ind_dim_of_unit(x->unit));

	if (!x->per_unit)
		return num;
	return psprintf("%s/%s", num, ind_dim_name(ind_dim_of_unit(x->per_unit)));
}

PG_FUNCTION_INFO_V1(indicator_dimension);
Datum
indicator_dimension(PG_FUNCTION_ARGS)
{
	PG_RETURN_TEXT_P(cstring_to_text(dimension_name(PG_GETARG_INDICATOR_P(0))));
}

PG_FUNCTION_INFO_V1(indicator_qualifier);
Datum
indicator_qualifier(PG_FUNCTION_ARGS)
{
	Indicator  *x = PG_GETARG_INDICATOR_P(0);

	if (x->qual == 0)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text(ind_qual(x->qual)->word));
}

PG_FUNCTION_INFO_V1(indicator_qualifier_class);
Datum
indicator_qualifier_class(PG_FUNCTION_ARGS)
{
	PG_RETURN_TEXT_P(cstring_to_text(ind_qual_class_name(ind_qual_class(PG_GETARG_INDICATOR_P(0)))));
}

PG_FUNCTION_INFO_V1(indicator_basis);
Datum
indicator_basis(PG_FUNCTION_ARGS)
{
	Indicator  *x = PG_GETARG_INDICATOR_P(0);

	if (x->basis == 0)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text(ind_basis(x->basis)->word));
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
	char		buf[128];

	if (!ind_exact_to_unit(v, 0, x->unit, x->per_unit,
						   (x->flags & IND_DENMAG_MASK) >> IND_DENMAG_SHIFT,
						   &digits, &scale, &inexact, &err))
		ind_report_error(&err);
	ind_i128_to_string(digits, scale, buf, sizeof(buf));
	return numeric_from_cstring(buf);
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
#if PG_VERSION_NUM >= 160000
	return RangeTypePGetDatum(make_range(tc, &lower, &upper, false, NULL));
#else
	return RangeTypePGetDatum(make_range(tc, &lower, &upper, false));
#endif
}

/*
 * indicator_range(x): the values x asserts (interval.c), in its own unit with the
 * magnitude applied; for a decline (下降3%以上) the comparator bounds the size.
 */
PG_FUNCTION_INFO_V1(indicator_range);
Datum
indicator_range(PG_FUNCTION_ARGS)
{
	Indicator  *x = PG_GETARG_INDICATOR_P(0);
	ExactValue	tol;
	IndInterval iv;
	IndError	err;

	ind_tolerance(&tol);
	if (!ind_interval(x, &tol, &iv))
	{
		ind_fail(&err, IND_ERR_RANGE, "the range is out of range");
		ind_report_error(&err);
	}
	PG_RETURN_DATUM(ind_interval_numrange(x, &iv));
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

	initStringInfo(&s);
	appendStringInfoChar(&s, '{');
	ind_format(x, buf, sizeof(buf));
	json_string(&s, "text", buf);
	ind_value_string(x, val, sizeof(val));
	appendStringInfo(&s, ", \"value\": %s", val);
	ind_format_unit(x, unit, sizeof(unit));
	json_string(&s, "unit", unit[0] ? unit : NULL);
	json_string(&s, "magnitude", x->mag ? ind_mag_word(x->mag) : NULL);
	json_string(&s, "dimension", dimension_name(x));
	json_string(&s, "qualifier", x->qual ? ind_qual(x->qual)->word : NULL);
	json_string(&s, "qualifier_class", ind_qual_class_name(ind_qual_class(x)));
	json_string(&s, "kind", x->verb ? "change" : "level");
	json_string(&s, "basis", x->basis ? ind_basis(x->basis)->word : NULL);
	json_string(&s, "change_word", x->verb ? ind_verb(x->verb)->word : NULL);
	appendStringInfoChar(&s, '}');
	PG_RETURN_DATUM(DirectFunctionCall1(jsonb_in, CStringGetDatum(s.data)));
}

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
		const char *base = NULL;
		ind_i128	digits = 0;
		int			scale = 0;
		bool		inexact = false;
		IndError	err;
		Indicator	one = {1, 0, 0, (uint8) id, 0, 0, 0, 0, 0};

		/* the base unit is the first of the dimension */
		for (int b = 1; b <= id; b++)
			if (ind_unit(b)->dim == u->dim)
			{
				base = ind_unit(b)->name;
				if (!ind_convert(&one, 0, b, 0, 0, &digits, &scale, &inexact, &err))
					ind_report_error(&err);
				break;
			}
		values[0] = CStringGetTextDatum(u->name);
		values[1] = CStringGetTextDatum(ind_dim_name(u->dim));
		values[2] = CStringGetTextDatum(base);
		if (inexact)
		{
			/* a rational factor (亩 = 2000/3): show it as a fraction of the base */
			char		num[96];

			ind_i128_to_string((ind_i128) u->num, -u->exp10, num, sizeof(num));
			values[3] = CStringGetTextDatum(psprintf("%s/%d", num, u->den));
		}
		else
		{
			ind_i128_to_string(digits, scale, factor, sizeof(factor));
			values[3] = CStringGetTextDatum(factor);
		}
		values[4] = BoolGetDatum(u->shown_with_mag);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	return (Datum) 0;
}
