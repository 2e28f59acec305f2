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

#define ACC_LIMIT IND_SUM_ACC_LIMIT

const int64_t ind_pow10_64[IND_MAX_DIGITS + 1] = {
	1LL, 10LL, 100LL, 1000LL, 10000LL, 100000LL, 1000000LL, 10000000LL, 100000000LL,
	1000000000LL, 10000000000LL, 100000000000LL, 1000000000000LL, 10000000000000LL,
	100000000000000LL, 1000000000000000LL, 10000000000000000LL, 100000000000000000LL,
	1000000000000000000LL
};

static bool fast_in_base(const IndSum *s, ExactValue *out);

void
ind_sum_init(IndSum *s)
{
	memset(s, 0, sizeof(*s));
	s->other.d = 1;
	s->all_change = true;
}

/*
 * acc x 10^e += c x 10^ce, lowering the exponent when needed.  The exponent is the finest
 * digit of the display rule (ind_finest_exp), so a zero at a finer exponent lowers it too.
 */
static bool
acc_add(ind_i128 *acc, int32_t *e, ind_i128 c, int ce)
{
	ind_i128	p;

	if (ce < *e)
	{
		if (*acc != 0 && (!ind_pow10_i128(*e - ce, &p) || __builtin_mul_overflow(*acc, p, acc)))
			return false;
		*e = ce;
	}
	else if (ce > *e && c != 0)
	{
		if (!ind_pow10_i128(ce - *e, &p) || __builtin_mul_overflow(c, p, &c))
			return false;
	}
	if (__builtin_add_overflow(*acc, c, acc))
		return false;
	return *acc < ACC_LIMIT && *acc > -ACC_LIMIT;
}

/* a row into the accumulator at its finest digit (an integer's trailing zeros dropped) */
static bool
acc_add_row(IndSum *s, const Indicator *x)
{
	int			ce = x->mag - x->scale,
				f = ind_finest_exp(x);
	int64_t		c = x->coef;

	if (c == 0)
		return acc_add(&s->acc, &s->e, 0, f);
	for (int k = ce; k < f; k++)
		c /= 10;
	return acc_add(&s->acc, &s->e, c, f);
}

/* the per-row bookkeeping shared by add and merge: magnitude, kind, basis */
static bool
note_shape(IndSum *s, uint8_t mag, bool is_change, uint8_t basis, IndError *err)
{
	if (mag > s->max_mag)
		s->max_mag = mag;
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

static void
cache_shape(IndSum *s, const Indicator *x)
{
	Indicator	t = *x;

	for (int sign = -1; sign <= 1; sign++)
	{
		t.coef = sign;
		s->shape_class[ind_sum_sign_slot(sign)] = (uint8_t) ind_value_class(&t);
	}
	s->last_shape = ind_sum_shape(x);
	s->has_shape = true;
}

static bool add_row(IndSum *s, const Indicator *x, IndError *err);

bool
ind_sum_add(IndSum *s, const Indicator *x, IndError *err)
{
	return ind_sum_add_fast(s, x) || add_row(s, x, err);
}

/* every other row: the first, 持平, other units, a finer digit, a new shape */
static bool
add_row(IndSum *s, const Indicator *x, IndError *err)
{
	s->count++;
	if (ind_change_dir(x) == CD_FLAT)
	{
		/* 持平: a zero change of any dimension; 基本持平 makes the sum approximate */
		s->classes |= (uint16_t) (1u << ind_qual_class(x));
		return note_shape(s, 0, true, x->basis, err);
	}
	if (s->nvalues == 0)
	{
		s->tmpl = *x;
		s->tmpl.flags &= ~(IND_LEAD_MASK | IND_FLAG_ZEROS);
		s->e = IND_EXP_NONE;
		s->acc = 0;
	}
	else if (x->unit != s->tmpl.unit || x->per_unit != s->tmpl.per_unit ||
			 (x->flags & IND_DENMAG_MASK) != (s->tmpl.flags & IND_DENMAG_MASK))
	{
		ExactValue	v;

		if (ind_dim_key(x) != ind_dim_key(&s->tmpl) ||
			(x->per_unit == 0) != (s->tmpl.per_unit == 0))
			return ind_fail_units(err, "aggregate", "with", &s->tmpl, x);
		/* another unit of the dimension: exactly, in the base unit; its finest digit counts */
		ind_exact_base(x, &v);
		if (!ind_exact_add(&s->other, &v, &s->other) ||
			!acc_add(&s->acc, &s->e, 0, ind_finest_exp(x)))
			return ind_fail(err, IND_ERR_RANGE, 0, "the sum is out of range");
		s->has_other = true;
		goto bookkeeping;
	}
	if (!acc_add_row(s, x))
		return ind_fail(err, IND_ERR_RANGE, 0, "the sum is out of range");
	cache_shape(s, x);

bookkeeping:
	s->nvalues++;
	s->classes |= (uint16_t) (1u << ind_value_class(x));
	if (x->verb && ind_change_dir(x) != CD_DOUBLE && !s->verb)
		s->verb = x->verb;
	return note_shape(s, (uint8_t) ind_result_mag(x, x->mag), x->verb != 0, x->basis, err);
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
		uint16_t	classes = s->classes;

		*s = *o;
		s->classes |= classes;
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

			if (!fast_in_base(o, &v) || !ind_exact_add(&s->other, &v, &s->other) ||
				!acc_add(&s->acc, &s->e, 0, o->e))
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
	return note_shape(s, o->max_mag, o->all_change, o->basis, err);
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
	if (s->acc == 0)
	{
		*out = (ExactValue) {0, 1, 0};
		return true;
	}
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

	if (s->nvalues == 0)
	{
		/* only 持平 rows: the sum is 持平, or 基本持平 if one of them was */
		bool		about = (s->classes & ~(1u << QC_EXACT)) != 0;

		memset(r, 0, sizeof(*r));
		r->verb = (uint8_t) (about ? ind_verb_about_flat() : ind_verb_flat());
		r->qual = (uint8_t) (about ? ind_qual_about_flat() : 0);
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
	/* s->e is the finest digit over all rows: the display rule of sums (arith.c) */
	if (!ind_fit_sum(v, r, s->e, mean, err))
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
	/* the smallest 128-bit numerator has no absolute value (found by fuzzing: a state's bytes) */
	if (s->other.d <= 0 || s->other.e < -400 || s->other.e > 400 ||
		s->other.n == (ind_i128) ((unsigned __int128) 1 << 127))
		return ind_fail(err, IND_ERR_CORRUPT, 0, "invalid aggregate state: other units");
	if (!ind_mag_valid(s->max_mag) || s->scale_at_max < IND_SCALE_MIN || s->scale_at_max > IND_SCALE_MAX)
		return ind_fail(err, IND_ERR_CORRUPT, 0, "invalid aggregate state: magnitude");
	if (s->classes >= (1u << QC__COUNT) || !ind_basis(s->basis) || !ind_verb(s->verb))
		return ind_fail(err, IND_ERR_CORRUPT, 0, "invalid aggregate state: words");
	/* the words a sum of changes prints with its template's unit (加快 with 元, found by
	 * fuzzing a state's bytes at stop 42: the sum would not validate) */
	if (s->all_change && !ind_change_words_fit(s->verb, s->basis, s->tmpl.unit, s->tmpl.per_unit, &e2))
		return ind_fail(err, IND_ERR_CORRUPT, 0, "invalid aggregate state: change words against the unit");
	/* the verb of a sum with values is a valued row's: never 持平 (a 持平 row holds no value;
	 * found by fuzzing a state's bytes at stop 43: its sum printed 持平 with a value) */
	if (s->nvalues > 0 && s->verb && (ind_verb(s->verb)->cls == CD_FLAT ||
									  ind_verb(s->verb)->cls == CD_DOUBLE))
		return ind_fail(err, IND_ERR_CORRUPT, 0, "invalid aggregate state: 持平 with values");
	return true;
}
