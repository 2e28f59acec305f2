/*
 * exact.c: exact values in a dimension's base unit, the total order and the hash.
 *
 * A value is n / d x 10^e in the base unit (亩 has the factor 2000/3, so 1亩 is
 * 2/3 x 10^3 平方米).  The canonical form moves every factor 2 and 5 of d into the
 * power of ten, reduces n/d, and strips trailing zeros of n: two values are equal
 * exactly when their canonical forms are, which is what the hash relies on.
 * Comparison cross-multiplies in 128 bits and decides by digit counts first.
 * No floating point anywhere.
 */
#include "ind.h"

#include <stdio.h>
#include <string.h>

static ind_i128
i128_abs(ind_i128 v)
{
	return v < 0 ? -v : v;
}

static int
digits_of(ind_i128 v)
{
	int			n = 0;

	v = i128_abs(v);
	while (v > 0)
	{
		v /= 10;
		n++;
	}
	return n;
}

static int64_t
gcd64(ind_i128 a, int64_t b)
{
	a = i128_abs(a);
	while (b != 0)
	{
		ind_i128	t = a % b;

		a = b;
		b = (int64_t) t;
	}
	return (int64_t) a;
}

/* Reduce to the canonical form; false when an intermediate would overflow 128 bits. */
bool
ind_exact_canonical(ExactValue *v)
{
	int64_t		g;

	if (v->n == 0)
	{
		v->d = 1;
		v->e = 0;
		return true;
	}
	while (v->d % 2 == 0)
	{
		if (__builtin_mul_overflow(v->n, 5, &v->n))
			return false;
		v->d /= 2;
		v->e--;
	}
	while (v->d % 5 == 0)
	{
		if (__builtin_mul_overflow(v->n, 2, &v->n))
			return false;
		v->d /= 5;
		v->e--;
	}
	g = gcd64(v->n, v->d);
	if (g > 1)
	{
		v->n /= g;
		v->d /= g;
	}
	while (v->n % 10 == 0)
	{
		v->n /= 10;
		v->e++;
	}
	return true;
}

static void
canonicalize(ExactValue *v)
{
	/* values built from one stored figure are far from 128-bit overflow */
	(void) ind_exact_canonical(v);
}

static const UnitDef one = {"", 0, 1, 1, 0, true};

void
ind_exact_base(const Indicator *x, ExactValue *out)
{
	const UnitDef *u = x->unit ? ind_unit(x->unit) : &one;
	const UnitDef *p = x->per_unit ? ind_unit(x->per_unit) : &one;
	int			den_mag = (x->flags & IND_DENMAG_MASK) >> IND_DENMAG_SHIFT;

	out->n = (ind_i128) x->coef * u->num * p->den;
	out->d = (int64_t) u->den * p->num;
	out->e = x->mag - x->scale + u->exp10 - p->exp10 - den_mag;
	canonicalize(out);
}

/* compare a x 10^ea with b x 10^eb (128-bit mantissas) */
static int
cmp_scaled(ind_i128 a, int ea, ind_i128 b, int eb)
{
	int			sa = (a > 0) - (a < 0);
	int			sb = (b > 0) - (b < 0);
	int			da,
				db;

	if (sa != sb)
		return sa < sb ? -1 : 1;
	if (sa == 0)
		return 0;
	da = digits_of(a) + ea;
	db = digits_of(b) + eb;
	if (da != db)
		return (da < db ? -1 : 1) * sa;
	/* same order of magnitude: align the one with the larger exponent */
	while (ea > eb)
	{
		a *= 10;
		ea--;
	}
	while (eb > ea)
	{
		b *= 10;
		eb--;
	}
	return a < b ? -1 : a > b ? 1 : 0;
}

int
ind_cmp_exact(const ExactValue *a, const ExactValue *b)
{
	return cmp_scaled(a->n * b->d, a->e, b->n * a->d, b->e);
}

/*
 * Same unit (the common case in a column): compare coef x 10^(mag - scale) directly.
 * |coef| < 10^18, so a gap of 18 or more in the exponent decides by itself.
 */
static int
cmp_same_unit(const Indicator *a, const Indicator *b)
{
	static const int64_t p10[18] = {
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
	if (ea - eb >= 18)
		return sa;
	if (eb - ea >= 18)
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
	if ((a->verb != 0) != (b->verb != 0))
		return a->verb == 0 ? -1 : 1;
	if (ind_basis_class(a) != ind_basis_class(b))
		return ind_basis_class(a) < ind_basis_class(b) ? -1 : 1;
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
	h = mix(h, ind_basis_class(x));
	return h;
}

int
ind_i128_to_string(ind_i128 v, int scale, char *buf, size_t size)
{
	char		tmp[96];
	int			n = 0,
				k = 0;
	bool		neg = v < 0;
	ind_i128	a = i128_abs(v);

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

int
ind_value_string(const Indicator *x, char *buf, size_t size)
{
	return ind_i128_to_string((ind_i128) x->coef, x->scale - x->mag, buf, size);
}

bool
ind_convert(const Indicator *x, int mag, int unit, int per_unit, int den_mag,
			ind_i128 *digits, int *scale, bool *inexact, IndError *err)
{
	Indicator	t = *x;
	ExactValue	v;

	t.unit = (uint8_t) unit;
	t.per_unit = (uint8_t) per_unit;
	if (ind_dim_key(&t) != ind_dim_key(x))
		return ind_fail_units(err, "convert", "to", x, &t);
	ind_exact_base(x, &v);
	return ind_exact_to_unit(&v, mag, unit, per_unit, den_mag, digits, scale, inexact, err);
}

/*
 * A base-unit value expressed in a unit at a magnitude: exact digits and scale when the
 * result terminates, else rounded half-even to 18 significant digits (*inexact set).
 */
bool
ind_exact_to_unit(const ExactValue *base, int mag, int unit, int per_unit, int den_mag,
				  ind_i128 *digits, int *scale, bool *inexact, IndError *err)
{
	ExactValue	v = *base;
	const UnitDef *u,
			   *p;
	static const ind_i128 LIMIT = (ind_i128) 1000000000000000000LL;	/* 10^18 */

	u = unit ? ind_unit(unit) : &one;
	p = per_unit ? ind_unit(per_unit) : &one;
	if (__builtin_mul_overflow(v.n, (ind_i128) u->den * p->num, &v.n) ||
		__builtin_mul_overflow(v.d, (int64_t) u->num * p->den, &v.d))
		goto range;
	v.e = v.e - u->exp10 + p->exp10 + den_mag - mag;
	if (!ind_exact_canonical(&v))
		goto range;
	*inexact = v.d != 1;
	if (v.d == 1)
	{
		/* exact: n x 10^e */
		if (v.e >= 0)
		{
			if (digits_of(v.n) + v.e > 36)
				goto range;
			for (int i = 0; i < v.e; i++)
				v.n *= 10;
			*digits = v.n;
			*scale = 0;
		}
		else
		{
			if (-v.e > 60)
			{
				/* too small to show: round away to zero at 18 significant digits */
				*digits = 0;
				*scale = 0;
				*inexact = true;
				return true;
			}
			*digits = v.n;
			*scale = -v.e;
		}
		return true;
	}
	else
	{
		/* n/d x 10^e rounded half-even to 18 significant digits */
		ind_i128	n = i128_abs(v.n);
		int			k = 18 - (digits_of(n) - digits_of(v.d));	/* q = n x 10^k / d */
		ind_i128	q,
					r,
					div = v.d;

		if (k >= 0)
		{
			for (int i = 0; i < k; i++)
				n *= 10;
		}
		else
		{
			for (int i = 0; i < -k; i++)
				div *= 10;
		}
		q = n / div;
		r = n % div;
		while (q >= LIMIT)
		{
			/* one digit too many: drop it, folding it into the remainder */
			ind_i128	last = q % 10;

			r = last * div + r;
			div *= 10;
			q /= 10;
			k--;
		}
		if (2 * r > div || (2 * r == div && (q % 2) == 1))
			q++;
		if (q >= LIMIT)
		{
			q /= 10;
			k--;
		}
		*digits = v.n < 0 ? -q : q;
		*scale = k - v.e;
		if (*scale < -60 || *scale > 60)
			goto range;
		return true;
	}

range:
	err->code = IND_ERR_RANGE;
	err->position = 0;
	snprintf(err->detail, sizeof(err->detail), "the converted value is out of range");
	return false;
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
