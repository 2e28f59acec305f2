/*
 * server.h: what the server-side files share: Datum conversion of the extension's types,
 * the mapping of core errors (src/core/ind.h) to SQLSTATEs (errors.c), numeric
 * conversion (numeric_conv.c), and the setting read by judging functions (module.c).
 * The rules themselves are in the core; these files only convert and report.
 */
#ifndef INDICATOR_SERVER_H
#define INDICATOR_SERVER_H

#include "postgres.h"
#include "fmgr.h"
#include "nodes/nodes.h"

#include "compat.h"
#include "nls.h"
#include "core/ind.h"

StaticAssertDecl(sizeof(Indicator) == 16, "indicator is 16 bytes on disk (INTERNALLENGTH)");
StaticAssertDecl(sizeof(Target) == 56, "target is 56 bytes on disk (INTERNALLENGTH)");

#define DatumGetIndicatorP(X)		((Indicator *) DatumGetPointer(X))
#define PG_GETARG_INDICATOR_P(n)	DatumGetIndicatorP(PG_GETARG_DATUM(n))
#define PG_RETURN_INDICATOR_P(x)	return PointerGetDatum(x)
#define PG_GETARG_TARGET_P(n)		((Target *) DatumGetPointer(PG_GETARG_DATUM(n)))

/*
 * fmgr wrappers of core calls, so that each SQL function is one line saying which core
 * function computes it.  IND_FIGURE_FUNCTION's call fills in the local Indicator r and
 * IndError err and returns false on an error.
 */
#define IND_FIGURE_FUNCTION(name, call) \
	PG_FUNCTION_INFO_V1(name); \
	Datum \
	name(PG_FUNCTION_ARGS) \
	{ \
		Indicator	r; \
		IndError	err; \
		if (!(call)) \
			ind_report_error(&err); \
		return ind_boxed(&r); \
	}

/*
 * Text input and output of a fixed-size type: parse(s, len, out, err) and
 * format(value, buf, size) from the core; input errors are 22P02 (22003 out of range),
 * saved in the caller's escontext where it asked for soft errors.
 */
#define IND_TEXT_IO_FUNCTIONS(prefix, Type, typname, parse, format, out_max) \
	PG_FUNCTION_INFO_V1(prefix##_in); \
	Datum \
	prefix##_in(PG_FUNCTION_ARGS) \
	{ \
		char	   *s = PG_GETARG_CSTRING(0); \
		Type	   *v = palloc(sizeof(Type)); \
		IndError	err; \
		if (!parse(s, strlen(s), v, &err)) \
		{ \
			ind_report_input_error(&err, typname, s, fcinfo->context); \
			PG_RETURN_NULL(); \
		} \
		PG_RETURN_POINTER(v); \
	} \
	PG_FUNCTION_INFO_V1(prefix##_out); \
	Datum \
	prefix##_out(PG_FUNCTION_ARGS) \
	{ \
		char	   *buf = palloc(out_max); \
		format((const Type *) PG_GETARG_POINTER(0), buf, out_max); \
		PG_RETURN_CSTRING(buf); \
	}

/*
 * The cast from text: the text's bytes read in place with the input's parse (an I/O cast
 * would copy them to a cstring first); the same result and errors as prefix_in.
 */
#define IND_TEXT_CAST_FUNCTION(prefix, Type, typname, parse) \
	PG_FUNCTION_INFO_V1(prefix##_from_text); \
	Datum \
	prefix##_from_text(PG_FUNCTION_ARGS) \
	{ \
		text	   *t = PG_GETARG_TEXT_PP(0); \
		Type	   *v = palloc(sizeof(Type)); \
		IndError	err; \
		if (!parse(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), v, &err)) \
			ind_report_input_error(&err, typname, text_to_cstring(t), NULL); \
		PG_RETURN_POINTER(v); \
	}

/* A comparison function: c is compare(arg 0, arg 1); the result is test. */
#define IND_CMP_FUNCTION(name, getarg, compare, test) \
	PG_FUNCTION_INFO_V1(name); \
	Datum \
	name(PG_FUNCTION_ARGS) \
	{ \
		int			c = compare(getarg(0), getarg(1)); \
		PG_RETURN_BOOL(test); \
	}

/*
 * The order and hash support of a fixed-size type: prefix_eq, _ne, _lt, _le, _gt, _ge,
 * _cmp (btree), _hash and _hash_extended (hash; with seed 0 the low 32 bits equal _hash).
 */
#define IND_ORDER_FUNCTIONS(prefix, getarg, compare, hash) \
	IND_CMP_FUNCTION(prefix##_eq, getarg, compare, c == 0) \
	IND_CMP_FUNCTION(prefix##_ne, getarg, compare, c != 0) \
	IND_CMP_FUNCTION(prefix##_lt, getarg, compare, c < 0) \
	IND_CMP_FUNCTION(prefix##_le, getarg, compare, c <= 0) \
	IND_CMP_FUNCTION(prefix##_gt, getarg, compare, c > 0) \
	IND_CMP_FUNCTION(prefix##_ge, getarg, compare, c >= 0) \
	PG_FUNCTION_INFO_V1(prefix##_cmp); \
	Datum \
	prefix##_cmp(PG_FUNCTION_ARGS) \
	{ \
		PG_RETURN_INT32(compare(getarg(0), getarg(1))); \
	} \
	PG_FUNCTION_INFO_V1(prefix##_hash); \
	Datum \
	prefix##_hash(PG_FUNCTION_ARGS) \
	{ \
		uint64		h = hash(getarg(0), 0); \
		PG_RETURN_INT32((int32) (h ^ (h >> 32))); \
	} \
	PG_FUNCTION_INFO_V1(prefix##_hash_extended); \
	Datum \
	prefix##_hash_extended(PG_FUNCTION_ARGS) \
	{ \
		uint64		seed = (uint64) PG_GETARG_INT64(1); \
		uint64		h = hash(getarg(0), seed); \
		if (seed == 0) \
			h = (h & ~(uint64) 0xFFFFFFFF) | (uint32) (h ^ (h >> 32)); \
		PG_RETURN_INT64((int64) h); \
	}

/*
 * Sort support of a fixed-size type (prefix_sortsupport, btree support function 2): sorts
 * and btree builds call compare directly instead of through fmgr, and with abbreviated keys
 * (64-bit Datums) compare key(value), which the sort keeps in its own array, so that most
 * comparisons do not touch the tuple; equal keys fall back to compare.  key(a) < key(b)
 * must imply compare(a, b) < 0 (src/core/order.c, ind_sort_key).  The key is cheap and
 * exact in its leading parts, so abbreviation is never abandoned.  Needs utils/sortsupport.h.
 */
#define IND_SORT_SUPPORT(prefix, Type, compare, key) \
	static int \
	prefix##_fastcmp(Datum a, Datum b, SortSupport ssup) \
	{ \
		return compare((const Type *) DatumGetPointer(a), (const Type *) DatumGetPointer(b)); \
	} \
	static Datum \
	prefix##_abbrev_convert(Datum original, SortSupport ssup) \
	{ \
		return UInt64GetDatum(key((const Type *) DatumGetPointer(original))); \
	} \
	static bool \
	prefix##_abbrev_abort(int memtupcount, SortSupport ssup) \
	{ \
		return false; \
	} \
	PG_FUNCTION_INFO_V1(prefix##_sortsupport); \
	Datum \
	prefix##_sortsupport(PG_FUNCTION_ARGS) \
	{ \
		SortSupport ssup = (SortSupport) PG_GETARG_POINTER(0); \
		ssup->comparator = prefix##_fastcmp; \
		if (ssup->abbreviate && SIZEOF_DATUM >= 8) \
		{ \
			ssup->abbrev_full_comparator = prefix##_fastcmp; \
			ssup->abbrev_converter = prefix##_abbrev_convert; \
			ssup->abbrev_abort = prefix##_abbrev_abort; \
			ssup->comparator = ssup_datum_unsigned_cmp; \
		} \
		PG_RETURN_VOID(); \
	}

/* The binary forms: IND_SEND_BYTES (ind.h) a figure, in network byte order (indicator.c). */
extern void indicator_send_bytes(const Indicator *x, uint8 *out);
extern void indicator_recv_bytes(StringInfo buf, Indicator *x);
/* send: bytes as a value's binary form; recv: exactly n bytes must remain, else 22P03 */
extern Datum ind_send_wire(const uint8 *bytes, int n);
extern void ind_recv_expect(StringInfo buf, int n, const char *typname);

/* A computed value as a Datum in the current memory context. */
extern Datum ind_boxed(const Indicator *x);

/* ---- errors.c ---- */
/*
 * Report a core error for an input text.  With escontext (PostgreSQL 16+ soft errors)
 * the error is saved there and false is returned; otherwise it is raised.
 */
extern bool ind_report_input_error(const IndError *err, const char *typname,
								   const char *input, Node *escontext);
/* Raise a core error that is not about an input text (conversion, dimensions). */
pg_noreturn extern void ind_report_error(const IndError *err);
/* The same inside an aggregate: a dimension mismatch hints at GROUP BY dimension(x). */
pg_noreturn extern void ind_report_agg_error(const IndError *err);

/* ---- numeric_conv.c ---- */
struct NumericData;
/* A numeric as exact digits x 10^-scale; NaN, infinity and more than IND_MAX_INT_DIGITS
 * digits are 22003. */
extern void ind_numeric_to_dec(struct NumericData *n, ind_i128 *digits, int *scale);
extern void ind_numeric_to_exact(struct NumericData *n, ExactValue *out);
extern Datum ind_numeric_from_dec(ind_i128 digits, int scale);
extern Datum ind_numeric_from_cstring(const char *s);

/* ---- module.c ---- */
/* indicator.approx_tolerance as an exact decimal */
extern void ind_tolerance(ExactValue *out);
/* argument argno (numeric) as the tolerance when the call has it, else the setting */
extern void ind_tolerance_arg(FunctionCallInfo fcinfo, int argno, ExactValue *out);

/* ---- indicator.c ---- */
/* an interval of base-unit values as a numrange in x's own unit (or in the base units
 * of ind_base_units(x): base_range) */
extern Datum ind_interval_numrange(const Indicator *x, const IndInterval *iv);
/* the same for a computed interval: 22003 unless ok; in x's base units if asked */
extern Datum ind_interval_result(const Indicator *x, bool ok, const IndInterval *iv,
								 bool in_base_units);

#endif
