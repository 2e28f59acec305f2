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

static uint32_t
normalize_char(uint32_t c)
{
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
		case 0x842C:			/* 萬 */
			return 0x4E07;
		case 0x62FE:			/* 拾 */
			return 0x5341;		/* 十 */
		case 0x4F70:			/* 佰 */
			return 0x767E;		/* 百 */
		case 0x4EDF:			/* 仟 */
			return 0x5343;		/* 千 */
		case 0x5104:			/* 億 */
			return 0x4EBF;
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
	skip_ws(c);

	/* a qualifier may come before the change words as well as after them */
	start = c->i;
	if ((len = ind_qual_match_len(cp + c->i, n - c->i, QP_PREFIX, &id)) > 0)
	{
		c->i += len;
		x->qual = (uint8_t) id;
		skip_ws(c);
	}

	/* change: basis? verb */
	start = c->i;
	if ((len = ind_basis_match_len(cp + c->i, n - c->i, &id)) > 0)
	{
		x->basis = (uint8_t) id;
		c->i += len;
		skip_ws(c);
	}
	start = c->i;
	if ((len = ind_verb_match_len(cp + c->i, n - c->i, &id)) > 0)
	{
		x->verb = (uint8_t) id;
		dir = (ChangeDir) ind_verb(id)->cls;
		c->i += len;
		if (dir != CD_FLAT && dir != CD_DOUBLE)
			at(c, W_LE);
		skip_ws(c);
	}
	else if (x->basis)
	{
		fail_at(err, IND_ERR_SYNTAX, c, start,
				"\"%s\" where a change word (增长, 下降, 持平 ...) should follow the basis");
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
