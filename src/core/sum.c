/*
 * sum.c: the running state of sum() and avg() over indicators.
 *
 * The fast path keeps the sum in the first value's unit as a 128-bit integer at the
 * smallest exponent seen, so a row of the same unit costs one addition (the common case:
 * a column of 万元 or 人).  Rows in other units of the dimension (亩 into a 公顷 column)
 * are added exactly in the base unit on a slower path.  Nothing is rounded until the
 * final value, and a total that needs more than 18 significant digits is an error; a
 * mean is rounded half-even to 18 significant digits.
 *
 * The shape of the result is associative, so a sum of partial sums (per shard, per
 * group) prints exactly what one sum of all rows prints: the largest display magnitude
 * of the rows (a max), decimals down to the finest digit any row wrote (a min of
 * exponents), and the qualifier classes as a set, on which ind_class_combine folds to
 * the same class in any order and grouping.
 */
#include "ind.h"

#include <stddef.h>
#include <stdio.h>
#include <string.h>

static const ind_i128 ACC_LIMIT = (ind_i128) 1 << 124;

static bool fast_in_base(const IndSum *s, ExactValue *out);

void
ind_sum_init(IndSum *s)
{
	memset(s, 0, sizeof(*s));
	s->other.d = 1;
	s->all_change = true;
}

/* acc x 10^e += c x 10^ce, lowering the exponent when needed */
static bool
acc_add(ind_i128 *acc, int32_t *e, ind_i128 c, int ce)
{
	ind_i128	p;

	if (ce > *e)
	{
		if (!ind_pow10_i128(ce - *e, &p) || __builtin_mul_overflow(c, p, &c))
			return false;
	}
	else if (ce < *e)
	{
		if (*acc != 0 && (!ind_pow10_i128(*e - ce, &p) || __builtin_mul_overflow(*acc, p, acc)))
			return false;
		*e = ce;
	}
	if (__builtin_add_overflow(*acc, c, acc))
		return false;
	return *acc < ACC_LIMIT && *acc > -ACC_LIMIT;
}

/* the per-row bookkeeping shared by add and merge: magnitude, scale, kind, basis */
static bool
note_shape(IndSum *s, uint8_t mag, int8_t scale_at_mag, bool is_change, uint8_t basis,
		   IndError *err)
{
	if (mag > s->max_mag)
	{
		s->max_mag = mag;
		s->scale_at_max = scale_at_mag;
	}
	else if (mag == s->max_mag && scale_at_mag > s->scale_at_max)
		s->scale_at_max = scale_at_mag;
	s->all_change = s->all_change && is_change;
	if (basis)
	{
		const WordDef *w = ind_basis(basis);

		if (s->basis && ind_basis(s->basis)->cls != w->cls)
			return ind_fail(err, IND_ERR_DIMENSION, 0, "cannot aggregate changes with different bases");
		if (!s->basis)
			s->basis = basis;
	}
	return true;
}

/* every field but the coefficient, as one word */
static uint64_t
shape_of(const Indicator *x)
{
	uint64_t	w;

	memcpy(&w, (const char *) x + offsetof(Indicator, scale), sizeof(w));
	return w;
}

bool
ind_sum_add(IndSum *s, const Indicator *x, IndError *err)
{
	QualClass	vc;
	uint64_t	shape = shape_of(x);

	/* the common case: a row shaped like the last one (same unit, magnitude, words) */
	if (s->has_shape && shape == s->last_shape)
	{
		if (!acc_add(&s->acc, &s->e, x->coef, x->mag - x->scale))
			return ind_fail(err, IND_ERR_RANGE, 0, "the sum is out of range");
		s->count++;
		s->nvalues++;
		return true;
	}
	s->count++;
	if (ind_change_dir(x) == CD_FLAT)
	{
		/* 持平: a zero change of any dimension */
		return note_shape(s, 0, 0, true, x->basis, err);
	}
	if (s->nvalues == 0)
	{
		s->tmpl = *x;
		s->tmpl.flags &= ~IND_LEAD_MASK;
		s->e = x->mag - x->scale;
		s->acc = 0;
	}
	else if (x->unit != s->tmpl.unit || x->per_unit != s->tmpl.per_unit ||
			 (x->flags & IND_DENMAG_MASK) != (s->tmpl.flags & IND_DENMAG_MASK))
	{
		ExactValue	v;

		if (ind_dim_key(x) != ind_dim_key(&s->tmpl) ||
			(x->per_unit == 0) != (s->tmpl.per_unit == 0))
			return ind_fail_units(err, "aggregate", "with", &s->tmpl, x);
		/* another unit of the dimension: exactly, in the base unit */
		ind_exact_base(x, &v);
		if (!ind_exact_add(&s->other, &v, &s->other))
			return ind_fail(err, IND_ERR_RANGE, 0, "the sum is out of range");
		s->has_other = true;
		goto bookkeeping;
	}
	if (!acc_add(&s->acc, &s->e, x->coef, x->mag - x->scale))
		return ind_fail(err, IND_ERR_RANGE, 0, "the sum is out of range");
	s->last_shape = shape;
	s->has_shape = true;

bookkeeping:
	s->nvalues++;
	vc = ind_value_class(x);
	s->classes |= (uint16_t) (1u << vc);
	if (x->verb && ind_change_dir(x) != CD_DOUBLE && !s->verb)
		s->verb = x->verb;
	return note_shape(s, (uint8_t) ind_result_mag(x, x->mag), x->scale, x->verb != 0, x->basis, err);
}

bool
ind_sum_merge(IndSum *s, const IndSum *o, IndError *err)
{
	if (o->count == 0)
		return true;
	if (s->count == 0)
	{
		*s = *o;
		return true;
	}
	if (o->nvalues > 0 && s->nvalues == 0)
	{
		/* only 持平 so far: take the other's unit */
		int64_t		cnt = s->count;
		bool		all = s->all_change;
		uint8_t		basis = s->basis;

		*s = *o;
		if (__builtin_add_overflow(s->count, cnt, &s->count))
			return ind_fail(err, IND_ERR_RANGE, 0, "too many rows in the aggregate");
		s->all_change = s->all_change && all;
		if (basis && !s->basis)
			s->basis = basis;
		return true;
	}
	if (o->nvalues > 0)
	{
		if (ind_dim_key(&o->tmpl) != ind_dim_key(&s->tmpl) ||
			(o->tmpl.per_unit == 0) != (s->tmpl.per_unit == 0))
			return ind_fail_units(err, "aggregate", "with", &s->tmpl, &o->tmpl);
		if (o->tmpl.unit == s->tmpl.unit && o->tmpl.per_unit == s->tmpl.per_unit &&
			(o->tmpl.flags & IND_DENMAG_MASK) == (s->tmpl.flags & IND_DENMAG_MASK))
		{
			if (!acc_add(&s->acc, &s->e, o->acc, o->e))
				return ind_fail(err, IND_ERR_RANGE, 0, "the sum is out of range");
		}
		else
		{
			/* the other's fast accumulator is in its own unit: move it to base units */
			ExactValue	v;

			if (!fast_in_base(o, &v) || !ind_exact_add(&s->other, &v, &s->other))
				return ind_fail(err, IND_ERR_RANGE, 0, "the sum is out of range");
			s->has_other = true;
		}
		if (o->has_other)
		{
			if (!ind_exact_add(&s->other, &o->other, &s->other))
				return ind_fail(err, IND_ERR_RANGE, 0, "the sum is out of range");
			s->has_other = true;
		}
	}
	/* counts from outside (a state's text) may be anything valid: no wrap-around */
	if (__builtin_add_overflow(s->count, o->count, &s->count) ||
		__builtin_add_overflow(s->nvalues, o->nvalues, &s->nvalues))
		return ind_fail(err, IND_ERR_RANGE, 0, "too many rows in the aggregate");
	s->has_shape = false;
	s->classes |= o->classes;
	if (!s->verb)
		s->verb = o->verb;
	return note_shape(s, o->max_mag, o->scale_at_max, o->all_change, o->basis, err);
}

/* The fast accumulator (in the template's unit) as an exact base-unit value. */
static bool
fast_in_base(const IndSum *s, ExactValue *out)
{
	Indicator	one = s->tmpl;
	ExactValue	f;

	one.coef = 1;
	one.scale = 0;
	one.mag = 0;
	one.qual = 0;
	ind_exact_base(&one, &f);
	out->n = s->acc;
	out->d = 1;
	out->e = s->e;
	if (!ind_exact_canonical(out) ||
		__builtin_mul_overflow(out->n, f.n, &out->n) || __builtin_mul_overflow(out->d, f.d, &out->d))
		return false;
	out->e += f.e;
	return ind_exact_canonical(out);
}

/* the total in the base unit */
static bool
total(const IndSum *s, ExactValue *out, IndError *err)
{
	if (!fast_in_base(s, out) || (s->has_other && !ind_exact_add(out, &s->other, out)))
		return ind_fail(err, IND_ERR_RANGE, 0, "the sum is out of range");
	return true;
}

static bool
finish(const IndSum *s, const ExactValue *v, bool mean, Indicator *r, IndError *err)
{
	QualClass	c = QC_EXACT;
	int			min_scale;

	if (s->nvalues == 0)
	{
		/* only 持平 rows: the sum is 持平 */
		memset(r, 0, sizeof(*r));
		r->verb = (uint8_t) ind_verb_flat();
		r->basis = s->basis;
		return true;
	}
	*r = s->tmpl;
	r->qual = 0;
	r->mag = s->max_mag;
	r->mag = (uint8_t) ind_result_mag(r, r->mag);
	if (s->all_change)
	{
		r->verb = s->verb ? s->verb : 1;
		r->basis = s->basis;
	}
	else
	{
		r->verb = 0;
		r->basis = 0;
	}
	/*
	 * Decimals down to the finest digit a row of the template's unit wrote (s->e is the
	 * smallest exponent seen): a partial sum prints exactly that digit, so a sum of
	 * partial sums prints what the sum of all rows prints.
	 */
	min_scale = s->scale_at_max;
	if (r->mag - s->e > min_scale)
		min_scale = r->mag - s->e;
	if (!(mean ? ind_fit_rounded(v, r, min_scale, err) : ind_fit(v, r, min_scale, err)))
		return false;
	for (int k = 0; k < QC__COUNT; k++)
		if (s->classes & (1u << k))
			c = ind_class_combine(c, (QualClass) k);
	ind_set_value_class(r, c, NULL, NULL);
	return true;
}

bool
ind_sum_result(const IndSum *s, Indicator *r, IndError *err)
{
	ExactValue	v;

	if (!total(s, &v, err))
		return false;
	return finish(s, &v, false, r, err);
}

bool
ind_sum_avg(const IndSum *s, Indicator *r, IndError *err)
{
	ExactValue	v,
				n,
				q;

	if (!total(s, &v, err))
		return false;
	n.n = s->count;
	n.d = 1;
	n.e = 0;
	if (!ind_exact_canonical(&n) || !ind_exact_div(&v, &n, &q, err))
		return false;
	return finish(s, &q, true, r, err);
}

bool
ind_sum_valid(const IndSum *s, IndError *err)
{
	IndError	e2;

	if (s->count < 0 || s->nvalues < 0 || s->nvalues > s->count)
		return ind_fail(err, IND_ERR_CORRUPT, 0, "invalid aggregate state: counts");
	/* the template is read even without values (the total is computed from it) */
	if (!ind_validate(&s->tmpl, &e2))
		return ind_fail(err, IND_ERR_CORRUPT, 0, "invalid aggregate state: unit");
	if (s->nvalues == 0 && (s->acc != 0 || s->has_other))
		return ind_fail(err, IND_ERR_CORRUPT, 0, "invalid aggregate state: a total without values");
	if (s->e < -200 || s->e > 200 || s->acc >= ACC_LIMIT || s->acc <= -ACC_LIMIT)
		return ind_fail(err, IND_ERR_CORRUPT, 0, "invalid aggregate state: accumulator");
	if (s->other.d <= 0 || s->other.e < -400 || s->other.e > 400)
		return ind_fail(err, IND_ERR_CORRUPT, 0, "invalid aggregate state: other units");
	if (!ind_mag_valid(s->max_mag) || s->scale_at_max < IND_SCALE_MIN || s->scale_at_max > IND_SCALE_MAX)
		return ind_fail(err, IND_ERR_CORRUPT, 0, "invalid aggregate state: magnitude");
	if (s->classes >= (1u << QC__COUNT) || !ind_basis(s->basis) || !ind_verb(s->verb))
		return ind_fail(err, IND_ERR_CORRUPT, 0, "invalid aggregate state: words");
	return true;
}
