/*
 * compat.h: every difference between the PostgreSQL versions the extension builds on, in
 * one place (soft input errors and varatt.h since 16, read-only StringInfo since 17, the
 * pg_noreturn prefix since 18).
 * The minimum is PostgreSQL 15, the oldest version the test suite runs on; it also runs
 * on 17 and 18 (scripts/test-pg.sh).  16 is not packaged by any Debian suite we test
 * with; the 16 branches here are those 17 and 18 take.
 */
#ifndef INDICATOR_COMPAT_H
#define INDICATOR_COMPAT_H

#include "postgres.h"

#if PG_VERSION_NUM < 150000
#error "indicator needs PostgreSQL 15 or later"
#endif

#if PG_VERSION_NUM >= 160000
#include "varatt.h"				/* VARDATA_ANY etc. left postgres.h in 16 */
#include "nodes/miscnodes.h"	/* soft input errors */
#endif

#include "lib/stringinfo.h"

/* PostgreSQL 18 replaced the postfix pg_attribute_noreturn() by the prefix pg_noreturn. */
#ifndef pg_noreturn
#define pg_noreturn pg_attribute_noreturn()
#endif

/* Soft errors (PostgreSQL 16+) where the caller asked for them, else a plain error. */
#if PG_VERSION_NUM >= 160000
#define IND_ERRSAVE(ctx, ...) errsave(ctx, __VA_ARGS__)
#else
#define IND_ERRSAVE(ctx, ...) ereport(ERROR, __VA_ARGS__)
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

#endif
