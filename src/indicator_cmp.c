/*
 * indicator_cmp.c: equality by meaning, the total order, and hashing that agrees with
 * equality across magnitudes and units (all in src/core/exact.c).  The btree support
 * function and the hash functions sit beside the comparisons on purpose.
 */
#include "indicator.h"

#include "utils/sortsupport.h"

#define IND_CMP_FN(name, expr) \
	PG_FUNCTION_INFO_V1(name); \
	Datum \
	name(PG_FUNCTION_ARGS) \
	{ \
		int			c = ind_compare(PG_GETARG_INDICATOR_P(0), PG_GETARG_INDICATOR_P(1)); \
		PG_RETURN_BOOL(expr); \
	}

IND_CMP_FN(indicator_eq, c == 0)
IND_CMP_FN(indicator_ne, c != 0)
IND_CMP_FN(indicator_lt, c < 0)
IND_CMP_FN(indicator_le, c <= 0)
IND_CMP_FN(indicator_gt, c > 0)
IND_CMP_FN(indicator_ge, c >= 0)

PG_FUNCTION_INFO_V1(indicator_cmp);
Datum
indicator_cmp(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(ind_compare(PG_GETARG_INDICATOR_P(0), PG_GETARG_INDICATOR_P(1)));
}

PG_FUNCTION_INFO_V1(indicator_hash);
Datum
indicator_hash(PG_FUNCTION_ARGS)
{
	uint64		h = ind_hash(PG_GETARG_INDICATOR_P(0), 0);

	PG_RETURN_INT32((int32) (h ^ (h >> 32)));
}

PG_FUNCTION_INFO_V1(indicator_hash_extended);
Datum
indicator_hash_extended(PG_FUNCTION_ARGS)
{
	uint64		seed = (uint64) PG_GETARG_INT64(1);

	/* seed 0 must give the same low 32 bits as indicator_hash */
	uint64		h = ind_hash(PG_GETARG_INDICATOR_P(0), seed);

	if (seed == 0)
		h = (h & ~(uint64) 0xFFFFFFFF) | (uint32) (h ^ (h >> 32));
	PG_RETURN_INT64((int64) h);
}

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

/*
 * Sort support: sorts and btree builds call the comparison directly instead of through
 * the fmgr interface.  (No abbreviated keys: the same-unit fast path in ind_compare is
 * already a few integer operations.)
 */
static int
indicator_fastcmp(Datum a, Datum b, SortSupport ssup)
{
	return ind_compare(DatumGetIndicatorP(a), DatumGetIndicatorP(b));
}

PG_FUNCTION_INFO_V1(indicator_sortsupport);
Datum
indicator_sortsupport(PG_FUNCTION_ARGS)
{
	SortSupport ssup = (SortSupport) PG_GETARG_POINTER(0);

	ssup->comparator = indicator_fastcmp;
	PG_RETURN_VOID();
}
