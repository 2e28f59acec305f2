/*
 * numeral.c: arabic and Chinese numerals, exactly.
 *
 *   27701  27,701  36.40  一千八百  三十六点四  两万  十四  零点五  二十三亿五千万
 *   壹仟捌佰  3万5千  1.4万亿  1800多亿  三十多万  二〇二二
 *
 * An arabic number followed only by a magnitude word (1800亿, 36.40万, 1.4万亿) keeps
 * its digits and scale as written and the magnitude as its display magnitude.  Any other
 * numeral is evaluated exactly; its display magnitude is the largest 万/亿 it used
 * (二十三亿五千万 is 23.5亿).  A unit spelled with a magnitude character (千米, 千瓦,
 * 百分点) ends the numeral: units win over magnitudes.
 */
#include "ind.h"

#include <stdio.h>
#include <string.h>

/* a numeral holds at most IND_MAX_INT_DIGITS digits: 10^36 */
#define DEC_LIMIT ((ind_i128) IND_COEF_LIMIT * IND_COEF_LIMIT)

typedef struct Dec
{
	ind_i128	v;
	int			scale;
} Dec;

/*
 * The characters of Chinese numerals: digits 0-9, positions inside a section (十 1, 百 2,
 * 千 3) and section multipliers (万 4, 亿 8), with their financial and traditional forms.
 * A small hash table built once answers for a code point; most text is not a numeral, and
 * everything below U+3000 is ruled out before the table is looked at.
 */
typedef enum NumeralKind
{
	NK_DIGIT = 1,
	NK_POSITION,
	NK_BIG
} NumeralKind;

static const struct
{
	const char *chars;
	uint8_t		kind;
	uint8_t		value;
}			numeral_chars[] = {
	{"零〇", NK_DIGIT, 0}, {"一壹", NK_DIGIT, 1}, {"二两贰貳兩", NK_DIGIT, 2},
	{"三叁參", NK_DIGIT, 3}, {"四肆", NK_DIGIT, 4}, {"五伍", NK_DIGIT, 5}, {"六陆陸", NK_DIGIT, 6},
	{"七柒", NK_DIGIT, 7}, {"八捌", NK_DIGIT, 8}, {"九玖", NK_DIGIT, 9},
	{"十拾", NK_POSITION, 1}, {"百佰", NK_POSITION, 2}, {"千仟", NK_POSITION, 3},
	{"万萬", NK_BIG, 4}, {"亿億", NK_BIG, 8}
};

/* Open addressing at a load under 1/8: a miss (most CJK text) usually ends at one slot. */
#define NUMERAL_SLOTS 256
#define SLOT_OF(c) (((uint32_t) (c) * 2654435761u) >> 24)
static uint32_t slot_cp[NUMERAL_SLOTS];
static uint8_t slot_kind[NUMERAL_SLOTS];
static uint8_t slot_value[NUMERAL_SLOTS];
static bool slots_ready;

static void
numeral_slots_init(void)
{
	for (int k = 0; k < (int) (sizeof(numeral_chars) / sizeof(numeral_chars[0])); k++)
	{
		uint32_t	cps[8];
		IndError	err;
		int			n = ind_utf8_decode(numeral_chars[k].chars, strlen(numeral_chars[k].chars),
										cps, 8, &err);

		for (int i = 0; i < n; i++)
		{
			uint32_t	h = SLOT_OF(cps[i]);

			while (slot_cp[h] != 0)
				h = (h + 1) % NUMERAL_SLOTS;
			slot_cp[h] = cps[i];
			slot_kind[h] = numeral_chars[k].kind;
			slot_value[h] = numeral_chars[k].value;
		}
	}
	slots_ready = true;
}

/* What kind of numeral character c is (0: none), its value in *value. */
static inline int
numeral_kind(uint32_t c, int *value)
{
	if (c < 0x3000)
		return 0;
	if (!slots_ready)
		numeral_slots_init();
	for (uint32_t h = SLOT_OF(c); slot_cp[h] != 0; h = (h + 1) % NUMERAL_SLOTS)
		if (slot_cp[h] == c)
		{
			*value = slot_value[h];
			return slot_kind[h];
		}
	return 0;
}

/* the value of c as a numeral character of that kind, -1 when it is not one */
static inline int
numeral_char(uint32_t c, NumeralKind kind)
{
	int			v;

	return numeral_kind(c, &v) == (int) kind ? v : -1;
}

static int
chinese_digit(uint32_t c)
{
	return numeral_char(c, NK_DIGIT);
}

/* 十 百 千 (and 拾 佰 仟): a position inside a section, 0 for none */
static int
position_char(uint32_t c)
{
	int			v = numeral_char(c, NK_POSITION);

	return v < 0 ? 0 : v;
}

/* 万 亿 (and 萬 億): a section multiplier, 0 for none */
static int
big_char(uint32_t c)
{
	int			v = numeral_char(c, NK_BIG);

	return v < 0 ? 0 : v;
}

static bool
is_open_char(uint32_t c, bool *yu)
{
	*yu = (c == 0x4F59);		/* 余 */
	return c == 0x591A || c == 0x4F59;	/* 多 余 */
}

bool
ind_is_numeral_start(uint32_t c)
{
	int			v,
				kind = numeral_kind(c, &v);

	return (c >= '0' && c <= '9') || kind == NK_DIGIT || kind == NK_POSITION;
}

static bool
dec_mul_pow10(Dec *d, int k)
{
	while (k-- > 0)
	{
		if (d->v >= DEC_LIMIT / 10 || d->v <= -DEC_LIMIT / 10)
			return false;
		d->v *= 10;
	}
	return true;
}

/* a += b * 10^k, exactly */
static bool
dec_add_scaled(Dec *a, Dec b, int k)
{
	/* apply 10^k by lowering b's scale first, then align scales */
	b.scale -= k;
	if (b.scale < 0)
	{
		if (!dec_mul_pow10(&b, -b.scale))
			return false;
		b.scale = 0;
	}
	while (a->scale < b.scale)
	{
		if (!dec_mul_pow10(a, 1))
			return false;
		a->scale++;
	}
	while (b.scale < a->scale)
	{
		if (!dec_mul_pow10(&b, 1))
			return false;
		b.scale++;
	}
	a->v += b.v;
	return a->v < DEC_LIMIT && a->v > -DEC_LIMIT;
}


static bool
is_digit(uint32_t c)
{
	return c >= '0' && c <= '9';
}

/* An arabic number at cp[i]: digits, optional ",ddd" groups, optional ".ddd". */
static int
arabic(const uint32_t *cp, int n, int i, Dec *out, IndError *err)
{
	int			start = i;
	int			ndig = 0;

	out->v = 0;
	out->scale = 0;
	while (i < n)
	{
		if (cp[i] >= '0' && cp[i] <= '9')
		{
			if (out->v >= DEC_LIMIT / 10)
			{
				ind_fail(err, IND_ERR_RANGE, start + 1, "number has too many digits");
				return -1;
			}
			out->v = out->v * 10 + (cp[i] - '0');
			ndig++;
			i++;
		}
		else if (cp[i] == ',' && ndig > 0 && i + 3 < n && is_digit(cp[i + 1]) &&
				 is_digit(cp[i + 2]) && is_digit(cp[i + 3]) &&
				 !(i + 4 < n && is_digit(cp[i + 4])))
			i++;				/* a thousands separator: exactly three digits follow */
		else
			break;
	}
	if (i < n && cp[i] == '.')
	{
		if (i + 1 >= n || cp[i + 1] < '0' || cp[i + 1] > '9')
		{
			ind_fail(err, IND_ERR_SYNTAX, i + 1, "a decimal point must be followed by digits");
			return -1;
		}
		i++;
		while (i < n && cp[i] >= '0' && cp[i] <= '9')
		{
			if (out->v >= DEC_LIMIT / 10)
			{
				ind_fail(err, IND_ERR_RANGE, start + 1, "number has too many digits");
				return -1;
			}
			out->v = out->v * 10 + (cp[i] - '0');
			out->scale++;
			i++;
		}
	}
	return i - start;
}

/* Does a unit start at cp[i]?  Then a magnitude character there belongs to it. */
static bool
unit_here(const uint32_t *cp, int n, int i)
{
	int			id;

	return ind_unit_match_len(cp + i, n - i, &id) > 0;
}

/*
 * The general evaluator: Chinese numerals and mixed forms such as 3万5千.
 *
 * A section (below 万) collects digit x position (千 百 十); 万 and 亿 multiply what came
 * before.  零 is a filler (一百零五, 一千零十, 1千零1).  A single trailing digit after a
 * position is the colloquial abbreviation: 一千八百五 = 1850, 一万五 = 15000,
 * 两千三点一 = 2300.1.  点 adds a fraction (三十六点四, 二十点五).  多/余 may stand before
 * 万/亿 (三十多万), and then the numeral ends.
 */
static bool
evaluate(const uint32_t *cp, int n, int start, Numeral *out, IndError *err)
{
	Dec			total = {0, 0},
				section = {0, 0},
				whole = {0, 0},
				frac = {0, 0};
	bool		has_pending = false;
	bool		single = false;		/* the pending whole is one digit */
	bool		frac_seen = false;
	bool		zero_seen = false;
	bool		open_seen = false;
	bool		after_zero = false;	/* this token is a 零 filler */
	bool		prev_zero = false;	/* the previous token was one */
	bool		after_open_big = false;
	int			last_pos = 4;	/* positions must fall within a section: 千 百 十 */
	int			last_pos_seen = 0;	/* the position (or 万/亿) right before the pending digit */
	int			hi = 0;
	int			i = start;
	bool		any = false;

	out->open_pos = -1;
	out->open_yu = false;
	while (i < n)
	{
		uint32_t	c = cp[i];
		int			v,
					kind = numeral_kind(c, &v);
		int			d = kind == NK_DIGIT ? v : -1;
		int			pos = kind == NK_POSITION ? v : 0;
		int			big = kind == NK_BIG ? v : 0;
		bool		yu;

		if (after_open_big || (open_seen && !big))
			break;				/* 三十多万: nothing more after the magnitude */
		prev_zero = after_zero;
		after_zero = false;
		if (c >= '0' && c <= '9')
		{
			int			len;

			if (has_pending || frac_seen)
				break;
			len = arabic(cp, n, i, &whole, err);
			if (len < 0)
				return false;
			has_pending = true;
			single = (len == 1);
			any = true;
			i += len;
		}
		else if (d >= 0)
		{
			int			j = i;

			if (has_pending || frac_seen)
				break;
			/* 零 is a filler before a digit or 十: 一百零五, 一千零十, 1千零1 */
			if (d == 0 && i + 1 < n &&
				((any && (chinese_digit(cp[i + 1]) > 0 || (cp[i + 1] >= '1' && cp[i + 1] <= '9'))) ||
				 position_char(cp[i + 1]) == 1 || (any && position_char(cp[i + 1]) > 1)))
			{
				zero_seen = true;
				after_zero = true;
				i++;
				continue;
			}
			/* a run of digits without positions is read digit by digit: 二〇二二 */
			whole.v = 0;
			whole.scale = 0;
			while (j < n && chinese_digit(cp[j]) >= 0 && j - i < 30)
			{
				whole.v = whole.v * 10 + chinese_digit(cp[j]);
				j++;
			}
			if (j - i > 1 && (any || (j < n && (position_char(cp[j]) || big_char(cp[j])) &&
									  !unit_here(cp, n, j))))
			{
				ind_fail(err, IND_ERR_SYNTAX, i + 1,
						"a run of digits cannot be part of a positional numeral");
				return false;
			}
			single = (j - i == 1);
			has_pending = true;
			any = true;
			i = j;
		}
		else if (c == 0x70B9 && any && !frac_seen && i + 1 < n &&
				 (chinese_digit(cp[i + 1]) >= 0 || (cp[i + 1] >= '0' && cp[i + 1] <= '9')))
		{
			/* 点: the fraction (三十六点四, 二十点五, 两千三点一, 一百点123) */
			int			j = i + 1;

			frac.v = 0;
			frac.scale = 0;
			while (j < n && frac.scale < 30 &&
				   (chinese_digit(cp[j]) >= 0 || (cp[j] >= '0' && cp[j] <= '9')))
			{
				frac.v = frac.v * 10 + (cp[j] <= '9' ? (int) (cp[j] - '0') : chinese_digit(cp[j]));
				frac.scale++;
				j++;
			}
			if (!has_pending)
			{
				whole = (Dec) {0, 0};
				single = false;
				has_pending = true;
			}
			frac_seen = true;
			i = j;
		}
		else if (pos > 0 && !frac_seen && !unit_here(cp, n, i))
		{
			/* an implicit 1: 十四, 一千零十, 一百十一, 一万零百 */
			bool		implicit = !has_pending && (section.v == 0 || pos == 1 || prev_zero);
			Dec			p = has_pending ? whole : (Dec) {1, 0};

			if (pos >= last_pos || (!has_pending && !implicit))
			{
				ind_fail(err, IND_ERR_SYNTAX, i + 1, "misplaced numeral position word");
				return false;
			}
			if (!dec_add_scaled(&section, p, pos))
				goto range;
			last_pos = pos;
			last_pos_seen = pos;
			has_pending = false;
			single = false;
			zero_seen = false;
			any = true;
			i++;
		}
		else if (big > 0 && any && !unit_here(cp, n, i))
		{
			Dec			sv = section;

			if (has_pending &&
				(!dec_add_scaled(&sv, whole, 0) || !dec_add_scaled(&sv, frac, 0)))
				goto range;
			if (big > hi)
			{
				if (sv.v == 0 && hi > 0)
				{
					/* 万亿: the multipliers combine */
					if (!dec_add_scaled(&sv, total, big))
						goto range;
					total = sv;
					hi += big;
				}
				else
				{
					if (!dec_add_scaled(&sv, total, 0))
						goto range;
					total = (Dec) {0, 0};
					if (!dec_add_scaled(&total, sv, big))
						goto range;
					hi = big;
				}
			}
			else
			{
				if (sv.v == 0)
				{
					ind_fail(err, IND_ERR_SYNTAX, i + 1, "misplaced magnitude word");
					return false;
				}
				if (!dec_add_scaled(&total, sv, big))
					goto range;
			}
			section = (Dec) {0, 0};
			whole = frac = (Dec) {0, 0};
			has_pending = false;
			single = false;
			frac_seen = false;
			last_pos = 4;
			last_pos_seen = big;
			zero_seen = false;
			after_open_big = open_seen;
			i++;
		}
		else if ((c == ' ' || is_open_char(c, &yu)) && any && !open_seen)
		{
			/* 三十多万, 十 余 万: 多/余 before the magnitude, white space allowed around it */
			int			j = i,
						k;

			while (j < n && cp[j] == ' ')
				j++;
			if (j >= n || !is_open_char(cp[j], &yu))
				break;
			k = j + 1;
			while (k < n && cp[k] == ' ')
				k++;
			if (k >= n || !big_char(cp[k]) || unit_here(cp, n, k))
				break;
			out->open_pos = QP_AFTER_NUMBER;
			out->open_yu = yu;
			open_seen = true;
			i = k;
		}
		else
			break;
	}
	if (!any)
	{
		ind_fail(err, IND_ERR_SYNTAX, start + 1, "a number was expected");
		return false;
	}
	if (has_pending)
	{
		/* 一千八百五 = 1850, 1千8 = 1800: a single digit right after a position */
		int			k = (single && !zero_seen && last_pos_seen > 1) ? last_pos_seen - 1 : 0;

		if (!dec_add_scaled(&section, whole, k) || !dec_add_scaled(&section, frac, 0))
			goto range;
	}
	if (!dec_add_scaled(&total, section, 0))
		goto range;

	/* express at the display magnitude hi, with the fewest decimals */
	out->mag = hi;
	out->from_words = true;
	total.scale += hi;
	while (total.scale > 0 && total.v % 10 == 0)
	{
		total.v /= 10;
		total.scale--;
	}
	if (total.scale < 0 && !dec_mul_pow10(&total, -total.scale))
		goto range;
	if (total.scale < 0)
		total.scale = 0;
	out->digits = total.v;
	out->scale = total.scale;
	out->len = i - start;
	return true;

range:
	ind_fail(err, IND_ERR_RANGE, start + 1, "number is too large");
	return false;
}

bool
ind_parse_numeral(const uint32_t *cp, int n, int start, Numeral *out, IndError *err)
{
	memset(out, 0, sizeof(*out));
	out->open_pos = -1;

	if (start < n && cp[start] >= '0' && cp[start] <= '9')
	{
		/* the common case: an arabic number, maybe 多/余, maybe one magnitude word */
		Dec			d;
		int			i = start;
		int			len = arabic(cp, n, i, &d, err);
		int			mag = 0;
		int			open_pos = -1;
		bool		yu = false;

		if (len < 0)
			return false;
		i += len;
		/* white space may separate the number from its magnitude: 1800 亿元 */
		{
			int			j = i,
						m;

			while (j < n && cp[j] == ' ')
				j++;
			if (j > i && j < n && !unit_here(cp, n, j) &&
				ind_mag_match_len(cp + j, n - j, &m) > 0)
				i = j;
		}
		if (i + 1 < n && is_open_char(cp[i], &yu) && !unit_here(cp, n, i + 1))
		{
			int			m;

			if (ind_mag_match_len(cp + i + 1, n - i - 1, &m) > 0)
			{
				open_pos = QP_AFTER_NUMBER;
				i++;
			}
		}
		if (i < n && !unit_here(cp, n, i))
		{
			int			mlen = ind_mag_match_len(cp + i, n - i, &mag);

			if (mlen == 0 && open_pos >= 0)
			{
				i--;
				open_pos = -1;
			}
			i += mlen;
		}
		else if (open_pos >= 0)
		{
			i--;
			open_pos = -1;
		}
		/* does the numeral go on (3万5千)?  Then evaluate it as a whole. */
		if (!(i < n && (ind_is_numeral_start(cp[i]) || big_char(cp[i])) &&
			  !unit_here(cp, n, i)))
		{
			out->digits = d.v;
			out->scale = d.scale;
			out->mag = mag;
			out->open_pos = open_pos;
			out->open_yu = yu && open_pos >= 0;
			out->len = i - start;
			return true;
		}
	}
	return evaluate(cp, n, start, out, err);
}
