/*
 * parse.c: the grammar of an indicator's text form.  This is the one place that says
 * which texts are indicators.
 *
 *   indicator := lead? prefix? change? prefix? sign? number open? unit? open? suffix?
 *   lead      := 达到 | 达                       (exact; kept for display)
 *   change    := basis? verb 了?                 (同比下降, 比上年增长, 提高)
 *              | basis? 持平 | 翻 了? numeral? 番 (翻一番 = 增长1倍, 翻两番 = 增长3倍)
 *   number    := 百分之 numeral | 千分之 numeral | numeral (see numeral.c)
 *   open      := 多 | 余                          (3万多亩, 1800多亿元, 200余个, 3亩多)
 *   unit      := unit-word ( "/" magnitude? unit-word )?     (longest match, units.c)
 *   prefix, suffix: qualifier words (words.c); white space may separate any two parts.
 *
 * Full-width digits and punctuation are read as their ASCII forms; 萬/億 as 万/亿.
 * Anything left over is an error that names it and its character position.
 */
#include "ind.h"

#include <stdio.h>
#include <string.h>

#define MAX_CHARS 256			/* longer input cannot be a figure; reject before work */

/*
 * Traditional characters of the words the grammar knows, read as their simplified forms
 * (and the financial 拾 佰 仟 as 十 百 千)
 * (Taiwan and Hong Kong publish in traditional script); the canonical output is simplified.
 * Only characters that simplified text does not use are listed, so the mapping cannot
 * change the reading of simplified input.  Sorted by code point (binary search).
 */
static const uint32_t trad_simp[][2] = {
	{0x4EDF, 0x5343}, {0x4F54, 0x5360}, {0x4F70, 0x767E}, {0x500B, 0x4E2A},	/* 仟佔佰個 */
	{0x5104, 0x4EBF}, {0x5167, 0x5185}, {0x5169, 0x4E24}, {0x518A, 0x518C},	/* 億內兩冊 */
	{0x5678, 0x5428}, {0x584A, 0x5757}, {0x5BE6, 0x5B9E}, {0x5C07, 0x5C06},	/* 噸塊實將 */
	{0x5C0D, 0x5BF9}, {0x5E7E, 0x51E0}, {0x5F35, 0x5F20}, {0x6236, 0x6237},	/* 對幾張戶 */
	{0x62FE, 0x5341}, {0x64F4, 0x6269}, {0x6578, 0x6570}, {0x65BC, 0x4E8E},	/* 拾擴數於 */
	{0x6642, 0x65F6}, {0x689D, 0x6761}, {0x68DF, 0x680B}, {0x6A19, 0x6807},	/* 時條棟標 */
	{0x6B50, 0x6B27}, {0x6B72, 0x5C81}, {0x6E1B, 0x51CF}, {0x6E96, 0x51C6},	/* 歐歲減準 */
	{0x6EFF, 0x6EE1}, {0x6F32, 0x6DA8}, {0x70BA, 0x4E3A}, {0x74B0, 0x73AF},	/* 滿漲為環 */
	{0x7522, 0x4EA7}, {0x755D, 0x4EA9}, {0x7A2E, 0x79CD}, {0x7A69, 0x7A33},	/* 產畝種穩 */
	{0x7B46, 0x7B14}, {0x7D04, 0x7EA6}, {0x7DE9, 0x7F13}, {0x7E2E, 0x7F29},	/* 筆約緩縮 */
	{0x7E3D, 0x603B}, {0x7FA9, 0x4E49}, {0x81FA, 0x53F0}, {0x8207, 0x4E0E},	/* 總義臺與 */
	{0x842C, 0x4E07}, {0x8655, 0x5904}, {0x8C9D, 0x8D1D}, {0x8CA0, 0x8D1F},	/* 萬處貝負 */
	{0x8ECA, 0x8F66}, {0x8F03, 0x8F83}, {0x8F15, 0x8F7B}, {0x8F1B, 0x8F86},	/* 車較輕輛 */
	{0x904E, 0x8FC7}, {0x9054, 0x8FBE}, {0x91D0, 0x5398}, {0x9418, 0x949F},	/* 過達釐鐘 */
	{0x9577, 0x957F}, {0x9580, 0x95E8}, {0x9593, 0x95F4}, {0x969B, 0x9645},	/* 長門間際 */
	{0x96BB, 0x53EA}, {0x9803, 0x9877}, {0x9805, 0x9879}, {0x982D, 0x5934},	/* 隻頃項頭 */
	{0x9846, 0x9897}, {0x984D, 0x989D}, {0x986F, 0x663E}, {0x9918, 0x4F59},	/* 顆額顯餘 */
	{0x9EDE, 0x70B9},	/* 點 */
};

/*
 * A bit per code point of 0x4E00 .. 0x9FFF, set for the characters of trad_simp (generated
 * from it: keep the two in step), so that most characters are passed over with one load.
 */
static const uint8_t trad_bits[(0xA000 - 0x4E00) / 8] = {
	[0x01B] = 0x80,
	[0x02A] = 0x10,
	[0x02E] = 0x01,
	[0x041] = 0x08,
	[0x060] = 0x10,
	[0x06C] = 0x80,
	[0x06D] = 0x02,
	[0x071] = 0x04,
	[0x10F] = 0x01,
	[0x149] = 0x04,
	[0x1BC] = 0x40,
	[0x1C0] = 0x80,
	[0x1C1] = 0x20,
	[0x20F] = 0x40,
	[0x226] = 0x20,
	[0x286] = 0x40,
	[0x29F] = 0x40,
	[0x2DE] = 0x10,
	[0x2EF] = 0x01,
	[0x2F7] = 0x10,
	[0x308] = 0x04,
	[0x353] = 0x20,
	[0x35B] = 0x80,
	[0x383] = 0x02,
	[0x3AA] = 0x01,
	[0x3AE] = 0x04,
	[0x403] = 0x08,
	[0x412] = 0x40,
	[0x41F] = 0x80,
	[0x426] = 0x04,
	[0x457] = 0x04,
	[0x4D6] = 0x01,
	[0x4E4] = 0x04,
	[0x4EB] = 0x20,
	[0x585] = 0x40,
	[0x58D] = 0x02,
	[0x5A8] = 0x40,
	[0x5E0] = 0x10,
	[0x5FD] = 0x02,
	[0x605] = 0x40,
	[0x607] = 0x20,
	[0x635] = 0x02,
	[0x67F] = 0x04,
	[0x680] = 0x80,
	[0x6C5] = 0x10,
	[0x70A] = 0x20,
	[0x7D3] = 0x20,
	[0x7D4] = 0x01,
	[0x819] = 0x04,
	[0x820] = 0x08,
	[0x822] = 0x20,
	[0x823] = 0x08,
	[0x849] = 0x40,
	[0x84A] = 0x10,
	[0x87A] = 0x01,
	[0x8C3] = 0x01,
	[0x8EE] = 0x80,
	[0x8F0] = 0x01,
	[0x8F2] = 0x08,
	[0x913] = 0x08,
	[0x917] = 0x08,
	[0x940] = 0x28,
	[0x945] = 0x20,
	[0x948] = 0x40,
	[0x949] = 0x20,
	[0x94D] = 0x80,
	[0x963] = 0x01,
	[0xA1B] = 0x40
};

static inline uint32_t
simplified(uint32_t c)
{
	int			lo = 0,
				hi = (int) (sizeof(trad_simp) / sizeof(trad_simp[0])) - 1;

	if (!(trad_bits[(c - 0x4E00) / 8] & (1 << ((c - 0x4E00) % 8))))
		return c;				/* the common case: not a listed character */
	while (lo <= hi)
	{
		int			mid = (lo + hi) / 2;

		if (trad_simp[mid][0] == c)
			return trad_simp[mid][1];
		if (trad_simp[mid][0] < c)
			lo = mid + 1;
		else
			hi = mid - 1;
	}
	return c;
}

static uint32_t
normalize_char(uint32_t c)
{
	/* CJK ideographs (most of the input): traditional and financial forms only */
	if (c >= 0x4E00 && c < 0xA000)
		return simplified(c);
	if (c >= 0xFF10 && c <= 0xFF19)
		return '0' + (c - 0xFF10);
	switch (c)
	{
		case 0xFF0E:			/* ． */
			return '.';
		case 0xFF0C:			/* ， */
			return ',';
		case 0xFF05:			/* ％ */
			return '%';
		case 0xFF0D:			/* － */
		case 0x2212:			/* − */
			return '-';
		case 0xFF0B:			/* ＋ */
			return '+';
		case 0xFF0F:			/* ／ */
			return '/';
		case 0x3000:			/* ideographic space */
		case 0x00A0:
		case '\t':
		case '\n':
		case '\r':
			return ' ';
		case 0x25CB:			/* ○, printed for 〇 in Taiwan news */
			return 0x3007;
		case 0xFE52:			/* ﹒, a full stop printed small in Hong Kong releases */
			return '.';
		case 0x2009:			/* thin space, as digit groups are printed */
		case 0x202F:
			return ' ';
	}
	return c;
}

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
static const uint32_t W_ZHANBI[] = {0x5360, 0x6BD4};	/* 占比 */
static const uint32_t W_LE[] = {0x4E86};	/* 了 */
static const uint32_t W_FAN[] = {0x756A};	/* 番 */
static const uint32_t W_FU[] = {0x8D1F};	/* 负 */
static const uint32_t W_BAIFENZHI[] = {0x767E, 0x5206, 0x4E4B};	/* 百分之 */
static const uint32_t W_QIANFENZHI[] = {0x5343, 0x5206, 0x4E4B};	/* 千分之 */

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

static bool
set_qual(Indicator *x, int id, IndError *err, Cursor *c, int pos)
{
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
	if (len == 0)
		return true;
	c->i += len;
	*unit = id;
	if (c->i < c->n && c->cp[c->i] == '/')
	{
		int			save = c->i;
		int			m = 0,
					mlen;

		c->i++;
		mlen = ind_unit_match_len(c->cp + c->i, c->n - c->i, &id) ? 0 :
			ind_mag_match_len(c->cp + c->i, c->n - c->i, &m);
		c->i += mlen;
		len = ind_unit_match_len(c->cp + c->i, c->n - c->i, &id);
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
		*bare = c->cp[c->i] == 0x4E0E &&	/* 与 */
			!(len >= 2 && c->cp[c->i + len - 2] == 0x76F8 && c->cp[c->i + len - 1] == 0x6BD4);
		c->i += len;
		skip_ws(c);
	}
	return len;
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
	bool		jiang = strcmp(n, "降幅") == 0;

	if (ind_verb(verb)->pos == 1)
		return 0;
	if (ind_verb(verb)->cls == CD_FLAT)
		return verb;
	if (ind_verb(noun)->cls == CD_UP)
		return ind_verb(verb)->cls == CD_DOUBLE ? 0 : verb;
	if (strcmp(v, "收窄") == 0 || strcmp(v, "缩小") == 0)
		return jiang ? (strcmp(v, "收窄") == 0 ? 44 : 52) : 46;
	if (strcmp(v, "扩大") == 0)
		return jiang ? 45 : 47;
	return 0;
}

/* 轻微 略 略有 小幅 大幅 稳步 明显 均: the length of such an adverb at the cursor, 0 if none */
static int
adverb_len(const Cursor *c)
{
	static const uint32_t words[][3] = {
		{0x8F7B, 0x5FAE, 0}, {0x7565, 0x6709, 0}, {0x7565, 0, 0}, {0x5C0F, 0x5E45, 0},
		{0x5927, 0x5E45, 0}, {0x7A33, 0x6B65, 0}, {0x660E, 0x663E, 0}, {0x5747, 0, 0}
	};

	if (c->i >= c->n || c->cp[c->i] < 0x4E00)
		return 0;
	for (size_t k = 0; k < sizeof(words) / sizeof(words[0]); k++)
	{
		int			len = words[k][1] ? (words[k][2] ? 3 : 2) : 1;
		int			j = 0;

		while (j < len && c->i + j < c->n && c->cp[c->i + j] == words[k][j])
			j++;
		if (j == len)
			return len;
	}
	return 0;
}

static bool
parse_change(Cursor *c, Indicator *x, ChangeDir *dir, IndError *err)
{
	int			id = 0,
				len,
				noun = 0,
				start = c->i;
	bool		bare = false;

	*dir = CD_NONE;
	/* the common case: a figure starting with a digit or sign has no change words */
	if (c->i >= c->n || c->cp[c->i] < 0x3000)
		return true;
	if (match_basis(c, &id, &bare) > 0)
		x->basis = (uint8_t) id;
	len = ind_verb_match_len(c->cp + c->i, c->n - c->i, &id);
	if (len > 0 && ind_verb(id)->pos == 1)
	{
		noun = id;
		c->i += len;
		skip_ws(c);
		if (!x->basis && match_basis(c, &id, &bare) > 0)
			x->basis = (uint8_t) id;
		len = ind_verb_match_len(c->cp + c->i, c->n - c->i, &id);
	}
	/* an adverb of degree before the verb (轻微上升, 小幅下降): read, not kept */
	if (len == 0)
	{
		int			a = adverb_len(c);

		if (a > 0 && (len = ind_verb_match_len(c->cp + c->i + a, c->n - c->i - a, &id)) > 0)
			c->i += a;
	}
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
	}
	else if (noun)
		id = noun;				/* 增速5.2%, 降幅1.8% */
	else if (x->basis)
	{
		fail_at(err, IND_ERR_SYNTAX, c, start,
				"\"%s\" where a change word (增长, 下降, 持平 ...) should follow the basis");
		return false;
	}
	else
		return true;			/* a level */
	x->verb = (uint8_t) id;
	*dir = (ChangeDir) ind_verb(id)->cls;
	if (bare && *dir != CD_FLAT)
	{
		fail_at(err, IND_ERR_SYNTAX, c, start,
				"\"%s\" after 与…: write 与…相比 before a change word (与上年相比增长5%%)");
		return false;
	}
	if (*dir != CD_FLAT && *dir != CD_DOUBLE)
		at(c, W_LE);
	/* 提高到58.8%, 增至151家, 降至3%: the level reached, not the change (the word is not kept) */
	if ((*dir == CD_UP || *dir == CD_DOWN) && !noun && c->i < c->n &&
		(c->cp[c->i] == 0x5230 || c->cp[c->i] == 0x81F3) &&	/* 到 至, but not 至少 至多 */
		ind_qual_match_len(c->cp + c->i, c->n - c->i, QP_PREFIX, &id) == 0)
	{
		c->i++;
		x->verb = 0;
		x->basis = 0;
		*dir = CD_NONE;
	}
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

static bool
parse_cp(const uint32_t *cp, int n, Indicator *x, IndError *err)
{
	Cursor		cur = {cp, n, 0},
			   *c = &cur;
	Numeral		num;
	int			id,
				len,
				start;
	bool		negative = false;
	bool		percent_word = false;
	bool		permille_word = false;
	int			unit = 0,
				per_unit = 0,
				den_mag = 0;
	ChangeDir	dir = CD_NONE;
	int			doublings = 0;

	memset(x, 0, sizeof(*x));
	skip_ws(c);
	if (c->i >= n)
	{
		return ind_fail(err, IND_ERR_SYNTAX, 0, "the input is empty");
	}

	/* lead word: 达到 / 达 (display only) */
	if (at(c, W_DADAO))
		x->flags |= IND_LEAD_DADAO;
	else if (c->i + 1 < n && at(c, W_DA))
		x->flags |= IND_LEAD_DA;
	else if (at(c, W_ZHANBI))
		x->flags |= IND_LEAD_ZHANBI;
	skip_ws(c);

	/* a qualifier may come before the change words as well as after them */
	start = c->i;
	if ((len = ind_qual_match_len(cp + c->i, n - c->i, QP_PREFIX, &id)) > 0)
	{
		c->i += len;
		x->qual = (uint8_t) id;
		skip_ws(c);
	}

	/* change: basis? noun? basis? verb 了? (同比下降, 增速比上月加快, 降幅收窄) */
	if (!parse_change(c, x, &dir, err))
		return false;
	if (x->verb && (x->flags & IND_LEAD_MASK) == IND_LEAD_ZHANBI)
	{
		fail_at(err, IND_ERR_SYNTAX, c, 0, "\"%s\": 占比 names a share, not a change");
		return false;
	}

	if (dir == CD_FLAT)
	{
		/* 持平: a change of zero, nothing follows */
		skip_ws(c);
		if (c->i < n)
		{
			fail_at(err, IND_ERR_SYNTAX, c, c->i, "unexpected \"%s\" after 持平");
			return false;
		}
		if (x->qual)
		{
			fail_at(err, IND_ERR_SYNTAX, c, 0, "持平 takes no qualifier: \"%s\"");
			return false;
		}
		return true;
	}
	if (dir == CD_DOUBLE)
	{
		/* 翻番, 翻一番, 翻了两番 */
		at(c, W_LE);
		if (at(c, W_FAN))
			doublings = 1;
		else
		{
			start = c->i;
			if (!ind_parse_numeral(cp, n, c->i, &num, err))
				return false;
			c->i += num.len;
			if (num.scale != 0 || num.mag != 0 || num.open_pos >= 0 ||
				num.digits < 1 || num.digits > 59 || !at(c, W_FAN))
			{
				fail_at(err, IND_ERR_SYNTAX, c, start,
						"\"%s\": 翻 takes a whole number of doublings and 番 (翻一番, 翻两番)");
				return false;
			}
			doublings = (int) num.digits;
		}
		x->coef = (int64_t) ((((uint64_t) 1) << doublings) - 1);
		x->unit = 0;
		ind_unit_match_len((const uint32_t[]) {0x500D}, 1, &id);	/* 倍 */
		x->unit = (uint8_t) id;
		skip_ws(c);
		goto suffix;
	}

	/* a qualifier after the change words: 增长超过5% */
	if (x->verb && (len = ind_qual_match_len(cp + c->i, n - c->i, QP_PREFIX, &id)) > 0)
	{
		if (!set_qual(x, id, err, c, c->i))
			return false;
		c->i += len;
		skip_ws(c);
	}

	/* sign */
	start = c->i;
	if (c->i < n && (cp[c->i] == '-' || cp[c->i] == '+'))
	{
		negative = cp[c->i] == '-';
		c->i++;
	}
	else if (at(c, W_FU))
		negative = true;
	if ((negative || c->i != start) && x->verb)
	{
		fail_at(err, IND_ERR_SYNTAX, c, start,
				"a sign \"%s\" cannot follow a change word; the word gives the direction");
		return false;
	}

	if (at(c, W_BAIFENZHI))
		percent_word = true;
	else if (at(c, W_QIANFENZHI))
		permille_word = true;

	start = c->i;
	if (vague_magnitude(c))
	{
		fail_at(err, IND_ERR_SYNTAX, c, c->i,
				"\"%s\" is an order of magnitude, not a figure: write the number, or a range as a target");
		return false;
	}
	if (c->i >= n || !(ind_is_numeral_start(cp[c->i])))
	{
		if (c->i >= n)
		{
			ind_fail(err, IND_ERR_SYNTAX, n, "a number is missing at the end");
		}
		else
			fail_at(err, IND_ERR_SYNTAX, c, c->i, "\"%s\" where a number was expected");
		return false;
	}
	if (!ind_parse_numeral(cp, n, c->i, &num, err))
		return false;
	c->i += num.len;
	x->mag = (uint8_t) num.mag;
	if (num.open_pos >= 0)
		x->qual == 0 ? (void) (x->qual = (uint8_t) ind_qual_open_id(num.open_yu, QP_AFTER_NUMBER))
			: (void) 0;
	if (num.open_pos >= 0 && ind_qual_class(x) != QC_OPEN)
	{
		fail_at(err, IND_ERR_SYNTAX, c, start, "second qualifier in \"%s\": only one is allowed");
		return false;
	}

	/* 多/余 after the number and its magnitude: 3万多亩 (3万 多亩 too) */
	start = c->i;
	{
		Cursor		look = *c;
		int			qid;

		skip_ws(&look);
		if (look.i > c->i && ind_qual_match_len(cp + look.i, n - look.i, QP_AFTER_MAG, &qid) > 0)
			c->i = start = look.i;
	}
	if ((len = ind_qual_match_len(cp + c->i, n - c->i, QP_AFTER_MAG, &id)) > 0)
	{
		if (!set_qual(x, id, err, c, start))
			return false;
		c->i += len;
	}
	start = c->i;
	skip_ws(c);

	/* unit */
	if (c->i > start && x->mag != 0 && c->i < n && len == 0)
	{
		/*
		 * "2 千 瓦" would print as 2千瓦, which reads as the unit 千瓦: a magnitude and a
		 * unit that could form a longer unit must not be separated by white space.
		 */
		const char *mw = ind_mag_word(x->mag);
		uint32_t	joined[16];
		int			k = 0,
					id2 = 0;
		IndError	e2;
		int			ml = ind_utf8_decode(mw, strlen(mw), joined, 8, &e2);

		joined[0] = joined[ml - 1];
		k = 1;
		for (int j = c->i; j < n && k < 16; j++)
			joined[k++] = cp[j];
		if (ind_unit_match_len(joined, k, &id2) > 1)
		{
			fail_at(err, IND_ERR_SYNTAX, c, c->i,
					"white space between a magnitude and \"%s\": write them together");
			return false;
		}
	}
	start = c->i;
	if (percent_word || permille_word)
	{
		ind_unit_match_len((const uint32_t[]) {permille_word ? 0x2030 : '%'}, 1, &unit);
		if (x->mag != 0)
		{
			fail_at(err, IND_ERR_SYNTAX, c, start, "百分之/千分之 takes a plain number");
			return false;
		}
	}
	else if (!parse_unit(c, &unit, &per_unit, &den_mag, err))
		return false;
	/* 七十五万个百分点: a Chinese numeral's 万 is part of the number, not a display magnitude */
	if (unit && x->mag != 0 && !ind_unit(unit)->shown_with_mag && num.from_words)
	{
		num.scale -= x->mag;
		x->mag = 0;
		while (num.scale < 0 && num.digits < IND_COEF_LIMIT)
		{
			num.digits *= 10;
			num.scale++;
		}
	}
	x->unit = (uint8_t) unit;
	x->per_unit = (uint8_t) per_unit;
	x->flags |= (uint8_t) (den_mag << IND_DENMAG_SHIFT);
	if (unit && x->mag != 0 && !ind_unit(unit)->shown_with_mag)
	{
		fail_at(err, IND_ERR_SYNTAX, c, start, "\"%s\" does not take a magnitude word (万, 亿 ...)");
		return false;
	}

	/* 多/余 after the unit: 3亩多 */
	if (unit && (len = ind_qual_match_len(cp + c->i, n - c->i, QP_AFTER_UNIT, &id)) > 0)
	{
		if (!set_qual(x, id, err, c, c->i))
			return false;
		c->i += len;
	}
	skip_ws(c);

suffix:
	start = c->i;
	if ((len = ind_qual_match_len(cp + c->i, n - c->i, QP_SUFFIX, &id)) > 0)
	{
		if (!set_qual(x, id, err, c, start))
			return false;
		c->i += len;
		skip_ws(c);
	}
	if (c->i < n)
	{
		uint32_t	ch = cp[c->i];
		bool		wordlike = ch >= 0x2E80 || (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z');

		if (wordlike && !x->unit && !percent_word && !permille_word)
			fail_at(err, IND_ERR_UNKNOWN_UNIT, c, c->i, "unknown unit \"%s\"");
		else if (ch < 0x20 || ch == 0x7F)
			fail_at(err, IND_ERR_SYNTAX, c, c->i, "control character in \"%s\"");
		else
			fail_at(err, IND_ERR_SYNTAX, c, c->i, "unexpected \"%s\"");
		return false;
	}
	if (dir == CD_DOUBLE)
		return true;

	/* the digits: at most 18 significant; trailing integer zeros may move to the scale */
	{
		ind_i128	d = num.digits;
		int			scale = num.scale;

		while ((d >= IND_COEF_LIMIT) && d % 10 == 0 && scale > IND_SCALE_MIN)
		{
			d /= 10;
			scale--;
		}
		if (d >= IND_COEF_LIMIT || scale > IND_SCALE_MAX)
		{
			return ind_fail(err, IND_ERR_RANGE, 1, "more than %d significant digits", IND_MAX_DIGITS);
		}
		x->coef = (int64_t) d;
		x->scale = (int8_t) scale;
	}
	if (negative || dir == CD_DOWN)
		x->coef = -x->coef;
	if (ind_qual_class(x) == QC_OPEN && x->coef == 0)
	{
		fail_at(err, IND_ERR_SYNTAX, c, 0, "\"%s\": 多/余 needs a number other than zero");
		return false;
	}
	return true;
}

/*
 * Decode UTF-8 into normalized code points (full-width forms read as ASCII, 萬/億 as 万/亿,
 * tabs and newlines as spaces), without trailing white space; -1 on an error.
 */
static int
decode_normalized(const char *s, size_t len, uint32_t *cp, int maxcp, IndError *err)
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
	for (int i = 0; i < n; i++)
	{
		/* ASCII needs only the white-space mapping; the rest goes through the table */
		if (cp[i] >= 0x80)
			cp[i] = normalize_char(cp[i]);
		else if (cp[i] == '\t' || cp[i] == '\n' || cp[i] == '\r')
			cp[i] = ' ';
	}
	while (n > 0 && cp[n - 1] == ' ')
		n--;
	return n;
}

bool
ind_parse(const char *s, size_t len, Indicator *out, IndError *err)
{
	uint32_t	cp[MAX_CHARS];
	int			n = decode_normalized(s, len, cp, MAX_CHARS, err);

	return n >= 0 && parse_cp(cp, n, out, err) && ind_validate(out, err);
}

bool
ind_parse_unit(const char *s, size_t len, int *mag, int *unit, int *per_unit,
			   int *den_mag, IndError *err)
{
	uint32_t	cp[64];
	int			n = decode_normalized(s, len, cp, 64, err);
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
