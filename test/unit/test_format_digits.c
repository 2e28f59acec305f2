/*
 * test_format_digits.c: the output's digits (format.c writes two at a time from a table)
 * are the text ind_i128_to_string gives for the same digits and scale, on every scale and
 * on random coefficients of every length, signs and zeros included.
 */
#include "unit.h"
#include "ind.h"

#include <stdint.h>

void		test_format_digits(void);

void
test_format_digits(void)
{
	uint64_t	r = 0x853C49E6748FEA9BULL;
	long		bad = 0,
				n = 0;

	for (int scale = IND_SCALE_MIN; scale <= IND_SCALE_MAX; scale++)
		for (int i = 0; i < 2000; i++)
		{
			Indicator	x;
			char		got[IND_OUT_MAX],
						want[IND_OUT_MAX];
			int64_t		lim = 1;

			r ^= r << 13;
			r ^= r >> 7;
			r ^= r << 17;
			for (int k = (int) (r % 19); k > 0; k--)
				lim *= 10;
			memset(&x, 0, sizeof(x));
			x.coef = (int64_t) ((r >> 8) % (uint64_t) lim) * ((r >> 63) ? -1 : 1);
			x.scale = (int8_t) scale;
			ind_format(&x, got, sizeof(got));
			ind_i128_to_string(x.coef, scale, want, sizeof(want));
			n++;
			if (strcmp(got, want) != 0 && bad++ < 5)
				CHECK_STR(got, want, "digits %lld at scale %d", (long long) x.coef, scale);
		}
	CHECK(bad == 0, "the output's digits agree with ind_i128_to_string on %ld values", n);
}
