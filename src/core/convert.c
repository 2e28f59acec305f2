/*
 * convert.c: re-expressing a figure: in another unit or magnitude of its dimension
 * (to_unit), at the magnitude that reads best (indicator_auto), and rounded half-even at
 * its displayed magnitude (round).  Conversions are exact where the result terminates and
 * keep at most IND_MAX_DIGITS significant digits, rounded half-even, where it does not.
 */
#include "ind.h"

#include <string.h>

static bool
same_factor(int a, int b)
{
	const UnitDef *ua = ind_unit(a);
	const UnitDef *ub = ind_unit(b);

	if (!ua || !ub)
		return ua == ub;
	return ua->num == ub->num && ua->den == ub->den && ua->exp10 == ub->exp10;
}

static bool
not_reexpressible(const Indicator *x, IndError *err)
{
	ChangeDir	d = ind_change_dir(x);

	if (d == CD_FLAT || d == CD_DOUBLE)
		return ind_fail(err, IND_ERR_INVALID, 0,
						"cannot re-express a 持平 or 翻番 change in another unit");
	return true;
}

bool
ind_to_unit(const Indicator *x, int mag, int unit, int per_unit, int den_mag, Indicator *r,
			IndError *err)
{
	ind_i128	digits;
	int			scale;
	bool		inexact;

	if (!not_reexpressible(x, err) ||
		!ind_convert(x, mag, unit, per_unit, den_mag, &digits, &scale, &inexact, err))
		return false;
	/* keep at most IND_MAX_DIGITS significant digits; scale stays within the type's range */
	while (digits >= IND_COEF_LIMIT || digits <= -IND_COEF_LIMIT || scale > IND_SCALE_MAX)
	{
		ind_i128	q = digits / 10,
					rem = digits % 10;

		if (scale <= IND_SCALE_MIN)
			return ind_fail(err, IND_ERR_RANGE, 0, "the value does not fit in %d digits",
							IND_MAX_DIGITS);
		/* round half-even away one digit */
		if (rem < 0)
			rem = -rem;
		if (rem > 5 || (rem == 5 && (q % 2) != 0))
			q += digits < 0 ? -1 : 1;
		digits = q;
		scale--;
	}
	*r = *x;

	/*
	 * 多/余 spans one unit of the lowest non-zero digit, which depends on the unit: 3万多亩
	 * is not 2000多公顷.  Across units with other factors keep only the sound lower bound.
	 */
	if (ind_qual_class(x) == QC_OPEN &&
		(!same_factor(x->unit, unit) || !same_factor(x->per_unit, per_unit) ||
		 IND_DEN_MAG(x) != den_mag))
		r->qual = (uint8_t) ind_canonical_qual(QC_GT);
	r->coef = (int64_t) digits;
	r->scale = (int8_t) scale;
	r->mag = (uint8_t) mag;
	r->unit = (uint8_t) unit;
	r->per_unit = (uint8_t) per_unit;
	r->flags = (uint8_t) ((x->flags & IND_LEAD_MASK) | (den_mag << IND_DENMAG_SHIFT));
	ind_settle(r);
	return ind_validate(r, err);
}

bool
ind_auto(const Indicator *x, Indicator *r, IndError *err)
{
	int			int_digits,
				mag;

	if ((x->unit && !ind_unit(x->unit)->shown_with_mag) ||
		ind_change_dir(x) == CD_FLAT || ind_change_dir(x) == CD_DOUBLE)
	{
		*r = *x;
		return true;
	}
	/* value = coef x 10^(mag - scale): its integer part has this many digits */
	int_digits = ind_i128_digits(x->coef) + x->mag - x->scale;
	mag = int_digits <= 4 ? 0 : int_digits <= 8 ? 4 : int_digits <= 12 ? 8 : 12;
	if (x->coef == 0)
		mag = 0;
	return ind_to_unit(x, mag, x->unit, x->per_unit, IND_DEN_MAG(x), r, err);
}

bool
ind_round(const Indicator *x, int digits, Indicator *r, IndError *err)
{
	int64_t		c;

	*r = *x;
	if (ind_change_dir(x) == CD_FLAT || ind_change_dir(x) == CD_DOUBLE)
		return true;
	if (digits < IND_SCALE_MIN || digits > IND_SCALE_MAX)
		return ind_fail(err, IND_ERR_RANGE, 0, "round() digits must be between %d and %d",
						IND_SCALE_MIN, IND_SCALE_MAX);
	if (digits >= x->scale)
	{
		/* more digits than written: pad with zeros, like numeric's round */
		c = x->coef;
		for (int i = x->scale; i < digits; i++)
		{
			if (c >= IND_COEF_LIMIT / 10 || c <= -IND_COEF_LIMIT / 10)
				return ind_fail(err, IND_ERR_RANGE, 0, "more than %d significant digits",
								IND_MAX_DIGITS);
			c *= 10;
		}
	}
	else
		ind_round_half_even(x->coef, x->scale, digits, &c);
	r->coef = c;
	r->scale = (int8_t) digits;
	ind_settle(r);
	if (r->coef == 0 && ind_qual_class(r) == QC_OPEN)
	{
		char		buf[IND_OUT_MAX];

		ind_format(x, buf, sizeof(buf));
		return ind_fail(err, IND_ERR_RANGE, 0, "rounding %s to zero loses its 多/余 range", buf);
	}
	return true;
}

/*
 * The exact factor of a unit to its dimension's base unit, as text: a decimal
 * ("10000" for 公顷) or, where it does not terminate, a fraction ("2000/3" for 亩).
 * *base is the base unit's name.
 */
bool
ind_unit_factor(int id, const char **base, char *buf, size_t size, IndError *err)
{
	const UnitDef *u = ind_unit(id);
	Indicator	one;
	ind_i128	digits;
	int			scale,
				b;
	bool		inexact;

	if (!u)
		return ind_fail(err, IND_ERR_INVALID, 0, "unknown unit id %d", id);
	/* the base unit is the first of the dimension */
	for (b = 1; ind_unit(b)->dim != u->dim; b++)
		;
	*base = ind_unit(b)->name;
	memset(&one, 0, sizeof(one));
	one.coef = 1;
	one.unit = (uint8_t) id;
	if (!ind_convert(&one, 0, b, 0, 0, &digits, &scale, &inexact, err))
		return false;
	if (!inexact)
		return ind_i128_to_string(digits, scale, buf, size) >= 0 ||
			ind_fail(err, IND_ERR_RANGE, 0, "factor too long");
	{
		char		num[96];
		size_t		len;

		if (ind_i128_to_string((ind_i128) u->num, -u->exp10, num, sizeof(num)) < 0)
			return ind_fail(err, IND_ERR_RANGE, 0, "factor too long");
		len = strlen(num);
		if (len + 12 > size)
			return ind_fail(err, IND_ERR_RANGE, 0, "factor too long");
		ind_i128_to_string((ind_i128) u->den, 0, buf, size);
		memmove(buf + len + 1, buf, strlen(buf) + 1);
		memcpy(buf, num, len);
		buf[len] = '/';
		return true;
	}
}
