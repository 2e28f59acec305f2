/*
 * order.c: the total order of indicators, equality by meaning, and a hash that agrees
 * with equality across magnitudes and units.
 *
 * Order: dimension key first, then kind (every level before every change), then the
 * exact value in the base unit (exact.c), the qualifier class and the basis (its class,
 * or the period a basis names: ind_basis_key).  The hash mixes the canonical base value
 * (exact.c: equal values have equal canonical forms) with the dimension key, qualifier
 * class, kind and basis key: every field equality looks at.
 *
 * The abbreviated sort key (ind_sort_key) keeps the order's first three parts in 64 bits.
 *
 * Hash joins, hash aggregation and sorts call these once or more per row, so they read the
 * unit, qualifier and basis facts from tables indexed by the stored byte (filled on first use
 * from ind_unit, ind_dim_of_unit, ind_qual_class and ind_basis_key, so the answers are
 * theirs), and the hash takes the canonical base value in 64 bits when it fits.  The hash's
 * values are part of the on-disk format (hash indexes, hash partitions): they never change.
 */
#include <string.h>

#include "ind.h"

/* What order and hash read of a unit id (0: no unit, the factor 1). */
typedef struct OrderUnit
{
	int32_t		num;			/* factor to the dimension's base unit, as UnitDef */
	int32_t		den;
	int8_t		exp10;
	uint8_t		dim;			/* ind_dim_of_unit */
	bool		valid;			/* 0 or a unit of the catalog (else: the general path) */
} OrderUnit;

static struct
{
	bool		ready;
	OrderUnit	unit[256];
	uint8_t		qual_class[256];	/* ind_qual_class of a figure with that qual byte */
	uint16_t	basis_key[256];		/* ind_basis_key of a figure with that basis byte */
	uint64_t	seed0_dim[256]; /* the hash's state after salt and dimension key, seed 0 */
} ot;

static uint64_t mix(uint64_t h, uint64_t v);

#define HASH_SALT	0x696E64696361746FULL

static void
order_init(void)
{
	for (int id = 0; id < 256; id++)
	{
		const UnitDef *u = id ? ind_unit(id) : NULL;
		Indicator	x;

		ot.unit[id].valid = id == 0 || u != NULL;
		ot.unit[id].num = u ? u->num : 1;
		ot.unit[id].den = u ? u->den : 1;
		ot.unit[id].exp10 = u ? u->exp10 : 0;
		ot.unit[id].dim = (uint8_t) ind_dim_of_unit(id);
		memset(&x, 0, sizeof(x));
		x.qual = (uint8_t) id;
		x.basis = (uint8_t) id;
		ot.qual_class[id] = (uint8_t) ind_qual_class(&x);
		ot.basis_key[id] = (uint16_t) ind_basis_key(&x);
	}
	for (int id = 0; id < 256; id++)
		ot.seed0_dim[id] = mix(mix(0, HASH_SALT), (uint64_t) ot.unit[id].dim << 8);
	ot.ready = true;
}

static inline uint16_t
dim_key(const Indicator *x)
{
	return (uint16_t) ((ot.unit[x->unit].dim << 8) | (x->per_unit ? ot.unit[x->per_unit].dim : 0));
}

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

	/* the same 16 bytes are the same figure (hash tables compare mostly such pairs) */
	if (memcmp(a, b, sizeof(Indicator)) == 0)
		return 0;
	if (!ot.ready)
		order_init();

	/*
	 * Levels sort before changes, then by value: a change (同比增长6%) is never compared
	 * with a level (5%) by its value (doc/arithmetic.md, "Levels and changes").
	 */
	if ((a->verb != 0) != (b->verb != 0) && dim_key(a) == dim_key(b))
		return a->verb == 0 ? -1 : 1;
	if (a->unit == b->unit && a->per_unit == b->per_unit &&
		((a->flags ^ b->flags) & IND_DENMAG_MASK) == 0)
		c = cmp_same_unit(a, b);
	else
	{
		ka = dim_key(a);
		kb = dim_key(b);
		if (ka != kb)
			return ka < kb ? -1 : 1;
		ind_exact_base(a, &va);
		ind_exact_base(b, &vb);
		c = ind_cmp_exact(&va, &vb);
	}
	if (c != 0)
		return c;
	if (ot.qual_class[a->qual] != ot.qual_class[b->qual])
		return ot.qual_class[a->qual] < ot.qual_class[b->qual] ? -1 : 1;
	if (ot.basis_key[a->basis] != ot.basis_key[b->basis])
		return ot.basis_key[a->basis] < ot.basis_key[b->basis] ? -1 : 1;
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

/*
 * The canonical base value n x 10^e (ind_exact_base, whose denominator is then 1) in 64
 * bits, for a unit factor with denominator 1 and a product that fits; false: use
 * ind_exact_base.  Trailing zeros go 8, 4, 2, 1 at a time; 10^k divides n only if 2^k
 * does, so the low bits decide most tests without a division.
 */
static inline bool
base64(const Indicator *x, int64_t *n, int *e)
{
	const OrderUnit *u = &ot.unit[x->unit];
	const OrderUnit *p = &ot.unit[x->per_unit];
	int64_t		v;

	if (u->den != 1 || p->num != 1 || !u->valid || !p->valid ||
		__builtin_mul_overflow(x->coef, (int64_t) u->num * p->den, &v))
		return false;
	if (v == 0)
	{
		*n = 0;
		*e = 0;
		return true;
	}
	*e = x->mag - x->scale + u->exp10 - p->exp10 - IND_DEN_MAG(x);
	while ((v & 0xFF) == 0 && v % 100000000 == 0)
	{
		v /= 100000000;
		*e += 8;
	}
	if ((v & 0xF) == 0 && v % 10000 == 0)
	{
		v /= 10000;
		*e += 4;
	}
	if ((v & 0x3) == 0 && v % 100 == 0)
	{
		v /= 100;
		*e += 2;
	}
	if ((v & 0x1) == 0 && v % 10 == 0)
	{
		v /= 10;
		*e += 1;
	}
	*n = v;
	return true;
}

uint64_t
ind_hash(const Indicator *x, uint64_t seed)
{
	ExactValue	v;
	int64_t		n;
	int			e;
	uint64_t	h;

	if (!ot.ready)
		order_init();
	if (seed == 0 && x->per_unit == 0)
		h = ot.seed0_dim[x->unit];	/* = mix(mix(0, salt), dim_key(x)) */
	else
		h = mix(mix(seed, HASH_SALT), dim_key(x));
	if (base64(x, &n, &e))
	{
		v.n = n;
		v.d = 1;
		v.e = e;
	}
	else
		ind_exact_base(x, &v);
	h = mix(h, (uint64_t) (v.n & 0xFFFFFFFFFFFFFFFFULL));
	h = mix(h, (uint64_t) ((unsigned __int128) v.n >> 64));
	h = mix(h, (uint64_t) v.d);
	h = mix(h, (uint64_t) (int64_t) v.e);
	h = mix(h, ot.qual_class[x->qual]);
	h = mix(h, x->verb != 0);
	h = mix(h, (uint64_t) ot.basis_key[x->basis]);
	return h;
}

/*
 * An abbreviated sort key: ind_sort_key(a) < ind_sort_key(b) (unsigned) implies
 * ind_compare(a, b) < 0, and a <= b implies key(a) <= key(b); equal keys need the full
 * comparison.  Bits 47..62 the dimension key, bit 46 the kind (a change), bits 0..45 the
 * value in the base unit, order-preserving: around 2^45 (zero), the decimal exponent
 * (biased, clamped to 0..255) times 10^11 plus the first 11 significant digits, truncated,
 * mirrored below 2^45 for negative values.  256 x 10^11 < 2^45.
 */
#define KEY_DIGITS		11
#define KEY_EXP_BIAS	128
#define KEY_HALF		((uint64_t) 1 << 45)

static ind_i128 pow10_128[39];	/* 10^k, filled on first use (no 128-bit literals) */

/* digits of v > 0, by comparison (a 128-bit division costs tens of instructions) */
static int
digits128(ind_i128 v)
{
	int			n = 1;

	while (n < 39 && v >= pow10_128[n])
		n++;
	return n;
}

/* the first KEY_DIGITS significant digits of a / d (a, d > 0), truncated; *exp10 is the
 * decimal exponent of the first one */
static uint64_t
leading_digits(ind_i128 a, int64_t d, int *exp10)
{
	int			s,
				n;
	ind_i128	t;

	if (pow10_128[0] == 0)
		for (int k = 0; k < 39; k++)
			pow10_128[k] = k == 0 ? 1 : pow10_128[k - 1] * 10;
	if (d == 1)
	{
		/* the common case: no division */
		n = digits128(a);
		*exp10 = n - 1;
		if (a <= (ind_i128) UINT64_MAX)
			return n >= KEY_DIGITS ? (uint64_t) a / (uint64_t) pow10_128[n - KEY_DIGITS]
				: (uint64_t) a * (uint64_t) pow10_128[KEY_DIGITS - n];
		return n >= KEY_DIGITS ? (uint64_t) (a / pow10_128[n - KEY_DIGITS])
			: (uint64_t) (a * pow10_128[KEY_DIGITS - n]);
	}
	/* a x 10^s >= 10^(KEY_DIGITS - 1) x d, so that a x 10^s / d has KEY_DIGITS digits or more */
	s = KEY_DIGITS + digits128(d) - digits128(a);
	if (s < 0)
		s = 0;
	t = a * pow10_128[s] / d;
	n = digits128(t);
	*exp10 = n - 1 - s;
	return (uint64_t) (t / pow10_128[n - KEY_DIGITS]);
}

uint64_t
ind_sort_key(const Indicator *x)
{
	static const UnitDef one = {"", 0, 1, 1, 0, true};
	const UnitDef *u = x->unit ? ind_unit(x->unit) : &one;
	const UnitDef *p = x->per_unit ? ind_unit(x->per_unit) : &one;
	uint64_t	key,
				m;
	int			e,
				lead;

	if (!ot.ready)
		order_init();
	key = ((uint64_t) dim_key(x) << 47) | ((uint64_t) (x->verb != 0) << 46);
	if (x->coef == 0)
		return key | KEY_HALF;
	/* |value| = a / d x 10^e, as in ind_exact_base but not reduced */
	m = leading_digits((ind_i128) (x->coef < 0 ? -x->coef : x->coef) * u->num * p->den,
					   (int64_t) u->den * p->num, &lead);
	m -= UINT64_C(10000000000); /* 0 .. 9 x 10^10 - 1 */
	e = x->mag - x->scale + u->exp10 - p->exp10 - IND_DEN_MAG(x) + lead + KEY_EXP_BIAS;
	if (e < 0)
		m = 0;
	else if (e > 255)
		m = KEY_HALF - 1;
	else
		m += (uint64_t) e * UINT64_C(100000000000);
	return key | (x->coef > 0 ? KEY_HALF + m : KEY_HALF - 1 - m);
}
