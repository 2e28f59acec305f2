/*
 * order.c: the total order of indicators, equality by meaning, and a hash that agrees
 * with equality across magnitudes and units.
 *
 * Order: dimension key first, then kind (every level before every change), then the
 * exact value in the base unit (exact.c), the qualifier class and the basis (its class,
 * or the period a basis names: ind_basis_key).  The hash mixes the canonical base value
 * (exact.c: equal values have equal canonical forms) with the dimension key, qualifier
 * class, kind and basis key: every field equality looks at.
 */
#include "ind.h"

/*
 * Same unit (the common case in a column): compare coef x 10^(mag - scale) directly.
 * |coef| < 10^18, so a gap of 18 or more in the exponent decides by itself.
 */
static int
cmp_same_unit(const Indicator *a, const Indicator *b)
{
	static const int64_t p10[IND_MAX_DIGITS] = {
		1LL, 10LL, 100LL, 1000LL, 10000LL, 100000LL, 1000000LL, 10000000LL, 100000000LL,
		1000000000LL, 10000000000LL, 100000000000LL, 1000000000000LL, 10000000000000LL,
		100000000000000LL, 1000000000000000LL, 10000000000000000LL, 100000000000000000LL
	};
	int			ea = a->mag - a->scale,
				eb = b->mag - b->scale;
	int			sa = (a->coef > 0) - (a->coef < 0),
				sb = (b->coef > 0) - (b->coef < 0);
	ind_i128	x = a->coef,
				y = b->coef;

	if (ea == eb || sa != sb || sa == 0)
		return ea == eb ? (a->coef < b->coef ? -1 : a->coef > b->coef) : (sa < sb ? -1 : sa > sb);
	if (ea - eb >= IND_MAX_DIGITS)
		return sa;
	if (eb - ea >= IND_MAX_DIGITS)
		return -sa;
	if (ea > eb)
		x *= p10[ea - eb];
	else
		y *= p10[eb - ea];
	return x < y ? -1 : x > y;
}

int
ind_compare(const Indicator *a, const Indicator *b)
{
	uint16_t	ka,
				kb;
	ExactValue	va,
				vb;
	int			c;

	/*
	 * Levels sort before changes, then by value: a change (同比增长6%) is never compared
	 * with a level (5%) by its value (doc/arithmetic.md, "Levels and changes").
	 */
	if ((a->verb != 0) != (b->verb != 0) && ind_dim_key(a) == ind_dim_key(b))
		return a->verb == 0 ? -1 : 1;
	if (a->unit == b->unit && a->per_unit == b->per_unit &&
		((a->flags ^ b->flags) & IND_DENMAG_MASK) == 0)
		c = cmp_same_unit(a, b);
	else
	{
		ka = ind_dim_key(a);
		kb = ind_dim_key(b);
		if (ka != kb)
			return ka < kb ? -1 : 1;
		ind_exact_base(a, &va);
		ind_exact_base(b, &vb);
		c = ind_cmp_exact(&va, &vb);
	}
	if (c != 0)
		return c;
	if (ind_qual_class(a) != ind_qual_class(b))
		return ind_qual_class(a) < ind_qual_class(b) ? -1 : 1;
	if (ind_basis_key(a) != ind_basis_key(b))
		return ind_basis_key(a) < ind_basis_key(b) ? -1 : 1;
	return 0;
}

bool
ind_equal(const Indicator *a, const Indicator *b)
{
	return ind_compare(a, b) == 0;
}

static uint64_t
mix(uint64_t h, uint64_t v)
{
	/* splitmix64-style finalizer over an accumulating state */
	h ^= v + 0x9E3779B97F4A7C15ULL + (h << 6) + (h >> 2);
	h ^= h >> 30;
	h *= 0xBF58476D1CE4E5B9ULL;
	h ^= h >> 27;
	h *= 0x94D049BB133111EBULL;
	h ^= h >> 31;
	return h;
}

uint64_t
ind_hash(const Indicator *x, uint64_t seed)
{
	ExactValue	v;
	uint64_t	h = mix(seed, 0x696E64696361746FULL);

	ind_exact_base(x, &v);
	h = mix(h, ind_dim_key(x));
	h = mix(h, (uint64_t) (v.n & 0xFFFFFFFFFFFFFFFFULL));
	h = mix(h, (uint64_t) ((unsigned __int128) v.n >> 64));
	h = mix(h, (uint64_t) v.d);
	h = mix(h, (uint64_t) (int64_t) v.e);
	h = mix(h, ind_qual_class(x));
	h = mix(h, x->verb != 0);
	h = mix(h, (uint64_t) ind_basis_key(x));
	return h;
}
