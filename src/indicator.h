/*
 * indicator.h: the server side of the indicator type: Datum conversion and the mapping
 * of core errors (src/core/ind.h) to SQLSTATEs.
 */
#ifndef INDICATOR_SERVER_H
#define INDICATOR_SERVER_H

#include "postgres.h"
#include "fmgr.h"
#include "nodes/nodes.h"
#if PG_VERSION_NUM >= 160000
#include "varatt.h"				/* VARDATA_ANY etc. left postgres.h in 16 */
#endif

#include "core/ind.h"

StaticAssertDecl(sizeof(Indicator) == 16, "indicator is 16 bytes on disk");

#define DatumGetIndicatorP(X)		((Indicator *) DatumGetPointer(X))
#define IndicatorPGetDatum(X)		PointerGetDatum(X)
#define PG_GETARG_INDICATOR_P(n)	DatumGetIndicatorP(PG_GETARG_DATUM(n))
#define PG_RETURN_INDICATOR_P(x)	return IndicatorPGetDatum(x)

/*
 * Report a core error for an input text.  With escontext (PostgreSQL 16+ soft errors)
 * the error is saved there and false is returned; otherwise it is raised.
 */
extern bool ind_report_input_error(const IndError *err, const char *typname,
								   const char *input, Node *escontext);
/* Raise a core error that is not about an input text (conversion, dimensions). */
extern void ind_report_error(const IndError *err) pg_attribute_noreturn();
/* The same inside an aggregate: a dimension mismatch hints at GROUP BY dimension(x). */
extern void ind_report_agg_error(const IndError *err) pg_attribute_noreturn();

extern Datum indicator_out(PG_FUNCTION_ARGS);
extern Datum ind_boxed(const Indicator *x);

/* A numeric as exact digits x 10^-scale; NaN, infinity and > 36 digits are 22003. */
struct NumericData;
extern void ind_numeric_to_dec(struct NumericData *n, ind_i128 *digits, int *scale);

/* Parse a C string into a palloc'd value, raising (or saving) errors. */
extern Indicator *ind_from_cstring(const char *s, Node *escontext);

/* an interval of base-unit values as a numrange in x's own unit */
extern Datum ind_interval_numrange(const Indicator *x, const IndInterval *iv);

/* indicator.approx_tolerance as an exact decimal */
extern void ind_tolerance(ExactValue *out);

StaticAssertDecl(sizeof(Target) == 56, "target is 56 bytes on disk");
#define PG_GETARG_TARGET_P(n)	((Target *) DatumGetPointer(PG_GETARG_DATUM(n)))

/* The 16-byte binary form of one value (send/recv without the fmgr wrapper). */
extern void indicator_send_bytes(const Indicator *x, uint8 *out16);
extern void indicator_recv_bytes(struct StringInfoData *buf, Indicator *x);

/* The sum state, shared by the sum/avg and growth aggregates. */
struct StringInfoData;
extern IndSum *ind_sum_state_new(MemoryContext ctx);
extern void ind_sum_send(struct StringInfoData *buf, const IndSum *s);
extern void ind_sum_recv(struct StringInfoData *buf, IndSum *s);

/*
 * The state of the two-argument aggregates (group_growth, contribution, pull,
 * completion_agg): two sums, or a sum and a constant.  One combine, serialize and
 * deserialize (growth_funcs.c) serve all of them.
 */
typedef struct PairState
{
	IndSum		a;				/* current, the parts, or the actuals */
	IndSum		b;				/* previous, or the targets */
	Indicator	total;			/* the constant second argument (contribution, pull) */
	bool		has_total;
} PairState;
extern PairState *pair_state(FunctionCallInfo fcinfo);

/* numeric has had infinities since PostgreSQL 14 (numeric_is_inf came with them). */
#if PG_VERSION_NUM < 140000
#define numeric_is_inf(n) ((void) (n), false)
#endif

/* A read-only StringInfo over bytes (PostgreSQL 17 added initReadOnlyStringInfo). */
#if PG_VERSION_NUM >= 170000
#define initReadOnlyStringInfo_compat(buf, bytes, nbytes) \
	initReadOnlyStringInfo(buf, (char *) (bytes), nbytes)
#else
#define initReadOnlyStringInfo_compat(buf, bytes, nbytes) \
	do { \
		(buf)->data = (char *) (bytes); \
		(buf)->len = (nbytes); \
		(buf)->maxlen = (nbytes) + 1; \
		(buf)->cursor = 0; \
	} while (0)
#endif

#endif
