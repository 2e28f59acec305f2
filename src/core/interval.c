/*
 * interval.c: the set of values a figure asserts, exactly, in its dimension's base unit.
 *
 *   x → [x, x]   超过x → (x, ∞)   x以上 → [x, ∞)   不到x → (−∞, x)   x以下 → (−∞, x]
 *   约x → [x − t|x|, x + t|x|]   近x → the half of that toward zero, up to x
 *   x多 → (x, x + w), w one unit of the lowest non-zero digit, away from zero
 *
 * For a change with a direction word the comparator bounds the size of the change:
 * 下降3%以上 is (−∞, −3].  t is the approximate tolerance (indicator.approx_tolerance).
 * Targets (target.c) judge an actual figure by comparing such intervals.
 */
#include "ind.h"

#include <string.h>

static void
set_point(IndBound *b, const ExactValue *v, bool incl)
{
	b->inf = false;
	b->incl = incl;
	b->v = *v;
}

static void
set_inf(IndBound *b)
{
	memset(b, 0, sizeof(*b));
	b->inf = true;
	b->v.d = 1;
}

/* |v| x t, exactly */
static bool
times_tol(const ExactValue *v, const ExactValue *tol, ExactValue *out)
{
	ExactValue	a = *v;

	if (a.n < 0)
		a.n = -a.n;
	return ind_exact_mul(&a, tol, out);
}

bool
ind_interval(const Indicator *x, const ExactValue *tol, IndInterval *out)
{
	ExactValue	v,
				d,
				far;
	QualClass	c = ind_qual_class(x);

	ind_exact_base(x, &v);
	set_point(&out->lo, &v, true);
	set_point(&out->hi, &v, true);
	if (c == QC_OPEN)
	{
		/* one unit of the lowest non-zero digit of the value as written, in base units */
		Indicator	w = *x;
		int64_t		coef = x->coef < 0 ? -x->coef : x->coef;
		int			k = 0;

		while (coef != 0 && coef % 10 == 0)
		{
			coef /= 10;
			k++;
		}
		w.coef = 1;
		w.scale = (int8_t) (x->scale - k);
		w.qual = 0;
		w.verb = 0;
		w.basis = 0;
		ind_exact_base(&w, &d);
		if (x->coef < 0)
			d.n = -d.n;
		if (!ind_exact_add(&v, &d, &far))
			return false;
		if (x->coef < 0)
		{
			set_point(&out->lo, &far, false);
			out->hi.incl = false;
		}
		else
		{
			set_point(&out->hi, &far, false);
			out->lo.incl = false;
		}
		return true;
	}
	c = ind_value_class(x);
	switch (c)
	{
		case QC_GE:
		case QC_GT:
			set_inf(&out->hi);
			out->lo.incl = c == QC_GE;
			break;
		case QC_LE:
		case QC_LT:
			set_inf(&out->lo);
			out->hi.incl = c == QC_LE;
			break;
		case QC_APPROX:
		case QC_APPROX_BELOW:
			{
				ExactValue	lo,
							hi,
							neg;

				if (!times_tol(&v, tol, &d))
					return false;
				neg = d;
				neg.n = -neg.n;
				if (!ind_exact_add(&v, &neg, &lo) || !ind_exact_add(&v, &d, &hi))
					return false;
				if (c == QC_APPROX || v.n >= 0)
					set_point(&out->lo, &lo, true);
				if (c == QC_APPROX || v.n < 0)
					set_point(&out->hi, &hi, true);
				break;
			}
		default:
			break;
	}
	return true;
}

/* order of two bounds' values (infinite bounds: lo = −∞, hi = +∞) */
static int
cmp_bound(const IndBound *a, bool a_is_lo, const IndBound *b, bool b_is_lo)
{
	if (a->inf || b->inf)
	{
		int			av = a->inf ? (a_is_lo ? -1 : 1) : 0;
		int			bv = b->inf ? (b_is_lo ? -1 : 1) : 0;

		return av < bv ? -1 : av > bv ? 1 : 0;
	}
	return ind_cmp_exact(&a->v, &b->v);
}

/* Is every value of a inside b? */
bool
ind_interval_within(const IndInterval *a, const IndInterval *b)
{
	int			c;

	/* a.lo >= b.lo */
	c = cmp_bound(&a->lo, true, &b->lo, true);
	if (c < 0 || (c == 0 && !a->lo.inf && a->lo.incl && !b->lo.incl))
		return false;
	c = cmp_bound(&a->hi, false, &b->hi, false);
	if (c > 0 || (c == 0 && !a->hi.inf && a->hi.incl && !b->hi.incl))
		return false;
	return true;
}

/* Do a and b share no value? */
bool
ind_interval_disjoint(const IndInterval *a, const IndInterval *b)
{
	int			c;

	/* a entirely below b: a.hi < b.lo, or equal with an open end */
	c = cmp_bound(&a->hi, false, &b->lo, true);
	if (c < 0 || (c == 0 && !a->hi.inf && (!a->hi.incl || !b->lo.incl)))
		return true;
	c = cmp_bound(&b->hi, false, &a->lo, true);
	if (c < 0 || (c == 0 && !b->hi.inf && (!b->hi.incl || !a->lo.incl)))
		return true;
	return false;
}

/*
 * indicator.approx_tolerance is text so that no floating point is involved: a plain
 * decimal ("0.1", ".05", "1") between 0 and 1, at most 30 decimals kept.
 */
bool
ind_parse_tolerance(const char *s, ExactValue *out)
{
	ind_i128	n = 0;
	int			scale = 0;
	bool		point = false,
				digit = false;

	if (s == NULL)
		return false;
	for (; *s; s++)
	{
		if (*s == '.' && !point)
			point = true;
		else if (*s >= '0' && *s <= '9')
		{
			digit = true;
			if (scale < 30 && n < ((ind_i128) 1 << 100))
			{
				n = n * 10 + (*s - '0');
				if (point)
					scale++;
			}
		}
		else
			return false;
	}
	out->n = n;
	out->d = 1;
	out->e = -scale;
	if (!digit || !ind_exact_canonical(out))
		return false;
	/* at most 1 */
	{
		ExactValue	one = {1, 1, 0};

		return ind_cmp_exact(out, &one) <= 0;
	}
}
