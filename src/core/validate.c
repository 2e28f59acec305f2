/*
 * validate.c: is every field of a value one that the parser could have produced?
 * Used after parsing and on every value received in binary (recv), which must reject
 * malformed bytes rather than store a value that prints or compares wrongly.
 */
#include "ind.h"

#include <stdio.h>
#include <string.h>

static bool
bad(IndError *err, const char *what)
{
	err->code = IND_ERR_CORRUPT;
	err->position = 0;
	snprintf(err->detail, sizeof(err->detail), "invalid indicator value: %s", what);
	return false;
}

bool
ind_validate(const Indicator *x, IndError *err)
{
	ChangeDir	dir;
	const WordDef *q = ind_qual(x->qual);
	int			den_mag = (x->flags & IND_DENMAG_MASK) >> IND_DENMAG_SHIFT;

	if (x->scale < IND_SCALE_MIN || x->scale > IND_SCALE_MAX)
		return bad(err, "scale out of range");
	if (x->coef >= 1000000000000000000LL || x->coef <= -1000000000000000000LL)
		return bad(err, "more than 18 digits");
	if (!ind_mag_valid(x->mag))
		return bad(err, "unknown magnitude");
	if (x->unit > ind_unit_count() || x->per_unit > ind_unit_count())
		return bad(err, "unknown unit");
	if (x->per_unit && !x->unit)
		return bad(err, "a denominator without a numerator unit");
	if (x->flags & ~IND_FLAGS_DEFINED)
		return bad(err, "undefined flag bits");
	if ((x->flags & IND_LEAD_MASK) > IND_LEAD_DA)
		return bad(err, "unknown lead word");
	if (!ind_mag_valid(den_mag) || (den_mag && !x->per_unit))
		return bad(err, "invalid denominator magnitude");
	if (!q || !ind_verb(x->verb) || !ind_basis(x->basis))
		return bad(err, "unknown word id");
	if (x->basis && !x->verb)
		return bad(err, "a basis without a change word");
	if (x->mag && x->unit && !ind_unit(x->unit)->shown_with_mag)
		return bad(err, "a magnitude on a unit that takes none");
	if (q->cls == QC_OPEN && x->coef == 0)
		return bad(err, "多/余 on zero");
	if (x->qual && q->pos == QP_AFTER_UNIT && !x->unit)
		return bad(err, "多/余 after a missing unit");

	if (x->coef == 0 && x->scale < 0)
		return bad(err, "zero with a negative scale");
	if (x->scale < 0)
	{
		/* the printed integer must be readable again: at most 36 digits */
		int			nd = 0;

		for (int64_t c = x->coef; c != 0; c /= 10)
			nd++;
		if (nd - x->scale > 36)
			return bad(err, "more than 36 integer digits");
	}
	if (x->qual && q->pos == QP_AFTER_NUMBER && x->mag == 0)
		return bad(err, "多/余 before a missing magnitude");
	/* 降 + 低于 would print as 降低于, which reads as 降低 + 于 (and 减 + 少于 likewise) */
	if (x->verb && x->qual && q->pos == QP_PREFIX)
	{
		const char *v = ind_verb(x->verb)->word;

		if ((strcmp(v, "降") == 0 && strncmp(q->word, "低", 3) == 0) ||
			(strcmp(v, "减") == 0 && strncmp(q->word, "少", 3) == 0))
			return bad(err, "a change word that runs into its qualifier");
	}

	dir = ind_change_dir(x);
	/* the direction word agrees with the sign (arithmetic settles it, see ind_settle) */
	if ((dir == CD_UP && x->coef < 0) || (dir == CD_DOWN && x->coef > 0))
		return bad(err, "a direction word against the sign");
	if (dir == CD_FLAT &&
		(x->coef || x->scale || x->mag || x->unit || x->per_unit || x->qual || x->flags))
		return bad(err, "持平 with a value");
	if (dir == CD_DOUBLE)
	{
		uint64_t	v = (uint64_t) x->coef + 1;
		int			beishu_id = 0;

		ind_unit_match_len((const uint32_t[]) {0x500D}, 1, &beishu_id);
		if (x->coef < 1 || (v & (v - 1)) != 0 || x->scale || x->mag ||
			x->unit != beishu_id || x->per_unit || (x->qual && q->pos != QP_SUFFIX))
			return bad(err, "翻番 with an invalid value");
	}
	return true;
}
