/*
 * indicator.h: the server side of the indicator type: Datum conversion and the mapping
 * of core errors (src/core/ind.h) to SQLSTATEs.
 */
#ifndef INDICATOR_SERVER_H
#define INDICATOR_SERVER_H

#include "postgres.h"
#include "fmgr.h"
#include "nodes/nodes.h"

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

extern Datum indicator_out(PG_FUNCTION_ARGS);

/* Parse a C string into a palloc'd value, raising (or saving) errors. */
extern Indicator *ind_from_cstring(const char *s, Node *escontext);

#endif
