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
	NK_BIG,
	NK_TENS						/* 廿 卅 卌: twenty, thirty, forty in one character */
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
	{"万萬", NK_BIG, 4}, {"亿億", NK_BIG, 8},
	{"兆", NK_BIG, 12},			/* 万亿 in Taiwan usage (12兆1,805億元) */
	{"廿", NK_TENS, 2}, {"卅", NK_TENS, 3}, {"卌", NK_TENS, 4}
};

/* Open addressing at a load under 1/7 (33 characters): a miss usually ends at one slot. */
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

/* 万 亿 兆 (and 萬 億): a section multiplier, 0 for none */
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

	return (c >= '0' && c <= '9') || kind == NK_DIGIT || kind == NK_POSITION || kind == NK_TENS;
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

/* d < 10^k, exactly */
static bool
dec_below_pow10(Dec d, int k)
{
	ind_i128	limit = 1;

	k += d.scale;
	if (k >= 36)
		return true;
	if (k < 0)
		return d.v == 0;
	while (k-- > 0)
		limit *= 10;
	return d.v < limit;
}

static bool
is_digit(uint32_t c)
{
	return c >= '0' && c <= '9';
}

/*
 * 1089,0827,000元, 4,0329,000元 (Taiwan's budget tables): digits grouped by 萬, four to a
 * group, and the last group of three (the thousands of a 千元 column).  At the comma at i,
 * after a first group of one to four digits: the length of the groups that follow, when
 * they are one or more groups of four and a last group of three, else 0 (1089,0827 alone,
 * or groups of other sizes, are not read as one number).
 */
static int
wan_grouped_len(const uint32_t *cp, int n, int i)
{
	int			k = i,
				fours = 0;

	while (k + 4 < n && cp[k] == ',' && is_digit(cp[k + 1]) && is_digit(cp[k + 2]) &&
		   is_digit(cp[k + 3]) && is_digit(cp[k + 4]) && !(k + 5 < n && is_digit(cp[k + 5])))
	{
		k += 5;
		fours++;
	}
	if (fours == 0 || !(k + 3 < n && cp[k] == ',' && is_digit(cp[k + 1]) &&
						is_digit(cp[k + 2]) && is_digit(cp[k + 3])) ||
		(k + 4 < n && (is_digit(cp[k + 4]) || cp[k + 4] == ',')))
		return 0;
	return k + 4 - i;
}

/*
 * 点 at i between arabic digits, the fraction's digits not followed by a part of a clock time
 * (3点40分, 8点30, 10点15刻 stay times of day): a decimal point written as a word.
 */
static bool
point_between_digits(const uint32_t *cp, int n, int i)
{
	int			k = i + 1;

	if (k >= n || !is_digit(cp[k]))
		return false;
	while (k < n && is_digit(cp[k]))
		k++;
	return k < n && cp[k] != 0x5206 && cp[k] != 0x523B && cp[k] != 0x65F6 &&	/* 分 刻 时 */
		cp[k] != 0x70B9 && cp[k] != '.' && cp[k] != ':';
}

/* An arabic number at cp[i]: digits, optional ",ddd" groups, optional ".ddd" (or 点ddd). */
static int
arabic(const uint32_t *cp, int n, int i, Dec *out, IndError *err)
{
	int			start = i;
	int			ndig = 0,
				len;
	bool		spaced = false;

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
		else if (cp[i] == ',' && ndig > 0 && ndig <= 4 && !spaced &&
				 (len = wan_grouped_len(cp, n, i)) > 0)
		{
			/* 1089,0827,000元: groups of four, Taiwan's budget style, read whole here */
			for (int end = i + len; i < end; i++)
			{
				if (cp[i] == ',')
					continue;
				if (out->v >= DEC_LIMIT / 10)
				{
					ind_fail(err, IND_ERR_RANGE, start + 1, "number has too many digits");
					return -1;
				}
				out->v = out->v * 10 + (cp[i] - '0');
				ndig++;
			}
		}
		else if (cp[i] == ' ' && ndig > 0 && (ndig <= 3 || spaced) && i + 3 < n &&
				 is_digit(cp[i + 1]) && is_digit(cp[i + 2]) && is_digit(cp[i + 3]) &&
				 !(i + 4 < n && is_digit(cp[i + 4])))
		{
			/* digits grouped by spaces as printed (32 451亿元, 10 536 205): a first group
			 * of one to three digits, then groups of exactly three */
			spaced = true;
			i++;
		}
		else
			break;
	}
	if (i < n && cp[i] == 0x70B9 && ndig > 0 && point_between_digits(cp, n, i))
		i++;					/* 386點96億元 (b394): 点 between digits is the decimal point */
	else if (i < n && cp[i] == '.')
	{
		if (i + 1 >= n || cp[i + 1] < '0' || cp[i + 1] > '9')
		{
			ind_fail(err, IND_ERR_SYNTAX, i + 1, "a decimal point must be followed by digits");
			return -1;
		}
		i++;
	}
	else
		return i - start;
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
 * After 千/百/十 a numeral goes on with one digit (一千八百五); a number of several digits
 * is allowed only after 零 and below the skipped position (2千零30万), or in arabic digits
 * after an arabic digit's position, filling every place below it exactly (1千1百52億 =
 * 1152亿, 1千234 = 1234: Macau's budget style), else 一千23 would silently read as 1023 or
 * 1230.
 */
static bool
multi_after_position(Dec whole, bool single, bool frac_seen, bool zero_seen, int last_pos_seen,
					 bool all_arabic)
{
	if (single || frac_seen || last_pos_seen < 1 || last_pos_seen > 3)
		return false;
	if (all_arabic && !zero_seen && last_pos_seen >= 2 && whole.scale == 0 &&
		whole.v >= (last_pos_seen == 3 ? 100 : 10) && whole.v < (last_pos_seen == 3 ? 1000 : 100))
		return false;
	return !(zero_seen && last_pos_seen >= 2 && whole.scale == 0 &&
			 whole.v < (last_pos_seen == 3 ? 100 : 10));
}

/*
 * The general evaluator: Chinese numerals and mixed forms such as 3万5千.
 *
 * A section (below 万) collects digit x position (千 百 十); 万 and 亿 multiply what came
 * before.  零 is a filler (一百零五, 一千零十, 1千零1).  A single trailing digit after a
 * position is the colloquial abbreviation: 一千八百五 = 1850, 一万五 = 15000,
 * 两千三点一 = 2300.1.  点 adds a fraction (三十六点四, 二十点五).  多/余 may stand before
 * 万/亿 (三十多万), and then the numeral ends.  A run of digits written one by one may stand
 * before 万/亿 at the start (一八八一亿) or right after a larger multiplier (二兆三四一亿,
 * 十一兆六〇二七亿: Taiwan press).
 *
 * The state of the reading, one token at a time (eval_* below, each returns false on an
 * error, already reported):
 */
typedef struct Eval
{
	const uint32_t *cp;
	int			n;
	int			start;
	int			i;				/* the next token */
	Dec			total,			/* the sections multiplied so far */
				section,		/* below 万: digit x position */
				whole,			/* the pending number, not yet placed */
				frac;			/* 点 and the digits after it */
	bool		has_pending;
	bool		single;			/* the pending whole is one digit */
	bool		frac_seen;
	bool		zero_seen;
	bool		open_seen;
	bool		after_zero;		/* this token is a 零 filler */
	bool		prev_zero;		/* the previous token was one */
	bool		after_open_big;
	bool		after_big;		/* the previous token was a multiplier (万 亿 兆) */
	bool		wan_used;		/* a 万 applied since the last 亿 */
	bool		any;
	bool		arabic;			/* Arabic digits were read */
	bool		pending_arabic; /* the pending number is in arabic digits */
	bool		pos_arabic;		/* ... and so was the digit of the last position */
	bool		run_seen;		/* a run read digit by digit (一○九) */
	bool		zhao;			/* 兆 was read as a multiplier */
	bool		zhao_yi;		/* ... and an 亿 part followed it */
	int			floor_big;		/* the smallest multiplier the total holds: the next one
								 * added must be smaller */
	int			last_pos;		/* positions must fall within a section: 千 百 十 */
	int			last_pos_seen;	/* the position (or 万/亿) right before the pending digit */
	int			hi;				/* the largest multiplier */
	Numeral    *out;
	IndError   *err;
} Eval;

/* a syntax error at a character of the numeral (msg a literal, so the catalog finds it) */
#define eval_fail(e, at, msg) (ind_fail((e)->err, IND_ERR_SYNTAX, (at) + 1, IND_MSG(msg)), false)

static bool
eval_range(Eval *e)
{
	ind_fail(e->err, IND_ERR_RANGE, e->start + 1, "number is too large");
	return false;
}

static bool
eval_arabic(Eval *e)
{
	int			len = arabic(e->cp, e->n, e->i, &e->whole, e->err);

	if (len < 0)
		return false;
	e->has_pending = true;
	e->single = (len == 1);
	e->any = true;
	e->arabic = true;
	e->pending_arabic = true;
	e->i += len;
	return true;
}

/*
 * Two consecutive digits before a multiplier or position (二三万, 七八百, 三四亿) say a
 * range, "twenty to thirty thousand", not a number written digit by digit.
 */
static bool
approximate_pair(const uint32_t *cp, int i, int j)
{
	int			a = chinese_digit(cp[i]);

	return j - i == 2 && a >= 1 && chinese_digit(cp[i + 1]) == a + 1;
}

/*
 * After a multiplier, does a run of exactly as many digits as it has zeros start at the
 * cursor, ending the numeral (三萬五九一五, 一○九萬八一八七)?  Such a run is the part below
 * the multiplier written digit by digit, when no positional word (十 百 千) came before.
 */
static bool
run_below_big(const Eval *e)
{
	const uint32_t *cp = e->cp;
	int			j = e->i;

	/* 一百零九萬八一八七: positional words before the multiplier, a run after it: no style */
	for (int k = e->start; k < e->i; k++)
		if (position_char(cp[k]))
			return false;
	while (j < e->n && chinese_digit(cp[j]) >= 0 && j - e->i <= e->floor_big)
		j++;
	return j - e->i > 1 && j - e->i == e->floor_big &&
		(j >= e->n || unit_here(cp, e->n, j) || !(position_char(cp[j]) || big_char(cp[j])));
}

/* Chinese digits: 零 as a filler, one digit, or a run read digit by digit (二〇二二) */
static bool
eval_digits(Eval *e, int d)
{
	const uint32_t *cp = e->cp;
	int			n = e->n,
				i = e->i,
				j = i;

	/* 零 is a filler before a digit or 十: 一百零五, 一千零十, 1千零1 (not the first digit of a
	 * run below a multiplier: 三萬○九一五) */
	if (d == 0 && i + 1 < n && !(e->after_big && (e->run_seen || run_below_big(e))) &&
		((e->any && (chinese_digit(cp[i + 1]) > 0 || (cp[i + 1] >= '1' && cp[i + 1] <= '9'))) ||
		 position_char(cp[i + 1]) == 1 || (e->any && position_char(cp[i + 1]) > 1)))
	{
		e->zero_seen = true;
		e->after_zero = true;
		e->i++;
		return true;
	}
	e->whole = (Dec) {0, 0};
	while (j < n && chinese_digit(cp[j]) >= 0 && j - i < 30)
	{
		e->whole.v = e->whole.v * 10 + chinese_digit(cp[j]);
		j++;
	}
	if (j - i > 1 && j < n && (position_char(cp[j]) || big_char(cp[j])) &&
		!unit_here(cp, n, j) && approximate_pair(cp, i, j))
		return eval_fail(e, i, "two neighbouring digits before a multiplier say a range (二三万 is 2万 to 3万), not a figure");
	/* after a multiplier, a run of as many digits as the multiplier has zeros is the part
	 * below it: 一○九萬八一八七 = 109万8187, 三萬五九一五 = 35915 (Taiwan press) */
	if (j - i > 1 && e->after_big && run_below_big(e))
	{
		e->single = false;
		e->has_pending = true;
		e->i = j;
		return true;
	}
	/* a run before 万/亿 is a number written digit by digit: 一八八一亿 = 1881亿, and after a
	 * larger multiplier too: 二兆三四一亿 */
	if (j - i > 1 &&
		((e->any && !(e->after_big && j < n && big_char(cp[j]) && !unit_here(cp, n, j))) ||
		 (j < n && (position_char(cp[j]) || (big_char(cp[j]) && e->whole.v == 0)) &&
		  !unit_here(cp, n, j))))
		return eval_fail(e, i, "a run of digits cannot be part of a positional numeral");
	e->single = (j - i == 1);
	e->run_seen |= (j - i > 1);
	e->has_pending = true;
	e->pending_arabic = false;
	e->any = true;
	e->i = j;
	return true;
}

/* 点: the fraction (三十六点四, 二十点五, 两千三点一, 一百点123) */
static void
eval_point(Eval *e)
{
	const uint32_t *cp = e->cp;
	int			j = e->i + 1;

	e->frac = (Dec) {0, 0};
	while (j < e->n && e->frac.scale < 30 &&
		   (chinese_digit(cp[j]) >= 0 || (cp[j] >= '0' && cp[j] <= '9')))
	{
		e->frac.v = e->frac.v * 10 + (cp[j] <= '9' ? (int) (cp[j] - '0') : chinese_digit(cp[j]));
		e->frac.scale++;
		j++;
	}
	if (!e->has_pending)
	{
		e->whole = (Dec) {0, 0};
		e->single = false;
		e->has_pending = true;
	}
	e->frac_seen = true;
	e->i = j;
}

/* 卅 = 三十: a digit and 十 in one */
static bool
eval_tens(Eval *e, int v)
{
	if (e->has_pending || e->last_pos <= 1)
		return eval_fail(e, e->i, "misplaced numeral position word");
	if (!dec_add_scaled(&e->section, (Dec) {v, 0}, 1))
		return eval_range(e);
	e->last_pos = 1;
	e->last_pos_seen = 1;
	e->single = false;
	e->zero_seen = false;
	e->any = true;
	e->i++;
	return true;
}

/* 十 百 千: an implicit 1 (十四, 一千零十, 一百十一, 一万零百), else the pending digit */
static bool
eval_position(Eval *e, int pos)
{
	bool		implicit = !e->has_pending &&
		(e->section.v == 0 || pos == 1 || e->prev_zero);
	Dec			p = e->has_pending ? e->whole : (Dec) {1, 0};

	/* a position takes one digit other than zero: not 〇千, 35千, 1.5千5 */
	if (pos >= e->last_pos || (!e->has_pending && !implicit) ||
		(e->has_pending && (!e->single || e->whole.v == 0 || e->frac.v != 0)))
		return eval_fail(e, e->i, "misplaced numeral position word");
	if (!dec_add_scaled(&e->section, p, pos))
		return eval_range(e);
	e->pos_arabic = e->has_pending && e->pending_arabic;
	e->last_pos = pos;
	e->last_pos_seen = pos;
	e->has_pending = false;
	e->single = false;
	e->zero_seen = false;
	e->any = true;
	e->i++;
	return true;
}

/* what a multiplier multiplies: the section and the pending number, checked */
static bool
big_operand(Eval *e, int big, Dec *sv)
{
	/* 三千五万 = 3500万, 一百二万 = 120万: the digit after a position abbreviates */
	int			k = (e->has_pending && e->single && !e->zero_seen && !e->frac_seen &&
					 e->last_pos_seen > 1 && e->last_pos_seen <= 3) ? e->last_pos_seen - 1 : 0;

	*sv = e->section;
	if (e->has_pending && multi_after_position(e->whole, e->single, e->frac_seen, e->zero_seen,
											   e->last_pos_seen, e->pos_arabic && e->pending_arabic))
		return eval_fail(e, e->i, "after 千/百/十 a numeral takes one digit");
	if (e->has_pending && e->single && !e->zero_seen && e->last_pos_seen > 3)
		/* 一亿五万: 1.5亿 said short, or 100050000? Ambiguous: refuse it */
		return eval_fail(e, e->i, "ambiguous numeral: a lone digit after 万/亿 before another 万/亿");
	if (e->has_pending &&
		(!dec_add_scaled(sv, e->whole, k) || !dec_add_scaled(sv, e->frac, 0)))
		return eval_range(e);
	if (sv->v == 0 && e->hi == 0)
		return eval_fail(e, e->i, "misplaced magnitude word: nothing to multiply");
	if (big == 4 && e->wan_used && e->hi >= 8)
		return eval_fail(e, e->i, "ambiguous numeral: a second 万 after 亿");
	/* what a multiplier multiplies stays below the multiplier already there */
	if ((big == 4 && e->hi == 4 && !dec_below_pow10(*sv, 4)) ||
		(big <= e->hi && !(big == 4 && e->hi == 4) && !dec_below_pow10(*sv, e->floor_big - big)) ||
		(big > e->hi && e->hi > 0 && !dec_below_pow10(*sv, e->hi)))
		return eval_fail(e, e->i, "ambiguous numeral: too many digits before a multiplier");
	return true;
}

/* 万 亿 兆: multiply what came before, or add a smaller multiple to the total */
static bool
eval_big(Eval *e, int big)
{
	Dec			sv;
	int			level = big;	/* the multiplier now applied: 12 for 万亿 */

	if (!big_operand(e, big, &sv))
		return false;
	if (big == 4 && e->hi == 4 && sv.v != 0)
	{
		/* 一万二千万 = (一万二千)万 = 1.2亿: the whole multiplies, as for 一万四千亿 */
		if (!dec_add_scaled(&sv, e->total, 0))
			return eval_range(e);
		e->total = (Dec) {0, 0};
		if (!dec_add_scaled(&e->total, sv, 4))
			return eval_range(e);
		e->hi = 8;
		e->floor_big = 4;		/* what follows is below 万: 一万二千万五千 */
	}
	else if (big > e->hi && e->hi > 0 && !(big == 8 && e->hi == 4))
		/* 百亿百兆, 一万兆: 兆 (Taiwan's 万亿) stands first or alone */
		return eval_fail(e, e->i, "misplaced magnitude word");
	else if (big > e->hi && sv.v == 0 && e->hi > 0 && !e->has_pending)
	{
		/* 万亿: the multipliers combine */
		if (!dec_add_scaled(&sv, e->total, big))
			return eval_range(e);
		e->total = sv;
		e->hi += big;
		e->floor_big = e->hi;
		level = e->hi;
	}
	else if (big > e->hi)
	{
		if (!dec_add_scaled(&sv, e->total, 0))
			return eval_range(e);
		e->total = (Dec) {0, 0};
		if (!dec_add_scaled(&e->total, sv, big))
			return eval_range(e);
		e->hi = big;
		e->floor_big = e->hi;
	}
	else if (sv.v == 0)
		return eval_fail(e, e->i, "misplaced magnitude word");
	else if (big >= e->floor_big)
		/* 12亿十亿, 二亿千亿: the same multiplier twice is a sum nobody writes */
		return eval_fail(e, e->i, "ambiguous numeral: a multiplier repeated at its own level");
	else
	{
		if (!dec_add_scaled(&e->total, sv, big))
			return eval_range(e);
		e->floor_big = big;
	}
	e->zhao |= (e->cp[e->i] == 0x5146);	/* 兆 */
	e->zhao_yi |= (e->zhao && big == 8);
	e->wan_used = (big == 4);
	e->section = e->whole = e->frac = (Dec) {0, 0};
	e->has_pending = e->single = e->frac_seen = e->zero_seen = false;
	e->last_pos = 4;
	e->last_pos_seen = level;	/* 一万亿二 = 1.2万亿: a lone digit abbreviates below it */
	e->after_open_big = e->open_seen;
	e->i++;
	return true;
}

/* 三十多万, 十 余 万: 多/余 before the magnitude; false when the numeral ends here */
static bool
eval_open(Eval *e)
{
	const uint32_t *cp = e->cp;
	int			j = e->i,
				k;
	bool		yu;

	while (j < e->n && cp[j] == ' ')
		j++;
	if (j >= e->n || !is_open_char(cp[j], &yu))
		return false;
	k = j + 1;
	while (k < e->n && cp[k] == ' ')
		k++;
	if (k >= e->n || !big_char(cp[k]) || unit_here(cp, e->n, k))
		return false;
	e->out->open_pos = QP_AFTER_NUMBER;
	e->out->open_yu = yu;
	e->open_seen = true;
	e->i = k;
	return true;
}

/* One token at e->i: 1 read, 0 the numeral ends before it, -1 an error. */
static int
eval_token(Eval *e)
{
	uint32_t	c = e->cp[e->i];
	int			v = 0,
				kind = numeral_kind(c, &v);
	bool		yu;

	if (e->after_open_big || (e->open_seen && kind != NK_BIG))
		return 0;				/* 三十多万: nothing more after the magnitude */
	if (c >= '0' && c <= '9')
		return (e->has_pending || e->frac_seen) ? 0 : eval_arabic(e) ? 1 : -1;
	/* 1,520萬參觀: a lone Chinese digit does not go on from Arabic digits (1千零1 does: 零
	 * is a filler; so do a digit before a position or multiplier, 100万三千, and a run written
	 * digit by digit, 2亿三四五六万), so 參 of 參觀 (visit) is no 3 after 1,520萬 */
	if (kind == NK_DIGIT && v != 0 && e->arabic &&
		!(e->i + 1 < e->n && (chinese_digit(e->cp[e->i + 1]) >= 0 ||
							  position_char(e->cp[e->i + 1]) || big_char(e->cp[e->i + 1]))))
		return 0;
	if (kind == NK_DIGIT)
		return (e->has_pending || e->frac_seen) ? 0 : eval_digits(e, v) ? 1 : -1;
	if (c == 0x70B9 && e->any && !e->frac_seen && e->i + 1 < e->n &&
		(chinese_digit(e->cp[e->i + 1]) >= 0 || (e->cp[e->i + 1] >= '0' && e->cp[e->i + 1] <= '9')))
	{
		eval_point(e);
		return 1;
	}
	if (kind == NK_TENS && !e->frac_seen)
		return eval_tens(e, v) ? 1 : -1;
	/* 2828.08万千伏安: a position with no digit of its own right after a multiplier is no
	 * part of the number (三万二千 has its 二; 万千 is no numeral): the numeral ends, and the
	 * 千 starts what follows (it had read 2828.18万) */
	if (kind == NK_POSITION && e->after_big && !e->has_pending && v > 1)
		return 0;
	if (kind == NK_POSITION && !e->frac_seen && !unit_here(e->cp, e->n, e->i))
		return eval_position(e, v) ? 1 : -1;
	if (kind == NK_BIG && e->any && !unit_here(e->cp, e->n, e->i))
		return eval_big(e, v) ? 1 : -1;
	if ((c == ' ' || is_open_char(c, &yu)) && e->any && !e->open_seen)
		return eval_open(e) ? 1 : 0;
	return 0;
}

/* the numeral read: place the pending number, express it at the display magnitude */
static bool
eval_finish(Eval *e)
{
	Numeral    *out = e->out;
	Dec			total;

	if (!e->any)
		return eval_fail(e, e->start, "a number was expected");
	if (e->has_pending && multi_after_position(e->whole, e->single, e->frac_seen, e->zero_seen,
											   e->last_pos_seen, e->pos_arabic && e->pending_arabic))
		return eval_fail(e, e->start, "after 千/百/十 a numeral takes one digit");
	if (e->has_pending)
	{
		/* 一千八百五 = 1850, 1千8 = 1800: a single digit right after a position */
		int			k = (e->single && !e->zero_seen && e->last_pos_seen > 1) ? e->last_pos_seen - 1 : 0;

		if (!dec_add_scaled(&e->section, e->whole, k) || !dec_add_scaled(&e->section, e->frac, 0))
			return eval_range(e);
	}
	if (e->hi > 0 && !dec_below_pow10(e->section, e->floor_big))
		return eval_fail(e, e->start, "ambiguous numeral: too many digits after a multiplier");
	if (!dec_add_scaled(&e->total, e->section, 0))
		return eval_range(e);
	/* express at the display magnitude hi, with the fewest decimals */
	total = e->total;
	out->mag = e->hi;
	out->from_words = true;
	out->zhao = e->zhao;
	out->zhao_yi = e->zhao_yi;
	total.scale += e->hi;
	while (total.scale > 0 && total.v % 10 == 0)
	{
		total.v /= 10;
		total.scale--;
	}
	if (total.scale < 0 && !dec_mul_pow10(&total, -total.scale))
		return eval_range(e);
	if (total.scale < 0)
		total.scale = 0;
	out->digits = total.v;
	out->scale = total.scale;
	out->len = e->i - e->start;
	return true;
}

static bool
evaluate(const uint32_t *cp, int n, int start, Numeral *out, IndError *err)
{
	Eval		e;

	memset(&e, 0, sizeof(e));
	e.cp = cp;
	e.n = n;
	e.start = e.i = start;
	e.floor_big = 99;
	e.last_pos = 4;
	e.out = out;
	e.err = err;
	out->open_pos = -1;
	out->open_yu = false;
	while (e.i < n)
	{
		int			r;
		bool		was_big = big_char(cp[e.i]) != 0;

		e.prev_zero = e.after_zero;
		e.after_zero = false;
		r = eval_token(&e);
		if (r < 0)
			return false;
		if (r == 0)
			break;
		e.after_big = was_big && !e.open_seen;
	}
	return eval_finish(&e);
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
			out->zhao = mag != 0 && cp[i - 1] == 0x5146;	/* 5兆元: written with 兆 */
			out->open_pos = open_pos;
			out->open_yu = yu && open_pos >= 0;
			out->len = i - start;
			return true;
		}
	}
	return evaluate(cp, n, start, out, err);
}
