/*
 * compat.h: every difference between the PostgreSQL versions the extension builds on, in
 * one place.  The minimum is PostgreSQL 13 (soft input errors since 16, varatt.h since
 * 16, read-only StringInfo since 17 and numeric infinities since 14 are handled here);
 * the test suite runs on 15 and, through scripts/test-pg17.sh, on 17.
 */
#ifndef INDICATOR_COMPAT_H
#define INDICATOR_COMPAT_H

#include "postgres.h"

#if PG_VERSION_NUM < 130000
#error "indicator needs PostgreSQL 13 or later"
#endif

#if PG_VERSION_NUM >= 160000
#include "varatt.h"				/* VARDATA_ANY etc. left postgres.h in 16 */
#include "nodes/miscnodes.h"	/* soft input errors */
#endif

#include "lib/stringinfo.h"

/* Soft errors (PostgreSQL 16+) where the caller asked for them, else a plain error. */
#if PG_VERSION_NUM >= 160000
#define IND_ERRSAVE(ctx, ...) errsave(ctx, __VA_ARGS__)
#else
#define IND_ERRSAVE(ctx, ...) ereport(ERROR, __VA_ARGS__)
#endif

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

/* make_range gained an escontext argument in PostgreSQL 16. */
#if PG_VERSION_NUM >= 160000
#define make_range_compat(tc, lo, hi, empty) make_range(tc, lo, hi, empty, NULL)
#else
#define make_range_compat(tc, lo, hi, empty) make_range(tc, lo, hi, empty)
#endif

/* Reserving the "indicator." prefix of settings: PostgreSQL 15 renamed the call. */
#if PG_VERSION_NUM < 150000
#define MarkGUCPrefixReserved(prefix) EmitWarningsOnPlaceholders(prefix)
#endif

/* PostgreSQL 15's InitMaterializedSRF(fcinfo, 0), for 13 and 14 (compat.c). */
#if PG_VERSION_NUM < 150000
struct FunctionCallInfoBaseData;
extern void InitMaterializedSRF(struct FunctionCallInfoBaseData *fcinfo, uint32 flags);
#endif

#endif
