/*
 * validate.c: is every field of a value one that the parser could have produced?
 * Used after parsing and on every value received in binary (recv), which must reject
 * malformed bytes rather than store a value that prints or compares wrongly.
 */
#include "ind.h"

#include <stdio.h>
#include <string.h>

/*
 * Does the change word v, printed before the qualifier q, read as a longer change word (降 +
 * 低于 = 降低 + 于) or as a qualifier (跌 + 破 = 跌破, the qualifier "fell below")?
 */
static bool
runs_into(const char *v, const char *q)
{
	uint32_t	cps[24];
	IndError	e2;
	int			vn = ind_utf8_decode(v, strlen(v), cps, 12, &e2),
				qn = vn > 0 ? ind_utf8_decode(q, strlen(q), cps + vn, 12, &e2) : 0,
				id;

	return vn > 0 && qn > 0 && (ind_verb_match_len(cps, vn + qn, &id) > vn ||
								ind_qual_match_len(cps, vn + qn, QP_PREFIX, &id) > vn);
}

/*
 * The change words that run into some prefix qualifier (降 + 低于 = 降低于, 减 + 少于, 跌 + 破), found
 * once from the word tables: every value read is validated, and the check costs a decoding.
 */
static bool
verb_may_run_on(int verb)
{
	static bool ready;
	static uint8_t may[256];

	if (!ready)
	{
		for (int v = 1; v < ind_verb_count() && v < 256; v++)
			if (ind_verb(v)->pos == 0)
				for (int k = 1; k < ind_qual_count() && !may[v]; k++)
					if (ind_qual(k)->pos == QP_PREFIX && runs_into(ind_verb(v)->word, ind_qual(k)->word))
						may[v] = 1;
		ready = true;
	}
	return verb > 0 && verb < 256 && may[verb];
}

bool
ind_verb_runs_into_qual(int verb, int qual)
{
	return verb_may_run_on(verb) && runs_into(ind_verb(verb)->word, ind_qual(qual)->word);
}

/*
 * The change word and basis against the unit, the rules that depend on nothing else (an
 * aggregate state, which keeps its words and its template's unit apart, asks them too:
 * ind_sum_valid).
 */
bool
ind_change_words_fit(int verb, int basis, int unit, int per_unit, IndError *err)
{
	/* a sign as the change word: after a basis (同比-1.4%), or + alone before a rate (+3.2%) */
	if (verb && !basis && ind_verb(verb)->pos == 2 &&
		(verb != ind_verb_sign(true) || per_unit || !ind_unit_is_rate(unit)))
		return ind_fail(err, IND_ERR_CORRUPT, 0, "invalid indicator value: %s", "a sign for a change without a basis or rate");
	if (ind_verb_pull_in_points(verb) && !ind_unit_in_points(unit))
		return ind_fail(err, IND_ERR_CORRUPT, 0, "invalid indicator value: %s", "拉动/下拉 not in percentage points");
	/* 加快/放缓 change a rate: with a count the parser refuses them, so a stored value may not
	 * hold one (a binary value would print text that does not read back) */
	if (ind_verb_speed(verb) && unit != 0 && !ind_unit_is_rate(unit) && !ind_unit_in_points(unit))
		return ind_fail(err, IND_ERR_CORRUPT, 0, "invalid indicator value: %s", "加快/放缓/放慢 with a count");
	return true;
}

bool
ind_validate(const Indicator *x, IndError *err)
{
	ChangeDir	dir;
	const WordDef *q = ind_qual(x->qual);
	int			den_mag = (x->flags & IND_DENMAG_MASK) >> IND_DENMAG_SHIFT;

	if (x->scale < IND_SCALE_MIN || x->scale > IND_SCALE_MAX)
		return ind_fail(err, IND_ERR_CORRUPT, 0, "invalid indicator value: %s", "scale out of range");
	if (x->coef >= IND_COEF_LIMIT || x->coef <= -IND_COEF_LIMIT)
		return ind_fail(err, IND_ERR_CORRUPT, 0, "invalid indicator value: more than %d digits",
						IND_MAX_DIGITS);
	if (!ind_mag_valid(x->mag))
		return ind_fail(err, IND_ERR_CORRUPT, 0, "invalid indicator value: %s", "unknown magnitude");
	if (x->unit > ind_unit_count() || x->per_unit > ind_unit_count() || ind_unit_per_only(x->unit))
		return ind_fail(err, IND_ERR_CORRUPT, 0, "invalid indicator value: %s",
						ind_unit_per_only(x->unit) ?
						"a unit that is a denominator only (平方呎) as the numerator" : "unknown unit");
	if (x->per_unit && !x->unit)
		return ind_fail(err, IND_ERR_CORRUPT, 0, "invalid indicator value: %s", "a denominator without a numerator unit");
	if (x->flags & ~IND_FLAGS_DEFINED)
		return ind_fail(err, IND_ERR_CORRUPT, 0, "invalid indicator value: %s", "undefined flag bits");
	if ((x->flags & IND_FLAG_ZEROS) && (x->scale > 0 || x->coef == 0 || x->coef % 10 != 0))
		return ind_fail(err, IND_ERR_CORRUPT, 0, "invalid indicator value: %s", "known zeros on a value that ends in none");
	if ((x->flags & IND_LEAD_MASK) == IND_LEAD_ZHANBI && x->verb)
		return ind_fail(err, IND_ERR_CORRUPT, 0, "invalid indicator value: %s", "占比 on a change");
	if (!ind_mag_valid(den_mag) || (den_mag && !x->per_unit))
		return ind_fail(err, IND_ERR_CORRUPT, 0, "invalid indicator value: %s", "invalid denominator magnitude");
	if (!q || !ind_verb(x->verb) || !ind_basis(x->basis))
		return ind_fail(err, IND_ERR_CORRUPT, 0, "invalid indicator value: %s", "unknown word id");
	if (!ind_change_words_fit(x->verb, x->basis, x->unit, x->per_unit, err))
		return false;
	if (x->basis && !x->verb)
		return ind_fail(err, IND_ERR_CORRUPT, 0, "invalid indicator value: %s", "a basis without a change word");
	if (ind_basis_average_clash(x->basis, x->verb))
		return ind_fail(err, IND_ERR_CORRUPT, 0, "invalid indicator value: %s",
						"比去年平均 before 增长, 上涨 or 下降 reads as 比去年 平均增长");
	if (x->mag && x->unit && !ind_unit(x->unit)->shown_with_mag)
		return ind_fail(err, IND_ERR_CORRUPT, 0, "invalid indicator value: %s", "a magnitude on a unit that takes none");
	if (q->cls == QC_OPEN && x->coef == 0)
		return ind_fail(err, IND_ERR_CORRUPT, 0, "invalid indicator value: %s", "多/余 on zero");
	if (x->qual && q->pos == QP_AFTER_UNIT && !x->unit)
		return ind_fail(err, IND_ERR_CORRUPT, 0, "invalid indicator value: %s", "多/余 after a missing unit");

	if (x->coef == 0 && x->scale < 0)
		return ind_fail(err, IND_ERR_CORRUPT, 0, "invalid indicator value: %s", "zero with a negative scale");
	if (x->scale < 0)
	{
		/* the printed integer must be readable again */
		int			nd = 0;

		for (int64_t c = x->coef; c != 0; c /= 10)
			nd++;
		if (nd - x->scale > IND_MAX_INT_DIGITS)
			return ind_fail(err, IND_ERR_CORRUPT, 0, "invalid indicator value: more than %d integer digits",
							IND_MAX_INT_DIGITS);
	}
	if (x->qual && q->pos == QP_AFTER_NUMBER && x->mag == 0)
		return ind_fail(err, IND_ERR_CORRUPT, 0, "invalid indicator value: %s", "多/余 before a missing magnitude");
	/*
	 * The change word and its qualifier must not run into a longer change word: 降 + 低于
	 * would print as 降低于, which reads as 降低 + 于 (and 减 + 少于, 减 + 低于 likewise).
	 * Asked of the word tables, so a word added later is covered.
	 */
	if (x->verb && x->qual && q->pos == QP_PREFIX && ind_verb_runs_into_qual(x->verb, x->qual))
		return ind_fail(err, IND_ERR_CORRUPT, 0, "invalid indicator value: %s", "a change word that runs into its qualifier");

	dir = ind_change_dir(x);
	/* the direction word agrees with the sign (arithmetic settles it, see ind_settle) */
	if ((dir == CD_UP && x->coef < 0) || (dir == CD_DOWN && x->coef > 0))
		return ind_fail(err, IND_ERR_CORRUPT, 0, "invalid indicator value: %s", "a direction word against the sign");
	if (dir == CD_FLAT &&
		(x->coef || x->scale || x->mag || x->unit || x->per_unit || x->flags ||
		 x->qual != (x->verb == ind_verb_about_flat() ? ind_qual_about_flat() : 0)))
		return ind_fail(err, IND_ERR_CORRUPT, 0, "invalid indicator value: %s", "持平 with a value");
	if (x->qual == ind_qual_about_flat() && dir != CD_FLAT)
		return ind_fail(err, IND_ERR_CORRUPT, 0, "invalid indicator value: %s", "基本 without 持平");
	if (dir == CD_DOUBLE)
	{
		uint64_t	v = (uint64_t) x->coef + 1;
		int			beishu_id = 0;

		ind_unit_match_len((const uint32_t[]) {0x500D}, 1, &beishu_id);
		if (x->coef < 1 || (v & (v - 1)) != 0 || x->scale || x->mag ||
			x->unit != beishu_id || x->per_unit || (x->qual && q->pos != QP_SUFFIX))
			return ind_fail(err, IND_ERR_CORRUPT, 0, "invalid indicator value: %s", "翻番 with an invalid value");
	}
	return true;
}
