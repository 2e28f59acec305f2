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
	g = v->d == 1 ? 1 : gcd64(v->n, v->d);
	if (g > 1)
	{
		v->n /= g;
		v->d /= g;
	}
	/* the trailing zeros, in 64 bits when n fits (a 128-bit remainder is a library call) */
	if (v->n > -(ind_i128) INT64_MAX && v->n < (ind_i128) INT64_MAX)
	{
		int64_t		n = (int64_t) v->n;

		while (n % 10 == 0)
		{
			n /= 10;
			v->e++;
		}
		v->n = n;
		return true;
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
	da = ind_i128_digits(a) + ea;
	db = ind_i128_digits(b) + eb;
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
			if (ind_i128_digits(v.n) + v.e > IND_MAX_INT_DIGITS)
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
		int			k = IND_MAX_DIGITS - (ind_i128_digits(n) - ind_i128_digits(v.d));	/* q = n x 10^k / d */
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
		while (q >= IND_COEF_LIMIT)
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
		if (q >= IND_COEF_LIMIT)
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
	return ind_fail(err, IND_ERR_RANGE, 0, "the converted value is out of range");
}

/* a + b, both n/d x 10^e, into a canonical result */
bool
ind_exact_add(const ExactValue *a, const ExactValue *b, ExactValue *r)
{
	ExactValue	x = *a,
				y = *b;
	ind_i128	p;
	int64_t		g = 1,
				d;

	if (x.n == 0)
	{
		*r = y;
		return true;
	}
	if (y.n == 0)
	{
		*r = x;
		return true;
	}
	/* align exponents: lower the larger one */
	if (x.e > y.e)
	{
		if (!ind_pow10_i128(x.e - y.e, &p) || __builtin_mul_overflow(x.n, p, &x.n))
			return false;
		x.e = y.e;
	}
	else if (y.e > x.e)
	{
		if (!ind_pow10_i128(y.e - x.e, &p) || __builtin_mul_overflow(y.n, p, &y.n))
			return false;
		y.e = x.e;
	}
	/* common denominator */
	{
		int64_t		p1 = x.d,
					q1 = y.d;

		while (q1)
		{
			int64_t		t = p1 % q1;

			p1 = q1;
			q1 = t;
		}
		g = p1;
	}
	if (__builtin_mul_overflow(x.d / g, y.d, &d) ||
		__builtin_mul_overflow(x.n, (ind_i128) (y.d / g), &x.n) ||
		__builtin_mul_overflow(y.n, (ind_i128) (x.d / g), &y.n) ||
		__builtin_add_overflow(x.n, y.n, &r->n))
		return false;
	r->d = d;
	r->e = x.e;
	return ind_exact_canonical(r);
}

bool
ind_exact_mul(const ExactValue *a, const ExactValue *b, ExactValue *r)
{
	if (__builtin_mul_overflow(a->n, b->n, &r->n) ||
		__builtin_mul_overflow(a->d, b->d, &r->d))
		return false;
	r->e = a->e + b->e;
	return ind_exact_canonical(r);
}

/* a / b for b != 0: the quotient's denominator may not fit; then round to 18 digits */
bool
ind_exact_div(const ExactValue *a, const ExactValue *b, ExactValue *r, IndError *err)
{
	ExactValue	inv;

	if (b->n == 0)
		return ind_fail(err, IND_ERR_DIVISION_BY_ZERO, 0, "division by zero");
	/* 1/b = d / n x 10^-e; n may not fit the int64 denominator */
	inv.n = b->n < 0 ? -(ind_i128) b->d : (ind_i128) b->d;
	inv.e = -b->e;
	{
		ind_i128	n = b->n < 0 ? -b->n : b->n;

		if (n <= (ind_i128) INT64_MAX)
		{
			inv.d = (int64_t) n;
			if (!ind_exact_canonical(&inv) || !ind_exact_mul(a, &inv, r))
				return ind_fail(err, IND_ERR_RANGE, 0, "the quotient is out of range");
			return true;
		}
	}
	/* a huge divisor: compute the quotient to 18 significant digits directly */
	{
		ind_i128	num = a->n < 0 ? -a->n : a->n,
					den = b->n < 0 ? -b->n : b->n,
					q,
					rem;
		int			shift = 0;

		/* num x 10^shift / (den x a.d) with ~19 digits in q */
		while (num < den * 10 && shift < 60 && num < (ind_i128) IND_COEF_LIMIT * IND_COEF_LIMIT)
		{
			num *= 10;
			shift++;
		}
		if (__builtin_mul_overflow(den, (ind_i128) a->d, &den))
			return ind_fail(err, IND_ERR_RANGE, 0, "the quotient is out of range");
		q = num / den;
		rem = num % den;
		if (2 * rem > den || (2 * rem == den && (q & 1)))
			q++;
		r->n = ((a->n < 0) != (b->n < 0)) ? -q : q;
		r->n *= b->d;
		r->d = 1;
		r->e = a->e - b->e - shift;
		if (!ind_exact_canonical(r))
			return ind_fail(err, IND_ERR_RANGE, 0, "the quotient is out of range");
		return true;
	}
}

/* round(v x 10^digits) half-even, exactly */
bool
ind_exact_round(const ExactValue *v, int digits, ind_i128 *out)
{
	ind_i128	num = v->n < 0 ? -v->n : v->n,
				den = v->d,
				q,
				r;
	int			shift = v->e + digits;

	if (shift > 0)
	{
		for (int i = 0; i < shift; i++)
			if (__builtin_mul_overflow(num, 10, &num))
				return false;
	}
	else
	{
		for (int i = 0; i < -shift; i++)
		{
			if (den > ((ind_i128) 1 << 120))
			{
				*out = 0;		/* far below the last digit */
				return true;
			}
			den *= 10;
		}
	}
	q = num / den;
	r = num % den;
	if (2 * r > den || (2 * r == den && (q & 1)))
		q++;
	*out = v->n < 0 ? -q : q;
	return true;
}

bool
ind_exact_percent(const ExactValue *a, const ExactValue *b, ExactValue *r, IndError *err)
{
	static const ExactValue hundred = {1, 1, 2};

	if (!ind_exact_div(a, b, r, err))
		return false;
	if (!ind_exact_mul(r, &hundred, r))
		return ind_fail(err, IND_ERR_RANGE, 0, "the percentage is out of range");
	return true;
}

bool
ind_percent_of(const Indicator *a, const Indicator *b, const char *zero_detail, ExactValue *r,
			   IndError *err)
{
	ExactValue	va,
				vb;

	if (ind_dim_key(a) != ind_dim_key(b))
		return ind_fail_units(err, "divide", "by", a, b);
	ind_exact_base(a, &va);
	ind_exact_base(b, &vb);
	if (vb.n == 0)
		return ind_fail(err, IND_ERR_DIVISION_BY_ZERO, 0, "%s", zero_detail);
	return ind_exact_percent(&va, &vb, r, err);
}
