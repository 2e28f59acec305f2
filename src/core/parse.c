/*
 * parse.c: the grammar of an indicator's text form.  This is the one place that says
 * which texts are indicators.
 *
 *   indicator := lead? prefix? change? prefix? sign? number open? unit? open? suffix?
 *   lead      := 达到 | 达                       (exact; kept for display)
 *   change    := basis? verb 了?                 (同比下降, 比上年增长, 提高)
 *              | basis sign                     (同比-1.4%: the sign is the direction)
 *              | basis? 持平 | 翻 了? numeral? 番 (翻一番 = 增长1倍, 翻两番 = 增长3倍)
 *   number    := 百分之 numeral | 千分之 numeral | currency? numeral (see numeral.c)
 *   currency  := a currency word in 币 (新臺幣1,234億元: it names the 元 after the number)
 *   open      := 多 | 余                          (3万多亩, 1800多亿元, 200余个, 3亩多)
 *   unit      := unit-word ( "/" magnitude? unit-word )?     (longest match, units.c)
 *   prefix, suffix: qualifier words (words.c); white space may separate any two parts.
 *
 * The text is normalised first (normalise.c: traditional script, full width, white space
 * between tokens, 六.三 as 六点三), as the document reader does.  Anything left over is an
 * error that names it and its character position in the text as written.
 */
#include "ind.h"

#include <stdio.h>
#include <string.h>

#define MAX_CHARS 256			/* longer input cannot be a figure; reject before work */

typedef struct Cursor
{
	const uint32_t *cp;
	int			n;
	int			i;
} Cursor;

static void
skip_ws(Cursor *c)
{
	while (c->i < c->n && c->cp[c->i] == ' ')
		c->i++;
}

/* The fixed words of the grammar, as code points (decoded once, not per call). */
static const uint32_t W_DADAO[] = {0x8FBE, 0x5230};	/* 达到 */
static const uint32_t W_DA[] = {0x8FBE};	/* 达 */
static const uint32_t W_DAZHI[] = {0x8FBE, 0x81F3};	/* 达至 (達至3582億港元), as 达到 */
static const uint32_t W_DACHENG[] = {0x8FBE, 0x6210};	/* 达成 (達成900萬人次: attained), as 达到 */
static const uint32_t W_ZHANBI[] = {0x5360, 0x6BD4};	/* 占比 */
static const uint32_t W_BIZHONG[] = {0x6BD4, 0x91CD};	/* 比重: 占比 */
static const uint32_t W_LE[] = {0x4E86};	/* 了 */
static const uint32_t W_FAN[] = {0x756A};	/* 番 */
static const uint32_t W_FU[] = {0x8D1F};	/* 负 */
static const uint32_t W_BAIFENZHI[] = {0x767E, 0x5206, 0x4E4B};	/* 百分之 */
static const uint32_t W_BAIFEN[] = {0x767E, 0x5206};	/* 百分 */
static const uint32_t W_QIANFENZHI[] = {0x5343, 0x5206, 0x4E4B};	/* 千分之 */
static const uint32_t W_WEI[] = {0x4E3A};	/* 为 */
static const uint32_t W_GAODA[] = {0x9AD8, 0x8FBE};	/* 高达 */
static const uint32_t W_DUODA[] = {0x591A, 0x8FBE};	/* 多达 (as many as), as 高达 */
static const uint32_t W_CHANGDA[] = {0x957F, 0x8FBE};	/* 长达 (as long as), as 高达 */
static const uint32_t W_LUDE[] = {0x5F55, 0x5F97};	/* 录得 (recorded: Hong Kong, Macau) */
static const uint32_t W_JIN[] = {0x4EC5};	/* 仅 */
static const uint32_t W_KONGZHIZAI[] = {0x63A7, 0x5236, 0x5728};	/* 控制在 */

#define at(c, w) at_word(c, w, (int) (sizeof(w) / sizeof(w[0])))

/* match a word at the cursor; advances on success */
static bool
at_word(Cursor *c, const uint32_t *w, int len)
{
	if (c->i + len > c->n)
		return false;
	for (int k = 0; k < len; k++)
		if (c->cp[c->i + k] != w[k])
			return false;
	c->i += len;
	return true;
}

/* Describe the text at the cursor (up to a few characters) for an error detail. */
static void
fail_at(IndError *err, IndErrorCode code, Cursor *c, int pos, const char *fmt)
{
	char		part[64];
	int			k = 0;

	for (int j = pos; j < c->n && j < pos + 12 && k < (int) sizeof(part) - 5; j++)
	{
		if (c->cp[j] == ' ' && j > pos)
			break;
		k += ind_utf8_encode(c->cp[j] < 0x20 ? 0xFFFD : c->cp[j], part + k);
	}
	part[k] = '\0';
	ind_fail(err, code, pos + 1, fmt, part);
}

/* a number starts with ch: an arabic digit or a Chinese numeral's first character */
static inline bool
starts_number(uint32_t ch)
{
	return (ch >= '0' && ch <= '9') || ind_is_numeral_start(ch);
}

static bool
set_qual(Indicator *x, int id, IndError *err, Cursor *c, int pos)
{
	/* 约3%左右, 約落在3%上下: about, said twice (the press writes it so); the first word is kept */
	if (x->qual != 0 && ind_qual_class(x) == QC_APPROX && ind_qual(id)->cls == QC_APPROX)
		return true;
	/* 約3億多元 (b295): about, then more than: 多 says more (its open end); 约 is not kept */
	if (x->qual != 0 && ind_qual_class(x) == QC_APPROX && ind_qual(id)->cls == QC_OPEN)
	{
		x->qual = (uint8_t) id;
		return true;
	}
	if (x->qual != 0)
	{
		fail_at(err, IND_ERR_SYNTAX, c, pos, "second qualifier \"%s\": only one is allowed");
		return false;
	}
	x->qual = (uint8_t) id;
	return true;
}

/* unit := unit-word ( "/" magnitude? unit-word )? ; returns false on a bad denominator */
static bool
parse_unit(Cursor *c, int *unit, int *per_unit, int *den_mag, IndError *err)
{
	int			id = 0;
	int			len = ind_unit_match_len(c->cp + c->i, c->n - c->i, &id);

	*unit = 0;
	*per_unit = 0;
	*den_mag = 0;
	if (len == 0 || (len == 1 && c->cp[c->i] == 0x6210 && c->i + 1 < c->n &&
					 c->cp[c->i + 1] == 0x957F))
		return true;			/* (零成长, Taiwan's zero growth: the verb 成长, not 成 = 10 %) */
	c->i += len;
	*unit = id;
	if (c->i < c->n && c->cp[c->i] == '/')
	{
		int			save = c->i;
		int			m = 0,
					mlen;

		c->i++;
		mlen = ind_per_unit_match_len(c->cp + c->i, c->n - c->i, &id) ? 0 :
			ind_mag_match_len(c->cp + c->i, c->n - c->i, &m);
		c->i += mlen;
		len = ind_per_unit_match_len(c->cp + c->i, c->n - c->i, &id);
		if (len == 0)
		{
			fail_at(err, IND_ERR_UNKNOWN_UNIT, c, save + 1 + mlen,
					"unknown unit \"%s\" after \"/\"");
			return false;
		}
		if (m > 15)
			m = 0;
		c->i += len;
		*per_unit = id;
		*den_mag = m;
	}
	else if (c->i + 1 < c->n && c->cp[c->i] == 0x6BCF &&
			 (len = ind_per_word_len(c->cp + c->i, c->n - c->i, *unit, &id)) > 0)
	{
		c->i += len;			/* 43微克每立方米 = 43微克/立方米 (a measure "per" a unit: b238) */
		*per_unit = id;
	}
	return true;
}

/* The basis at the cursor (advances); *bare is set for 与X without 相比 (与上年持平). */
static int
match_basis(Cursor *c, int *id, bool *bare)
{
	int			len = ind_basis_match_len(c->cp + c->i, c->n - c->i, id);

	*bare = false;
	if (len > 0)
	{
		*bare = c->cp[c->i] == 0x4E0E &&	/* 与, without 相比 or 比较 */
			!(len >= 2 && c->cp[c->i + len - 1] == 0x6BD4 && c->cp[c->i + len - 2] == 0x76F8) &&
			!(len >= 2 && c->cp[c->i + len - 2] == 0x6BD4 && c->cp[c->i + len - 1] == 0x8F83);
		c->i += len;
		skip_ws(c);
		c->i += ind_basis_aside_len(c->cp + c->i, c->n - c->i);	/* 較上一期(7月至9月) */
		skip_ws(c);
	}
	return len;
}

/*
 * 增速, and the nouns in 幅 (增幅 升幅 涨幅 降幅 跌幅 减幅): the size of a change; 成长率 and 增长率
 * name a headline rate, which a verb and 至 leave a level (成長率降至1%以下: b77's label)
 */
static bool
names_change_size(int noun)
{
	const char *w = ind_verb(noun)->word;
	size_t		n = strlen(w);

	return n >= 3 && (strcmp(w + n - 3, "幅") == 0 || strcmp(w + n - 3, "速") == 0);
}

/* the rate noun a word of its own begins with (降幅 of 降幅收窄), 0 when none */
static int
noun_of_pair(int verb)
{
	const char *w = ind_verb(verb)->word;
	uint32_t	cps[8];
	IndError	e;
	int			n = ind_utf8_decode(w, strlen(w), cps, 8, &e),
				id;

	if (n <= 2 || ind_verb_match_len(cps, 2, &id) != 2 || ind_verb(id)->pos != 1)
		return 0;
	return id;
}

/*
 * A noun naming a rate (增速 增幅 涨幅 降幅 跌幅) with the verb that follows it.  With a
 * rising rate the verb alone says the direction (增速回落 = 回落); a falling rate flips
 * it, so those pairs are words of their own (降幅收窄 = the rate rose).  0 = no reading.
 */
static int
noun_with_verb(int noun, int verb)
{
	const char *n = ind_verb(noun)->word;
	const char *v = ind_verb(verb)->word;
	bool		jiang = strcmp(n, "降幅") == 0 || strcmp(n, "减幅") == 0;

	if (ind_verb(verb)->pos == 1)
		return 0;
	if (ind_verb(verb)->cls == CD_FLAT)
		return verb;
	if (ind_verb(noun)->cls == CD_UP)
		return ind_verb(verb)->cls == CD_DOUBLE ? 0 : verb;
	/* 降幅比前5个月减少1.7% (the decline was smaller): 减少 as 缩小, 增加 as 扩大 */
	if (strcmp(v, "收窄") == 0 || strcmp(v, "缩小") == 0 || strcmp(v, "减少") == 0)
		return jiang ? (strcmp(v, "收窄") == 0 ? 44 : 52) : 46;
	if (strcmp(v, "扩大") == 0 || strcmp(v, "增加") == 0)
		return jiang ? 45 : 47;
	return 0;
}

/*
 * An adverb before the verb, read and not kept: of degree (轻微上升, 小幅下降, 大增, 微跌,
 * 微幅回落), 分别/均 of a list (同比分别增长30.5%), of sequence after a basis
 * (比去年同期则增长, 较上一期再减少, 亦/也, 已), of intensity (暴增, 锐减, 骤降: read as the
 * verb alone), of measure (实质上升, 实际下跌, 名义上涨: real or
 * nominal, as the words 实际增长 and 实质增长 the verb table keeps; 可比增长 at comparable
 * prices) or of period (累计下修, 累计增长, 累积增长: to date).  Its length at the cursor, 0 if none.
 */
static int
adverb_len(const Cursor *c, int at)
{
	uint32_t	next;

	if (at >= c->n || c->cp[at] < 0x4E00)
		return 0;
	next = at + 1 < c->n ? c->cp[at + 1] : 0;
	switch (c->cp[at])			/* a switch, not a table scan: most figures have no adverb */
	{
		case 0x8F7B:			/* 轻微 */
			return next == 0x5FAE ? 2 : 0;
		case 0x7565:			/* 略有, 略微 (略微增長0.7%: b249), 略 */
			return next == 0x6709 || next == 0x5FAE ? 2 : 1;
		case 0x4EC5:			/* 仅 只 (同比仅增长0.3%, 按季僅多了41億: only; b243) */
		case 0x53EA:
			return 1;
		case 0x521A:			/* 刚好, 剛好, 恰好 (比8月剛好少6億元: just) */
		case 0x525B:
		case 0x6070:
			return next == 0x597D ? 2 : 0;
		case 0x7A0D:			/* 稍微, 稍有, 稍 (slightly) */
			return next == 0x5FAE || next == 0x6709 ? 2 : 1;
		case 0x5C0F:			/* 小幅 */
			return next == 0x5E45 ? 2 : 0;
		case 0x5927:			/* 大幅, 大 */
			return next == 0x5E45 ? 2 : 1;
		case 0x7A33:			/* 稳步 */
			return next == 0x6B65 ? 2 : 0;
		case 0x660E:			/* 明显 */
			return next == 0x663E ? 2 : 0;
		case 0x663E:			/* 显著 (顯著下跌) */
			return next == 0x8457 ? 2 : 0;
		case 0x5206:			/* 分别 */
			return next == 0x522B ? 2 : 0;
		case 0x5FAE:			/* 微幅, 微 */
			return next == 0x5E45 ? 2 : 1;
		case 0x5B9E:			/* 实质, 实际 */
			return next == 0x8D28 || next == 0x9645 ? 2 : 0;
		case 0x540D:			/* 名义 */
			return next == 0x4E49 ? 2 : 0;
		case 0x603B:			/* 总计, 合计, 共计 before a verb (總計減少15.35%: in all; stop 34);
								 * 总体 (總體成長0.84%: overall; b237) */
			if (next == 0x4F53)
				return 2;
			/* fall through */
		case 0x5408:
		case 0x5171:
			return next == 0x8BA1 ? 2 : 0;
		case 0x7D2F:			/* 累计, 累积; 累 before 跌 升 涨 增 减 (累跌15.59%: b225, cumulatively) */
			if (next == 0x8DCC || next == 0x5347 || next == 0x6DA8 || next == 0x589E || next == 0x51CF)
				return 1;
			return next == 0x8BA1 || next == 0x79EF ? 2 : 0;
		case 0x5E73:			/* 平均 before a rate noun (平均增速8.7%; 平均增长 is a verb), 平均每月 */
			if (next != 0x5747)
				return 0;
			return at + 3 < c->n && c->cp[at + 2] == 0x6BCF &&
				(c->cp[at + 3] == 0x6708 || c->cp[at + 3] == 0x5E74) ? 4 : 2;	/* 每月 每年 */
		case 0x6708:			/* 月平均 (月平均增速8.7%), 月均 */
			if (next == 0x5747)
				return 2;
			return next == 0x5E73 && at + 2 < c->n && c->cp[at + 2] == 0x5747 ? 3 : 0;
		case 0x65E5:			/* 日均 (較去年日均亦上升1.9%: the daily average), as 平均每月 */
			return next == 0x5747 ? 2 : 0;
		case 0x5F55:			/* 录得 after an adverb (按年則錄得增加22%: recorded) */
			return next == 0x5F97 ? 2 : 0;
		case 0x76F8:			/* 相应, 相应的 (相應升幅為0.1%: the corresponding rate) */
			if (next != 0x5E94)
				return 0;
			return at + 2 < c->n && c->cp[at + 2] == 0x7684 ? 3 : 2;
		case 0x5F3A:			/* 强劲 (強勁增長4.6%: strongly) */
			return next == 0x52B2 ? 2 : 0;
		case 0x540C:			/* 同口径 (同口徑增長9%: on the same coverage); 同时 (同时微跌0.2%: b225) */
			if (next == 0x65F6)
				return 2;
			return next == 0x53E3 && at + 2 < c->n && c->cp[at + 2] == 0x5F84 ? 3 : 0;
		case 0x53EF:			/* 可比 (可比增长: at comparable prices) */
			return next == 0x6BD4 ? 2 : 0;
		case 0x6309:			/* 按可比价计算, 按可比价格计算 (at comparable prices) */
			{
				static const uint32_t kebijia[] = {0x53EF, 0x6BD4, 0x4EF7};	/* 可比价 */
				int			k = at + 4;

				if (at + 6 > c->n || memcmp(c->cp + at + 1, kebijia, sizeof(kebijia)) != 0)
					return 0;
				if (c->cp[k] == 0x683C)	/* 格 */
					k++;
				return k + 1 < c->n && c->cp[k] == 0x8BA1 && c->cp[k + 1] == 0x7B97 ?	/* 计算 */
					k + 2 - at : 0;
			}
		case 0x8FDB:			/* 进一步 (較上年同期進一步下跌: further) */
			return next == 0x4E00 && at + 2 < c->n && c->cp[at + 2] == 0x6B65 ? 3 : 0;
		case 0x9884:			/* 预计, 预期 (預期增長6.5%: an estimate or plan, said by context) */
			return next == 0x8BA1 || next == 0x671F ? 2 : 0;
		case 0x5747:			/* 均 */
		case 0x5219:			/* 则 */
		case 0x518D:			/* 再 */
		case 0x4EA6:			/* 亦 */
		case 0x4E5F:			/* 也 */
		case 0x5DF2:			/* 已: 已增至307万人 */
		case 0x7EED:			/* 续 (續增加: went on rising, press style) */
		case 0x7F13:			/* 缓 (緩升至70萬人: slowly) */
		case 0x90FD:			/* 都 */
		case 0x5404:			/* 各 (製造業、住宿餐飲業各增2千人: each) */
			return 1;
		case 0x4ECD:			/* 仍, 仍然 (仍然增长1%: still; b380) */
			return next == 0x7136 ? 2 : 1;
		case 0x4F9D:			/* 依然 (still) */
			return next == 0x7136 ? 2 : 0;
		case 0x7EE7:			/* 继续 (繼續下降: went on; b380) */
			return next == 0x7EED ? 2 : 0;
		case 0x52B2:			/* 劲 (勁升, 勁增: a strong rise, Hong Kong press) */
		case 0x66B4:			/* 暴 (暴增, 暴跌), as the press writes a sharp change */
		case 0x6FC0:			/* 激 (激增) */
		case 0x731B:			/* 猛 (猛增) */
		case 0x5267:			/* 剧 (剧增, 剧减) */
		case 0x9AA4:			/* 骤 (骤降, 骤增) */
		case 0x9510:			/* 锐 (锐减) */
		case 0x6025:			/* 急 (急跌, 急升) */
		case 0x72C2:			/* 狂 (狂漲25%以上) */
			return 1;
	}
	return 0;
}

/*
 * The verb at offset at, unless a prefix qualifier written there is longer: 增速低于5% is
 * the rate 增速 below 5% (低于), not the verb 低 of 比上年低2.6个百分点 followed by 于.
 */
static int
verb_len_at(const Cursor *c, int at, int *id)
{
	int			len = ind_verb_match_len(c->cp + at, c->n - at, id);
	int			qid;

	if (len > 0 && ind_qual_match_len(c->cp + at, c->n - at, QP_PREFIX, &qid) > len)
		return 0;
	/* 年增長5.4% (Hong Kong, Macau): 年增 and the 长 of 增长, read as 年增 (the type only: in a
	 * sentence 比上年增长 is a basis and 增长) */
	if (len == 2 && at + 2 < c->n && c->cp[at + 2] == 0x957F && c->cp[at] == 0x5E74 &&
		c->cp[at + 1] == 0x589E)	/* 长 after 年增 */
		len = 3;
	return len;
}

/* The verb at the cursor, after at most two adverbs (同比分别大增10.4倍); advances over them. */
static int
verb_after_adverbs(Cursor *c, int *id)
{
	int			at = c->i;
	int			len = verb_len_at(c, at, id);

	for (int k = 0; k < 2 && len == 0; k++)
	{
		int			a = adverb_len(c, at);

		if (a == 0)
			return 0;
		at += a;
		if ((len = verb_len_at(c, at, id)) > 0)
			c->i = at;
	}
	return len;
}

/*
 * A copula before the number: 为 (为9.2亿元), the 至 of a level reached, 是 (是5.3亿元), 共 and
 * 共计 (共3万人: a total), 折合 (折合10209美元: the amount converted).  Its length at the
 * cursor, 0 when none; 至少 and 至多 are qualifiers.
 */
/* 共计, 总计, 合计 at the cursor, and 为 or 是 after it: their length (2 or 3) */
static inline int
total_is_len(const Cursor *c)
{
	return c->i + 3 < c->n && (c->cp[c->i + 2] == 0x4E3A || c->cp[c->i + 2] == 0x662F) ? 3 : 2;
}

static inline int
copula_len(const Cursor *c)
{
	uint32_t	ch = c->cp[c->i],
				next = c->i + 1 < c->n ? c->cp[c->i + 1] : 0;
	int			id;

	if (next == 0)
		return 0;
	switch (ch)					/* a switch: most figures have no copula */
	{
		case 0x4E3A:			/* 为 */
		case 0x662F:			/* 是 */
			return 1;
		case 0x6709:			/* 有 (有3.9萬人, 有約3,700宗: there were), not 有望 */
			return next == 0x671B ? 0 : 1;
		case 0x81F3:			/* 至 */
			return ind_qual_match_len(c->cp + c->i, c->n - c->i, QP_PREFIX, &id) == 0 ? 1 : 0;
		case 0x5171:			/* 共, 共计, 共有; 共计为 (共計為100人: in all, b434) */
			if (next == 0x8BA1)
				return total_is_len(c);
			return next == 0x6709 ? 2 : 1;
		case 0x5408:			/* 合计, 合共 (合共37億元: in all) */
		case 0x603B:			/* 总计, 总共; 总计为 (總計為1萬8237棟, b434) */
			if (next == 0x8BA1)
				return total_is_len(c);
			return next == 0x5171 ? 2 : 0;
		case 0x4EE5:			/* 以 of 以9.75萬元為上限 (b442): only with 为上限 or 为下限 closing */
			return c->n - c->i >= 5 && c->cp[c->n - 3] == 0x4E3A &&
				(c->cp[c->n - 2] == 0x4E0A || c->cp[c->n - 2] == 0x4E0B) &&
				c->cp[c->n - 1] == 0x9650 ? 1 : 0;
		case 0x62A5:			/* 报1054亿7000万令吉, 報381.3 (stood at: the press; b249) */
			return starts_number(next) ? 1 : 0;
		case 0x8BA1:			/* 计239人 (計: totalling, Taiwan), 计有 (計有105萬4,457人) */
			if (next == 0x6709)
				return 2;
			return starts_number(next) ? 1 : 0;
		case 0x5B9E:			/* 实为 (實為155,310人: in fact; stop 34) */
			return next == 0x4E3A ? 2 : 0;
		case 0x521B:			/* 创下 (創下23,628張: set a record of; stop 33) */
			return next == 0x4E0B ? 2 : 0;
		case 0x6298:			/* 折合 */
			return next == 0x5408 ? 2 : 0;
		case 0x6765:			/* 来到 (增幅來到1.2倍, press style) */
			return next == 0x5230 ? 2 : 0;
		case 0x51B2:			/* 冲上 (出口衝上584.9億美元) */
			return next == 0x4E0A ? 2 : 0;
		case 0x843D:			/* 落在 (增速落在5%左右) */
			return next == 0x5728 ? 2 : 0;
		case 0x8C03:			/* 调至, 调整为, 调整至 (基本工资调至27,470元: adjusted to) */
			if (next == 0x81F3)
				return 2;
			return next == 0x6574 && c->i + 2 < c->n &&
				(c->cp[c->i + 2] == 0x4E3A || c->cp[c->i + 2] == 0x81F3) ? 3 : 0;
	}
	return 0;
}

/*
 * 稳定在, 保持在, 维持在 (held at: 维持在3%, 增长率则维持在0.6%): the level held.  Its length
 * at the cursor (3), 0 when none.
 */
static inline int
held_len(const Cursor *c)
{
	return c->i + 3 < c->n && ind_is_held_at(c->cp + c->i) ? 3 : 0;
}

/* 保持 维持 稳定 right before a number (增速保持7.6%左右): its length (2), 0 when none */
static inline int
held_bare_len(const Cursor *c)
{
	return c->i + 2 < c->n && ind_is_held_bare(c->cp[c->i], c->cp[c->i + 1]) &&
		starts_number(c->cp[c->i + 2]) ? 2 : 0;
}

/*
 * 修订为, 修订至, 修正为, 修正至 (revised to: 實質變動修訂為-21.4%, a release revising its last
 * estimate): a copula after a rate noun.  Its length at the cursor, 0 when none.
 */
static int
revised_len(const Cursor *c)
{
	if (c->i + 2 < c->n && c->cp[c->i] == 0x4FEE &&
		(c->cp[c->i + 1] == 0x8BA2 || c->cp[c->i + 1] == 0x6B63) &&	/* 订 正 */
		(c->cp[c->i + 2] == 0x4E3A || c->cp[c->i + 2] == 0x81F3))	/* 为 至 */
		return 3;
	return 0;
}

/* 幅度 or 比率 at the cursor after a change word (增长幅度, 減少比率), something after it: 2, else 0 */
static int
change_size_noun_len(const Cursor *c)
{
	return c->i + 2 < c->n ? ind_size_noun_len(c->cp + c->i, 2) : 0;
}

/*
 * After a rate noun, 为/达/达到/高达/仅/仅为 before the number (增幅达48.3%, 减幅为6.5%,
 * 年增率仅0.58%): read, not kept.
 */
static void
skip_rate_copula(Cursor *c)
{
	int			len;

	if (at(c, W_JIN))
		at(c, W_WEI);			/* 仅, 仅为 */
	else if ((len = revised_len(c)) > 0)
		c->i += len;			/* 修订为 修订至 修正为 */
	else if ((len = copula_len(c)) >= 2 || (len = held_len(c)) > 0 ||
			 (len = held_bare_len(c)) > 0)
		c->i += len;			/* 来到 冲上 折合 共计; 维持在; 保持7.6% */
	else if (at(c, W_DADAO))
		at(c, W_LE);			/* 达到了 */
	else if (c->i + 1 < c->n && c->cp[c->i] == 0x5728 &&
			 starts_number(c->cp[c->i + 1]))
		c->i++;					/* 增幅在40%以上, 增速在6%左右 (stands at; stop 35, b207) */
	else if (!(at(c, W_GAODA) || at(c, W_DA) || at(c, W_WEI)))
		return;
	skip_ws(c);
}

/*
 * 年增率也高达55%, 增幅亦达5%, 增幅都也超過5%, 升幅則分別爲1.8%: up to three of 也 亦 都 仍
 * 则 均 分别 between a rate noun and its copula or qualifier, read and not kept (before a
 * verb, 增速也下降, the adverbs are read with the verb)
 */
/*
 * A parenthetical without digits at the cursor (at its opening bracket, of up to 16
 * characters, not empty, nothing nested): where the text after its closing bracket starts,
 * -1 when there is none.  Read and not kept where it stands as a note (aside_before_suffix,
 * skip_aside_after_noun).
 */
static int
aside_end(const Cursor *c)
{
	uint32_t	close = c->cp[c->i] == '(' ? ')' : 0xFF09;	/* ) ） */
	int			i;

	for (i = c->i + 1; i < c->n && i < c->i + 16 && c->cp[i] != close; i++)
		if ((c->cp[i] >= '0' && c->cp[i] <= '9') || c->cp[i] == c->cp[c->i])
			return -1;
	if (i >= c->n || c->cp[i] != close || i == c->i + 1)
		return -1;
	return i + 1;
}

/*
 * 同比升幅(即基本通脹率)爲1.7%: a parenthetical without digits right after a rate noun, before
 * its copula 为/是, names the rate again: read and not kept.
 */
static void
skip_aside_after_noun(Cursor *c)
{
	int			i;

	if (c->i >= c->n || (c->cp[c->i] != '(' && c->cp[c->i] != 0xFF08) ||
		(i = aside_end(c)) < 0 || i >= c->n ||
		(c->cp[i] != 0x4E3A && c->cp[i] != 0x662F))	/* 为 是 */
		return;
	c->i = i;
}

/*
 * 升幅較大,達16.7%, 減幅更大,達33%, 增幅明显,为8%: a remark on the rate's size between the
 * noun and its copula (较大 更大 最大 较小 更小 明显 显著, then a comma or not): read and not
 * kept.  Advances only when a copula follows.
 */
static __attribute__((noinline)) void
skip_size_remark(Cursor *c)
{
	Cursor		look = *c;
	int			copula;

	if (look.i + 3 >= look.n)
		return;
	if (!ind_is_size_remark(look.cp[look.i], look.cp[look.i + 1]))
		return;
	look.i += 2;
	if (look.cp[look.i] == ',' || look.cp[look.i] == 0xFF0C)	/* , ， */
		look.i++;
	skip_ws(&look);
	copula = look.i;
	if (at(&look, W_GAODA) || at(&look, W_DADAO) || at(&look, W_DA) || at(&look, W_WEI))
		c->i = copula;			/* the copula itself is read next */
}

static void
skip_also_before_copula(Cursor *c)
{
	Cursor		look = *c;
	int			id,
				after;

	for (int k = 0; k < 3 && look.i + 1 < look.n; k++)
	{
		uint32_t	ch = look.cp[look.i];

		if (ch == 0x5206 && look.cp[look.i + 1] == 0x522B)
			look.i += 2;		/* 分别 (升幅則分別爲1.8%) */
		else if (ind_is_link_adverb(ch))
			look.i++;			/* 也 亦 都 仍 则 均 */
		else
			break;
	}
	after = look.i;
	if (after == c->i)
		return;
	if (at(&look, W_GAODA) || at(&look, W_DADAO) || at(&look, W_DA) || at(&look, W_WEI) ||
		copula_len(&look) == 2 || revised_len(&look) > 0 || held_len(&look) > 0 ||
		held_bare_len(&look) > 0 || ind_qual_match_len(look.cp + look.i, look.n - look.i, QP_PREFIX, &id) > 0)
		c->i = after;			/* the copula itself is read next */
}

/*
 * (预期)?目标(均|都)?(确定|定)?(为|是)? after a change verb (增长目标为7.5%以上, 增長預期目標為5%左右,
 * 增速目标均为10%以上, 增长目标均确定为10%以上): the change planned.  Advances over the words when they are there and a number or qualifier follows.
 */
static bool
target_copula(Cursor *c)
{
	int			i = c->i;

	bool		set_in = false;

	if (i + 1 < c->n && c->cp[i] == 0x9884 && c->cp[i + 1] == 0x671F)	/* 预期 */
		i += 2;
	/* 平均增速设定为7.5%左右 (set at): without 目标 */
	if (i + 2 < c->n && c->cp[i] == 0x8BBE && c->cp[i + 1] == 0x5B9A &&	/* 设定 */
		(c->cp[i + 2] == 0x4E3A || c->cp[i + 2] == 0x5728))	/* 为 在 */
	{
		c->i = i + 3;
		while (c->i < c->n && c->cp[c->i] == ' ')
			c->i++;
		return c->i < c->n;
	}
	if (!(i + 1 < c->n && c->cp[i] == 0x76EE && c->cp[i + 1] == 0x6807))	/* 目标 */
		return false;
	i += 2;
	if (i < c->n && (c->cp[i] == 0x5747 || c->cp[i] == 0x90FD))	/* 均 都 (目标均为) */
		i++;
	if (i + 1 < c->n && c->cp[i] == 0x786E && c->cp[i + 1] == 0x5B9A)	/* 确定(为) */
		i += 2;
	else if (i + 1 < c->n && c->cp[i] == 0x5B9A && (c->cp[i + 1] == 0x4E3A || c->cp[i + 1] == 0x5728))
	{
		i++;					/* 定为, 定在 (增长目标定在6.5%以上) */
		set_in = c->cp[i] == 0x5728;
	}
	if (i < c->n && (c->cp[i] == 0x4E3A || c->cp[i] == 0x662F || (set_in && c->cp[i] == 0x5728)))
		i++;					/* 为 是 (在 after 定) */
	while (i < c->n && c->cp[i] == ' ')
		i++;
	if (i >= c->n)
		return false;
	c->i = i;
	return true;
}

/* 分别, 均 or 各 (each: 各为150万平方米, b268), the words of a list, at the cursor: their
 * length, 0 if none */
static int
list_word_len(const Cursor *c)
{
	if (c->i < c->n && (c->cp[c->i] == 0x5747 || c->cp[c->i] == 0x5404))	/* 均 各 */
		return 1;
	if (c->i + 1 < c->n && c->cp[c->i] == 0x5206 && c->cp[c->i + 1] == 0x522B)	/* 分别 */
		return 2;
	return 0;
}

/* 分别/均 of a list after a rate noun (增速分别为-3.2%, 增幅均达5%): read, not kept */
static void
skip_list_adverb(Cursor *c)
{
	int			len = list_word_len(c);

	if (len == 0)
		return;
	c->i += len;
	skip_ws(c);
}

/*
 * A sign after a rate of growth gives its direction (增速-2.3%, 年增率-1.66%, 年增率負0.5%):
 * the noun of the other direction (降幅, 年减) with a minus or 负.  *id is the noun's; the cursor passes the sign.
 */
static void
rate_noun_sign(Cursor *c, int *id)
{
	uint32_t	ch = c->i < c->n ? c->cp[c->i] : 0;
	bool		fu = ch == 0x8D1F && c->i + 1 < c->n && c->cp[c->i + 1] >= '0' &&
		c->cp[c->i + 1] <= '9';	/* 负 before digits: 增长率为负0.5% */

	if (ind_verb(*id)->cls != CD_UP || (ch != '-' && ch != '+' && !fu))
		return;
	if (ch != '+')
		*id = ind_verb_opposite(*id);
	c->i++;
}

/*
 * The basis after a comparative of two characters at the cursor (高于全国, 超过全市增速), read
 * as 比 and the basis, with a reference's own rate: the length of the whole, the basis in
 * *basis; 0 when none, or nothing after it.
 */
static int
basis_after_comparative(const Cursor *c, int *basis)
{
	uint32_t	tmp[24];
	int			m = c->n - c->i - 1 < 24 ? c->n - c->i - 1 : 24,
				len;

	memcpy(tmp, c->cp + c->i + 1, m * sizeof(uint32_t));
	tmp[0] = 0x6BD4;			/* 比 in place of the comparative's second character */
	len = ind_basis_match_len(tmp, m, basis);
	/* nothing after the basis: 少于2023年 is the qualifier and a figure in years, as the fast
	 * path reads it (a fuzz finding) */
	if (len == 0 || c->i + 1 + len >= c->n)
		return 0;
	/* 高于全区增速2个百分点: the reference's own rate before the number (the basis alone reads
	 * 增速 there as the change word, 比全国增速5%) */
	if (ind_basis(*basis)->cls == BC_REFERENCE)
		len += ind_reference_rate_len(tmp + len, m - len);
	return 1 + len;
}

/* the verbs a difference against an unnamed reference is read with (words.c ids) */
#define VERB_HIGHER_BY	33		/* 高出 */
#define VERB_LOWER_BY	12		/* 降低 */

/* 的 之 (女性之3.92%: a share of), 达 为 是 占 有 (a copula: …比率达68.75%): no holder's name */
static inline bool
names_no_holder(uint32_t ch)
{
	return ch == 0x7684 || ch == 0x4E4B || ch == 0x8FBE || ch == 0x4E3A || ch == 0x662F ||
		ch == 0x5360 || ch == 0x6709;
}

/* a holder's name's characters: ideographs (no numeral, 的 or copula) and capitals (GDP增幅) */
static inline bool
holder_char(uint32_t ch)
{
	return (ch >= 0x4E00 && ch < 0xA000 && !names_no_holder(ch) && !ind_is_numeral_start(ch)) ||
		(ch >= 'A' && ch <= 'Z');
}

/*
 * A holder's name's character at k: holder_char, or a numeral inside the name, right before
 * one of its ideographs (快于第二产业, 高于全国一季度增速: stop 43, b471), not before a number,
 * a magnitude, or a time or count it measures (疫情三年年均4.5%的增速: three years, b297)
 */
static inline bool
holder_at(const Cursor *c, int k)
{
	uint32_t	next = k + 1 < c->n ? c->cp[k + 1] : 0;

	return holder_char(c->cp[k]) ||
		(c->cp[k] >= 0x4E00 && ind_is_numeral_start(c->cp[k]) && holder_char(next) &&
		 next >= 0x4E00 && next != 0x5E74 && next != 0x6708 && next != 0x65E5 &&	/* 年 月 日 */
		 next != 0x5929 && next != 0x4E2A && next != 0x500D && next != 0x6210 &&	/* 天 个 倍 成 */
		 next != 0x6B21 && next != 0x5468);	/* 次 周 */
}

/* 超增收5%, 多出小于5%, 超同比下跌1.5%: from at to k only change verbs, qualifiers and bases */
static bool
words_only(const Cursor *c, int at, int k)
{
	int			d,
				id;

	for (d = at; d < k;)
	{
		int			len = ind_verb_match_len(c->cp + d, c->n - d, &id),
					qlen = ind_qual_match_len(c->cp + d, c->n - d, QP_PREFIX, &id),
					blen = ind_basis_match_len(c->cp + d, c->n - d, &id);

		if (qlen > len)
			len = qlen;			/* 高于 the qualifier, not 高 the verb */
		if (blen > len)
			len = blen;			/* 超同比下跌1.5%: a basis */
		if (len == 0 || d + len > k)
			break;
		d += len;
	}
	return d == k;
}

/*
 * Digits at k, then percent or percentage points, not followed by 的 (高於同期1.8%的通脹率: the
 * other holder's own figure, not the difference): true when so.
 */
static bool
points_or_percent_at(const Cursor *c, int k)
{
	int			d;

	if (k >= c->n || !(c->cp[k] >= '0' && c->cp[k] <= '9'))
		return false;
	for (d = k; d < c->n && ((c->cp[d] >= '0' && c->cp[d] <= '9') || c->cp[d] == '.'); d++)
		;
	while (d < c->n && c->cp[d] == ' ')
		d++;
	if (d < c->n && c->cp[d] == '%')
		d++;
	else
	{
		if (d < c->n && c->cp[d] == 0x4E2A)	/* 个 */
			d++;
		if (!(d + 2 < c->n && c->cp[d] == 0x767E && c->cp[d + 1] == 0x5206 && c->cp[d + 2] == 0x70B9))
			return false;		/* 百分点 */
		d += 3;
	}
	return !(d < c->n && c->cp[d] == 0x7684);
}

/* the longest name of a holder the tables do not name (see below) */
#define UNNAMED_HOLDER_MAX 16

/*
 * 高于全州增速0.1个百分点, 低于GDP增幅6.8个百分点, 超过时序进度3.5个百分点: a comparative, then a
 * holder the table does not name (2 to 16 ideographs or capitals, no numeral, 的 or copula:
 * 高于當年滕州市戶籍人口城鎮化率11.87個百分點), then a number in percentage points or percent:
 * the difference, its reference read and not kept (高出, 降低: as indicator_extract gives
 * it).  The name's length from at, 0 when not one; a name before any other unit (低于淮北3亿元)
 * stays an error, as 高于5% stays the qualifier.
 */
static __attribute__((noinline)) int
unnamed_reference_len(const Cursor *c, int at)
{
	int			k = at;

	while (k < c->n && k - at < UNNAMED_HOLDER_MAX && holder_at(c, k))
		k++;
	if (k - at < 2 || words_only(c, at, k) || !points_or_percent_at(c, k))
		return 0;
	return k - at;
}

/*
 * 比棗莊市常住人口城鎮化率高3個百分點: 比 or 较, a holder the table does not name, then a
 * comparative (高 低 快 慢 多 少) right before points or percent: the difference, as after 高于
 * (高出, 降低; the holder read and not kept).  The length up to the number, 0 when not one (a
 * basis the table names, 比全省高3个百分点, is read as a basis).
 */
static __attribute__((noinline)) int
compared_unnamed_len(const Cursor *c, int *verb)
{
	int			at = c->i + 1,
				id;

	if (ind_basis_match_len(c->cp + c->i, c->n - c->i, &id) > 0)
		return 0;
	for (int k = at; k < c->n && k - at <= UNNAMED_HOLDER_MAX && holder_at(c, k); k++)
	{
		const WordDef *v;

		if (k - at < 2 || ind_verb_match_len(c->cp + k, 1, &id) != 1)
			continue;
		v = ind_verb(id);
		if (strlen(v->word) != 3 || v->pos != 0 || (v->cls != CD_UP && v->cls != CD_DOWN) ||
			!points_or_percent_at(c, k + 1))
			continue;
		if (words_only(c, at, k))
			return 0;
		*verb = v->cls == CD_DOWN ? VERB_LOWER_BY : VERB_HIGHER_BY;
		return k + 1 - c->i;
	}
	return 0;
}

/*
 * The comparative at the cursor, skip characters long, then an unnamed holder: the length of
 * both, no basis and verb_id (高出, 降低) in *basis and *verb; 0 when no holder follows.
 */
static int
unnamed_comparative(const Cursor *c, int skip, int verb_id, int *basis, int *verb)
{
	int			len = unnamed_reference_len(c, c->i + skip);

	if (len == 0)
		return 0;
	*basis = 0;
	*verb = verb_id;
	return skip + len;
}

/*
 * No basis after the comparative (len 0), or one the name goes on after (高出全国整体,
 * 高于全市规上工业, 高于预期目标: the table names a part of the reference): look for an
 * unnamed reference.
 */
static inline bool
named_in_part(const Cursor *c, int len)
{
	int			k = c->i + len;

	return len == 0 || (k < c->n && c->cp[k] >= 0x4E00 && c->cp[k] < 0xA000 &&
						(!ind_is_numeral_start(c->cp[k]) || holder_at(c, k)));	/* 全国一季度增速 */
}

/*
 * 高于全国1.5个百分点, 低于预测值0.3个百分点, 高于上年0.8个百分点: a comparative with 于 and a
 * basis (a reference: the nation, the province, a forecast; or a period) is the change
 * against it, as 比全国高1.5个百分点 is.  高于 before a number stays the qualifier (> x).  The length of
 * the words at the cursor, the basis and the comparative verb (高 低 多 少 快 慢) in *basis
 * and *verb; 0 when not one.
 */
static int
reference_comparative_at(const Cursor *c, int *basis, int *verb)
{
	int			len;

	if (ind_verb_match_len(c->cp + c->i, 1, verb) != 1 ||
		strlen(ind_verb(*verb)->word) != 3 || ind_verb(*verb)->pos != 0)
		return 0;
	len = basis_after_comparative(c, basis);	/* a reference, or a period: 涨幅高于上年0.8个百分点 */
	if (named_in_part(c, len))
		len = unnamed_comparative(c, 2, ind_verb(*verb)->cls == CD_DOWN ? VERB_LOWER_BY :
								  VERB_HIGHER_BY, basis, verb);
	if (len == 0)
		*basis = 0;				/* nothing read: the caller's basis stays unset */
	return len;
}

/*
 * 增速高出全市6.6个百分点, 超过全市增速0.4个百分点, 超出目标304亿元: 高出/多出 (the verbs)
 * and 超过/超出 (read as 高出) before a basis, as 高于; 超过/超出 only before a reference (超过
 * 上年 stays the qualifier before a figure in years).
 */
static __attribute__((noinline)) int
exceeds_comparative_at(const Cursor *c, int *basis, int *verb)
{
	uint32_t	a = c->cp[c->i],
				b = c->cp[c->i + 1];
	bool		exceeds = a == 0x8D85 && (b == 0x8FC7 || b == 0x51FA);	/* 超过 超出 */
	int			len;

	if (!exceeds && !((a == 0x9AD8 || a == 0x591A) && b == 0x51FA))	/* 高出 多出 */
		return 0;
	if (c->cp[c->i + 2] < 0x3000 || ind_is_numeral_start(c->cp[c->i + 2]))
		return 0;				/* 超过644亿元: a number, no basis */
	len = basis_after_comparative(c, basis);
	if (named_in_part(c, len))	/* 超过时序进度3.5个百分点: 高出3.5个百分点 */
		return unnamed_comparative(c, 2, VERB_HIGHER_BY, basis, verb);
	if (len == 0 || (exceeds && ind_basis(*basis)->cls != BC_REFERENCE))
		return 0;
	ind_verb_match_len((const uint32_t[]) {exceeds ? 0x9AD8 : a, 0x51FA}, 2, verb);
	return len;
}

/* 超 and a holder the table does not name, then points or percent: as 超过 (高出) */
static __attribute__((noinline)) int
exceeds_unnamed(const Cursor *c, int *basis, int *verb)
{
	uint32_t	tmp[24];
	int			m = c->n - c->i < 24 ? c->n - c->i : 24,
				len;

	/* a reference the table names first: 超全省平均水平3个百分点 is 比全省高出3个百分点 */
	memcpy(tmp, c->cp + c->i, m * sizeof(uint32_t));
	tmp[0] = 0x6BD4;			/* 比 in place of 超 */
	len = ind_basis_match_len(tmp, m, basis);
	if (len > 0 && ind_basis(*basis)->cls == BC_REFERENCE && !named_in_part(c, len))
	{
		ind_verb_match_len((const uint32_t[]) {0x9AD8, 0x51FA}, 2, verb);	/* 高出 */
		return len;
	}
	return unnamed_comparative(c, 1, VERB_HIGHER_BY, basis, verb);
}

/* the cheap test first: a figure's words rarely have 于 or 出 second */
static inline int
reference_comparative(const Cursor *c, int *basis, int *verb)
{
	int			q;

	if (c->i + 3 >= c->n)
		return 0;
	if (c->cp[c->i + 1] == 0x4E8E)	/* 于 */
		return reference_comparative_at(c, basis, verb);
	if (c->cp[c->i + 1] == 0x51FA || c->cp[c->i + 1] == 0x8FC7)	/* 出 过 */
		return exceeds_comparative_at(c, basis, verb);
	if (c->cp[c->i] == 0x8D85 &&	/* 超 alone: 超时序进度3.5个百分点 (超 5% stays the qualifier) */
		ind_qual_match_len(c->cp + c->i, c->n - c->i, QP_PREFIX, &q) <= 1)	/* not 超越 */
		return exceeds_unnamed(c, basis, verb);
	if (c->cp[c->i] == 0x5DEE)	/* 差计划目标3.1个百分点 (short of the plan by: b218), as 低于 */
		return unnamed_comparative(c, 1, VERB_LOWER_BY, basis, verb);
	return 0;
}

/*
 * 现价, 可比价, 按现价, 按可比价 (at current, at comparable prices) before a basis or a change
 * word: the prices the change is measured in, read and not kept (规模工业增加值可比价增长1.0%;
 * stop 34, b170 and b178).
 */
static __attribute__((noinline)) void
skip_price_basis(Cursor *c)
{
	int			k = c->i,
				id;

	if (k < c->n && c->cp[k] == 0x6309)	/* 按 */
		k++;
	if (k + 1 < c->n && c->cp[k] == 0x73B0 && c->cp[k + 1] == 0x4EF7)
		k += 2;					/* 现价 */
	else if (k + 2 < c->n && c->cp[k] == 0x53EF && c->cp[k + 1] == 0x6BD4 && c->cp[k + 2] == 0x4EF7)
		k += 3;					/* 可比价 */
	else
		return;
	if (ind_basis_match_len(c->cp + k, c->n - k, &id) > 0 || verb_len_at(c, k, &id) > 0)
		c->i = k;
}

/*
 * 录得/录 (recorded, Hong Kong releases) before a rate noun or a verb: read, not kept
 * (按年錄得升幅2.0% = 按年升幅2.0%, 錄通脹2.6% = 通胀2.6%)
 */
static void
skip_recorded(Cursor *c)
{
	int			at_ = c->i,
				id;

	if (at_ >= c->n || c->cp[at_] != 0x5F55)	/* 录 */
		return;
	at_ += at_ + 1 < c->n && c->cp[at_ + 1] == 0x5F97 ? 2 : 1;	/* 录得 */
	if (at_ < c->n && verb_len_at(c, at_, &id) > 0)
		c->i = at_;
}

/*
 * 拉动全市工业增长6.1个百分点, 下拉规上工业产值增速1.1个百分点, 拉動GDP增長0.5個百分點: the
 * whole a part pulls on (a name of at most 20 characters, no punctuation, its 增长 or 增速
 * included), up to the digits; read and not kept, as a subject.  Nothing is read when no
 * digit ends it.  *verb is the pull, turned to a drag when the whole ends in a fall.
 */
static __attribute__((noinline)) void
skip_pulled_whole(Cursor *c, int *verb)
{
	int			k,
				id;

	for (k = c->i; k < c->n && k - c->i <= 20; k++)
	{
		uint32_t	ch = c->cp[k];

		if ((ch >= '0' && ch <= '9') ||
			ind_qual_match_len(c->cp + k, c->n - k, QP_PREFIX, &id) > 0)
			break;				/* the number, or its qualifier (拉动约0.5个百分点) */
		if (!((ch >= 0x4E00 && ch <= 0x9FFF) || (ch >= 'A' && ch <= 'Z') ||
			  (ch >= 'a' && ch <= 'z')))
			return;
	}
	if (!(k < c->n && k - c->i <= 20))
		return;
	/* 拉动居民消费价格总水平下降0.78个百分点: a pull up whose whole ends in a fall is a drag
	 * (下拉; b84), 拉高 then 下降 likewise 拉低 */
	for (int d = k - 2; d < k && d >= c->i; d++)
		if (ind_verb_match_len(c->cp + d, k - d, &id) == k - d && ind_verb(id)->cls == CD_DOWN &&
			ind_verb(*verb)->cls == CD_UP && ind_verb_pull_in_points(*verb))
		{
			*verb = ind_verb_opposite(*verb);	/* 拉动→下拉, 拉高→拉低 */
			break;
		}
	c->i = k;
}

/*
 * 与上年相比，增长5%, 與去年九月比較,亦下跌19.5%: a basis closed by 相比 or 比较 may stand
 * apart from its verb by a comma; passed over when a verb (after at most one adverb)
 * follows it.
 */
static __attribute__((noinline)) void
skip_comma_after_comparison(Cursor *c)
{
	int			k = c->i,
				id,
				a;

	if (k < 2 || k + 1 >= c->n || (c->cp[k] != 0xFF0C && c->cp[k] != ',') ||
		!((c->cp[k - 2] == 0x76F8 && c->cp[k - 1] == 0x6BD4) ||	/* 相比 */
		  (c->cp[k - 2] == 0x6BD4 && c->cp[k - 1] == 0x8F83)))	/* 比较 */
		return;
	k++;
	while (k < c->n && (c->cp[k] == ' ' || c->cp[k] == 0x3000))
		k++;
	if (verb_len_at(c, k, &id) > 0 ||
		((a = adverb_len(c, k)) > 0 && verb_len_at(c, k + a, &id) > 0))
		c->i = k;
}

/* 相同 after a basis: the verb 持平, its id in *id; its length (out of line: parse_change
 * stays small enough to be inlined) */
static __attribute__((noinline)) int
same_as_flat(int *id)
{
	static const uint32_t chiping[] = {0x6301, 0x5E73};	/* 持平 */

	ind_verb_match_len(chiping, 2, id);
	return 2;
}

/*
 * 高于全国0.5个百分点, 超过时序进度3.5个百分点, 比棗莊市…高3个百分点: a comparative first,
 * read as 比全国高 (the difference); true when read, with x->basis, x->verb and *dir set.
 */
static bool
comparative_first(Cursor *c, Indicator *x, ChangeDir *dir)
{
	int			id = 0,
				basis = 0,
				len;

	if ((len = reference_comparative(c, &basis, &id)) == 0 &&
		!((c->cp[c->i] == 0x6BD4 || c->cp[c->i] == 0x8F83) &&	/* 比 较 */
		  (len = compared_unnamed_len(c, &id)) > 0 && (basis = 0) == 0))
		return false;
	x->basis = (uint8_t) basis;
	x->verb = (uint8_t) id;
	*dir = (ChangeDir) ind_verb(id)->cls;
	c->i += len;
	skip_ws(c);
	return true;
}

/* the bracket from the cursor to close holds ideographs and their commas only (下同, 按可比价格计算) */
static bool
note_in_words(const Cursor *c, int close)
{
	for (int k = c->i + 1; k < close; k++)
		if (!((c->cp[k] >= 0x4E00 && c->cp[k] < 0xA000) || c->cp[k] == 0xFF0C || c->cp[k] == ',' ||
			  c->cp[k] == 0x3001))
			return false;
	return true;
}

/*
 * The words after a change word (增长, 增速 ...): 了, a planned change's copula, 达 and the
 * level reached (提高到58.8%), each read here; *dir and x->verb change when the figure is the
 * level reached, not the change.  noun is the rate noun read before, 0 when none.
 */
static void
read_after_change_word(Cursor *c, Indicator *x, ChangeDir *dir, int noun)
{
	int			id,
				i;

	if (*dir != CD_FLAT && *dir != CD_DOUBLE)
		at(c, W_LE);
	/* 同比增长(下同)15%, 增长（按可比价格计算）6.5%: a note in words between the verb and the
	 * number, read and not kept (b238; after a rate noun only before its copula) */
	if (!noun && c->i < c->n && (c->cp[c->i] == '(' || c->cp[c->i] == 0xFF08) &&
		(i = aside_end(c)) > 0 && i < c->n && note_in_words(c, i - 1) &&
		starts_number(c->cp[i]))
		c->i = i;
	/*
	 * 增长幅度为21.3%, 增長比率為5.9%, 下跌幅度达2%: the verb and 幅度 or 比率 name the size
	 * of that change, as 增幅 does; read, not kept, and 为 after them is their copula, not the
	 * "to" of a level reached (stop 43, b441)
	 */
	if (!noun && (*dir == CD_UP || *dir == CD_DOWN) && (i = change_size_noun_len(c)) > 0)
	{
		c->i += i;
		skip_ws(c);
		skip_rate_copula(c);
		return;
	}
	/*
	 * 增长目标为7.5%以上, 增长预期目标为5%左右: the planned change, its words 预期/目标 and
	 * copula read and not kept (为 here is no level reached)
	 */
	if (!noun && (*dir == CD_UP || *dir == CD_DOWN) && target_copula(c))
		skip_ws(c);
	/* 增长达12%, 减少达到7个百分点: read, not kept (提高到 is the level reached, below);
	 * 增长仍将达到6.5%左右 (b212): up to two of 仍 将 也 亦 还 before 达 */
	if (!noun && (*dir == CD_UP || *dir == CD_DOWN))
	{
		int			save = c->i;

		for (int k = 0; k < 2 && c->i + 1 < c->n &&
			 (c->cp[c->i] == 0x4ECD || c->cp[c->i] == 0x5C06 || c->cp[c->i] == 0x4E5F ||
			  c->cp[c->i] == 0x4EA6 || c->cp[c->i] == 0x8FD8) && c->cp[c->i + 1] != 0x8FD1; k++)
			c->i++;				/* (not 将近) */
		if (at(c, W_GAODA) || at(c, W_DADAO) || at(c, W_DA))
			skip_ws(c);
		else
			c->i = save;
	}
	/*
	 * 提高到58.8%, 增至151家, 降至3%, 降为3%, 略降為3.6%: the level reached, not the change (the
	 * word is not kept).  为 after a verb is its "to" as 至 is (a rate noun's 为 is its copula:
	 * 增速为5% is the rate, read above).  After a rate noun the level reached is the rate's
	 * (升幅收窄至3.73% = 升幅3.73%, 降幅收窄至2.5% = 降幅2.5%: the noun names a change, and the
	 * labellers read it so, b73 and b175; until stop 34 it was a level).
	 */
	if ((*dir == CD_UP || *dir == CD_DOWN) && c->i < c->n &&
		(c->cp[c->i] == 0x5230 || c->cp[c->i] == 0x81F3 || (c->cp[c->i] == 0x4E3A && !noun)) &&	/* 到 至 为, but not 至少 至多 */
		ind_qual_match_len(c->cp + c->i, c->n - c->i, QP_PREFIX, &id) == 0)
	{
		c->i++;
		x->basis = 0;
		if (!noun)
			noun = noun_of_pair(x->verb);	/* 降幅收窄至2.1% (a word of its own) = 降幅2.1% */
		if (noun && (ind_verb(noun)->cls == CD_UP || ind_verb(noun)->cls == CD_DOWN) &&
			names_change_size(noun))
		{
			x->verb = (uint8_t) noun;
			*dir = (ChangeDir) ind_verb(noun)->cls;
		}
		else
		{
			x->verb = 0;
			*dir = CD_NONE;
		}
	}
	skip_ws(c);
}

/*
 * The words before a change word and its basis (parse_change's first step): 录得, a price
 * basis (可比价, 现价), a list word before a basis (分别比上年, 各較上年), then the basis itself,
 * kept in x, and what may follow it (按年錄得, 与上年相比，).  *bare: the basis was 与… without 相比.
 */
static inline void
basis_before_change(Cursor *c, Indicator *x, bool *bare)
{
	int			id = 0,
				len;

	skip_recorded(c);			/* 錄得通脹2.4% */
	if (c->i < c->n && (c->cp[c->i] == 0x6309 || c->cp[c->i] == 0x73B0 || c->cp[c->i] == 0x53EF))
		skip_price_basis(c);	/* 可比价同比增长5.1%, 现价增长3.6% (按 现 可: out of line) */
	/* 分别比上年上涨3.7%, 均比上年增长3%, 各較上年增加0.88%: a list word before a basis, read
	 * and not kept; so is an adverb (也比上月加快了0.2个百分点, 亦较上年: b282) */
	len = list_word_len(c);
	if (len == 0 && c->i < c->n && c->cp[c->i] != 0x540C && ind_is_link_adverb(c->cp[c->i]))
		len = 1;				/* (not 同: 同比 is a basis) */
	if (len > 0 && ind_basis_match_len(c->cp + c->i + len, c->n - c->i - len, &id) > 0)
		c->i += len;
	if (match_basis(c, &id, bare) > 0)
	{
		x->basis = (uint8_t) id;
		skip_recorded(c);		/* 按年錄得升幅2.0% */
		skip_comma_after_comparison(c);	/* 与上年相比，增长5% */
	}
}

/*
 * The change words: basis? noun? basis? adverb? verb 了?  Sets x->verb and x->basis, the
 * direction in *dir; *read is set when change words were read, also when 提高到/增至 then
 * made the figure the level reached.
 */
static bool
parse_change(Cursor *c, Indicator *x, ChangeDir *dir, bool *read, IndError *err)
{
	int			id = 0,
				len,
				noun = 0,
				basis = 0,
				start = c->i;
	bool		bare = false,
				gaoda = false;

	*dir = CD_NONE;
	*read = false;
	/* the common case: a figure starting with a digit or sign has no change words */
	if (c->i >= c->n || c->cp[c->i] < 0x3000)
		return true;
	if (comparative_first(c, x, dir))
	{
		*read = true;
		return true;
	}
	basis_before_change(c, x, &bare);
	len = verb_len_at(c, c->i, &id);
	if (len == 0 && (noun = adverb_len(c, c->i)) > 0)
	{
		/* an adverb before a rate noun (累计增幅为5%): the noun is read below; an adverb
		 * before a verb is read after it, as before */
		int			id2,
					len2 = verb_len_at(c, c->i + noun, &id2);

		if (len2 > 0 && ind_verb(id2)->pos == 1)
		{
			c->i += noun;
			len = len2;
			id = id2;
		}
		noun = 0;
	}
	if (len > 0 && ind_verb(id)->pos == 1)
	{
		noun = id;
		c->i += len;
		skip_ws(c);
		if (!x->basis && match_basis(c, &id, &bare) > 0)
			x->basis = (uint8_t) id;
		/*
		 * 增速高于全国0.5个百分点: the rate against a reference or a period, as 增速比全国高
		 * (the comparative is the verb, read below with the words of its basis)
		 */
		else if (!x->basis && (len = reference_comparative(c, &basis, &id)) > 0)
		{
			x->basis = (uint8_t) basis;
			goto verb_read;
		}
		/* 增速比第二产业快1.5个百分点 (b471): against a holder the tables do not name */
		else if (!x->basis && (c->cp[c->i] == 0x6BD4 || c->cp[c->i] == 0x8F83) &&
				 (len = compared_unnamed_len(c, &id)) > 0)
			goto verb_read;
		skip_aside_after_noun(c);
		skip_size_remark(c);
		skip_also_before_copula(c);
		/* 高达 after a rate noun is its copula (年增率高达17.65%), not the comparative 高 */
		gaoda = c->i + 1 < c->n && c->cp[c->i] == W_GAODA[0] && c->cp[c->i + 1] == W_GAODA[1];
		len = gaoda ? 0 : verb_len_at(c, c->i, &id);
	}
	if (len == 0 && !gaoda)
		len = verb_after_adverbs(c, &id);
	/* 与上年相同 (the same as last year): 持平 */
	if (len == 0 && x->basis && !noun && c->i + 1 < c->n && c->cp[c->i] == 0x76F8 &&
		c->cp[c->i + 1] == 0x540C)
		len = same_as_flat(&id);
	/* a sign after a basis gives the direction: 同比-1.4%, 按年+3.2% */
	if (len == 0 && x->basis && !noun && c->i < c->n &&
		(c->cp[c->i] == '+' || c->cp[c->i] == '-'))
	{
		id = ind_verb_sign(c->cp[c->i] == '+');
		len = 1;
	}
verb_read:
	start = c->i;
	if (len > 0)
	{
		if (noun && (id = noun_with_verb(noun, id)) == 0)
		{
			fail_at(err, IND_ERR_SYNTAX, c, start,
					"\"%s\": this change word does not go with the rate named before it");
			return false;
		}
		c->i += len;
		if (ind_verb_pull(id))
			skip_pulled_whole(c, &id);
	}
	else if (noun)
	{
		id = noun;				/* 增速5.2%, 降幅1.8%, 增幅达48.3%, 增速-2.3% */
		skip_list_adverb(c);	/* 增速分别为-3.2% */
		if (!target_copula(c))	/* 增速目标为5% */
			skip_rate_copula(c);
		rate_noun_sign(c, &id);
	}
	else if (x->basis)
	{
		fail_at(err, IND_ERR_SYNTAX, c, start,
				"\"%s\" where a change word (增长, 下降, 持平 ...) should follow the basis");
		return false;
	}
	else
		return true;			/* a level */
	*read = true;
	x->verb = (uint8_t) id;
	*dir = (ChangeDir) ind_verb(id)->cls;
	if (bare && *dir != CD_FLAT)
	{
		fail_at(err, IND_ERR_SYNTAX, c, start,
				"\"%s\" after 与…: write 与…相比 before a change word (与上年相比增长5%%)");
		return false;
	}
	read_after_change_word(c, x, dir, noun);
	skip_ws(c);
	return true;
}

/*
 * 上千亿元, 数十亿元, 几百万: an order of magnitude, not a figure.  Refused with a message
 * that says so (a range such as 10亿-100亿元 is a target; see doc/indicator.md).
 */
static bool
vague_magnitude(Cursor *c)
{
	uint32_t	ch = c->i + 1 < c->n ? c->cp[c->i + 1] : 0;

	return c->i + 1 < c->n &&
		(c->cp[c->i] == 0x4E0A || c->cp[c->i] == 0x6570 || c->cp[c->i] == 0x51E0) &&	/* 上 数 几 */
		(ch == 0x5341 || ch == 0x767E || ch == 0x5343 || ch == 0x4E07 || ch == 0x4EBF);
}

/* What parse_cp has read so far, shared by the steps of the grammar below. */
typedef struct Reading
{
	Cursor		c;
	Indicator  *x;
	IndError   *err;
	Numeral		num;
	ChangeDir	dir;
	bool		change_read;	/* change words were read (also 提高到: then a level) */
	bool		negative;
	bool		plus;			/* a + sign (rate_sign) */
	bool		percent_word;	/* 百分之, 百分 */
	bool		permille_word;	/* 千分之 */
	bool		kongzhi;		/* 控制在 was read: the figure must be a capped level */
	bool		lude;			/* 录得 was read: the change must be named after the figure */
	bool		rate_noun;		/* 贡献率 was read: the figure must be a level in a rate */
	int			currency;		/* a currency written before the number (新臺幣1,234億元), 0 */
	int			per_before;		/* 每 and a unit before the number (每公顷5482.9公斤), 0 */
	int			unit,
				per_unit,
				den_mag;
	bool		to_date;		/* 累计 before digits: the figure must not be a rate */
} Reading;

/* a number, a qualifier or a copula of a rate (为 达) at the cursor */
static bool
share_value_at(const Cursor *c)
{
	int			id;

	return c->i < c->n &&
		(ind_is_numeral_start(c->cp[c->i]) ||
		 ind_qual_match_len(c->cp + c->i, c->n - c->i, QP_PREFIX, &id) > 0 ||
		 c->cp[c->i] == W_WEI[0] || c->cp[c->i] == W_DA[0]);
}

/*
 * The whole a share is of, at the cursor: a name (up to 20 characters, no digit, no
 * punctuation), then 的, 比重 or 比例 (占全市工业的比重为79.4%, 占全市投资比重为3.5%, 占总投资的
 * 32.1%, 完成年度计划的71%), or right before the digits (占全國16%, 占计划130%; then neither a
 * qualifier nor a change word).  Read and not kept, as the subject is: the share is the
 * figure.  The length up to the value, 0 when no value follows.
 */
static int
whole_name_len(const Cursor *c)
{
	Cursor		look = *c;
	int			k,
				id;

	for (k = c->i; k < c->n && k - c->i <= 20; k++)
	{
		uint32_t	ch = c->cp[k];

		if (ch == 0x7684 || (ch == 0x6BD4 && k + 1 < c->n &&
							 (c->cp[k + 1] == 0x91CD || c->cp[k + 1] == 0x4F8B)))
			break;				/* 的, 比重, 比例 */
		if (k > c->i && k + 2 < c->n && (ch == 0x767E || ch == 0x5343) &&
			c->cp[k + 1] == 0x5206 && c->cp[k + 2] == 0x4E4B)
			break;				/* 占全国百分之二十九: the number's percent word */
		if (ch >= '0' && ch <= '9')
		{
			/* 占全国16%, 占计划130%: the whole, then the digits; not a qualifier (占约30%)
			 * nor a change word (占增长5%) as the whole */
			for (int q = c->i; q < k; q++)
				if (ind_qual_match_len(c->cp + q, k - q, QP_PREFIX, &id) > 0 ||
					verb_len_at(c, q, &id) == k - q)
					return 0;
			/* 约占百分之29, 占全国百分之29 (b363): 百分之 (百分, 千分之) before the digits is
			 * the number's percent word, not the whole's name */
			if (k - c->i >= 3 && c->cp[k - 1] == 0x4E4B && c->cp[k - 2] == 0x5206 &&
				(c->cp[k - 3] == 0x767E || c->cp[k - 3] == 0x5343))
				k -= 3;
			else if (k - c->i >= 2 && c->cp[k - 1] == 0x5206 && c->cp[k - 2] == 0x767E)
				k -= 2;
			break;
		}
		if (!((ch >= 0x4E00 && ch <= 0x9FFF) ||
			  (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z')))
			return 0;
	}
	if (k == c->i || k >= c->n || k - c->i > 20)
		return 0;
	if (c->cp[k] == 0x7684)		/* 的, then perhaps 比重 */
		k++;
	if (k + 1 < c->n && c->cp[k] == 0x6BD4 && (c->cp[k + 1] == 0x91CD || c->cp[k + 1] == 0x4F8B))
		k += 2;
	look.i = k;
	skip_ws(&look);
	return share_value_at(&look) ? k - c->i : 0;
}

/*
 * 占 alone before a share (占30%, 占近三成, 占为30%): read as 占比; so is 占 and the whole it is
 * a share of (占全市工业的比重为79.4%).  True when a number, a qualifier or a copula of a rate
 * follows; advances over 占 and the whole.
 */
static bool
share_follows(Cursor *c)
{
	Cursor		look = *c;
	int			len;

	look.i++;
	skip_ws(&look);
	if (look.i >= look.n)
		return false;
	/* the whole first: 占一般公共预算收入比重 starts with a numeral's character */
	if ((len = whole_name_len(&look)) > 0)
	{
		c->i = look.i + len;
		return true;
	}
	if (share_value_at(&look))
	{
		c->i++;
		return true;
	}
	return false;
}

/* 实现 or 完成 (achieved) at offset at */
static inline bool
achieved_at(const Cursor *c, int at)
{
	return at + 1 < c->n && ((c->cp[at] == 0x5B9E && c->cp[at + 1] == 0x73B0) ||	/* 实现 */
							 (c->cp[at] == 0x5B8C && c->cp[at + 1] == 0x6210));	/* 完成 */
}

/*
 * 分别/均 before a qualifier, a copula or a lead word (分别突破300亿元, 均为3%, 分别达到): the
 * adverb of a list, read and not kept (before a verb, adverb_len reads it).  Its length, or 0.
 */
static inline int
list_adverb_len(const Cursor *c)
{
	int			len = list_word_len(c),
				id;
	Cursor		look = *c;

	if (len == 0)
		return 0;
	look.i += len;
	skip_ws(&look);
	if (look.i >= look.n)
		return 0;
	if (ind_qual_match_len(look.cp + look.i, look.n - look.i, QP_PREFIX, &id) > 0 ||
		copula_len(&look) > 0 || look.cp[look.i] == W_DA[0] ||	/* 达 达到 */
		look.cp[look.i] == W_LUDE[0] ||	/* 录, 录得 (分別錄$15,871/呎: b225) */
		achieved_at(&look, look.i) || held_len(&look) > 0)	/* 分别稳定在100万亩以上 */
		return len;
	return 0;
}

/*
 * 力争达到8%, 争取突破3000亿元, 确保增长5%, 力求12% (strives, makes sure): a plan's resolve
 * before the figure, read and not kept as 要 is (a target is said by the text around it; the
 * reader's plan words include these).  Its length when something follows, or 0.
 */
static int
striving_len(const Cursor *c)
{
	uint32_t	a,
				b;
	int			k;

	if (c->i + 2 >= c->n)
		return 0;
	a = c->cp[c->i];
	b = c->cp[c->i + 1];
	if (!((a == 0x529B && (b == 0x4E89 || b == 0x6C42)) ||	/* 力争 力求 */
		  (a == 0x4E89 && b == 0x53D6) ||	/* 争取 */
		  (a == 0x786E && b == 0x4FDD)))	/* 确保 */
		return 0;
	k = c->i + 2;
	while (k < c->n && c->cp[k] == ' ')
		k++;
	return k < c->n ? k - c->i : 0;
}

/* 各占11.2%, 分别占30%: each takes a share (the list's word, read and not kept); out of line */
static __attribute__((noinline)) void
skip_each_before_share(Cursor *c)
{
	int			len = c->cp[c->i] == 0x5404 ? 1 : list_word_len(c);	/* 各 */

	if (len > 0 && c->i + len + 1 < c->n && c->cp[c->i + len] == W_ZHANBI[0])
		c->i += len;
}

/*
 * 为预算的55.3%, 為上年的1.5倍 (b207), 是2007年的2.1倍 (b204): after 为 or 是, a whole's name (or
 * a year) ending in 的 before the number, read and not kept (the figure is the share or
 * multiple of it, as after 占).  Out of line.
 */
static __attribute__((noinline)) void
skip_whole_of(Cursor *c)
{
	int			len;

	/* 是2007年的2.1倍 (b204): a year, 年 (末 底) and 的 before the number, the whole then */
	if (c->i + 6 < c->n && c->cp[c->i] >= '0' && c->cp[c->i] <= '9' &&
		c->cp[c->i + 1] >= '0' && c->cp[c->i + 1] <= '9' && c->cp[c->i + 2] >= '0' &&
		c->cp[c->i + 2] <= '9' && c->cp[c->i + 3] >= '0' && c->cp[c->i + 3] <= '9' &&
		c->cp[c->i + 4] == 0x5E74)	/* 年 */
	{
		int			k = c->i + 5;

		if (c->cp[k] == 0x672B || c->cp[k] == 0x5E95)	/* 末 底 */
			k++;
		if (k + 1 < c->n && c->cp[k] == 0x7684 &&
			starts_number(c->cp[k + 1]))
			c->i = k + 1;
		return;
	}
	if (c->i >= c->n || starts_number(c->cp[c->i]))
		return;
	len = whole_name_len(c);
	if (len > 0 && c->i + len < c->n && c->cp[c->i + len - 1] == 0x7684 &&
		starts_number(c->cp[c->i + len]))
		c->i += len;
}

/*
 * 完成年初预算22.82% (b207): a name ending in 预算 计划 目标 任务 (budget, plan, goal, task)
 * right before the number, the share of it done, as 完成年度计划的71% is.  At end, the
 * name's end.
 */
static bool
plan_noun_ends(const Cursor *c, int end)
{
	uint32_t	a,
				b;

	if (end < c->i + 2 || end >= c->n || !starts_number(c->cp[end]))
		return false;
	a = c->cp[end - 2];
	b = c->cp[end - 1];
	return (a == 0x9884 && b == 0x7B97) || (a == 0x8BA1 && b == 0x5212) ||
		(a == 0x76EE && b == 0x6807) || (a == 0x4EFB && b == 0x52A1);
}

/*
 * 完成1.89亿吨, 实现增长5%, 实现了增长5%, 实现同比增长5% (achieved): 实现/完成 (了) before a
 * number, a qualifier, a basis or a change word, read and not kept.  Out of line: rare, and
 * parse_lead stays small enough to be inlined with what it calls.
 */
static __attribute__((noinline)) void
skip_achieved(Cursor *c)
{
	Cursor		look = *c;
	int			id;

	/* 累计完成992.1亿元: done in all to date, 累计 read and not kept as 完成 is */
	if (c->i + 4 < c->n && c->cp[c->i] == 0x7D2F && c->cp[c->i + 1] == 0x8BA1)
		look.i += 2;
	if (!(look.i + 2 < look.n && achieved_at(&look, look.i)))
		return;
	look.i += 2;
	at(&look, W_LE);
	skip_ws(&look);
	/* 完成年度计划的71%: the share of the plan done, the plan's name read and not kept (the name
	 * must end in 的: 完成投资500亿元 stays an error) */
	if (look.i < look.n && !ind_is_numeral_start(look.cp[look.i]))
	{
		int			len = whole_name_len(&look);

		if (len > 0 && (look.cp[look.i + len - 1] == 0x7684 || plan_noun_ends(&look, look.i + len)))
		{
			look.i += len;
			skip_ws(&look);
			*c = look;
			return;
		}
	}
	if (look.i < look.n &&
		(starts_number(look.cp[look.i]) ||
		 ind_qual_match_len(look.cp + look.i, look.n - look.i, QP_PREFIX, &id) > 0 ||
		 verb_len_at(&look, look.i, &id) > 0 ||
		 ind_basis_match_len(look.cp + look.i, look.n - look.i, &id) > 0))
		*c = look;
}

/*
 * 約落在3%上下, 约是3%, 約達1.95%, 減少約達7.29%: a copula after a qualifier, before the
 * number: read and not kept.
 */
static void
skip_copula_after_qual(Cursor *c, int qual)
{
	int			save = c->i,
				len;
	uint32_t	ch;

	if (c->i + 2 >= c->n)
		return;
	ch = c->cp[c->i];
	if (ch == 0x843D && c->cp[c->i + 1] == 0x5728)	/* 落在 */
		len = 2;
	else if (ch == 0x662F)		/* 是 */
		len = 1;
	else if (ch == W_DA[0] && ind_qual(qual)->cls == QC_APPROX)	/* 达, 达到 after 约 only */
		len = c->cp[c->i + 1] == W_DADAO[1] ? 2 : 1;
	else
		return;
	c->i += len;
	skip_ws(c);
	if (c->i >= c->n || !starts_number(c->cp[c->i]))
		c->i = save;
}

/* the text ends in % ‰ or a Chinese numeral (百分之…): a rate's name may lead (the cheap
 * test before named_rate_len, which scans) */
static inline bool
ends_in_rate(const Cursor *c)
{
	uint32_t	last = c->cp[c->n - 1];

	return last == '%' || last == 0x2030 || (last >= 0x4E00 && ind_is_numeral_start(last));
}

/*
 * 失业率为3.67%, 優良率為59.3%, 断面比例为83.5%, 农业比重达12%: a rate's name (up to
 * UNNAMED_HOLDER_MAX ideographs ending in 率, 比例 or 比重) before its copula (为 是 达) and
 * a number, or right before its digits (失業率4.5%): the name's length, read and not kept as
 * 贡献率 is (the figure must then be a level in a rate: parse_cp checks).  0 when a change
 * word is in the name (增长率为5% names a change, 减少比率: left to the verb rules) or no
 * number follows.
 */
static int
named_rate_len(const Cursor *c)
{
	int			k = c->i,
				id;
	uint32_t	cop;
	bool		bare;

	/* the cheap test first: a copula right after the ideographs (most leads have none) */
	while (k < c->n && k - c->i < UNNAMED_HOLDER_MAX &&
		   ((c->cp[k] >= 0x4E00 && c->cp[k] < 0xA000) || (c->cp[k] >= 'A' && c->cp[k] <= 'Z')) &&
		   c->cp[k] != 0x4E3A && c->cp[k] != 0x662F && c->cp[k] != W_DA[0])
		k++;
	/* 失業率4.5%, 勞動力參與率58.4% (stop 37, b276): the name right before the digits, no
	 * copula, a table's or a headline's way */
	bare = k < c->n && c->cp[k] >= '0' && c->cp[k] <= '9';
	if (k - c->i < 2 || k + 1 >= c->n ||
		!(bare || c->cp[k] == 0x4E3A || c->cp[k] == 0x662F || c->cp[k] == W_DA[0]))
		return 0;				/* (比重为30% alone is 占比, read elsewhere: a name must come first) */
	for (int d = c->i; d < k; d++)
		if (!holder_char(c->cp[d]))
			return 0;
	cop = c->cp[k];
	if (!(c->cp[k - 1] == 0x7387 ||	/* 率 */
		  (k - c->i >= 3 && c->cp[k - 2] == 0x6BD4 &&
		   (c->cp[k - 1] == 0x4F8B || c->cp[k - 1] == 0x91CD))))	/* 比例 比重 */
		return 0;
	if (!bare && !(starts_number(c->cp[k + 1]) ||
				   (cop == W_DA[0] && c->cp[k + 1] == 0x5230)))	/* 达到 */
		return 0;
	for (int d = c->i; d < k; d++)
		if (ind_verb_match_len(c->cp + d, k - d, &id) > 0)
			return 0;
	return k - c->i;
}

/*
 * 經濟成長率3.8%, 潛在GDP成長率平均5%, 出口增速5% (b276): a holder's name (2 to 8 ideographs or
 * capitals, no verb in it) right before a noun naming a rate of change: the name read and not
 * kept, as a level rate's name is (named_rate_len); the noun is read next.  Not a population's
 * rate (人口自然增长率: a level in ‰, labellers split on 人口增加率).  0 when not one.
 */
static int
named_change_rate_len(const Cursor *c)
{
	int			id;

	switch (c->cp[c->i])
	{
		case 0x6BD4: case 0x8F83: case 0x4E0E: case 0x6309: case 0x540C:	/* 比 较 与 按 同 */
		case 0x73AF: case 0x5BF9: case 0x5B9E: case 0x540D:	/* 环 对 实(质/际) 名(义) */
			return 0;			/* a comparison, a basis, a real or nominal rate: not a name */
	}
	for (int k = c->i; k < c->n && k - c->i <= 8 && holder_char(c->cp[k]); k++)
	{
		if (k - c->i < 2 || ind_verb_match_len(c->cp + k, c->n - k, &id) == 0 ||
			ind_verb(id)->pos != 1)
			continue;
		for (int d = c->i; d < k; d++)
			if (ind_verb_match_len(c->cp + d, k - d, &id) > 0 ||
				ind_basis_match_len(c->cp + d, c->n - d, &id) > 0 ||
				ind_qual_match_len(c->cp + d, k - d, -1, &id) > 0 ||
				c->cp[d] == W_LUDE[0] ||	/* 录(得) */
				(c->cp[d] == 0x4EBA && c->cp[d + 1] == 0x53E3) ||	/* 人口 */
				(c->cp[d] == 0x81EA && c->cp[d + 1] == 0x7136))	/* 自然 */
				return 0;
		return k - c->i;
	}
	return 0;
}

/*
 * Rarer words before a level, read and not kept (out of line: parse_lead stays small enough
 * to be inlined): 保持/维持/稳定 right before the number (良种化率保持98%以上, as 保持在), 累计/
 * 累积 before 达 or 到 and 累积 before digits (累計達20881.79億元, 累積369.20億元: to date, as
 * 累计增长), the contribution rate 贡献率 and the ratio 比率 with their copula (貢獻率為6.6%,
 * 比率爲64%: a level in a rate, checked in parse_cp), 平均 before its copula (平均為4萬3,211元)
 * and 修订为 (修訂爲6915700人: revised to), 发展到/发展至 (grown to).
 */
static __attribute__((noinline)) void
rare_level_leads(Reading *r)
{
	Cursor	   *c = &r->c;
	uint32_t	a,
				b,
				after;
	int			len;

	if (c->i + 2 >= c->n)
		return;
	a = c->cp[c->i];
	b = c->cp[c->i + 1];
	after = c->cp[c->i + 2];
	if (held_bare_len(c) > 0)
		c->i += 2;				/* 保持 维持 稳定 */
	else if (a == 0x5E73 && b == 0x5747 &&
			 (after == 0x5728 || (after >= '0' && after <= '9' && !ends_in_rate(c))))
		c->i += after == 0x5728 ? 3 : 2;	/* 平均在3.2%, 平均153小時 (on average; b285, b291;
											 * 平均5% stays an error: growth or a level?) */
	else if (a == 0x7D2F && (b == 0x8BA1 || b == 0x79EF) && after == 0x5360 &&
			 c->i + 3 < c->n && c->cp[c->i + 3] == 0x6BD4)
		c->i += 2;				/* 累计占比 (增加值累计占比11.2%: the share to date) */
	else if (a == 0x7D2F && (b == 0x8BA1 || b == 0x79EF) &&
			 (after == 0x8FBE || after == 0x5230 || (after >= '0' && after <= '9') ||
			  (after == 0x4E3A && b == 0x8BA1 && c->i + 3 < c->n && c->cp[c->i + 3] >= '0' &&
			   c->cp[c->i + 3] <= '9')))
	{
		c->i += 2;				/* 累计 累积 before 达 or 到, and before digits (累積369.20億元,
								 * 累計7,248.82億元; 累计3% is an error: growth or a level?);
								 * 累计为 and digits as 累计 (累計為7437.3億美元, b382) */
		if (after == 0x5230 || after == 0x4E3A)
			c->i++;
		r->to_date = b == 0x8BA1 && ((after >= '0' && after <= '9') || after == 0x4E3A);
	}
	else if ((a == 0x8D21 && b == 0x732E && after == 0x7387) ||	/* 贡献率 */
			 (a == 0x6BD4 && b == 0x7387))	/* 比率 (比率爲64%: a ratio) */
	{
		c->i += a == 0x6BD4 ? 2 : 3;
		r->rate_noun = true;
		skip_ws(c);
		skip_rate_copula(c);
	}
	else if (a == 0x5E73 && b == 0x5747 && (after == W_WEI[0] || after == W_DA[0]))
	{
		c->i += 2;				/* 平均 before its copula (平均為4萬3,211元: on average) */
		skip_rate_copula(c);
	}
	else if (revised_len(c) > 0)
	{
		c->i += 3;				/* 修訂爲6915700人 (revised to), as after a rate noun */
		skip_ws(c);
	}
	else if (a == 0x53D1 && b == 0x5C55 && (after == 0x5230 || after == 0x81F3))
		c->i += 3;				/* 发展到400家, 发展至 (grown to: a plan's level; stop 34) */
	else if (ends_in_rate(c) && (len = named_rate_len(c)) > 0)
	{
		c->i += len;			/* 失业率为3.67%, 断面比例为83.5%: as 贡献率 */
		r->rate_noun = true;
		skip_rate_copula(c);
	}
	else if (ends_in_rate(c) && (len = named_change_rate_len(c)) > 0)
		c->i += len;			/* 經濟成長率3.8%: the noun 成長率 is read next */
}

/*
 * 每公顷5482.9公斤, 每吨500元, 每公顷比上年增产97.8公斤 (b205): 每 and a unit before the figure
 * name what it is per (5482.9公斤/公顷, checked in parse_unit_part).  A unit of time only right
 * before the number (每天20万吨 = 20万吨/天; 每年增加5人: an average's adverb, adverb_len); not a
 * count or a currency (每人9000元, 每户: what each receives, labelled in 元 by b1 and b187).
 * Out of line.
 */
static __attribute__((noinline)) void
per_unit_before(Reading *r)
{
	Cursor	   *c = &r->c;
	int			id,
				len;

	if (c->cp[c->i] != 0x6BCF || c->i + 2 >= c->n)	/* 每 */
		return;
	len = ind_unit_match_len(c->cp + c->i + 1, c->n - c->i - 1, &id);
	if (len == 0 || ind_unit_is_rate(id) || ind_unit_is_count(id) ||
		ind_unit_is_currency(id) || c->i + 1 + len >= c->n)
		return;
	/* 每天20万吨 (吨/天, b212): a time only right before the number (每年增加5人: an adverb), and
	 * only for a measure (每天6197人次, 每年8000元: labelled in 人次 and 元; parse_unit_part) */
	if (ind_unit_is_time(id))
	{
		int			k = c->i + 1 + len;

		while (k < c->n && c->cp[k] == ' ')
			k++;
		if (k >= c->n || !starts_number(c->cp[k]))
			return;
	}
	c->i += 1 + len;
	skip_ws(c);
	r->per_before = id;
}

/*
 * 预期, 预计, 预估, 估计, 概估 (Taiwan's preliminary estimate), each with 为 or 是 after it or
 * not, and 料为 (expected to be: Hong Kong press): an estimate's word before a number, its
 * length at the cursor (the caller checks that a number or a qualifier follows), 0 when none.
 */
static int
estimate_word_len(const Cursor *c)
{
	uint32_t	a = c->cp[c->i],
				b = c->cp[c->i + 1];
	int			len = 0;

	if ((a == 0x9884 && (b == 0x671F || b == 0x8BA1 || b == 0x4F30)) ||	/* 预期 预计 预估 */
		((a == 0x4F30 || a == 0x6982) && (b == 0x8BA1 || b == 0x4F30)))	/* 估计 概估 */
		len = 2;
	else if (a == 0x6599 && (b == 0x4E3A || b == 0x662F))	/* 料为 料是 */
		return 2;
	if (len > 0 && c->i + len + 1 < c->n &&
		(c->cp[c->i + len] == 0x4E3A || c->cp[c->i + len] == 0x662F))
		len++;					/* 为 是 */
	return len;
}

/* 预 估 概 料 共 编: the first characters of estimate_word_len's and budgeted_len's words (one
 * switch before either looks further: every lead passes here) */
static inline bool
estimate_or_budget_first(uint32_t c)
{
	switch (c)
	{
		case 0x9884: case 0x4F30: case 0x6982: case 0x6599: case 0x5171: case 0x7F16:
		case 0x539F: case 0x6838:
			return true;
	}
	return false;
}

/* 编列 (appropriated: a Taiwan budget's verb), 原列 (first listed) and 核列 (approved: b394),
 * after 共 or not, right before a number: its length at the cursor, 0 when none */
static int
budgeted_len(const Cursor *c)
{
	int			k = c->i + (c->cp[c->i] == 0x5171);	/* 共 */

	return k + 2 < c->n && c->cp[k + 1] == 0x5217 &&
		(c->cp[k] == 0x7F16 || c->cp[k] == 0x539F || c->cp[k] == 0x6838) &&	/* 编列 原列 核列 */
		starts_number(c->cp[k + 2]) ?
		k + 2 - c->i : 0;
}

/*
 * 预期3%以内, 预计5亿元 (expected), 估计为26.58万人, 概估3.11%, 料为3.5% (stop 37): an
 * estimate's word read, not kept, before the number (a plan or an estimate is said by the
 * text around it); 編列2兆8623億, 共編列3兆0350億 (Taiwan budgets: appropriated; stop 37, four
 * blind batches label it in the span) likewise.  Out of line: rare, and the caller stays
 * small enough to be inlined.
 */
static __attribute__((noinline)) void
skip_estimate_or_budget(Cursor *c)
{
	int			id,
				len = estimate_word_len(c);

	if (len > 0 &&
		(starts_number(c->cp[c->i + len]) ||
		 c->cp[c->i + len] == W_DA[0] ||	/* 预计达到5% (stop 35) */
		 ind_qual_match_len(c->cp + c->i + len, c->n - c->i - len, QP_PREFIX, &id) > 0))	/* 预期超过 */
		c->i += len;
	else if ((len = budgeted_len(c)) > 0)
		c->i += len;
}

/*
 * Words read and not kept between the lead and the number: 仅为, 只占, 只有 (only), 录得 and 录
 * (recorded), 实现/完成/累计完成 (achieved), 预期/预计/估计为/概估 (expected), 编列 (appropriated),
 * 各/分别/均 before a share, and
 * 已 仍 则 亦 也 要 将 before 达, 高达 or a qualifier.  (Out of parse_lead to keep it short; it
 * is called once, so the compiler inlines it as before.)
 */
static void
skip_words_before_number(Reading *r)
{
	Cursor	   *c = &r->c;
	int			id;

	/* 仅为3.2%, 僅3.1% (only): read, not kept, as after a rate noun, and 只 or 合 before 占
	 * (只占1.83%, 合占8成8: only, together);
	 * 录得 (錄得4.8%的增長, a release's "recorded") likewise */
	if (c->i + 1 < c->n && (at(c, W_JIN) ||
							((c->cp[c->i] == 0x53EA || c->cp[c->i] == 0x5408) &&	/* 只 合 */
							 c->cp[c->i + 1] == 0x5360 && ++c->i) ||
							(c->cp[c->i] == 0x53EA &&	/* 只有, 只剩 */
							 (c->cp[c->i + 1] == 0x6709 || c->cp[c->i + 1] == 0x5269) && ++c->i)))
	{
		if (!at(c, W_WEI) && c->i + 1 < c->n && (c->cp[c->i] == 0x6709 || c->cp[c->i] == 0x5269) &&
			(starts_number(c->cp[c->i + 1]) ||
			 ind_qual_match_len(c->cp + c->i + 1, c->n - c->i - 1, QP_PREFIX, &id) > 0))
			c->i++;				/* 仅有, 只有27% (only: b225), 僅剩約40億元 (only left: b295) */
		skip_ws(c);
	}
	else if (c->i + 2 < c->n && c->cp[c->i] == W_LUDE[0] &&
			 (at(c, W_LUDE) ||
			  /* 錄4,198宗, 錄約368.96億元: 录 alone (recorded) before the number, as 录得 */
			  ((ind_is_numeral_start(c->cp[c->i + 1]) || c->cp[c->i + 1] == '$' ||	/* 錄$17,296/呎 */
				ind_qual_match_len(c->cp + c->i + 1, c->n - c->i - 1, QP_PREFIX, &id) > 0) &&
			   ++c->i)))
	{
		r->lude = true;
		skip_ws(c);
	}
	else if (c->cp[c->i] == 0x5B9E || c->cp[c->i] == 0x5B8C || c->cp[c->i] == 0x7D2F)	/* 实 完 累 */
		skip_achieved(c);
	/* 预期3%以内, 预计5亿元 (expected), 估计为26.58万人, 概估3.11%, 料为3.5%, 編列2兆8623億 */
	if (c->i + 2 < c->n && estimate_or_budget_first(c->cp[c->i]))
		skip_estimate_or_budget(c);
	/* 已达870家, 已超过3万人 (already), 将达到3.5万亿元 (will), 要达 (must): read, not kept,
	 * before a lead word or a qualifier */
	if (c->cp[c->i] == 0x5404 || c->cp[c->i] == 0x5206 || c->cp[c->i] == 0x5747)	/* 各 分 均 */
		skip_each_before_share(c);
	if (c->i + 1 < c->n && (c->cp[c->i] == 0x5DF2 || c->cp[c->i] == 0x4ECD ||
							c->cp[c->i] == 0x5219 ||	/* 则 (自由行則高達96.12%) */
							c->cp[c->i] == 0x4EA6 || c->cp[c->i] == 0x4E5F ||	/* 亦 也 (亦高達86%: b225) */
							c->cp[c->i] == 0x8981 ||	/* 要 (工业总产值要达2750亿元: must) */
							c->cp[c->i] == 0x53EF ||	/* 可 (可達5％以上: can reach; b382) */
							(c->cp[c->i] == 0x5C06 && c->cp[c->i + 1] != 0x8FD1)) &&	/* 已 仍 将, not 将近 */
		(c->cp[c->i + 1] == W_DA[0] ||
		 (c->i + 2 < c->n && c->cp[c->i + 1] == W_GAODA[0] && c->cp[c->i + 2] == W_GAODA[1]) ||
		 /* 將為872億元, 仍为5%, 已为 (b394): before 为 and a number, as before 达 (not 也为: 也
		  * needs the rate noun before it) */
		 (c->i + 2 < c->n && c->cp[c->i + 1] == W_WEI[0] && starts_number(c->cp[c->i + 2]) &&
		  (c->cp[c->i] == 0x5C06 || c->cp[c->i] == 0x4ECD || c->cp[c->i] == 0x5DF2)) ||
		 ind_qual_match_len(c->cp + c->i + 1, c->n - c->i - 1, QP_PREFIX, &id) > 0))
		c->i += c->cp[c->i + 1] == W_WEI[0] ? 2 : 1;	/* (为 is a copula here: read, not kept) */
	/* 由5.9%上升至6.3% (b394): 由 (from) right before a number, the level a move starts at: read,
	 * not kept (23 of 26 blind labels call it a level) */
	else if (c->i + 1 < c->n && c->cp[c->i] == 0x7531 && starts_number(c->cp[c->i + 1]))
		c->i++;
}

/*
 * lead word (达到 达 占比; 达到了 as 达到) and a qualifier before the change words; 出超/入超
 * refused.  控制在 before a capped level (控制在3%以内, as a target writes it) is read and
 * not kept: the cap is the figure's qualifier (checked in parse_cp).
 */
static bool
parse_lead(Reading *r)
{
	Cursor	   *c = &r->c;
	int			id,
				id2,
				id3,
				len;

	/* the common case: a figure starting with a digit or sign has no lead words, nor one
	 * starting with a Chinese numeral (一千八百亿元); the signs < > ≤ ≥ ≦ ≧ are qualifiers */
	{
		uint32_t	c0 = c->cp[c->i];

		if ((c0 < 0x3000 && (c0 < '<' || (c0 > '>' && (c0 < 0x2264 || c0 > 0x2267)))) ||
			ind_is_numeral_start(c0))
			return true;
	}
	per_unit_before(r);
	if (c->i + 1 < c->n && (c->cp[c->i] == 0x51FA || c->cp[c->i] == 0x5165) &&
		c->cp[c->i + 1] == 0x8D85)	/* 出超 入超 */
	{
		fail_at(r->err, IND_ERR_SYNTAX, c, c->i,
				"\"%s\": 出超/入超 is a trade surplus or deficit, not the qualifier 超: write the balance as a figure");
		return false;
	}
	/*
	 * 为9.2亿元, 至75.4亿元: a copula (为) or the "to" of a level reached (至, after a verb
	 * the span leaves out: 上升23.6%至75.4亿元) before the number: read, not kept, as the
	 * rate copula and 增至 are.  Not before change words (为增长5% stays an error), nor the
	 * qualifiers 至少/至多.
	 */
	if ((len = striving_len(c)) > 0)
		c->i += len;			/* 力争达到8%: not kept */
	if ((len = list_adverb_len(c)) > 0)
	{
		c->i += len;			/* 分别突破300亿元, 均为3%: the adverb of a list, not kept */
		skip_ws(c);
	}
	if ((len = copula_len(c)) > 0)
	{
		int			save = c->i;

		c->i += len;
		skip_ws(c);
		if (c->i >= c->n || verb_len_at(c, c->i, &id) > 0 ||
			ind_basis_match_len(c->cp + c->i, c->n - c->i, &id) > 0)
			c->i = save;
		else if (c->cp[save] == 0x4E3A || c->cp[save] == 0x662F)
			skip_whole_of(c);	/* 為預算的55.3%, 是2007年的2.1倍: a share or multiple of a whole */
		if (!r->per_before)
			per_unit_before(r);	/* 為每平方米32,026元 (b291): the copula, then what it is per */
	}
	if (c->cp[c->i] == W_KONGZHIZAI[0] && at(c, W_KONGZHIZAI))
	{
		r->kongzhi = true;
		skip_ws(c);
	}
	/* 在5%左右 (the level held, its verb left before the span): 在 before the number, read
	 * and not kept */
	if (c->i + 1 < c->n && c->cp[c->i] == 0x5728 &&
		starts_number(c->cp[c->i + 1]))
		c->i++;
	/* 稳定在507万吨, 保持在5%左右, 维持在3%: the level held, read and not kept (no cap
	 * needed, unlike 控制在); not before change words */
	if (held_len(c) > 0)
	{
		int			save = c->i;

		c->i += 3;
		skip_ws(c);
		if (c->i >= c->n || verb_len_at(c, c->i, &id) > 0 ||
			ind_basis_match_len(c->cp + c->i, c->n - c->i, &id) > 0)
			c->i = save;
	}
	else
		rare_level_leads(r);
	skip_words_before_number(r);
	/* (达至 before 多/少 is 达 and the qualifier 至多/至少: 达至多5吨) */
	if (at(c, W_DADAO) ||
		(!(c->i + 2 < c->n && (c->cp[c->i + 2] == 0x591A || c->cp[c->i + 2] == 0x5C11)) &&
		 at(c, W_DAZHI)) ||
		(c->i + 2 < c->n && starts_number(c->cp[c->i + 2]) && at(c, W_DACHENG)))
	{
		r->x->flags |= IND_LEAD_DADAO;
		at(c, W_LE);			/* 达到了366.7亿吨: done, as 突破了 */
	}
	else if (c->i + 2 < c->n && ((c->cp[c->i] == W_GAODA[0] && at(c, W_GAODA)) ||
								 (c->cp[c->i] == W_DUODA[0] && at(c, W_DUODA)) ||
								 (c->cp[c->i] == W_CHANGDA[0] && at(c, W_CHANGDA))))
		r->x->flags |= IND_LEAD_DA;	/* 高达1.2万亿元 (as high as), 多达, 长达5.9年 (b374): 达, not
									 * the comparative 高/多 */
	else if (c->i + 1 < c->n && at(c, W_DA))
		r->x->flags |= IND_LEAD_DA;
	else if (at(c, W_ZHANBI) || at(c, W_BIZHONG) ||
			 (c->i + 1 < c->n && c->cp[c->i] == W_ZHANBI[0] && share_follows(c)))
	{
		r->x->flags |= IND_LEAD_ZHANBI;
		skip_ws(c);
		skip_rate_copula(c);	/* 占比为30%, 占比高达35%: the share's copula, not kept */
	}
	skip_ws(c);
	if ((len = ind_qual_match_len(c->cp + c->i, c->n - c->i, QP_PREFIX, &id)) > 0 &&
		reference_comparative(c, &id2, &id3) == 0)	/* 高于全国…: a change, read next */
	{
		c->i += len;
		r->x->qual = (uint8_t) id;
		skip_ws(c);
		/* 约占外币存款的3.5%: the whole after a qualifier ending in 占, read and not kept */
		if (c->cp[c->i - 1] == 0x5360 || (c->i >= 2 && c->cp[c->i - 2] == 0x5360))
			c->i += whole_name_len(c);
		skip_copula_after_qual(c, id);
	}
	return true;
}

/* 持平: a change of zero, nothing follows and no qualifier goes with it */
static bool
parse_flat(Reading *r)
{
	Cursor	   *c = &r->c;

	skip_ws(c);
	if (c->i < c->n)
	{
		fail_at(r->err, IND_ERR_SYNTAX, c, c->i, "unexpected \"%s\" after 持平");
		return false;
	}
	if (r->x->qual)
	{
		fail_at(r->err, IND_ERR_SYNTAX, c, 0, "持平 takes no qualifier: \"%s\"");
		return false;
	}
	/* 基本持平 is about 0: the class is the qualifier's, so the verb brings its own */
	if (r->x->verb == ind_verb_about_flat())
		r->x->qual = (uint8_t) ind_qual_about_flat();
	return true;
}

/* 翻番, 翻一番, 翻了两番: stored as 增长 (2^n - 1) 倍 */
static bool
parse_doubling(Reading *r)
{
	Cursor	   *c = &r->c;
	int			doublings = 1,
				start,
				id;

	at(c, W_LE);
	if (!at(c, W_FAN))
	{
		start = c->i;
		if (!ind_parse_numeral(c->cp, c->n, c->i, &r->num, r->err))
			return false;
		c->i += r->num.len;
		if (r->num.scale != 0 || r->num.mag != 0 || r->num.open_pos >= 0 ||
			r->num.digits < 1 || r->num.digits > 59 || !at(c, W_FAN))
		{
			fail_at(r->err, IND_ERR_SYNTAX, c, start,
					"\"%s\": 翻 takes a whole number of doublings and 番 (翻一番, 翻两番)");
			return false;
		}
		doublings = (int) r->num.digits;
	}
	r->x->coef = (int64_t) ((((uint64_t) 1) << doublings) - 1);
	ind_unit_match_len((const uint32_t[]) {0x500D}, 1, &id);	/* 倍 */
	r->x->unit = (uint8_t) id;
	skip_ws(c);
	return true;
}

/*
 * A rise written with a sign is a change of that sign (增长-12.7%, 年增-5.8%, 比上年同期增长-8.7%,
 * as mainland communiqués and Taiwan tables print negative growth; 增长+3%).  Only a verb of
 * rising takes one (ind_verb_rising): after a verb of falling (下降-3%) a minus would say the
 * opposite of its word.
 */
/* the rise with a minus is the fall of its opposite word (增长-12.7% = 下降12.7%) */
static __attribute__((noinline)) void
signed_rise(Reading *r)
{
	if (!r->negative)
		return;
	r->x->verb = (uint8_t) ind_verb_opposite(r->x->verb);
	r->dir = CD_DOWN;
	r->negative = false;
}

/* a qualifier after the change words (增长超过5%, 减至约18.8万个), then a sign */
static bool
parse_sign(Reading *r)
{
	Cursor	   *c = &r->c;
	int			id,
				len,
				start;

	if (r->change_read &&
		(len = ind_qual_match_len(c->cp + c->i, c->n - c->i, QP_PREFIX, &id)) > 0)
	{
		if (!set_qual(r->x, id, r->err, c, c->i))
			return false;
		c->i += len;
		skip_ws(c);
		skip_copula_after_qual(c, id);
	}
	start = c->i;
	if (c->i < c->n && (c->cp[c->i] == '-' || c->cp[c->i] == '+'))
	{
		r->negative = c->cp[c->i] == '-';
		r->plus = !r->negative;
		c->i++;
	}
	else if (at(c, W_FU))
		r->negative = true;
	if ((r->negative || c->i != start) && r->x->verb)
	{
		if (!ind_verb_rising(r->x->verb))
		{
			fail_at(r->err, IND_ERR_SYNTAX, c, start,
					"a sign \"%s\" cannot follow a change word; the word gives the direction");
			return false;
		}
		signed_rise(r);
	}
	if (c->i + 2 >= c->n || (c->cp[c->i] != 0x767E && c->cp[c->i] != 0x5343))	/* 百 千 */
		return true;
	if (at(c, W_BAIFENZHI))
		r->percent_word = true;
	else if (at(c, W_QIANFENZHI))
		r->permille_word = true;
	else if (c->cp[c->i + 2] >= 0x3000 && ind_is_numeral_start(c->cp[c->i + 2]) &&
			 at(c, W_BAIFEN))
		r->percent_word = true; /* 百分八: 百分之八 as Hong Kong and Macau print it */
	return true;
}

/*
 * A magnitude with no digit after a qualifier or a change word (突破万亿元, 超过亿元): one of
 * it.  Its length at the cursor, the magnitude in *mag; 0 when not one.
 */
static int
bare_magnitude(const Reading *r, int *mag)
{
	const Cursor *c = &r->c;
	int			id;

	if ((!r->x->qual && !r->change_read) || r->percent_word || r->permille_word ||
		c->i >= c->n || (c->cp[c->i] != 0x4E07 && c->cp[c->i] != 0x4EBF))	/* 万 亿 */
		return 0;
	if (ind_unit_match_len(c->cp + c->i, c->n - c->i, &id) > 0)
		return 0;
	return ind_mag_match_len(c->cp + c->i, c->n - c->i, mag);
}

/*
 * 半 as the number of a share or of percentage points: 半成 = 0.5成 (5 %), 半个百分点 = 0.5
 * percentage points.  Not of other units (半年, 半个月: a duration, no figure).
 */
static bool
half_of_unit(const Cursor *c)
{
	int			id,
				len;

	if (c->i + 1 >= c->n || c->cp[c->i] != 0x534A)	/* 半 */
		return false;
	len = ind_unit_match_len(c->cp + c->i + 1, c->n - c->i - 1, &id);
	return len > 0 && ind_unit_halves(id);
}

/* the number, with 多/余 before or after its magnitude (1800多亿元, 3万多亩) */
static void exact_in_brackets(Reading *r);

static bool
parse_number(Reading *r)
{
	Cursor	   *c = &r->c;
	Indicator  *x = r->x;
	int			id,
				len,
				mag,
				start = c->i;

	if (vague_magnitude(c))
	{
		fail_at(r->err, IND_ERR_SYNTAX, c, c->i,
				"\"%s\" is an order of magnitude, not a figure: write the number, or a range as a target");
		return false;
	}
	if ((len = bare_magnitude(r, &mag)) > 0)
	{
		memset(&r->num, 0, sizeof(r->num));
		r->num = (Numeral) {.digits = 1, .mag = mag, .open_pos = -1, .len = len};
	}
	else if (half_of_unit(c))
	{
		memset(&r->num, 0, sizeof(r->num));
		r->num = (Numeral) {.digits = 5, .scale = 1, .open_pos = -1, .from_words = true, .len = 1};
	}
	else if (c->i >= c->n || !(ind_is_numeral_start(c->cp[c->i])))
	{
		if (c->i >= c->n)
			ind_fail(r->err, IND_ERR_SYNTAX, c->n, "a number is missing at the end");
		else
			fail_at(r->err, IND_ERR_SYNTAX, c, c->i, "\"%s\" where a number was expected");
		return false;
	}
	else if (!ind_parse_numeral(c->cp, c->n, c->i, &r->num, r->err))
		return false;
	c->i += r->num.len;
	x->mag = (uint8_t) r->num.mag;
	exact_in_brackets(r);
	if (r->num.open_pos >= 0 && x->qual == 0)
		x->qual = (uint8_t) ind_qual_open_id(r->num.open_yu, QP_AFTER_NUMBER);
	if (r->num.open_pos >= 0 && ind_qual_class(x) != QC_OPEN)
	{
		fail_at(r->err, IND_ERR_SYNTAX, c, start, "second qualifier in \"%s\": only one is allowed");
		return false;
	}
	/* 多/余 after the number and its magnitude: 3万多亩 (3万 多亩 too) */
	start = c->i;
	skip_ws(c);
	if ((len = ind_qual_match_len(c->cp + c->i, c->n - c->i, QP_AFTER_MAG, &id)) > 0)
	{
		if (!set_qual(x, id, r->err, c, c->i))
			return false;
		c->i += len;
	}
	else
		c->i = start;
	skip_ws(c);
	return true;
}

/*
 * 129萬(1,294,404)元 (Taiwan's releases): a rounded figure in 万 or 亿, then its exact number in
 * brackets before the unit: the exact number is the figure, when the rounded one agrees with it
 * (within one of its last place: 100萬(1,009,193)元 is cut, not rounded); otherwise the bracket
 * is left to the error it was.
 */
static void
exact_in_brackets(Reading *r)
{
	Cursor	   *c = &r->c;
	Numeral		t;
	IndError	e2;
	int			k = c->i,
				close,
				outer_exp,
				inner_exp,
				low;
	ind_i128	outer,
				inner,
				diff,
				unit;

	if (r->num.mag == 0 || r->num.from_words || k + 2 >= c->n ||
		(c->cp[k] != '(' && c->cp[k] != 0xFF08))
		return;
	if (!ind_parse_numeral(c->cp, c->n, k + 1, &t, &e2) || t.mag != 0 || t.from_words ||
		t.open_pos >= 0)
		return;
	close = k + 1 + t.len;
	if (close >= c->n || (c->cp[close] != ')' && c->cp[close] != 0xFF09))
		return;
	outer_exp = r->num.mag - r->num.scale;
	inner_exp = -t.scale;
	low = outer_exp < inner_exp ? outer_exp : inner_exp;
	/* both scaled to the lower exponent stay far inside 128 bits (digits under 10^18, shifts
	 * of at most 18 places) */
	if (outer_exp - low > 18 || inner_exp - low > 18 ||
		r->num.digits >= (ind_i128) 1000000000000000000LL ||
		t.digits >= (ind_i128) 1000000000000000000LL)
		return;
	outer = r->num.digits;
	inner = t.digits;
	for (int i = low; i < outer_exp; i++)
		outer *= 10;
	for (int i = low; i < inner_exp; i++)
		inner *= 10;
	unit = 1;
	for (int i = low; i < outer_exp; i++)
		unit *= 10;
	diff = outer > inner ? outer - inner : inner - outer;
	if (outer_exp <= low || diff >= unit)
		return;					/* rounded or cut at the last place written: within one of it */
	r->num.digits = t.digits;
	r->num.scale = t.scale;
	r->num.mag = 0;
	r->x->mag = 0;
	c->i = close + 1;
}

/* 1令吉96仙 = 1.96令吉: the sen after a whole number of ringgit are its hundredths (b249) */
static void
cents_after_currency(Reading *r)
{
	Cursor	   *c = &r->c;
	int			cents,
				len;

	if (!(c->cp[c->i] == 0x96F6 || (c->cp[c->i] >= '0' && c->cp[c->i] <= '9')))
		return;					/* (the cheap test: most units end the figure) */
	len = ind_unit_cents_len(c->cp + c->i, c->n - c->i, r->unit, &cents);
	if (len == 0 || r->num.scale != 0 || r->x->mag != 0 || r->num.digits > INT64_MAX / 100)
		return;
	r->num.digits = r->num.digits * 100 + cents;
	r->num.scale = 2;
	c->i += len;
}

/* 1小时21分钟 = 81分钟, 3年6个月 = 42个月: a whole number of a smaller unit after the unit
 * (units.c ind_unit_compound_len); the figure is read in the smaller unit */
static void
smaller_unit_after(Reading *r)
{
	Cursor	   *c = &r->c;
	int			smaller,
				len;
	int64_t		ratio,
				part;

	if (!(c->cp[c->i] >= '0' && c->cp[c->i] <= '9') || r->num.scale != 0 || r->x->mag != 0 ||
		r->num.open_pos >= 0 || r->per_unit != 0 || r->num.digits > INT64_MAX / 1000000)
		return;					/* (the cheap test first: most units end the figure) */
	len = ind_unit_compound_len(c->cp + c->i, c->n - c->i, r->unit, &smaller, &ratio, &part);
	if (len == 0)
		return;
	r->num.digits = r->num.digits * ratio + part;
	r->unit = smaller;
	c->i += len;
}

/* 七成三 = 7.3成 = 73%: a digit after 成 is its tenth; 半 is five of them (一成半 = 15%); so
 * after 倍 (增兩倍三 = 2.3倍, 两倍半 = 2.5倍: Hong Kong and Macau press) */
static void
tenth_after_cheng(Reading *r)
{
	Cursor	   *c = &r->c;
	Numeral		t = {.digits = 5, .len = 1, .open_pos = -1};
	IndError	e2;

	if (c->i >= c->n || (c->cp[c->i] != 0x534A && !ind_is_numeral_start(c->cp[c->i])) ||
		(strcmp(ind_unit(r->unit)->name, "成") != 0 && strcmp(ind_unit(r->unit)->name, "倍") != 0) ||
		r->num.scale != 0 || r->x->mag != 0)
		return;
	if (c->cp[c->i] != 0x534A &&	/* 半: t is already its five tenths */
		(!ind_parse_numeral(c->cp, c->n, c->i, &t, &e2) ||
		 t.len != 1 || t.digits < 1 || t.digits > 9 || t.mag != 0 || t.open_pos >= 0))
		return;
	r->num.digits = r->num.digits * 10 + t.digits;
	r->num.scale = 1;
	c->i++;
}

/*
 * 新臺幣1,234億元, 港幣1.2萬元, 人民币5000元: a currency whose word ends in 币 written before
 * the number names the 元 after it (or stands for it: 新台币1,234亿).  Read at the number.
 */
static void
currency_before(Reading *r)
{
	Cursor	   *c = &r->c;
	int			id,
				len;

	if (c->i < c->n && (c->cp[c->i] == '$' || (c->cp[c->i] >= 'H' && c->cp[c->i] <= 'U')) &&
		(len = ind_dollar_prefix_len(c->cp + c->i, c->n - c->i, &id)) > 0)
	{
		c->i += len;			/* $5,317億 (Hong Kong press), HK$, US$, NT$ */
		r->currency = id;
		return;
	}
	if (c->i >= c->n || c->cp[c->i] < 0x4E00 || ind_is_numeral_start(c->cp[c->i]))
		return;					/* the number itself: the common case, no lookup */
	len = ind_unit_match_len(c->cp + c->i, c->n - c->i, &id);
	if (len == 0 || !ind_unit_is_prefix_currency(id))
		return;
	c->i += len;
	skip_ws(c);
	if (c->i >= c->n || !ind_is_numeral_start(c->cp[c->i]))
	{
		c->i -= len;			/* not before a number: left to the error below */
		return;
	}
	r->currency = id;
}

/* the unit after the number, given a currency before it: none or 元, which it names */
static bool
currency_after(Reading *r, int start)
{
	if (r->per_unit == 0 && (r->unit == 0 || strcmp(ind_unit(r->unit)->name, "元") == 0))
	{
		r->unit = r->currency;
		return true;
	}
	fail_at(r->err, IND_ERR_SYNTAX, &r->c, start,
			"\"%s\" after a currency written before the number: write the currency once");
	return false;
}

/* unit := unit-word ( "/" magnitude? unit-word )?, then 多/余 after it (3亩多) */
static bool
parse_unit_part(Reading *r)
{
	Cursor	   *c = &r->c;
	Indicator  *x = r->x;
	int			id,
				len,
				start = c->i;

	if (r->percent_word || r->permille_word)
	{
		ind_unit_match_len((const uint32_t[]) {r->permille_word ? 0x2030 : '%'}, 1, &r->unit);
		/*
		 * 百分之零點二個百分點 (Taiwan press): 百分之 written before a count of percentage
		 * points; the points are the unit (0.2个百分点), 百分之 says no more.
		 */
		if (r->percent_word && (len = ind_unit_match_len(c->cp + c->i, c->n - c->i, &id)) > 0 &&
			(id == ind_unit_id("个百分点") || id == ind_unit_id("百分点")))
		{
			r->unit = id;
			c->i += len;
		}
		if (x->mag != 0)
		{
			fail_at(r->err, IND_ERR_SYNTAX, c, start, "百分之/千分之 takes a plain number");
			return false;
		}
	}
	else if (!parse_unit(c, &r->unit, &r->per_unit, &r->den_mag, r->err))
		return false;
	else if (r->unit && c->i < c->n)
	{
		tenth_after_cheng(r);
		cents_after_currency(r);
		smaller_unit_after(r);
	}
	/* $18,695/呎 (b225): a currency before the number and a denominator after it */
	if (r->currency && r->unit == 0 && r->per_unit == 0 && c->i + 1 < c->n && c->cp[c->i] == '/' &&
		(len = ind_per_unit_match_len(c->cp + c->i + 1, c->n - c->i - 1, &id)) > 0)
	{
		c->i += 1 + len;
		r->unit = r->currency;
		r->per_unit = id;
	}
	else if (r->currency && !currency_after(r, start))
		return false;
	/* 七十五万个百分点: a Chinese numeral's 万 is part of the number, not a display magnitude */
	if (r->unit && x->mag != 0 && !ind_unit(r->unit)->shown_with_mag && r->num.from_words)
	{
		r->num.scale -= x->mag;
		x->mag = 0;
		while (r->num.scale < 0 && r->num.digits < IND_COEF_LIMIT)
		{
			r->num.digits *= 10;
			r->num.scale++;
		}
	}
	if (r->per_before)
	{
		/* 每公顷5482.9公斤: a unit after the number, not a rate, and no other denominator */
		if (r->unit == 0)
			return ind_fail(r->err, IND_ERR_SYNTAX, 1,
							"每 and a unit before the number need a unit after it (每公顷5482.9公斤)");
		if (r->per_unit != 0 || ind_unit_is_rate(r->unit) || r->unit == r->per_before ||
			(ind_unit_is_time(r->per_before) && !ind_unit_is_measure(r->unit)))
		{
			fail_at(r->err, IND_ERR_SYNTAX, c, start,
					"\"%s\" after 每 and a unit: write the unit the figure counts (每公顷5482.9公斤)");
			return false;
		}
		r->per_unit = r->per_before;
	}
	x->unit = (uint8_t) r->unit;
	x->per_unit = (uint8_t) r->per_unit;
	x->flags |= (uint8_t) (r->den_mag << IND_DENMAG_SHIFT);
	if (r->unit && x->mag != 0 && !ind_unit(r->unit)->shown_with_mag)
	{
		fail_at(r->err, IND_ERR_SYNTAX, c, start, "\"%s\" does not take a magnitude word (万, 亿 ...)");
		return false;
	}
	if (r->unit && (len = ind_qual_match_len(c->cp + c->i, c->n - c->i, QP_AFTER_UNIT, &id)) > 0)
	{
		if (!set_qual(x, id, r->err, c, c->i))
			return false;
		c->i += len;
	}
	skip_ws(c);
	return true;
}

/*
 * A change named after the figure (27.4%的增幅, 3.8%升幅, 16.6%的增长, 61.5%之按年增幅):
 * 的/之? basis? and a verb or rate noun, at the end.  Stored as if written before it.
 */
static bool
suffix_change(Reading *r)
{
	Cursor		look = r->c;
	int			id = 0,
				len,
				basis = 0;
	bool		bare;

	if (r->x->verb || look.i >= look.n)
		return false;
	if (look.cp[look.i] == 0x7684 || look.cp[look.i] == 0x4E4B)	/* 的 之 */
	{
		look.i++;
		look.i += ind_intensity_len(look.cp + look.i, look.n - look.i);	/* 的強勁增幅 */
	}
	if (match_basis(&look, &basis, &bare) > 0 && bare)
		return false;
	len = ind_verb_match_len(look.cp + look.i, look.n - look.i, &id);
	/* 實質升幅 (real): read and not kept where the verb has no real form (实际增长 has) */
	if (len < 2 && ind_real_nominal_len(look.cp + look.i, look.n - look.i) > 0)
	{
		look.i += 2;
		len = ind_verb_match_len(look.cp + look.i, look.n - look.i, &id);
	}
	/*
	 * a one-character word after the figure is no change named after it: 多 and 余 are its
	 * qualifier (3万元多多 has two), 高/低/快/慢 compare only after a basis (比上年高2%)
	 */
	if (len < 2 || look.i + len != look.n ||
		(ind_verb(id)->cls != CD_UP && ind_verb(id)->cls != CD_DOWN))
		return false;
	r->x->verb = (uint8_t) id;
	r->x->basis = (uint8_t) basis;
	r->dir = (ChangeDir) ind_verb(id)->cls;
	r->c.i = look.n;
	return true;
}

/*
 * A parenthetical without digits between the unit and a suffix qualifier, as a note on the
 * currency (1700億元(人民幣,下同)以上): read and not kept.  Advances over it only when a
 * suffix qualifier follows.
 */
static __attribute__((noinline)) void
aside_before_suffix(Cursor *c)
{
	int			id,
				i = aside_end(c);

	if (i < 0)
		return;
	while (i < c->n && c->cp[i] == ' ')
		i++;
	if (ind_qual_match_len(c->cp + i, c->n - i, QP_SUFFIX, &id) > 0)
		c->i = i;
}

/*
 * 突破10萬大關, 突破1万亿元的大关 (the mark crossed, press style), 邁上700億元臺階 (the step
 * climbed, 大台阶 too): 大关 or 台阶 after a figure with a qualifier ends it, read and not kept;
 * without a qualifier it stays an unknown unit.
 * 水平 (保持在1.6%的水平: the level) ends a figure so after 的 or a unit (5水平 is an error).
 */
static __attribute__((noinline)) void
skip_mark_word(Reading *r)
{
	Cursor	   *c = &r->c;
	int			i = c->i;

	if (i >= c->n)
		return;
	if (c->cp[i] == 0x7684)		/* 的 */
		i++;
	if (i + 3 == c->n && r->x->qual && (c->cp[i] == 0x5927 || c->cp[i] == 0x65B0) &&
		c->cp[i + 1] == 0x53F0 && c->cp[i + 2] == 0x9636)
	{
		c->i = c->n;			/* 大台阶 (邁上4萬億元大臺階; stop 33), 新台阶 (迈上2万亿元新台阶) */
		return;
	}
	if (i + 2 != c->n)
		return;
	if ((r->x->qual && c->cp[i] == 0x5927 && c->cp[i + 1] == 0x5173) ||	/* 大关 */
		(r->x->qual && c->cp[i] == 0x53F0 && c->cp[i + 1] == 0x9636) ||	/* 台阶 (迈上700亿元台阶) */
		((i > c->i || r->x->unit) && c->cp[i] == 0x6C34 && c->cp[i + 1] == 0x5E73))	/* 水平 */
		c->i = c->n;
}

/* the suffix qualifier (以上, 左右 ...), a change named after the figure, then nothing */
static bool
parse_suffix(Reading *r)
{
	Cursor	   *c = &r->c;
	int			id,
				len,
				start = c->i;

	if (c->i < c->n && (c->cp[c->i] == '(' || c->cp[c->i] == 0xFF08))	/* ( （ */
		aside_before_suffix(c);
	if ((len = ind_qual_match_len(c->cp + c->i, c->n - c->i, QP_SUFFIX, &id)) > 0)
	{
		if (!set_qual(r->x, id, r->err, c, start))
			return false;
		c->i += len;
		skip_ws(c);
	}
	if (c->i < c->n && r->dir != CD_DOUBLE && suffix_change(r) && r->negative)
	{
		fail_at(r->err, IND_ERR_SYNTAX, c, 0,
				"a sign in \"%s\" cannot go with a change word; the word gives the direction");
		return false;
	}
	if (c->i < c->n)
		skip_mark_word(r);
	if (c->i < c->n)
	{
		uint32_t	ch = c->cp[c->i];
		bool		wordlike = ch >= 0x2E80 || (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z');

		/* a qualifier word left after the figure's own: written twice (3万元多多, 3%以上以上) */
		if (r->x->qual && ind_qual_match_len(c->cp + c->i, c->n - c->i, -1, &id) > 0)
			fail_at(r->err, IND_ERR_SYNTAX, c, c->i, "second qualifier \"%s\": only one is allowed");
		else if (wordlike && !r->x->unit && !r->percent_word && !r->permille_word)
			fail_at(r->err, IND_ERR_UNKNOWN_UNIT, c, c->i, "unknown unit \"%s\"");
		else if (ch < 0x20 || ch == 0x7F)
			fail_at(r->err, IND_ERR_SYNTAX, c, c->i, "control character in \"%s\"");
		else
			fail_at(r->err, IND_ERR_SYNTAX, c, c->i, "unexpected \"%s\"");
		return false;
	}
	return true;
}

/*
 * A + before a rate with no change word is the direction of a change: (+3.2%) beside a
 * level, 教育(+7.64%).  A plus is written only to say "up"; a minus also writes a negative
 * level (人口自然增长率-2.18‰), so -1.4% stays a level of -1.4%, as ind_parse always read it
 * (and as a negative level prints: a dump must read back the same value).  In a sentence the
 * reader makes a minus rate the change its context says (extract.c, minus_rate_change).
 * Rates are %, ‰ and percentage points; other units keep a + as a level's sign (+5℃).
 */
static bool
rate_sign(Reading *r)
{
	if (!r->plus || r->x->verb || r->per_unit || !ind_unit_is_rate(r->unit))
		return true;
	r->x->verb = (uint8_t) ind_verb_sign(true);
	r->dir = CD_UP;
	return true;
}

/*
 * 兆 is 万亿 (10^12) only where Taiwan and Hong Kong write it so: before a currency
 * (1.2兆元, 3兆新台币), before 斤 or 亩, Chinese measures no SI prefix takes (糧食產量1.4兆斤:
 * the Hong Kong press on grain, b441), or with an 亿 part (二兆三四一亿).  Elsewhere it is the
 * SI mega of 兆瓦 or 千兆 (gigabit) and no figure.
 */
static bool
check_zhao(Reading *r)
{
	if (!r->num.zhao || r->num.zhao_yi || (r->unit && ind_unit_is_currency(r->unit)) ||
		(r->unit && (r->unit == ind_unit_id("斤") || r->unit == ind_unit_id("亩"))))
		return true;
	return ind_fail(r->err, IND_ERR_SYNTAX, 1,
					"兆 reads as 万亿 only before a currency or an 亿 part (1.2兆元, 2兆341亿); "
					"千兆, 兆瓦 and 兆赫 are not amounts of 10^12");
}

/* the digits: at most 18 significant; trailing integer zeros may move to the scale */
static bool
set_digits(Reading *r)
{
	Indicator  *x = r->x;
	ind_i128	d = r->num.digits;
	int			scale = r->num.scale;

	while ((d >= IND_COEF_LIMIT) && d % 10 == 0 && scale > IND_SCALE_MIN)
	{
		d /= 10;
		scale--;
	}
	if (d >= IND_COEF_LIMIT || scale > IND_SCALE_MAX)
		return ind_fail(r->err, IND_ERR_RANGE, 1, "more than %d significant digits", IND_MAX_DIGITS);
	x->coef = (int64_t) d;
	x->scale = (int8_t) scale;
	if (r->negative || r->dir == CD_DOWN)
		x->coef = -x->coef;
	if (ind_qual_class(x) == QC_OPEN && x->coef == 0)
	{
		fail_at(r->err, IND_ERR_SYNTAX, &r->c, 0, "\"%s\": 多/余 needs a number other than zero");
		return false;
	}
	return true;
}

/*
 * 比重比上年提高0.01个百分点, 占比提高2个百分点: a change of a share counted in points is the
 * change alone (the share's word is read and not kept).  In % it stays an error: 占比增长3%
 * could be 3 points or 3 % of the share.
 */
static bool
in_points(const Indicator *x)
{
	return ind_unit_in_points(x->unit);
}

static bool
parse_cp(const uint32_t *cp, int n, Indicator *x, IndError *err)
{
	Reading		r = {.c = {cp, n, 0}, .x = x, .err = err};

	memset(x, 0, sizeof(*x));
	skip_ws(&r.c);
	if (r.c.i >= n)
		return ind_fail(err, IND_ERR_SYNTAX, 0, "the input is empty");
	if (!parse_lead(&r))
		return false;
	/* change: basis? noun? basis? verb 了? (同比下降, 增速比上月加快, 降幅收窄) */
	if (!parse_change(&r.c, x, &r.dir, &r.change_read, err))
		return false;
	if (r.kongzhi && x->verb)
		return ind_fail(err, IND_ERR_SYNTAX, 1,
						"控制在 takes a level with a cap such as 以内 or 以下 (控制在3%%以内), not a change");
	/*
	 * 涨幅控制在3%左右, 上涨控制在3%以内: a plan's cap on a change, written after its change
	 * words: 控制在 read and not kept (a target keeps it); the figure needs a cap or 左右.
	 */
	if (x->verb && (r.dir == CD_UP || r.dir == CD_DOWN) && r.c.i < n &&
		r.c.cp[r.c.i] == W_KONGZHIZAI[0] && at(&r.c, W_KONGZHIZAI))
	{
		r.kongzhi = true;
		skip_ws(&r.c);
	}
	/* 年均增长保持在6.5%以上, 增长稳定在6%左右: the change held at its rate, the word read and
	 * not kept (as after a rate noun: 增速保持在6.5%) */
	else if (x->verb && (r.dir == CD_UP || r.dir == CD_DOWN) && held_len(&r.c))
	{
		r.c.i += 3;
		skip_ws(&r.c);
	}
	/* 增長(5.6%), 增長（6.6%） (Hong Kong releases): the rate of a change word in brackets,
	 * the brackets read and not kept (a sign after a rate noun is read before: 跌幅(-0.5%)
	 * stays an error) */
	if (r.change_read && r.c.i + 2 < r.c.n &&
		((r.c.cp[r.c.i] == '(' && r.c.cp[r.c.n - 1] == ')') ||
		 (r.c.cp[r.c.i] == 0xFF08 && r.c.cp[r.c.n - 1] == 0xFF09)))
	{
		r.c.i++;
		r.c.n--;
	}
	if (r.dir == CD_FLAT)
		return parse_flat(&r);
	if (r.dir == CD_DOUBLE)
		return parse_doubling(&r) && parse_suffix(&r);
	if (!parse_sign(&r))
		return false;
	currency_before(&r);
	if (!(parse_number(&r) && parse_unit_part(&r) &&
		  parse_suffix(&r) && rate_sign(&r) && check_zhao(&r) && set_digits(&r)))
		return false;
	if (x->verb && (x->flags & IND_LEAD_MASK) == IND_LEAD_ZHANBI)
	{
		if (!in_points(x))
		{
			fail_at(err, IND_ERR_SYNTAX, &r.c, 0, "\"%s\": 占比 names a share, not a change");
			return false;
		}
		x->flags &= ~IND_LEAD_MASK;	/* the share's word read and not kept */
	}
	/* 拉动…增长0.5个百分点: a pull on a whole's growth is counted in points (拉动消费126亿元 is an
	 * amount generated, not a change) */
	if (ind_verb_pull_in_points(x->verb) && !in_points(x))
		return ind_fail(err, IND_ERR_SYNTAX, 1,
						"拉动/下拉 take percentage points (拉动经济增长0.5个百分点)");
	/* 加快30个在建项目 (b338): 加快 and 放缓 change a speed, a rate; a count after them is the
	 * things sped up, a task, no change (加快2%, 放缓0.5个百分点, 加快0.3 stay) */
	if (ind_verb_speed(x->verb) && x->unit != 0 &&
		!ind_unit_is_rate(x->unit) && !in_points(x))
		return ind_fail(err, IND_ERR_SYNTAX, 1,
						"加快/放缓 change a rate (增速加快0.5个百分点), not a count");
	/* 累计7,248.82億元: an amount to date; 累计3% does not say growth or level (b237) */
	if (r.to_date && ind_unit_is_rate(x->unit))
		return ind_fail(err, IND_ERR_SYNTAX, 1,
						"累计 before a number takes an amount, not a rate (累计7248.82亿元; 累计增长5%%)");
	/* 贡献率为6.6%: the contribution rate is a level in a rate */
	if (r.rate_noun && (x->verb || !ind_unit_is_rate(x->unit)))
		return ind_fail(err, IND_ERR_SYNTAX, 1,
						"a rate's name (贡献率, 比率, 失业率, 比重 ...) takes a level in %% (贡献率为6.6%%)");
	/* 录得4.8%的增长 names its change; 录得5% alone does not say whether 5 % is a level or a
	 * change (录得203.5億澳門元, an amount recorded, is a level) */
	if (r.lude && !x->verb && (ind_unit_is_rate(x->unit) || x->unit == 0))
		return ind_fail(err, IND_ERR_SYNTAX, 1,
						"录得 takes a change named after the figure (录得4.8%%的增长), not a bare figure");
	/* 控制在: a cap (以内 以下 不超过), or 左右 (控制在3.5%左右: kept at about 3.5 %) */
	if (r.kongzhi && ind_qual_class(x) != QC_LE && ind_qual_class(x) != QC_LT &&
		ind_qual_class(x) != QC_APPROX)
		return ind_fail(err, IND_ERR_SYNTAX, 1,
						"控制在 takes a level with a cap such as 以内 or 以下 (控制在3%%以内)");
	return true;
}

/*
 * Decode UTF-8 and normalise it as the reader does (normalise.c); -1 on an error.  map, when
 * not NULL, receives the positions in the text as written (ind_normalise).
 */
static int
decode_normalized(const char *s, size_t len, uint32_t *cp, int maxcp, int32_t *map,
				  IndError *err)
{
	int			n;

	err->code = IND_OK;
	err->hint = IND_HINT_NONE;
	err->position = 0;
	err->detail[0] = '\0';
	if (len > (size_t) maxcp * 4)
	{
		ind_fail(err, IND_ERR_SYNTAX, maxcp + 1, "input is longer than %d characters", maxcp);
		return -1;
	}
	n = ind_utf8_decode(s, len, cp, maxcp, err);
	if (n < 0)
		return -1;
	return ind_normalise(cp, n, cp, map, IND_NORM_VALUE);
}

/*
 * An error's position counts characters of the normalised text; say it in the text as
 * written (white space dropped, so they may differ).  Only on the error path: the map is
 * computed again rather than on every call.
 */
static void
position_as_written(const char *s, size_t len, IndError *err)
{
	uint32_t	cp[MAX_CHARS];
	int32_t		map[MAX_CHARS + 1];
	IndError	e2;
	int			n;

	if (err->position <= 0)
		return;
	n = ind_utf8_decode(s, len, cp, MAX_CHARS, &e2);
	if (n < 0)
		return;
	n = ind_normalise(cp, n, cp, map, IND_NORM_VALUE);
	if (err->position - 1 <= n)
		err->position = map[err->position - 1] + 1;
}

bool
ind_parse(const char *s, size_t len, Indicator *out, IndError *err)
{
	uint32_t	cp[MAX_CHARS];
	int			n = decode_normalized(s, len, cp, MAX_CHARS, NULL, err);

	if (n < 0)
		return false;
	if (!parse_cp(cp, n, out, err))
	{
		position_as_written(s, len, err);
		return false;
	}
	return ind_validate(out, err);
}

bool
ind_parse_unit(const char *s, size_t len, int *mag, int *unit, int *per_unit,
			   int *den_mag, IndError *err)
{
	uint32_t	cp[64];
	int			n = decode_normalized(s, len, cp, 64, NULL, err);
	Cursor		c;

	*mag = 0;
	if (n < 0)
		return false;
	c.cp = cp;
	c.n = n;
	c.i = 0;
	skip_ws(&c);
	if (!ind_unit_match_len(cp + c.i, n - c.i, unit))
		c.i += ind_mag_match_len(cp + c.i, n - c.i, mag);
	if (!parse_unit(&c, unit, per_unit, den_mag, err))
		return false;
	skip_ws(&c);
	if (c.i < n)
	{
		fail_at(err, IND_ERR_UNKNOWN_UNIT, &c, c.i, "unknown unit \"%s\"");
		return false;
	}
	if (*unit && *mag && !ind_unit(*unit)->shown_with_mag)
	{
		fail_at(err, IND_ERR_SYNTAX, &c, 0, "\"%s\" does not take a magnitude word");
		return false;
	}
	return true;
}
