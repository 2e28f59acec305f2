/*
 * decimal.c: 128-bit decimal digits: counting them, powers of ten, the canonical text of
 * digits x 10^-scale, and half-even rounding (GB/T 8170).  The bottom of the core: it
 * depends on nothing else.
 */
#include "ind.h"

int
ind_i128_digits(ind_i128 v)
{
	int			n = 0;

	if (v < 0)
		v = -v;
	while (v > 0)
	{
		v /= 10;
		n++;
	}
	return n;
}

/* 10^k for 0 <= k <= 38; false when it does not fit 128 bits */
bool
ind_pow10_i128(int k, ind_i128 *out)
{
	ind_i128	v = 1;

	if (k < 0 || k > 38)
		return false;
	for (int i = 0; i < k; i++)
		v *= 10;
	*out = v;
	return true;
}

int
ind_i128_to_string(ind_i128 v, int scale, char *buf, size_t size)
{
	char		tmp[96];
	int			n = 0,
				k = 0;
	bool		neg = v < 0;
	ind_i128	a = v < 0 ? -v : v;

	/* digits, least significant first (64-bit division while the value fits: much cheaper) */
	while (a > (ind_i128) UINT64_MAX && n < 60)
	{
		tmp[n++] = (char) ('0' + (int) (a % 10));
		a /= 10;
	}
	{
		uint64_t	b = (uint64_t) a;

		do
		{
			tmp[n++] = (char) ('0' + (int) (b % 10));
			b /= 10;
		} while (b > 0 && n < 60);
	}
	/* worst case: sign, 60 digits, point, leading zeros up to the scale, NUL */
	if (size < (size_t) (n + (scale < 0 ? -scale : scale) + 4))
	{
		if (size > 0)
			buf[0] = '\0';
		return -1;
	}
	if (neg)
		buf[k++] = '-';
	if (scale <= 0)
	{
		for (int i = n - 1; i >= 0; i--)
			buf[k++] = tmp[i];
		for (int i = 0; i < -scale && k < (int) size - 2; i++)
			buf[k++] = '0';
	}
	else
	{
		while (n <= scale)
			tmp[n++] = '0';
		for (int i = n - 1; i >= 0; i--)
		{
			buf[k++] = tmp[i];
			if (i == scale)
				buf[k++] = '.';
		}
	}
	buf[k] = '\0';
	return k;
}

bool
ind_round_half_even(int64_t coef, int scale, int digits, int64_t *out_coef)
{
	int64_t		div = 1;
	int64_t		q,
				r;

	if (digits >= scale)
	{
		*out_coef = coef;
		return true;
	}
	for (int i = 0; i < scale - digits; i++)
	{
		if (div > INT64_MAX / 10)
		{
			*out_coef = 0;
			return true;
		}
		div *= 10;
	}
	q = coef / div;
	r = coef % div;
	if (r < 0)
		r = -r;
	if (2 * r > div || (2 * r == div && (q % 2 != 0)))
		q += coef < 0 ? -1 : 1;
	*out_coef = q;
	return true;
}

