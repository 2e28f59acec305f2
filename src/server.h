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
#include "core/ind.h"

StaticAssertDecl(sizeof(Indicator) == 16, "indicator is 16 bytes on disk (INTERNALLENGTH)");
StaticAssertDecl(sizeof(Target) == 56, "target is 56 bytes on disk (INTERNALLENGTH)");

#define DatumGetIndicatorP(X)		((Indicator *) DatumGetPointer(X))
#define PG_GETARG_INDICATOR_P(n)	DatumGetIndicatorP(PG_GETARG_DATUM(n))
#define PG_RETURN_INDICATOR_P(x)	return PointerGetDatum(x)
#define PG_GETARG_TARGET_P(n)		((Target *) DatumGetPointer(PG_GETARG_DATUM(n)))

/* The binary forms: 16 bytes a figure, in network byte order (indicator.c). */
#define IND_SEND_BYTES				16
extern void indicator_send_bytes(const Indicator *x, uint8 *out);
extern void indicator_recv_bytes(StringInfo buf, Indicator *x);

/* A computed value as a Datum in the current memory context. */
extern Datum ind_boxed(const Indicator *x);
extern Datum indicator_out(PG_FUNCTION_ARGS);

/* ---- errors.c ---- */
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

/* ---- indicator.c ---- */
/* an interval of base-unit values as a numrange in x's own unit */
extern Datum ind_interval_numrange(const Indicator *x, const IndInterval *iv);

#endif
