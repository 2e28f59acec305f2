/*
 * test_sort_key.c: the abbreviated sort keys (ind_sort_key, ind_target_sort_key) agree with
 * the full order on random pairs: a smaller key means a smaller value, equal values have
 * equal keys.  The pairs mix units of one dimension, magnitudes, scales, signs, kinds and
 * qualifiers, so that equal values written differently (1万元, 10000元) come up often.
 */
#include "unit.h"
#include "ind.h"

#include <stdint.h>

void		test_sort_key(void);

static uint64_t rng = 0x2545F4914F6CDD1DULL;

static uint64_t
next_rand(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

/* a random valid figure: few coefficients and units, so that ties and equal values occur */
static Indicator
random_figure(void)
{
	static const int64_t coefs[] = {0, 1, 5, 10, 15, 100, 1500, 123456789012345678, 99999999999,
									100000000000, 3, 7, 20000, 12345678901};
	for (;;)
	{
		uint64_t	r = next_rand();
		Indicator	x;
		IndError	err;

		memset(&x, 0, sizeof(x));
		x.coef = coefs[r % 14];
		if ((r >> 4) & 1)
			x.coef = -x.coef;
		if (((r >> 5) & 7) == 0)
			x.coef = (int64_t) ((r >> 8) % 1000000000000000000ULL) * (((r >> 61) & 1) ? -1 : 1);
		x.scale = (int8_t) ((int) ((r >> 20) % 12) - 3);
		x.mag = (uint8_t) (((r >> 24) & 3) == 0 ? (r >> 26) % 13 : 0);
		x.unit = (uint8_t) (((r >> 30) % 4) == 0 ? 0 : 1 + (r >> 32) % ind_unit_count());
		if (((r >> 40) & 7) == 0 && x.unit)
			x.per_unit = (uint8_t) (1 + (r >> 43) % ind_unit_count());
		if (((r >> 50) & 3) == 0)
		{
			x.verb = (uint8_t) (x.coef < 0 ? 10 : 1);	/* 下降 / 增长 */
			x.basis = (uint8_t) ((r >> 52) % 3);
		}
		if (((r >> 54) & 3) == 0)
			x.qual = (uint8_t) ((r >> 56) % 31);
		if (ind_validate(&x, &err))
			return x;
	}
}

void
test_sort_key(void)
{
	long		pairs = 0,
				equal = 0,
				bad = 0;
	char		a_txt[IND_OUT_MAX],
				b_txt[IND_OUT_MAX];

	for (int i = 0; i < 1000000; i++)
	{
		Indicator	a = random_figure(),
					b = random_figure();
		uint64_t	ka = ind_sort_key(&a),
					kb = ind_sort_key(&b);
		int			c = ind_compare(&a, &b);

		/* b written in another unit of its dimension, or at another magnitude, half the time */
		if (i % 2 == 1)
		{
			b = a;
			if (b.coef != 0 && b.coef % 10 == 0 && b.mag < 12 && ind_unit(b.unit) &&
				ind_unit(b.unit)->shown_with_mag)
			{
				b.coef /= 10;
				b.mag++;
			}
			else if (b.scale < 10 && b.coef < 100000000000000000 && b.coef > -100000000000000000)
			{
				b.coef *= 10;
				b.scale++;
			}
			kb = ind_sort_key(&b);
			c = ind_compare(&a, &b);
		}
		pairs++;
		equal += c == 0;
		if ((ka < kb && c >= 0) || (ka > kb && c <= 0) || (c == 0 && ka != kb))
		{
			if (bad++ < 5)
			{
				ind_format(&a, a_txt, sizeof(a_txt));
				ind_format(&b, b_txt, sizeof(b_txt));
				CHECK(false, "sort key of %s (%llx) and %s (%llx) against ind_compare %d", a_txt,
					  (unsigned long long) ka, b_txt, (unsigned long long) kb, c);
			}
		}
		/* targets: the comparator above the main figure */
		{
			Target		ta,
						tb;
			int			tc;
			uint64_t	tka,
						tkb;

			memset(&ta, 0, sizeof(ta));
			memset(&tb, 0, sizeof(tb));
			ta.main = a;
			tb.main = b;
			ta.cmp = (uint8_t) (1 + next_rand() % 7);
			tb.cmp = (uint8_t) ((i % 3) ? ta.cmp : 1 + next_rand() % 7);
			tc = ind_target_compare(&ta, &tb);
			tka = ind_target_sort_key(&ta);
			tkb = ind_target_sort_key(&tb);
			if (((tka < tkb && tc >= 0) || (tka > tkb && tc <= 0) || (tc == 0 && tka != tkb)) &&
				bad++ < 5)
				CHECK(false, "target sort keys against ind_target_compare %d", tc);
		}
	}
	CHECK(bad == 0, "abbreviated and full order agree on %ld pairs (%ld disagree)", pairs, bad);
	CHECK(equal > pairs / 4, "equal values written differently came up (%ld of %ld pairs)", equal,
		  pairs);
}
