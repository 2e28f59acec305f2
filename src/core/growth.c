/*
 * growth.c: growth rates and their inverses, exactly.
 *
 *   growth(current, previous)      = current / previous − 1, as 增长x% (or x倍)
 *   apply_change(base, change)     = base x (1 + r) for a relative change (%, ‰, 倍, 翻n番),
 *                                    base + change for percentage points and absolute changes
 *   base_value(current, change)    = current / (1 + r), or current − change
 *
 * 增长x倍 means ratio − 1 and 翻n番 means x 2^n (stored as 增长(2^n − 1)倍), so both are
 * relative changes in the ratio dimension.  Rates are rounded half-even (GB/T 8170) from
 * the exact quotient, never from a rounded intermediate.
 */
#include "ind.h"

#include <stdio.h>
#include <string.h>

/* A rate (in the base unit of the ratio dimension, i.e. percent) as a figure. */
bool
ind_rate_result(const ExactValue *rate, int unit, int basis, int digits, QualClass cls,
				bool is_change, Indicator *r, IndError *err)
{
	ExactValue	v = *rate;
	ind_i128	q;

	if (digits < 0 || digits > IND_MAX_DIGITS)
		return ind_fail(err, IND_ERR_RANGE, 0, "digits must be between 0 and %d", IND_MAX_DIGITS);
	if (unit == ind_unit_id("倍"))
		v.e -= 2;				/* 100% = 1倍 */
	if (!ind_exact_round(&v, digits, &q) || q >= IND_COEF_LIMIT || q <= -IND_COEF_LIMIT)
		return ind_fail(err, IND_ERR_RANGE, 0, "the rate is out of range");
	memset(r, 0, sizeof(*r));
	r->coef = (int64_t) q;
	r->scale = (int8_t) digits;
	r->unit = (uint8_t) unit;
	if (is_change)
	{
		r->verb = 1;			/* 增长; prints as 下降 when negative */
		r->basis = (uint8_t) basis;
	}
	ind_set_value_class(r, cls, NULL, NULL);
	return true;
}

bool
ind_growth(const Indicator *cur, const Indicator *prev, int basis, bool in_bei, int digits,
		   Indicator *r, IndError *err)
{
	ExactValue	a,
				b,
				q,
				minus_one = {-1, 1, 0},
				hundred = {1, 1, 2};

	memset(err, 0, sizeof(*err));
	if (cur->verb || prev->verb)
		return ind_fail(err, IND_ERR_DIMENSION, 0, "growth() compares two levels, not changes");
	if (ind_dim_key(cur) != ind_dim_key(prev))
		return ind_fail_units(err, "compute the growth of", "over", cur, prev);
	ind_exact_base(cur, &a);
	ind_exact_base(prev, &b);
	if (b.n == 0)
		return ind_fail(err, IND_ERR_DIVISION_BY_ZERO, 0, "growth() over a previous value of zero");
	if (!ind_exact_div(&a, &b, &q, err) || !ind_exact_add(&q, &minus_one, &q) ||
		!ind_exact_mul(&q, &hundred, &q))
		return err->code ? false : ind_fail(err, IND_ERR_RANGE, 0, "the rate is out of range");
	return ind_rate_result(&q, ind_unit_id(in_bei ? "倍" : "%"), basis, digits,
						   ind_quotient_class_of(cur, prev, true), true, r, err);
}

bool
ind_apply_change(const Indicator *base, const Indicator *change, bool inverse, Indicator *r,
				 IndError *err)
{
	int			ratio_dim = ind_dim_of_unit(ind_unit_id("%"));
	int			pp_dim = ind_dim_of_unit(ind_unit_id("个百分点"));
	ChangeDir	dir = ind_change_dir(change);

	memset(err, 0, sizeof(*err));
	if (base->verb)
		return ind_fail(err, IND_ERR_DIMENSION, 0, "the base must be a level, not a change");
	if (dir == CD_FLAT)
	{
		/* 持平 leaves the level; 基本持平 (about 0) leaves it approximately */
		*r = *base;
		r->flags &= ~IND_LEAD_MASK;
		if (ind_qual_class(change) != QC_EXACT)
			ind_set_value_class(r, ind_class_combine(ind_qual_class(base), ind_qual_class(change)),
								base, NULL);
		return true;
	}
	if (!change->per_unit && ind_dim_of_unit(change->unit) == pp_dim)
	{
		Indicator	c = *change;

		if (ind_dim_of_unit(base->unit) != ratio_dim || base->per_unit)
			return ind_fail(err, IND_ERR_DIMENSION, 0, "a change in percentage points applies to a percentage");
		c.verb = c.verb ? c.verb : 1;
		return ind_add_change(base, &c, inverse, r, err);
	}
	if (!change->per_unit && ind_dim_of_unit(change->unit) == ratio_dim &&
		!(ind_dim_of_unit(base->unit) == ratio_dim && !change->verb))
	{
		/* relative: base x (1 + r) or base / (1 + r) */
		ExactValue	vb,
					vr,
					k,
					v,
					one = {1, 1, 0};
		QualClass	cb = ind_value_class(base),
					cr = ind_value_class(change),
					c;

		ind_exact_base(base, &vb);
		ind_exact_base(change, &vr);
		vr.e -= 2;				/* percent to a fraction */
		if (!ind_exact_add(&one, &vr, &k))
			return ind_fail(err, IND_ERR_RANGE, 0, "the change is out of range");
		if (k.n <= 0 && inverse)
			return ind_fail(err, IND_ERR_DIVISION_BY_ZERO, 0,
						"cannot back out a fall of 100%% or more");
		if (inverse ? !ind_exact_div(&vb, &k, &v, err) : !ind_exact_mul(&vb, &k, &v))
			return err->code ? false : ind_fail(err, IND_ERR_RANGE, 0, "the result is out of range");
		*r = *base;
		r->flags &= ~IND_LEAD_MASK;
		if (!ind_fit(&v, r, base->scale, err))
			return false;
		/* bounds: the result grows with the base (for 1 + r > 0) and with r (for base > 0);
		 * dividing by (1 + r) reverses r's direction */
		if (k.n < 0)
			cb = ind_class_negate(cb);
		if ((base->coef < 0) != inverse)
			cr = ind_class_negate(cr);
		c = ind_class_combine(cb, cr);
		ind_set_value_class(r, c, base, NULL);
		return true;
	}
	/* absolute: the same dimension */
	{
		Indicator	c = *change;

		if (!c.verb)
			c.verb = 1;
		if (ind_change_dir(&c) == CD_DOUBLE)
			c.verb = 1;
		return ind_add_change(base, &c, inverse, r, err);
	}
}

/*
 * part / total as a rate: contribution (贡献率, in %) and pull (拉动, in 个百分点) divide
 * the sum of the parts' changes by the total's change or base.  Kinds may differ (a
 * change over a level: the dimension key ignores kind), dimensions may not.
 */
bool
ind_share(const Indicator *part, const Indicator *total, int unit, int digits, Indicator *r,
		  IndError *err)
{
	ExactValue	q;

	if (!ind_percent_of(part, total, "The total is zero", &q, err))
		return false;
	return ind_rate_result(&q, unit, 0, digits, ind_quotient_class_of(part, total, true), false,
						   r, err);
}
