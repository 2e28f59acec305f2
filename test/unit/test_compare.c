/*
 * test_compare.c: the same-unit fast path of ind_compare agrees with the exact path
 * (ind_cmp_exact on canonical base values) on many generated pairs, and equal values
 * hash equal.
 */
#include "unit.h"
#include "ind.h"

void		test_compare(void);

static uint64_t rng = 0x243F6A8885A308D3ULL;

static uint64_t
next(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

static Indicator
random_value(int unit)
{
	static const int mags[] = {0, 1, 2, 3, 4, 8, 12};
	Indicator	x;
	int64_t		c = (int64_t) (next() % 2000000) - 1000000;

	memset(&x, 0, sizeof(x));
	if (next() % 4 == 0)
		c *= 1000000000LL;	/* large coefficients */
	if (next() % 3 == 0)
		c = (c / 10) * 10;	/* trailing zeros */
	x.coef = c;
	x.scale = (int8_t) (next() % 30) - 10;
	if (c == 0 && x.scale < 0)
		x.scale = 0;
	x.mag = (uint8_t) mags[next() % 7];
	x.unit = (uint8_t) unit;
	return x;
}

void
test_compare(void)
{
	int			disagree = 0,
				hash_bad = 0,
				n = 0;

	for (int i = 0; i < 200000; i++)
	{
		Indicator	a = random_value(1),
					b = (next() % 5 == 0) ? a : random_value(1);
		ExactValue	va,
					vb;
		int			fast,
					exact;
		IndError	e;

		if (i % 3 == 0)
		{
			/* the same value written at another magnitude */
			b = a;
			if (b.mag >= 4 && b.scale < 30)
			{
				b.mag -= 4;
				b.scale -= 4;
				if (b.coef == 0 && b.scale < 0)
					b.scale = 0;
			}
		}
		if (!ind_validate(&a, &e) || !ind_validate(&b, &e))
			continue;
		n++;
		ind_exact_base(&a, &va);
		ind_exact_base(&b, &vb);
		exact = ind_cmp_exact(&va, &vb);
		fast = ind_compare(&a, &b);
		if ((fast > 0) != (exact > 0) || (fast < 0) != (exact < 0))
			disagree++;
		if (fast == 0 && ind_hash(&a, 0) != ind_hash(&b, 0))
			hash_bad++;
	}
	CHECK(n > 100000, "enough valid pairs: %d", n);
	CHECK(disagree == 0, "fast and exact comparison disagree on %d of %d pairs", disagree, n);
	CHECK(hash_bad == 0, "%d equal pairs hash differently", hash_bad);
}
