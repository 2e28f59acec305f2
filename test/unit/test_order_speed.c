/*
 * test_order_speed.c: ind_hash and ind_compare (src/core/order.c, which read unit, qualifier
 * and basis facts from tables and take the base value in 64 bits when it fits) against their
 * definitions written with the catalog's own functions: the same hash, seed 0 and others, and
 * the same sign of comparison, on random figures of every unit, qualifier and basis id.  The
 * hash's values are on disk (hash indexes, hash partitions): pinned values say they never move.
 */
#include "unit.h"
#include "ind.h"

#include <stdint.h>

void		test_order_speed(void);

static uint64_t rng = 0x9E3779B97F4A7C15ULL;

static uint64_t
next_rand(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

/* the hash as order.c defines it (doc/indicator.md, "Equality, order, hashing") */
static uint64_t
ref_mix(uint64_t h, uint64_t v)
{
	h ^= v + 0x9E3779B97F4A7C15ULL + (h << 6) + (h >> 2);
	h ^= h >> 30;
	h *= 0xBF58476D1CE4E5B9ULL;
	h ^= h >> 27;
	h *= 0x94D049BB133111EBULL;
	h ^= h >> 31;
	return h;
}

static uint64_t
ref_hash(const Indicator *x, uint64_t seed)
{
	ExactValue	v;
	uint64_t	h = ref_mix(seed, 0x696E64696361746FULL);

	ind_exact_base(x, &v);
	h = ref_mix(h, ind_dim_key(x));
	h = ref_mix(h, (uint64_t) (v.n & 0xFFFFFFFFFFFFFFFFULL));
	h = ref_mix(h, (uint64_t) ((unsigned __int128) v.n >> 64));
	h = ref_mix(h, (uint64_t) v.d);
	h = ref_mix(h, (uint64_t) (int64_t) v.e);
	h = ref_mix(h, ind_qual_class(x));
	h = ref_mix(h, x->verb != 0);
	h = ref_mix(h, (uint64_t) ind_basis_key(x));
	return h;
}

/* the order by its definition: dimension, kind, exact base value, qualifier class, basis */
static int
ref_compare(const Indicator *a, const Indicator *b)
{
	ExactValue	va,
				vb;
	int			c;

	if (ind_dim_key(a) != ind_dim_key(b))
		return ind_dim_key(a) < ind_dim_key(b) ? -1 : 1;
	if ((a->verb != 0) != (b->verb != 0))
		return a->verb == 0 ? -1 : 1;
	ind_exact_base(a, &va);
	ind_exact_base(b, &vb);
	c = ind_cmp_exact(&va, &vb);
	if (c != 0)
		return c;
	if (ind_qual_class(a) != ind_qual_class(b))
		return ind_qual_class(a) < ind_qual_class(b) ? -1 : 1;
	if (ind_basis_key(a) != ind_basis_key(b))
		return ind_basis_key(a) < ind_basis_key(b) ? -1 : 1;
	return 0;
}

/* a random valid figure over every unit, qualifier and basis id; few coefficients, so that
 * equal values written differently come up */
static Indicator
random_figure(void)
{
	static const int64_t coefs[] = {0, 1, 5, 10, 15, 100, 1500, 123456789012345678, 99999999999,
									100000000000, 3, 7, 20000, 12345678901, 1000000000000000000,
									INT64_MAX, INT64_MIN + 1, 922337203685477580};

	for (;;)
	{
		uint64_t	r = next_rand(),
					r2 = next_rand();
		Indicator	x;
		IndError	err;

		memset(&x, 0, sizeof(x));
		x.coef = coefs[r % 18];
		if ((r >> 5) & 1)
			x.coef = -x.coef;
		if (((r >> 6) & 3) == 0)
			x.coef = (int64_t) ((r2 >> 3) % 1000000000000000000ULL) * (((r2 >> 1) & 1) ? -1 : 1);
		x.scale = (int8_t) ((int) ((r >> 20) % 14) - 3);
		x.mag = (uint8_t) (((r >> 24) & 1) == 0 ? (r >> 26) % 13 : 0);
		x.unit = (uint8_t) (((r >> 30) % 5) == 0 ? 0 : 1 + (r >> 32) % ind_unit_count());
		if (((r >> 40) & 3) == 0 && x.unit)
			x.per_unit = (uint8_t) (1 + (r >> 43) % ind_unit_count());
		if (((r >> 50) & 1) == 0)
		{
			x.verb = (uint8_t) (1 + (r2 >> 20) % ind_verb_count());
			x.basis = (uint8_t) ((r2 >> 30) & 0xFF);
		}
		if (((r >> 54) & 1) == 0)
			x.qual = (uint8_t) ((r2 >> 40) % ind_qual_count());
		x.flags = (uint8_t) ((r2 >> 50) & IND_DENMAG_MASK);
		if (ind_validate(&x, &err))
			return x;
	}
}

/* a written otherwise: another magnitude or scale, the same value */
static Indicator
rewritten(Indicator a)
{
	if (a.coef != 0 && a.coef % 10 == 0 && a.mag < 12)
	{
		a.coef /= 10;
		a.mag++;
	}
	else if (a.scale < 10 && a.coef < 100000000000000000 && a.coef > -100000000000000000)
	{
		a.coef *= 10;
		a.scale++;
	}
	return a;
}

static void
pinned_hashes(void)
{
	/* ind_hash(figure, 0) as computed before: a hash index built then must still find rows */
	static const struct
	{
		Indicator	x;
		uint64_t	hash;
	}			pins[] = {
#include "order_speed_pins.inc"
	};
	int			n = (int) (sizeof(pins) / sizeof(pins[0]));
	int			same = 0;

	for (int i = 0; i < n; i++)
	{
		uint64_t	h = ind_hash(&pins[i].x, 0);

		if (h == pins[i].hash && h == ref_hash(&pins[i].x, 0))
			same++;
		else
			CHECK(false, "pinned hash %d: 0x%016llx, pinned 0x%016llx", i,
				  (unsigned long long) h, (unsigned long long) pins[i].hash);
	}
	CHECK(same == n && n >= 20, "%d of %d pinned hashes unchanged", same, n);
}

void
test_order_speed(void)
{
	long		n = 0,
				bad_hash = 0,
				bad_cmp = 0,
				fast = 0,
				equal = 0;
	char		a_txt[IND_OUT_MAX],
				b_txt[IND_OUT_MAX];

	for (int i = 0; i < 1000000; i++)
	{
		Indicator	a = random_figure();
		Indicator	b = (i % 3 == 0) ? rewritten(a) : (i % 3 == 1) ? a : random_figure();
		uint64_t	seed = (i % 4 == 0) ? next_rand() : 0;
		int			c = ind_compare(&a, &b),
					rc = ref_compare(&a, &b);
		IndError	err;

		if (i % 3 == 1 && (next_rand() & 1))
			b.qual = (uint8_t) (next_rand() % ind_qual_count());	/* the same value, another word */
		if (!ind_validate(&b, &err))
			b = a;
		c = ind_compare(&a, &b);
		rc = ref_compare(&a, &b);
		n++;
		fast += a.unit == b.unit;
		equal += c == 0;
		if (ind_hash(&a, seed) != ref_hash(&a, seed) || ind_hash(&b, seed) != ref_hash(&b, seed))
		{
			if (bad_hash++ < 5)
			{
				ind_format(&a, a_txt, sizeof(a_txt));
				CHECK(false, "ind_hash(%s, %llu) against its definition", a_txt,
					  (unsigned long long) seed);
			}
		}
		if ((c > 0) - (c < 0) != rc)
		{
			if (bad_cmp++ < 5)
			{
				ind_format(&a, a_txt, sizeof(a_txt));
				ind_format(&b, b_txt, sizeof(b_txt));
				CHECK(false, "ind_compare(%s, %s) = %d, by definition %d", a_txt, b_txt, c, rc);
			}
		}
		if (c == 0 && ind_hash(&a, seed) != ind_hash(&b, seed) && bad_hash++ < 5)
		{
			ind_format(&a, a_txt, sizeof(a_txt));
			ind_format(&b, b_txt, sizeof(b_txt));
			CHECK(false, "equal %s and %s hash differently", a_txt, b_txt);
		}
	}
	CHECK(bad_hash == 0, "ind_hash agrees with its definition on %ld pairs (%ld differ)", n, bad_hash);
	CHECK(bad_cmp == 0, "ind_compare agrees with its definition on %ld pairs (%ld differ)", n, bad_cmp);
	CHECK(equal > n / 3 && fast > n / 2, "equal pairs (%ld) and same-unit pairs (%ld) of %ld came up",
		  equal, fast, n);
	pinned_hashes();
}
