/*
 * arith.c: the arithmetic rules of the indicator type.  This is the one place that says
 * what + - * / do to values, units and qualifiers.
 *
 * Values are exact: operands become rationals in their dimension's base unit
 * (exact.c), and the result is expressed back in an operand's unit.  A result that
 * does not fit 18 significant digits is an error (22003), never a silent rounding; the
 * only rounding is of non-terminating quotients and conversions (亩 ↔ 平方米), half-even
 * at 18 significant digits.
 *
 * Qualifiers are sound bounds, worked out in "value space" (for a decline such as
 * 下降3%以上 the word bounds the size of the decline, so the value is ≤ −3):
 *   exact ⊕ exact = exact;  exact ⊕ (≥) = ≥;  (≥) ⊕ (≥) = ≥, or > if either was >;
 *   (≥) ⊕ (≤) = ≈;  anything ⊕ ≈ = ≈ (近 ⊕ 近 and 近 ⊕ exact stay 近);
 *   an open range (多/余) contributes its lower bound as >;
 *   negation and negative factors swap ≥ and ≤ (an open range stays open, mirrored).
 *
 * Units: + and − within a dimension; % − % gives 个百分点, % ± 个百分点 gives %;
 * indicator / indicator gives a number in one dimension and a per-unit figure across
 * dimensions; a per-unit figure times its denominator gives the numerator unit.
 */
#include "ind.h"

#include <stdio.h>
#include <string.h>

/* ---- qualifier classes in value space ---- */

static QualClass
flip(QualClass c)
{
	switch (c)
	{
		case QC_GE:
			return QC_LE;
		case QC_LE:
			return QC_GE;
		case QC_GT:
			return QC_LT;
		case QC_LT:
			return QC_GT;
		default:
			return c;
	}
}

/* A change written with a direction word bounds its size, not its signed value. */
static bool
bounds_size(const Indicator *x)
{
	ChangeDir	d = ind_change_dir(x);

	return (d == CD_UP || d == CD_DOWN) && (x->coef < 0 || (x->coef == 0 && d == CD_DOWN));
}

QualClass
ind_value_class(const Indicator *x)
{
	QualClass	c = ind_qual_class(x);

	if (c == QC_OPEN)
		return x->coef >= 0 ? QC_GT : QC_LT;	/* its lower bound (in size) */
	return bounds_size(x) ? flip(c) : c;
}

QualClass
ind_class_negate(QualClass c)
{
	return flip(c);
}

/* The class of a sum of two bounded quantities (value space, no QC_OPEN). */
QualClass
ind_class_combine(QualClass a, QualClass b)
{
	bool		lower = a == QC_GE || a == QC_GT || b == QC_GE || b == QC_GT;
	bool		upper = a == QC_LE || a == QC_LT || b == QC_LE || b == QC_LT;

	if (a == QC_APPROX || b == QC_APPROX || (lower && upper))
		return QC_APPROX;
	if (a == QC_APPROX_BELOW || b == QC_APPROX_BELOW)
		return (lower || upper) ? QC_APPROX : QC_APPROX_BELOW;
	if (lower)
		return (a == QC_GT || b == QC_GT) ? QC_GT : QC_GE;
	if (upper)
		return (a == QC_LT || b == QC_LT) ? QC_LT : QC_LE;
	return QC_EXACT;
}

/*
 * Make a computed value print as itself: the direction word agrees with the sign
 * (−同比增长5.2% is stored as 同比下降5.2%), 多 before a magnitude moves after the number
 * when there is no magnitude, a zero has no negative scale, and a change word never runs
 * into its qualifier (降 + 低于 would read back as 降低 + 于).
 */
void
ind_settle(Indicator *r)
{
	ChangeDir	d = ind_change_dir(r);
	const WordDef *q = ind_qual(r->qual);

	/* 翻n番 stays one only while the value is 2^n − 1 times, a whole number of 倍 */
	if (d == CD_DOUBLE)
	{
		uint64_t	v = (uint64_t) r->coef + 1;
		IndError	e;
		Indicator	t = *r;

		if (r->coef < 1 || (v & (v - 1)) != 0 || r->scale || r->mag || !ind_validate(&t, &e))
		{
			r->verb = 1;		/* 增长, in 倍 */
			d = CD_UP;
		}
	}
	if ((d == CD_UP && r->coef < 0) || (d == CD_DOWN && r->coef > 0))
		r->verb = (uint8_t) ind_verb_opposite(r->verb);
	/* 比上年平均 + 下降 would print as 比上年 + 平均下降 (words.c): 减少 and 增加 say it */
	if (ind_basis_average_clash(r->basis, r->verb))
		r->verb = ind_verb(r->verb)->cls == CD_DOWN ? 11 : 2;
	if (r->qual && q->pos == QP_AFTER_NUMBER && r->mag == 0)
		r->qual = (uint8_t) ind_qual_open_id(r->qual >= ind_qual_open_id(true, QP_AFTER_NUMBER),
											 QP_AFTER_MAG);
	if (r->coef == 0 && r->scale < 0)
		r->scale = 0;
	/* 降 + 低于, 减 + 少于, 减 + 低于 would print as 降低 + 于: the class's own word (不到) */
	if (r->verb && r->qual && q->pos == QP_PREFIX && ind_verb_runs_into_qual(r->verb, r->qual))
		r->qual = (uint8_t) ind_canonical_qual((QualClass) q->cls);
}

/* Store a value-space class as a word: the operands' own word where it fits. */
void
ind_set_value_class(Indicator *r, QualClass vc, const Indicator *a, const Indicator *b)
{
	QualClass	stored = bounds_size(r) ? flip(vc) : vc;
	const Indicator *hints[2] = {a, b};

	r->qual = 0;
	if (stored == QC_EXACT)
	{
		ind_settle(r);
		return;
	}
	for (int i = 0; i < 2; i++)
	{
		const Indicator *h = hints[i];

		if (h && h->qual && ind_qual_class(h) == stored)
		{
			const WordDef *w = ind_qual(h->qual);

			/* 多 after a unit needs a unit; 基本 belongs to 持平 */
			if ((w->pos == QP_AFTER_UNIT && !r->unit) || w->pos == QP_IN_VERB)
				continue;
			r->qual = h->qual;
			ind_settle(r);
			return;
		}
	}
	r->qual = (uint8_t) ind_canonical_qual(stored);
	ind_settle(r);
}

/* ---- exact rationals ---- */

static bool fit(const ExactValue *v, Indicator *r, int min_scale, bool round, IndError *err);

/*
 * Express a base-unit value in r's unit at r's magnitude, with at least min_scale
 * decimals where that fits 18 digits.
 */
bool
ind_fit(const ExactValue *v, Indicator *r, int min_scale, IndError *err)
{
	return fit(v, r, min_scale, false, err);
}

/* ind_fit for a mean: exact digits beyond IND_MAX_DIGITS are rounded half-even */
bool
ind_fit_rounded(const ExactValue *v, Indicator *r, int min_scale, IndError *err)
{
	return fit(v, r, min_scale, true, err);
}

/* |digits| rounded half-even, in one step, to fewer than IND_COEF_LIMIT; *scale follows */
static ind_i128
round_to_max_digits(ind_i128 digits, int *scale)
{
	ind_i128	mag = digits < 0 ? -digits : digits,
				div = 1,
				q,
				rem;

	while (mag / div >= IND_COEF_LIMIT)
	{
		div *= 10;
		(*scale)--;
	}
	q = mag / div;
	rem = mag % div;
	if (2 * rem > div || (2 * rem == div && q % 2 != 0))
		q++;
	if (q >= IND_COEF_LIMIT)
	{
		q /= 10;				/* the carry made 10^18: the dropped digit is a zero */
		(*scale)--;
	}
	return digits < 0 ? -q : q;
}

static bool
fit(const ExactValue *v, Indicator *r, int min_scale, bool round, IndError *err)
{
	ind_i128	digits;
	int			scale;
	bool		inexact;
	int			den_mag = (r->flags & IND_DENMAG_MASK) >> IND_DENMAG_SHIFT;

	r->flags &= ~IND_FLAG_ZEROS;	/* only the display rule of sums sets it */
	if (!ind_exact_to_unit(v, r->mag, r->unit, r->per_unit, den_mag, &digits, &scale, &inexact, err))
		return false;
	/* drop trailing zeros beyond what the operands showed */
	while (scale > min_scale && digits % 10 == 0 && digits != 0)
	{
		digits /= 10;
		scale--;
	}
	if (digits == 0 && scale > min_scale)
		scale = min_scale < 0 ? 0 : min_scale;	/* a zero has no negative scale */
	if (round && (digits >= IND_COEF_LIMIT || digits <= -IND_COEF_LIMIT))
		digits = round_to_max_digits(digits, &scale);
	while (scale < min_scale && digits < IND_COEF_LIMIT / 10 && digits > -IND_COEF_LIMIT / 10)
	{
		digits *= 10;
		scale++;
	}
	while ((digits >= IND_COEF_LIMIT || digits <= -IND_COEF_LIMIT) && digits % 10 == 0 && scale > IND_SCALE_MIN)
	{
		digits /= 10;
		scale--;
	}
	if (digits >= IND_COEF_LIMIT || digits <= -IND_COEF_LIMIT || scale > IND_SCALE_MAX || scale < IND_SCALE_MIN)
		return ind_fail(err, IND_ERR_RANGE, 0, "the result needs more than %d significant digits",
						IND_MAX_DIGITS);
	/* the printed integer part must stay readable (as validate.c checks) */
	if (scale < 0)
	{
		int			nd = 0;

		for (ind_i128 t = digits; t != 0; t /= 10)
			nd++;
		if (nd - scale > IND_MAX_INT_DIGITS)
			return ind_fail(err, IND_ERR_RANGE, 0, "the result has more than %d integer digits",
							IND_MAX_INT_DIGITS);
	}
	r->coef = (int64_t) digits;
	r->scale = (int8_t) scale;
	return true;
}

/*
 * THE DISPLAY RULE OF SUMS, the one place that decides how many digits a + b, a - b,
 * sum() and avg() show.  Each operand shows a finest digit: a written decimal down to its
 * last decimal, zeros included (2.50万 to the 百); an integer down to its last non-zero
 * digit (3000 to the 千: its trailing zeros carry no precision), unless it is a computed
 * sum that knows them (IND_FLAG_ZEROS); an integer zero shows none.  The result shows
 * the finest digit over all operands, each counted in its own unit (more when its exact
 * value needs more).  A minimum does not depend on grouping, so a sum prints the same
 * however its rows are split; a result carries its finest digit in its representation
 * (a negative scale, IND_FLAG_ZEROS) so that re-adding it keeps it.
 */
int
ind_finest_exp(const Indicator *x)
{
	int64_t		c = x->coef;
	int			e = x->mag - x->scale;

	if (x->scale > 0 || (x->flags & IND_FLAG_ZEROS))
		return e;
	if (c == 0)
		return IND_EXP_NONE;
	while (c % 10 == 0)
	{
		c /= 10;
		e++;
	}
	return e;
}

/* v written in r's unit at r's magnitude by the rule above; a mean rounds to 18 digits */
bool
ind_fit_sum(const ExactValue *v, Indicator *r, int finest, bool mean, IndError *err)
{
	if (!fit(v, r, finest >= IND_EXP_NONE ? 0 : r->mag - finest, mean, err))
		return false;
	if (r->scale <= 0 && r->coef != 0 && r->coef % 10 == 0)
		r->flags |= IND_FLAG_ZEROS;
	return true;
}

static int
min_int(int a, int b)
{
	return a < b ? a : b;
}

static int
max_int(int a, int b)
{
	return a > b ? a : b;
}

static bool
is_flat(const Indicator *x)
{
	return ind_change_dir(x) == CD_FLAT;
}

/* x ± flat, a change of 0: x itself, approximate when flat is 基本持平 */
static bool
add_flat(const Indicator *x, const Indicator *flat, Indicator *r)
{
	Indicator	f = *flat;

	*r = *x;
	r->flags &= ~IND_LEAD_MASK;
	if (ind_qual_class(&f) == QC_EXACT)
		return true;
	if (is_flat(r))
		*r = f;					/* 持平 + 基本持平 */
	else
		ind_set_value_class(r, ind_class_combine(ind_qual_class(x), QC_APPROX), x, NULL);
	return true;
}

/* the unit id of % (pp false) or 个百分点 (pp true), looked up once */
static int
percent_unit(bool pp)
{
	static int	ids[2];

	if (!ids[pp])
		ids[pp] = ind_unit_id(pp ? "个百分点" : "%");
	return ids[pp];
}

static bool
same_dim(const Indicator *a, const Indicator *b)
{
	return ind_dim_key(a) == ind_dim_key(b) &&
		(a->per_unit == 0) == (b->per_unit == 0);
}

/* the magnitude a result may carry in its unit */
int
ind_result_mag(const Indicator *r, int mag)
{
	if (r->unit && !ind_unit(r->unit)->shown_with_mag)
		return 0;
	return mag;
}

bool
ind_negate(const Indicator *a, Indicator *r, IndError *err)
{
	*r = *a;
	if (ind_change_dir(a) == CD_FLAT)
		return true;			/* −(持平) and −(基本持平): no change either way */
	if (a->coef == INT64_MIN)
		return ind_fail(err, IND_ERR_RANGE, 0, "cannot negate");
	r->coef = -a->coef;
	if (ind_change_dir(a) == CD_DOUBLE)
	{
		/* −(翻一番) is a fall of 100%: an ordinary decline in 倍 */
		r->verb = 10;			/* 下降 */
	}
	if (ind_qual_class(a) != QC_OPEN)
		ind_set_value_class(r, flip(ind_value_class(a)), a, NULL);
	r->flags &= ~IND_LEAD_MASK;
	ind_settle(r);
	return true;
}

/*
 * The sum's shape from its operands (add_values): a's, or a level's when a change is applied to
 * it (no verb, no basis); two changes keep a's basis, or b's when a has none, and a doubling
 * verb reads as 增长 in 倍.  No lead word is kept.
 */
static void
sum_shape(const Indicator *a, const Indicator *b, Indicator *r)
{
	*r = *a;
	r->flags &= ~IND_LEAD_MASK;
	if (!a->verb || !b->verb)
	{
		/* a change applied to a level: the level's shape */
		const Indicator *level = a->verb ? b : a;

		*r = *level;
		r->flags &= ~IND_LEAD_MASK;
		r->verb = 0;
		r->basis = 0;
	}
	else
	{
		if (!a->basis)
			r->basis = b->basis;
		if (ind_change_dir(r) == CD_DOUBLE)
			r->verb = 1;		/* 增长, in 倍 */
	}
}

/*
 * The sum vs of two values of one dimension in different units: r keeps a's unit, or takes b's
 * when a's cannot show the sum exactly (1平方米 + 1亩 in 亩).  mag: the largest display
 * magnitude.  False with err set when the sum does not fit.
 */
static bool
sum_unit(const ExactValue *vs, const Indicator *b, int mag, Indicator *r, IndError *err)
{
	ind_i128	dg;
	int			sc;
	bool		inexact;

	if (!ind_exact_to_unit(vs, r->mag, r->unit, r->per_unit,
						   (r->flags & IND_DENMAG_MASK) >> IND_DENMAG_SHIFT,
						   &dg, &sc, &inexact, err))
		return false;
	if (inexact)
	{
		r->unit = b->unit;
		r->per_unit = b->per_unit;
		r->flags = (uint8_t) ((r->flags & ~IND_DENMAG_MASK) | (b->flags & IND_DENMAG_MASK));
		r->mag = (uint8_t) ind_result_mag(r, mag);
	}
	return true;
}

/*
 * a ± b.  With apply set, b is a change applied to the level a (apply_change(),
 * base_value()): the result is a level.  Otherwise both must be of one kind.
 */
static bool
add_values(const Indicator *a, const Indicator *b, bool subtract, bool apply, Indicator *r,
		   IndError *err)
{
	Indicator	nb;
	ExactValue	va,
				vb,
				vs;
	int			mag;
	bool		pct_a,
				pct_b,
				pp_a,
				pp_b;
	int			pct = percent_unit(false),
				pp = percent_unit(true);
	QualClass	ca,
				cb;
	Indicator	a_copy = *a,
				b_copy = *b;

	/* r may be an operand (r = r + x): read the operands from copies */
	a = &a_copy;
	b = &b_copy;
	if (subtract)
	{
		if (!ind_negate(b, &nb, err))
			return false;
		b = &nb;
	}
	/* 持平 is a zero change of any dimension; 基本持平 (about 0) makes the sum approximate */
	if ((is_flat(b) && a->verb) || (is_flat(a) && b->verb))
		return add_flat(is_flat(b) ? a : b, is_flat(b) ? b : a, r);
	pct_a = ind_dim_of_unit(a->unit) == ind_dim_of_unit(pct) && !a->per_unit;
	pct_b = ind_dim_of_unit(b->unit) == ind_dim_of_unit(pct) && !b->per_unit;
	pp_a = ind_dim_of_unit(a->unit) == ind_dim_of_unit(pp) && !a->per_unit;
	pp_b = ind_dim_of_unit(b->unit) == ind_dim_of_unit(pp) && !b->per_unit;
	if (!same_dim(a, b) && !((pct_a && pp_b) || (pp_a && pct_b)))
		return ind_fail_units(err, subtract ? "subtract" : "add", "and", a, subtract ? &nb : b);

	/*
	 * kind: levels add to levels and changes to changes.  A change added to a level would
	 * read 5% + 增长6% as 11% whatever the change is relative to: refused, with the hint
	 * to apply_change(), which says what the change applies to.
	 */
	if ((a->verb != 0) != (b->verb != 0) && !apply)
	{
		ind_fail(err, IND_ERR_DIMENSION, 0,
				 subtract ? IND_MSG("cannot subtract a change and a level") :
				 IND_MSG("cannot add a change and a level"));
		err->hint = IND_HINT_APPLY_CHANGE;
		return false;
	}
	if (a->verb && b->verb && ind_basis_key(a) != ind_basis_key(b) &&
		ind_basis_class(a) != BC_NONE && ind_basis_class(b) != BC_NONE)
		return ind_fail(err, IND_ERR_DIMENSION, 0, "cannot combine changes with different bases");

	sum_shape(a, b, r);
	/* % − % is a difference in percentage points; % ± 个百分点 stays % */
	if (pct_a && pct_b && subtract)
	{
		r->unit = (uint8_t) pp;
		r->mag = 0;
	}
	else if (pp_a && pct_b)
	{
		r->unit = b->unit;
		r->mag = 0;
	}
	ind_exact_base(a, &va);
	ind_exact_base(b, &vb);
	/* % and 个百分点 are both hundredths: their base values add as they are */
	if (!ind_exact_add(&va, &vb, &vs))
		return ind_fail(err, IND_ERR_RANGE, 0, "the sum is out of range");

	/* the largest display magnitude; digits by the display rule of sums */
	mag = max_int(a->mag, b->mag);
	r->mag = (uint8_t) ind_result_mag(r, mag);

	if (same_dim(a, b) && a->unit != b->unit && !sum_unit(&vs, b, mag, r, err))
		return false;
	if (!ind_fit_sum(&vs, r, min_int(ind_finest_exp(a), ind_finest_exp(b)), false, err))
		return false;

	ca = ind_value_class(a);
	cb = ind_value_class(b);
	ind_set_value_class(r, ind_class_combine(ca, cb), a, b);
	if (ind_qual_class(r) == QC_OPEN && r->coef == 0)
		r->qual = 0;
	return true;
}

bool
ind_add(const Indicator *a, const Indicator *b, bool subtract, Indicator *r, IndError *err)
{
	return add_values(a, b, subtract, false, r, err);
}

bool
ind_add_change(const Indicator *level, const Indicator *change, bool subtract, Indicator *r,
			   IndError *err)
{
	return add_values(level, change, subtract, true, r, err);
}

/* a x k for an exact decimal k = kd x 10^-ks */
bool
ind_scale_by(const Indicator *a, ind_i128 kd, int ks, bool divide, Indicator *r, IndError *err)
{
	ExactValue	va,
				vk,
				vr;
	QualClass	c = ind_value_class(a);

	if (is_flat(a))
	{
		*r = *a;
		return true;
	}
	vk.n = kd;
	vk.d = 1;
	vk.e = -ks;
	if (!ind_exact_canonical(&vk))
		return ind_fail(err, IND_ERR_RANGE, 0, "factor out of range");
	ind_exact_base(a, &va);
	if (divide)
	{
		if (!ind_exact_div(&va, &vk, &vr, err))
			return false;
	}
	else if (!ind_exact_mul(&va, &vk, &vr))
		return ind_fail(err, IND_ERR_RANGE, 0, "the product is out of range");
	*r = *a;
	r->flags &= ~IND_LEAD_MASK;
	if (ind_change_dir(a) == CD_DOUBLE)
		r->verb = 1;
	if (!ind_fit(&vr, r, divide ? a->scale : a->scale + (ks > 0 ? ks : 0), err))
		return false;
	if (kd < 0)
		c = flip(c);
	/* an open range scaled is no longer one unit of a digit wide: keep its bound */
	r->qual = 0;
	ind_set_value_class(r, kd == 0 ? QC_EXACT : c, ind_qual_class(a) == QC_OPEN ? NULL : a, NULL);
	return true;
}

/* class of a product or quotient of two bounded positive or negative quantities */
QualClass
ind_quotient_class_of(const Indicator *a, const Indicator *b, bool divide)
{
	QualClass	ca = ind_value_class(a),
				cb = ind_value_class(b);

	/* increasing a moves the result with the sign of b; increasing b with the sign of a,
	 * reversed for a divisor */
	if (b->coef < 0)
		ca = flip(ca);
	if ((a->coef < 0) != divide)
		cb = flip(cb);
	if (a->coef == 0)
		cb = QC_EXACT;
	return ind_class_combine(ca, cb);
}

/* a / b: a number (same dimension) or a per-unit figure (across dimensions). */
bool
ind_divide(const Indicator *a, const Indicator *b, Indicator *r, bool *is_number,
		   ind_i128 *num_digits, int *num_scale, IndError *err)
{
	ExactValue	va,
				vb,
				vq;

	*is_number = false;
	ind_exact_base(a, &va);
	ind_exact_base(b, &vb);
	if (vb.n == 0)
		return ind_fail(err, IND_ERR_DIVISION_BY_ZERO, 0, "division by zero");
	if (is_flat(a) || is_flat(b))
		return ind_fail(err, IND_ERR_DIMENSION, 0, "cannot divide 持平");
	if (ind_dim_key(a) == ind_dim_key(b))
	{
		bool		inexact;

		if (!ind_exact_div(&va, &vb, &vq, err))
			return false;
		*is_number = true;
		return ind_exact_to_unit(&vq, 0, 0, 0, 0, num_digits, num_scale, &inexact, err);
	}
	if (b->unit == 0)
	{
		/* dividing by a dimensionless figure is scaling */
		if (!ind_exact_div(&va, &vb, &vq, err))
			return false;
		*r = *a;
		r->flags &= ~IND_LEAD_MASK;
		if (!ind_fit(&vq, r, a->scale, err))
			return false;
		r->qual = 0;
		ind_set_value_class(r, ind_quotient_class_of(a, b, true), a, NULL);
		return true;
	}
	if (a->per_unit || b->per_unit || a->unit == 0 || a->verb || b->verb)
		return ind_fail_units(err, "divide", "by", a, b);
	/* across dimensions: a per-unit figure, value in a's unit per one of b's unit */
	{
		ExactValue	ua,
					ub;
		Indicator	ta = *a,
					tb = *b;

		ta.mag = 0;
		ta.coef = 1;
		ta.scale = 0;
		tb.mag = 0;
		tb.coef = 1;
		tb.scale = 0;
		ta.qual = tb.qual = 0;
		/* the values in their own units, magnitudes applied */
		ind_exact_base(a, &ua);
		ind_exact_base(&ta, &vb);
		if (!ind_exact_div(&ua, &vb, &va, err))
			return false;
		ind_exact_base(b, &ub);
		ind_exact_base(&tb, &vq);
		if (!ind_exact_div(&ub, &vq, &vb, err))
			return false;
		if (!ind_exact_div(&va, &vb, &vq, err))
			return false;
		memset(r, 0, sizeof(*r));
		r->unit = a->unit;
		r->per_unit = b->unit;
		/* the quotient in 元/人 is numerically the value: pick 万/亿 for display */
		{
			ind_i128	dg;
			int			sc,
						nd = 0;
			bool		inexact;

			if (!ind_exact_to_unit(&vq, 0, 0, 0, 0, &dg, &sc, &inexact, err))
				return false;
			for (ind_i128 t = dg < 0 ? -dg : dg; t > 0; t /= 10)
				nd++;
			nd -= sc;			/* digits before the point */
			r->mag = (uint8_t) (!ind_unit(r->unit)->shown_with_mag ? 0 :
								nd <= 4 ? 0 : nd <= 8 ? 4 : nd <= 12 ? 8 : 12);
			/* vq is in a-unit per b-unit: convert to the base of the per-unit dimension */
			{
				Indicator	one = *r;

				one.mag = 0;
				one.coef = 1;
				one.scale = 0;
				ind_exact_base(&one, &vb);
				if (!ind_exact_mul(&vq, &vb, &va))
					return ind_fail(err, IND_ERR_RANGE, 0, "the quotient is out of range");
			}
		}
		if (!ind_fit(&va, r, 0, err))
			return false;
		ind_set_value_class(r, ind_quotient_class_of(a, b, true), a, NULL);
		return true;
	}
}

/* a x b: scaling by a dimensionless figure, or a per-unit figure times its denominator. */
bool
ind_multiply(const Indicator *a, const Indicator *b, Indicator *r, IndError *err)
{
	ExactValue	va,
				vb,
				vp;

	if (a->unit == 0 && b->unit != 0)
	{
		const Indicator *t = a;

		a = b;
		b = t;
	}
	if (is_flat(a) || is_flat(b))
		return ind_fail(err, IND_ERR_DIMENSION, 0, "cannot multiply 持平");
	if (b->unit == 0 && !b->verb)
	{
		ind_exact_base(a, &va);
		ind_exact_base(b, &vb);
		if (!ind_exact_mul(&va, &vb, &vp))
			return ind_fail(err, IND_ERR_RANGE, 0, "the product is out of range");
		*r = *a;
		r->flags &= ~IND_LEAD_MASK;
		if (ind_change_dir(a) == CD_DOUBLE)
			r->verb = 1;
		if (!ind_fit(&vp, r, a->scale + b->scale, err))
			return false;
		r->qual = 0;
		ind_set_value_class(r, ind_quotient_class_of(a, b, false), a, b);
		return true;
	}
	if (a->per_unit == 0 && b->per_unit != 0)
	{
		const Indicator *t = a;

		a = b;
		b = t;
	}
	if (a->per_unit && !b->per_unit && !a->verb && !b->verb &&
		ind_dim_of_unit(a->per_unit) == ind_dim_of_unit(b->unit))
	{
		/* (元/人) x 人 = 元: base values multiply into the numerator's base unit */
		ind_exact_base(a, &va);
		ind_exact_base(b, &vb);
		if (!ind_exact_mul(&va, &vb, &vp))
			return ind_fail(err, IND_ERR_RANGE, 0, "the product is out of range");
		memset(r, 0, sizeof(*r));
		r->unit = a->unit;
		r->mag = (uint8_t) ind_result_mag(r, max_int(a->mag, b->mag));
		if (!ind_fit(&vp, r, 0, err))
			return false;
		ind_set_value_class(r, ind_quotient_class_of(a, b, false), a, b);
		return true;
	}
	ind_fail_units(err, "multiply", "by", a, b);
	err->hint = IND_HINT_PRODUCT;
	return false;
}

/*
 * The operator a / b.  One SQL operator has one result type, so a quotient within a
 * dimension is a dimensionless figure (cast it to numeric, or call ratio()); across
 * dimensions it is a per-unit figure (1.4万亿元 / 1000万人 = 14万元/人).
 */
bool
ind_quotient(const Indicator *a, const Indicator *b, Indicator *r, IndError *err)
{
	bool		is_number;
	ind_i128	d;
	int			s;

	if (!ind_divide(a, b, r, &is_number, &d, &s, err))
		return false;
	if (!is_number)
		return true;
	memset(r, 0, sizeof(*r));
	while ((d >= IND_COEF_LIMIT || d <= -IND_COEF_LIMIT) && d % 10 == 0)
	{
		d /= 10;
		s--;
	}
	if (d >= IND_COEF_LIMIT || d <= -IND_COEF_LIMIT)
		return ind_fail(err, IND_ERR_RANGE, 0,
						"the quotient is out of range; ratio() gives it as numeric");
	r->coef = (int64_t) d;
	r->scale = (int8_t) (s < -128 ? -128 : s > 127 ? 127 : s);
	if (!ind_validate(r, err))
		/* a quotient too small or too large for a figure (see IND_SCALE_MIN/MAX) */
		return ind_fail(err, IND_ERR_RANGE, 0,
						"the quotient is out of range; ratio() gives it as numeric");
	return true;
}

/* ratio(a, b): a / b within one dimension, as digits x 10^-scale */
bool
ind_ratio(const Indicator *a, const Indicator *b, ind_i128 *digits, int *scale, IndError *err)
{
	Indicator	r;
	bool		is_number;

	if (ind_dim_key(a) != ind_dim_key(b))
	{
		char		ua[64],
					ub[64];

		ind_format_unit(a, ua, sizeof(ua));
		ind_format_unit(b, ub, sizeof(ub));
		return ind_fail(err, IND_ERR_DIMENSION, 0, "ratio() of \"%s\" and \"%s\" needs one dimension",
						ua[0] ? ua : "no unit", ub[0] ? ub : "no unit");
	}
	return ind_divide(a, b, &r, &is_number, digits, scale, err);
}
