/*
 * normalise.c: one reading of the characters of a figure, shared by the type (a whole
 * value, ind_parse) and the document reader (a sentence or a window, extract.c), so that
 * whatever the type reads alone the reader reads in a sentence.  See ind.h for the
 * interface; what it does, in order of the input:
 *
 *   traditional → simplified  for the characters of every word the core knows
 *                              (normalise_trad.h, generated from the word tables), and the
 *                              financial 拾 佰 仟 as 十 百 千 next to a numeral
 *   full width → ASCII         digits, Latin letters, ％ ． ＋ － ／ ～, and ， between
 *                              digit groups (27，701); −, ﹒, ﹪, ○ as -, ., %, 〇
 *   white space                a run of spaces, tabs, U+3000, NBSP, U+2009, U+202F (and line
 *                              breaks in a whole value) is dropped between tokens, kept as one
 *                              ' ' between two ASCII digits or two ASCII letters (32 451, t km)
 *   decimal point of numerals  . between Chinese numerals is 点: 六.三% = 六点三%; a middle
 *                              dot (· ‧ ・) between digits is a decimal point: 1·8% = 1.8%,
 *                              一‧二倍 = 一点二倍 (elsewhere, as in a name, it is kept)
 *   zero                       a Latin O between Chinese digits is 〇: 三O七亿 = 三〇七亿
 *   powers of a metre          2 and 3 after km, m, hm, cm, mm: 万km2 = 万km², 5m3 = 5m³
 *
 * The output is never longer than the input, so it may be written over it, and every
 * output character comes from one input character: map[k] says which, for the reader to
 * report offsets in the original text.
 */
#include "ind.h"

#include <string.h>

#include "normalise_trad.h"

/* is c (U+4E00 .. U+9FFF) a character of trad_simp or 拾 佰 仟 几?  One load for most characters. */
static inline bool
traditional(uint32_t c)
{
	return (trad_bits[(c - 0x4E00) / 8] >> ((c - 0x4E00) % 8)) & 1;
}

/* the simplified form of a traditional character of the table (c otherwise) */
static uint32_t
simplified(uint32_t c)
{
	int			lo = 0,
				hi = (int) (sizeof(trad_simp) / sizeof(trad_simp[0])) - 1;

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

uint32_t
ind_normalise_char(uint32_t c)
{
	if (c < 0x80)
		return c;
	if (c >= 0x4E00 && c < 0xA000)
		return traditional(c) ? simplified(c) : c;
	if (c >= 0xFF10 && c <= 0xFF19)	/* full-width digits and letters */
		return '0' + (c - 0xFF10);
	if ((c >= 0xFF21 && c <= 0xFF3A) || (c >= 0xFF41 && c <= 0xFF5A))
		return c - 0xFEE0;
	switch (c)
	{
		case 0xFF0E:			/* ． */
		case 0xFE52:			/* ﹒, a full stop printed small in Hong Kong releases */
			return '.';
		case 0xFF05:			/* ％ */
		case 0xFE6A:			/* ﹪ */
		case 0x2105:			/* ℅ (care of), typed for % on some sites: 同比增长15℅ */
			return '%';
		case 0xFF0D:			/* － */
		case 0x2212:			/* − */
			return '-';
		case 0xFF0B:			/* ＋ */
			return '+';
		case 0xFF0F:			/* ／ */
			return '/';
		case 0xFF5E:			/* ～ */
			return '~';
		case 0x25CB:			/* ○ and ◯, printed for 〇 in Taiwan news */
		case 0x25EF:
			return 0x3007;
	}
	return c;
}

/* white space between tokens (line breaks only in a whole value: in a text they end a sentence) */
static inline bool
is_white(uint32_t c, int flags)
{
	switch (c)
	{
		case ' ':
		case '\t':
		case 0x3000:			/* ideographic space */
		case 0x00A0:			/* no-break space */
		case 0x2009:			/* thin space, as digit groups are printed */
		case 0x202F:			/* narrow no-break space */
			return true;
		case '\n':
		case '\r':
			return (flags & IND_NORM_VALUE) != 0;
	}
	return false;
}

static inline bool
is_ascii_digit(uint32_t c)
{
	return c >= '0' && c <= '9';
}

static inline bool
is_ascii_letter(uint32_t c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

/* two ASCII words white space keeps apart: digits and digits (32 451), letters and letters */
static inline bool
kept_apart(uint32_t a, uint32_t b)
{
	return (is_ascii_digit(a) && is_ascii_digit(b)) || (is_ascii_letter(a) && is_ascii_letter(b));
}

/* a Chinese digit (〇 零 一 ... 九, 两, and the financial forms), after normalisation */
static bool
is_chinese_digit(uint32_t c)
{
	switch (c)
	{
		case 0x3007: case 0x96F6: case 0x4E00: case 0x4E8C: case 0x4E24:	/* 〇零一二两 */
		case 0x4E09: case 0x56DB: case 0x4E94: case 0x516D: case 0x4E03:	/* 三四五六七 */
		case 0x516B: case 0x4E5D:	/* 八九 */
		case 0x58F9: case 0x8D30: case 0x53C1: case 0x8086: case 0x4F0D:	/* 壹贰叁肆伍 */
		case 0x9646: case 0x67D2: case 0x634C: case 0x7396:	/* 陆柒捌玖 */
			return true;
	}
	return false;
}

/* a Chinese numeral character a decimal point may follow: a digit or a position */
static bool
is_chinese_numeral(uint32_t c)
{
	return is_chinese_digit(c) || c == 0x5341 || c == 0x767E || c == 0x5343 ||	/* 十百千 */
		c == 0x62FE || c == 0x4F70 || c == 0x4EDF ||	/* 拾佰仟 */
		c == 0x5EFF || c == 0x5345 || c == 0x534C;	/* 廿卅卌 */
}

/* 拾 佰 仟 → 十 百 千 next to a numeral or before 分之 (壹仟捌佰, 仟分之贰); c otherwise */
static uint32_t
financial_position(uint32_t c, uint32_t prev, const uint32_t *in, int i, int n)
{
	uint32_t	plain = c == 0x62FE ? 0x5341 : c == 0x4F70 ? 0x767E : c == 0x4EDF ? 0x5343 : 0;
	uint32_t	next = i + 1 < n ? ind_normalise_char(in[i + 1]) : 0;

	if (plain == 0)
		return c;
	if (is_chinese_numeral(prev) || is_chinese_numeral(next) || is_ascii_digit(prev) ||
		is_ascii_digit(next) || next == 0x4E07 || next == 0x4EBF ||	/* 仟万 佰亿 */
		(next == 0x5206 && i + 2 < n && in[i + 2] == 0x4E4B))	/* 分之 */
		return plain;
	return c;
}

/*
 * 參: the financial three (叁) next to a numeral or before a magnitude (參拾, 參萬, 壹佰參拾),
 * else the 参 of 参与, 参加 (勞動力參與率58.4%: a rate's name, no numeral in it; b276)
 */
static uint32_t
can_three(uint32_t prev, const uint32_t *in, int i, int n)
{
	uint32_t	next = i + 1 < n ? ind_normalise_char(in[i + 1]) : 0;

	if (is_chinese_numeral(prev) || is_chinese_numeral(next) || is_ascii_digit(prev) ||
		next == 0x4E07 || next == 0x4EBF || next == 0x5143)	/* 万 亿 元 */
		return 0x53C1;			/* 叁 */
	return 0x53C2;				/* 参 */
}

/*
 * 几 after a numeral's position (三千四百幾宗, 十几万人 = 十多万人: a few more, b299) is 多, more than the
 * number; so after a numeral's 成 (三成幾 = 三成多, b315); before a position (几十, 百几十) or
 * alone (几个, 完成几) it stays a word (a vague count)
 */
static uint32_t
few_after_position(uint32_t before, uint32_t prev, const uint32_t *in, int i, int n)
{
	uint32_t	next = i + 1 < n ? ind_normalise_char(in[i + 1]) : 0;

	if ((prev == 0x5341 || prev == 0x767E || prev == 0x5343 || prev == 0x4E07 || prev == 0x4EBF ||
		 (prev == 0x6210 && (is_chinese_numeral(before) || is_ascii_digit(before)))) &&	/* 成 */
		!is_chinese_numeral(next))
		return 0x591A;			/* 多 */
	return 0x51E0;
}

/* ， between digit groups (27，701): a digit before, exactly three digits after */
static bool
group_comma(uint32_t prev, const uint32_t *in, int i, int n)
{
	if (!is_ascii_digit(prev) || i + 3 >= n)
		return false;
	for (int k = 1; k <= 3; k++)
		if (!is_ascii_digit(ind_normalise_char(in[i + k])))
			return false;
	return !(i + 4 < n && is_ascii_digit(ind_normalise_char(in[i + 4])));
}

/*
 * "4. " opening a line of a document: a numbered heading's number and its point, before white
 * space at i.  Whatever follows is not its decimals ("4. 4个重点州" is heading 4 and a count;
 * inside a line "增长5. 3%" is a decimal printed with a space, and stays one).
 */
static bool
heading_number_before(const uint32_t *in, int i)
{
	int			p = i - 1;
	int			digits = 0;

	if (p < 1 || (in[p] != '.' && in[p] != 0xFF0E))
		return false;
	while (--p >= 0 && is_ascii_digit(ind_normalise_char(in[p])))
		digits++;
	return digits >= 1 && digits <= 2 && (p < 0 || in[p] == '\n' || in[p] == '\r');
}

/*
 * A run of white space from in[i]: the index after it in *end, and whether it is kept as
 * one ' ' (between two ASCII numbers or two ASCII words; never at either end).
 */
static bool
white_run_kept(const uint32_t *in, int n, int i, uint32_t prev, bool first, int flags, int *end)
{
	int			j = i + 1;

	while (j < n && is_white(in[j], flags))
		j++;
	*end = j;
	if (first || j >= n)
		return false;
	if (!(flags & IND_NORM_VALUE) && heading_number_before(in, i) &&
		is_ascii_digit(ind_normalise_char(in[j])))
		return true;
	return kept_apart(prev, ind_normalise_char(in[j]));
}

/* "." (also ． ﹒) between Chinese numerals is 点: 六.三% is 六点三% */
static inline uint32_t
decimal_point(uint32_t prev, const uint32_t *in, int i, int n)
{
	return is_chinese_numeral(prev) && i + 1 < n &&
		is_chinese_digit(ind_normalise_char(in[i + 1])) ? 0x70B9 : '.';
}

/* the character after in[i] past white space, normalised (0 at the end) */
static uint32_t
next_token_char(const uint32_t *in, int i, int n)
{
	while (++i < n)
		if (!is_white(in[i], 0))
			return ind_normalise_char(in[i]);
	return 0;
}

static inline bool
is_middle_dot(uint32_t c)
{
	return c == 0x00B7 || c == 0x2027 || c == 0x30FB || c == 0x2219;	/* · ‧ ・ ∙ */
}

/* a middle dot c between two digits is their decimal point; c otherwise */
static uint32_t
middle_dot(uint32_t c, uint32_t prev, const uint32_t *in, int i, int n)
{
	uint32_t	next = next_token_char(in, i, n);

	if (is_ascii_digit(prev) && is_ascii_digit(next))
		return '.';
	return is_chinese_numeral(prev) && is_chinese_digit(next) ? 0x70B9 : c;
}

/*
 * A Latin O (o) after a Chinese digit, in a run of them that a Chinese digit, a decimal
 * point or a magnitude ends, is the zero 〇 (三O七亿, 二O二三年); after a position (十 百
 * 千) and before a Chinese digit it is the 零 of 五百零七 (五百O七亿); c otherwise.
 */
static uint32_t
latin_zero(uint32_t c, uint32_t prev, const uint32_t *in, int i, int n)
{
	int			j = i;
	uint32_t	next;

	if ((c != 'O' && c != 'o') || !is_chinese_numeral(prev))
		return c;
	while (j < n && (in[j] == 'O' || in[j] == 'o'))
		j++;
	next = next_token_char(in, j - 1, n);
	if (is_chinese_digit(next))
		return 0x3007;
	if (is_chinese_digit(prev) &&
		(next == 0x70B9 || next == '.' || next == 0x2027 ||
		 next == 0x4E07 || next == 0x4EBF || next == 0x5E74))	/* 点 . ‧ 万 亿 年 */
		return 0x3007;
	return c;
}

/* 份 of 百份点, 百份比, 百份之 (Hong Kong and Macau papers) is 分; c otherwise */
static uint32_t
fen_variant(uint32_t c, uint32_t prev, const uint32_t *in, int i, int n)
{
	uint32_t	next = next_token_char(in, i, n);

	return prev == 0x767E && (next == 0x70B9 || next == 0x6BD4 || next == 0x4E4B) ? 0x5206 : c;
}

/*
 * 2 or 3 after a metre symbol is its power, as plain text writes it: 万km2 = 万km², 5m3 = 5m³.
 * Only after a lower-case m that follows km, hm, cm, mm or no letter, and before no digit,
 * point or letter (M2, the money supply, and PM2.5 stay as they are).
 */
static uint32_t
metre_power(uint32_t c, const uint32_t *out, int k, const uint32_t *in, int i, int n)
{
	uint32_t	before = k > 1 ? out[k - 2] : 0,
				next = i + 1 < n ? in[i + 1] : 0;

	if (is_ascii_letter(before) && before != 'k' && before != 'h' && before != 'c' && before != 'm')
		return c;
	if (is_ascii_digit(next) || next == '.' || is_ascii_letter(next))
		return c;
	return c == '2' ? 0xB2 : 0xB3;
}

/* a vowel of pinyin with its tone mark (ā á ǎ à … ǖ ǘ ǚ ǜ), or ü */
static bool
is_tone_vowel(uint32_t c)
{
	switch (c)
	{
		case 0x0101: case 0x00E1: case 0x01CE: case 0x00E0:	/* ā á ǎ à */
		case 0x0113: case 0x00E9: case 0x011B: case 0x00E8:	/* ē é ě è */
		case 0x012B: case 0x00ED: case 0x01D0: case 0x00EC:	/* ī í ǐ ì */
		case 0x014D: case 0x00F3: case 0x01D2: case 0x00F2:	/* ō ó ǒ ò */
		case 0x016B: case 0x00FA: case 0x01D4: case 0x00F9:	/* ū ú ǔ ù */
		case 0x01D6: case 0x01D8: case 0x01DA: case 0x01DC: case 0x00FC:	/* ǖ ǘ ǚ ǜ ü */
			return true;
	}
	return false;
}

/*
 * in[from..to) (lower-case ASCII letters): one pinyin syllable written without its tone
 * mark (yi, ge, wan, zhang), an initial then a final; not a note such as km, kg or saqr.
 */
static bool
toneless_syllable(const uint32_t *in, int from, int to)
{
	static const char *const finals[] = {
		"a", "o", "e", "i", "u", "v", "ai", "ei", "ao", "ou", "an", "en", "ang", "eng", "ong",
		"er", "ia", "ie", "iao", "iu", "ian", "in", "iang", "ing", "iong", "ua", "uo", "uai",
		"ui", "uan", "un", "uang", "ue", "van", "vn", "ve",
	};
	char		w[8];
	int			len = to - from,
				k = 0;

	if (len < 2 || len > 6)
		return false;
	for (int q = 0; q < len; q++)
		w[q] = (char) in[from + q];
	w[len] = '\0';
	if ((w[0] == 'z' || w[0] == 'c' || w[0] == 's') && w[1] == 'h')
		k = 2;
	else if (strchr("bpmfdtnlgkhjqxrzcsyw", w[0]) != NULL)
		k = 1;
	for (int f = 0; f < (int) (sizeof(finals) / sizeof(finals[0])); f++)
		if (strcmp(w + k, finals[f]) == 0)
			return true;
	return false;
}

/*
 * 增長(zhǎng)6.9%, 萬(wàn)人次, 個(gè), 億(yi): a mirror site's reading aid, the pinyin of the
 * ideograph before it in brackets (lower-case letters, at most 12, with a tone mark or one
 * syllable without: 118.4億(yi) 元): its end (after the closing bracket) when in[i] opens
 * one, else 0.  It is no part of the text (a note such as (saqr) or (km) stays).
 */
static int
pinyin_aside(const uint32_t *in, int i, int n)
{
	bool		tone = false;
	int			j = i + 1;

	while (j < n && j - i <= 12 && ((in[j] >= 'a' && in[j] <= 'z') || is_tone_vowel(in[j])))
		tone |= in[j++] >= 0x80;
	if (j >= n || (in[j] != ')' && in[j] != 0xFF09) ||
		!(tone || toneless_syllable(in, i + 1, j)))
		return 0;
	return j + 1;
}

/*
 * 185*家, 4.53*万人: a footnote's asterisk between a number and its magnitude or unit is no
 * part of the figure in a text (3*4 and a trailing * stay).  The type keeps it, an error:
 * a value with a footnote mark is not a figure as written, and its fast path stays as fast.
 */
static bool
footnote_mark(uint32_t prev, const uint32_t *in, int i, int n)
{
	return is_ascii_digit(prev) && i + 1 < n && in[i + 1] >= 0x4E00 && in[i + 1] < 0xA000;
}

/*
 * At a bracket or an asterisk (in[i]) after prev, as written: the end of what is dropped (a
 * pinyin aside after an ideograph, a footnote mark after a digit), 0 when nothing is.  Out of
 * line: both are rare, and the loop over every character stays as small as it was.
 */
static __attribute__((noinline)) int
dropped_at(uint32_t prev, const uint32_t *in, int i, int n)
{
	if (in[i] == '(' || in[i] == 0xFF08)
		return prev >= 0x4E00 && prev < 0xA000 ? pinyin_aside(in, i, n) : 0;
	return footnote_mark(prev, in, i, n) ? i + 1 : 0;
}

/*
 * Characters normalisation keeps whatever their context: ASCII but white space, a "." or
 * a Latin O after a Chinese numeral, and ideographs that are neither traditional, 拾 佰 仟,
 * 几, nor 份 after 百.
 */
static inline bool
kept_as_is(uint32_t c, uint32_t prev)
{
	if (c - 0x21 < 0x5F)		/* printable ASCII other than the space */
		return (prev < 0x80 && !(prev == 'm' && (c == '2' || c == '3'))) ||
			(prev >= 0x80 && c != '.' && (c | 0x20) != 'o' && c != '(');	/* (pinyin_aside) */
	return c - 0x4E00 < 0xA000 - 0x4E00 && !traditional(c) && (c != 0x4EFD || prev != 0x767E);
}

int
ind_normalise(const uint32_t *in, int n, uint32_t *out, int32_t *map, int flags)
{
	int			k = 0,
				i = 0;

	/* in place without a map (the type): the part that stays as it is needs no copy */
	if (out == in && map == NULL)
	{
		while (i < n && kept_as_is(in[i], i > 0 ? in[i - 1] : 0))
			i++;
		k = i;
	}
	for (; i < n; i++)
	{
		uint32_t	c = in[i];
		int			end;

		if (c > ' ' && c < 0x80)
		{
			/* ASCII is kept (the common case), but for a decimal point after a Chinese numeral */
			if ((c | 2) == '*' && k > 0 && (c == '(' || !(flags & IND_NORM_VALUE)) &&
				(end = dropped_at(out[k - 1], in, i, n)) > 0)
			{
				i = end - 1;	/* 增長(zhǎng), 185*家: the reading aid, the footnote mark */
				continue;
			}
			if (c == '.' && k > 0)
				c = decimal_point(out[k - 1], in, i, n);
			else if ((c == 'O' || c == 'o') && k > 0)
				c = latin_zero(c, out[k - 1], in, i, n);
			else if ((c == '2' || c == '3') && k > 0 && out[k - 1] == 'm')
				c = metre_power(c, out, k, in, i, n);
		}
		else if (c >= 0x4E00 && c < 0xA000)
		{
			/* most ideographs are kept: one bit says which are not */
			if (!traditional(c))
			{
				if (c == 0x4EFD && k > 0)	/* 份 */
					c = fen_variant(c, out[k - 1], in, i, n);
			}
			else if (c == 0x62FE || c == 0x4F70 || c == 0x4EDF)	/* 拾 佰 仟 */
				c = financial_position(c, k > 0 ? out[k - 1] : 0, in, i, n);
			else if (c == 0x53C3)	/* 參 */
				c = can_three(k > 0 ? out[k - 1] : 0, in, i, n);
			else
				c = simplified(c);
			if (c == 0x51E0 && k > 0)	/* 几 (幾) */
				c = few_after_position(k > 1 ? out[k - 2] : 0, out[k - 1], in, i, n);
		}
		else if (is_white(c, flags))
		{
			bool		kept = white_run_kept(in, n, i, k > 0 ? out[k - 1] : 0, k == 0, flags, &end);

			i = end - 1;
			if (!kept)
				continue;
			c = ' ';
		}
		else if (c >= 0x80)
		{
			if ((c | 2) == 0xFF0A && k > 0 && (c == 0xFF08 || !(flags & IND_NORM_VALUE)) &&
				(end = dropped_at(out[k - 1], in, i, n)) > 0)
			{
				i = end - 1;	/* 增长（zhǎng）, 185＊家 */
				continue;
			}
			c = ind_normalise_char(c);
			if (c == '.' && k > 0)
				c = decimal_point(out[k - 1], in, i, n);
			else if (k > 0 && is_middle_dot(c))
				c = middle_dot(c, out[k - 1], in, i, n);
			else if (c == 0xFF0C &&
					 ((flags & IND_NORM_VALUE) || group_comma(k > 0 ? out[k - 1] : 0, in, i, n)))
				c = ',';
		}
		if (map)
			map[k] = i;
		out[k++] = c;
	}
	if (map)
		map[k] = n;
	return k;
}
