/*
 * numeral_oracle.c: an independent reading of Chinese numerals, to check the parser
 * against (test_numeral.c and the fuzz target).  It shares no code with numeral.c and
 * works the other way round: it splits the numeral at the last occurrence of its largest
 * multiplier (一万二千万 is (一万二千) x 万, 三亿五千万 is 三 x 亿 + 五千万) and reads
 * each section below 万 with the positions 千 百 十.
 *
 * Returns false when the text is not a numeral this reading accepts.  Integers only
 * (no 点); the value must fit in 64 bits.
 */
#include "numeral_oracle.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

typedef struct Tok
{
	char		kind;			/* 'd' digit, 'p' position (十百千), 'b' multiplier (万亿兆), 't' 廿卅卌 */
	int			v;				/* digit value, power of ten, or tens */
	int			run;			/* for 'd': how many digits (arabic 35 or 二〇二二) */
	int64_t		num;			/* for 'd': the number */
	bool		arabic;			/* for 'd': written in arabic digits */
} Tok;

static int
decode1(const char *s, uint32_t *c)
{
	const unsigned char *p = (const unsigned char *) s;

	if (p[0] < 0x80)
	{
		*c = p[0];
		return 1;
	}
	if ((p[0] & 0xE0) == 0xC0 && p[1])
	{
		*c = ((uint32_t) (p[0] & 0x1F) << 6) | (p[1] & 0x3F);
		return 2;
	}
	if ((p[0] & 0xF0) == 0xE0 && p[1] && p[2])
	{
		*c = ((uint32_t) (p[0] & 0x0F) << 12) | ((uint32_t) (p[1] & 0x3F) << 6) | (p[2] & 0x3F);
		return 3;
	}
	return 0;
}

static int
digit_of(uint32_t c)
{
	static const uint32_t d[][2] = {
		{0x96F6, 0}, {0x3007, 0}, {0x25CB, 0}, {0x4E00, 1}, {0x4E8C, 2}, {0x4E24, 2}, {0x4E09, 3},
		{0x56DB, 4}, {0x4E94, 5}, {0x516D, 6}, {0x4E03, 7}, {0x516B, 8}, {0x4E5D, 9}
	};

	for (size_t k = 0; k < sizeof(d) / sizeof(d[0]); k++)
		if (d[k][0] == c)
			return (int) d[k][1];
	return -1;
}

static int
tokenize(const char *s, Tok *t, int max)
{
	int			n = 0;

	while (*s)
	{
		uint32_t	c;
		int			len = decode1(s, &c),
					d;

		if (len == 0 || n >= max)
			return -1;
		if (c >= '0' && c <= '9')
		{
			Tok			k = {'d', 0, 0, 0, true};

			while (*s >= '0' && *s <= '9')
			{
				if (k.num > INT64_MAX / 10 - 10)
					return -1;
				k.num = k.num * 10 + (*s - '0');
				k.run++;
				s++;
			}
			k.v = (int) (k.num % 10);
			t[n++] = k;
			continue;
		}
		if ((d = digit_of(c)) >= 0)
		{
			/* consecutive Chinese digits form one run (二〇二二) */
			if (n > 0 && t[n - 1].kind == 'd' && t[n - 1].run > 0 && t[n - 1].v >= 0 &&
				t[n - 1].run < 18 && (unsigned char) s[-1] >= 0x80 &&
				!(n > 1 && t[n - 1].run == 1 && t[n - 1].num == 0))	/* 千零九: a filler */
			{
				t[n - 1].num = t[n - 1].num * 10 + d;
				t[n - 1].run++;
			}
			else
				t[n++] = (Tok) {'d', d, 1, d, false};
		}
		else if (c == 0x5341)
			t[n++] = (Tok) {'p', 1, 0, 0, false};
		else if (c == 0x767E)
			t[n++] = (Tok) {'p', 2, 0, 0, false};
		else if (c == 0x5343)
			t[n++] = (Tok) {'p', 3, 0, 0, false};
		else if (c == 0x4E07)
			t[n++] = (Tok) {'b', 4, 0, 0, false};
		else if (c == 0x4EBF && n > 0 && t[n - 1].kind == 'b' && t[n - 1].v == 4)
			t[n - 1].v = 12;	/* 万亿 is one multiplier */
		else if (c == 0x4EBF)
			t[n++] = (Tok) {'b', 8, 0, 0, false};
		else if (c == 0x5146)
			t[n++] = (Tok) {'b', 12, 0, 0, false};
		else if (c == 0x5EFF)
			t[n++] = (Tok) {'t', 2, 0, 0, false};
		else if (c == 0x5345)
			t[n++] = (Tok) {'t', 3, 0, 0, false};
		else if (c == 0x534C)
			t[n++] = (Tok) {'t', 4, 0, 0, false};
		else
			return -1;
		s += len;
	}
	return n;
}

static bool
pow10_mul(int64_t v, int k, int64_t *out)
{
	while (k-- > 0)
	{
		if (v > INT64_MAX / 10)
			return false;
		v *= 10;
	}
	*out = v;
	return true;
}

/* zero run: a 'd' token of Chinese 零 only */
static bool
is_zero(const Tok *k)
{
	return k->kind == 'd' && k->num == 0;
}

/* A section below 万: positions strictly decreasing, 零 as a filler. */
static bool
section(const Tok *t, int n, int64_t *out)
{
	int64_t		total = 0;
	int64_t		pending = -1;
	int			pending_run = 0;
	int			last_pos = 4,
				prev_pos = 0;
	bool		zero = false,
				prev_zero = false,
				pending_arabic = false,
				coef_arabic = false;	/* the last position's digit was arabic (1百52) */

	for (int i = 0; i < n; i++)
	{
		const Tok  *k = &t[i];
		bool		this_zero = false;

		if (k->kind == 'd')
		{
			if (is_zero(k) && i + 1 < n && (i > 0 || (t[1].kind == 'p' && t[1].v == 1)))
			{					/* 一百零五, and 零十 */
				this_zero = true;
				zero = true;
			}
			else if (is_zero(k) && i > 0)
				;				/* a trailing 零 adds nothing */
			else
			{
				if (pending >= 0)
					return false;
				pending = k->num;
				pending_run = k->run;
				pending_arabic = k->arabic;
			}
		}
		else if (k->kind == 'p')
		{
			int64_t		m;

			if (k->v >= last_pos || pending == 0 || (pending > 0 && pending_run > 1))
				return false;	/* 〇百, 35千: a position takes one digit other than zero */
			coef_arabic = pending >= 0 && pending_arabic;
			if (pending >= 0)
				m = pending;
			else if (total == 0 || k->v == 1 || prev_zero)
				m = 1;			/* 十四, 一百十一, 一千零十 */
			else
				return false;
			if (!pow10_mul(m, k->v, &m))
				return false;
			total += m;
			last_pos = prev_pos = k->v;
			pending = -1;
			zero = false;
		}
		else if (k->kind == 't')
		{
			if (pending >= 0 || last_pos <= 1)
				return false;
			total += k->v * 10;
			last_pos = prev_pos = 1;
			zero = false;
		}
		else
			return false;
		prev_zero = this_zero;
	}
	if (pending >= 0)
	{
		int64_t		m = pending;

		/* 一千23: after a position, one digit; after 零 a smaller number (2千零30); arabic
		 * digits after an arabic digit's 百 or 千 filling every place below it (1百52) */
		bool		fills = !zero && pending_arabic && coef_arabic && prev_pos >= 2 &&
			pending_run == prev_pos && pending >= (prev_pos == 3 ? 100 : 10);

		if (pending_run > 1 && prev_pos > 0 && !fills && !(zero && prev_pos >= 2 &&
														   pending < (prev_pos == 3 ? 100 : 10)))
			return false;
		/* 三千五 = 3500: one digit right after 千 or 百 abbreviates the next position */
		if (pending_run == 1 && !zero && prev_pos >= 2 && !pow10_mul(m, prev_pos - 1, &m))
			return false;
		total += m;
	}
	*out = total;
	return true;
}

static bool
eval(const Tok *t, int n, int64_t *out)
{
	int			big = 0,
				at = -1;
	int64_t		left,
				right = 0,
				scale;

	if (n == 0)
		return false;
	/* arabic digits and a magnitude word for display: 12百, 36十万, 1800亿, 2兆 */
	if (n >= 2 && t[0].kind == 'd' && t[0].arabic && n <= 3)
	{
		static const char *const mags[] = {"p1", "p2", "p3", "b4", "p1b4", "p2b4", "p3b4", "b8",
		"p1b8", "p2b8", "p3b8", "b4b8", "b12"};
		static const int pw[] = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 12};
		char		sig[16] = "";
		size_t		k = 0;
		int			i;

		for (i = 1; i < n && t[i].kind != 'd' && t[i].kind != 't'; i++)
			k += (size_t) snprintf(sig + k, sizeof(sig) - k, "%c%d", t[i].kind, t[i].v);
		for (size_t m = 0; i == n && m < sizeof(mags) / sizeof(mags[0]); m++)
			if (strcmp(sig, mags[m]) == 0)
				return t[0].num > 0 ? pow10_mul(t[0].num, pw[m], out) : (*out = 0, true);
	}
	for (int i = 0; i < n; i++)
		if (t[i].kind == 'b' && t[i].v >= big)
		{
			big = t[i].v;
			at = i;
		}
	if (big == 0)
	{
		if (n == 1 && t[0].kind == 'd')
		{
			*out = t[0].num;
			return true;
		}
		/* a digit run (二〇二二) stands alone; otherwise positions */
		for (int i = 0; i < n; i++)
			if (t[i].kind == 'd' && !t[i].arabic && t[i].run > 1 && !(t[i].num < 10 && i == 0))
				return false;
		return section(t, n, out);
	}
	/* the part before the multiplier: 一八八一亿 (a run) or a numeral */
	if (at == 0)
		return false;
	if (at == 1 && t[0].kind == 'd')
		left = t[0].num;
	else if (!eval(t, at, &left))
		return false;
	if (left <= 0 || !pow10_mul(1, big, &scale) || left > INT64_MAX / scale)
		return false;
	if (at + 1 < n)
	{
		const Tok  *r = &t[at + 1];
		int			m = n - at - 1;

		if (m == 1 && r->kind == 'd' && r->run == 1 && r->num > 0)
		{
			/* 一万五 = 15000 */
			if (!pow10_mul(r->num, big - 1, &right))
				return false;
		}
		else
		{
			while (m > 0 && is_zero(r))
			{
				r++;
				m--;
			}
			if (m > 0 && !eval(r, m, &right))
				return false;
			if (right >= scale)
				return false;
		}
	}
	*out = left * scale + right;
	return *out >= 0;
}

bool
numeral_oracle(const char *s, int64_t *value)
{
	Tok			t[64];
	int			n = tokenize(s, t, 64);

	return n > 0 && eval(t, n, value);
}
