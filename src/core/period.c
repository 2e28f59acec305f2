/*
 * period.c: statistical periods named in words (spec 5b).
 *
 *   period  := quote? ( plan | span ) quote? ( 时期 | 期间 )? 以来?   (以来 is read, not used)
 *   plan    := numeral 五 (时期 | 期间 | 规划)?        "十四五"时期 = 2021-2025
 *   span    := year part? | part                       a part alone takes the context year
 *   year    := YYYY年 | YYYY-YYYY年 | 二〇二三年 | 今年 | 本年 | 去年 | 上年 | 前年 | 明年
 *            | 过去一年 | 过去N年
 *   part    := 全年 | 年末 | 年底 | 末 | 底 | 第? Q 季度 | 前 Q 季度 | 上半年 | 下半年
 *            | M 月份? | M-N 月份? (also — ～ ~ 至 到) | 前 N 个月
 *
 * A date with a day (3月5日) is not a period.  Five-year plans are periods, never
 * numbers: the first five started in 1953, 1958, 1966, 1971 and 1976, and from the
 * sixth (1981) on they follow each other every five years.
 */
#include "extract.h"

#include <stdio.h>
#include <string.h>

#define CH_NIAN		0x5E74		/* 年 */
#define CH_YUE		0x6708		/* 月 */
#define CH_RI		0x65E5		/* 日 */
#define CH_HAO		0x53F7		/* 号 */
#define CH_FEN		0x4EFD		/* 份 */
#define CH_MO		0x672B		/* 末 */
#define CH_DI		0x5E95		/* 底 */
#define CH_JI		0x5B63		/* 季 */
#define CH_DU		0x5EA6		/* 度 */
#define CH_DI4		0x7B2C		/* 第 */
#define CH_QIAN		0x524D		/* 前 */
#define CH_GE		0x4E2A		/* 个 */
#define CH_WU		0x4E94		/* 五 */
#define CH_SHI		0x5341		/* 十 */

static int
small_digit(uint32_t c)
{
	switch (c)
	{
		case 0x3007:			/* 〇 */
		case 0x96F6:			/* 零 */
			return 0;
		case 0x4E00:			/* 一 */
			return 1;
		case 0x4E8C:			/* 二 */
		case 0x4E24:			/* 两 */
			return 2;
		case 0x4E09:			/* 三 */
			return 3;
		case 0x56DB:			/* 四 */
			return 4;
		case 0x4E94:			/* 五 */
			return 5;
		case 0x516D:			/* 六 */
			return 6;
		case 0x4E03:			/* 七 */
			return 7;
		case 0x516B:			/* 八 */
			return 8;
		case 0x4E5D:			/* 九 */
			return 9;
	}
	if (c >= '0' && c <= '9')
		return (int) (c - '0');
	if (c >= 0xFF10 && c <= 0xFF19)
		return (int) (c - 0xFF10);
	return -1;
}

static bool
is_ascii_digit(uint32_t c)
{
	return (c >= '0' && c <= '9') || (c >= 0xFF10 && c <= 0xFF19);
}

/*
 * A small count at cp[0..n), 1 to 99: arabic (1-2 digits) or Chinese (一, 十二, 二十三).
 * Returns its length, 0 when none.
 */
static int
small_number(const uint32_t *cp, int n, int *val)
{
	int			i = 0,
				v = 0;

	if (n > 0 && is_ascii_digit(cp[0]))
	{
		while (i < n && i < 3 && is_ascii_digit(cp[i]))
			v = v * 10 + small_digit(cp[i++]);
		if (i == 3 || v == 0)
			return 0;
		*val = v;
		return i;
	}
	if (n > 0 && cp[0] == CH_SHI)
	{
		v = 10;
		i = 1;
		if (i < n && small_digit(cp[i]) > 0)
			v += small_digit(cp[i++]);
	}
	else if (n > 0 && small_digit(cp[0]) > 0)
	{
		v = small_digit(cp[0]);
		i = 1;
		if (i < n && cp[i] == CH_SHI)
		{
			v *= 10;
			i++;
			if (i < n && small_digit(cp[i]) > 0)
				v += small_digit(cp[i++]);
		}
	}
	if (i == 0)
		return 0;
	*val = v;
	return i;
}

/* four digits, arabic or Chinese (二〇二三), before a 年: their length (4), 0 when none */
int
ind_year_digits(const uint32_t *cp, int n, int *year)
{
	int			v = 0;
	bool		arabic = n > 0 && is_ascii_digit(cp[0]);

	if (n < 5)
		return 0;
	for (int k = 0; k < 4; k++)
	{
		int			d = small_digit(cp[k]);

		if (d < 0 || is_ascii_digit(cp[k]) != arabic || cp[k] == 0x4E24)
			return 0;
		v = v * 10 + d;
	}
	if (v < IND_PERIOD_YEAR_MIN || v > IND_PERIOD_YEAR_MAX)
		return 0;
	*year = v;
	return 4;
}

/* the fixed words of the grammar, as code points */
typedef struct PWord
{
	uint32_t	cp[4];
	int			len;
} PWord;

static const PWord W_SHANGBANNIAN = {{0x4E0A, 0x534A, 0x5E74}, 3};	/* 上半年 */
static const PWord W_XIABANNIAN = {{0x4E0B, 0x534A, 0x5E74}, 3};	/* 下半年 */
static const PWord W_YILAI = {{0x4EE5, 0x6765}, 2};	/* 以来 */
static const PWord W_QUANNIAN = {{0x5168, 0x5E74}, 2};	/* 全年 */
static const PWord W_NIANDI = {{0x5E74, 0x5E95}, 2};	/* 年底 */
static const PWord W_NIANDU = {{0x5E74, 0x5EA6}, 2};	/* 年度 */
static const PWord W_NIANMO = {{0x5E74, 0x672B}, 2};	/* 年末 */
static const PWord W_SHIQI = {{0x65F6, 0x671F}, 2};	/* 时期 */
static const PWord W_QIJIAN = {{0x671F, 0x95F4}, 2};	/* 期间 */
static const PWord W_GUIHUA = {{0x89C4, 0x5212}, 2};	/* 规划 */
static const PWord W_GUIHUAQI = {{0x89C4, 0x5212, 0x671F}, 3};	/* 规划期 */
static const PWord W_GUOQU = {{0x8FC7, 0x53BB}, 2};	/* 过去 */
static const PWord W_JINNIAN = {{0x4ECA, 0x5E74}, 2};	/* 今年 */
static const PWord W_BENNIAN = {{0x672C, 0x5E74}, 2};	/* 本年 */
static const PWord W_QUNIAN = {{0x53BB, 0x5E74}, 2};	/* 去年 */
static const PWord W_SHANGNIAN = {{0x4E0A, 0x5E74}, 2};	/* 上年 */
static const PWord W_QIANNIAN = {{0x524D, 0x5E74}, 2};	/* 前年 */
static const PWord W_MINGNIAN = {{0x660E, 0x5E74}, 2};	/* 明年 */
static const PWord W_GUOQUYINIAN = {{0x8FC7, 0x53BB, 0x4E00, 0x5E74}, 4};	/* 过去一年 */

static bool
word_at(const uint32_t *cp, int n, const PWord *w, int *len)
{
	if (w->len > n)
		return false;
	for (int k = 0; k < w->len; k++)
		if (cp[k] != w->cp[k])
			return false;
	*len = w->len;
	return true;
}

static bool
is_range_sep(uint32_t c)
{
	return c == '-' || c == 0x2014 || c == 0x2013 || c == 0xFF5E || c == '~' ||
		c == 0xFF0D || c == 0x81F3 || c == 0x5230;	/* — – ～ ~ － 至 到 */
}

static bool
is_open_quote(uint32_t c)
{
	return c == 0x201C || c == '"' || c == 0x300C || c == 0x2018;
}

static bool
is_close_quote(uint32_t c)
{
	return c == 0x201D || c == '"' || c == 0x300D || c == 0x2019;
}

static int
plan_start_year(int k)
{
	static const int first[] = {0, 1953, 1958, 1966, 1971, 1976};

	if (k >= 1 && k <= 5)
		return first[k];
	return 1981 + 5 * (k - 6);
}

/* numeral 五: a five-year plan's name; returns the length of the name */
static int
plan_name(const uint32_t *cp, int n, int *k)
{
	int			v = 0;
	int			len;

	/* the name is the plan's number followed by 五: 十四五, 九五, 十五 (the tenth) */
	if (n >= 2 && cp[0] == CH_SHI && cp[1] == CH_WU)
	{
		*k = 10;
		return 2;
	}
	len = small_number(cp, n, &v);
	if (len == 0 || len >= n || cp[len] != CH_WU || is_ascii_digit(cp[0]) || v > 30)
		return 0;
	*k = v;
	return len + 1;
}

static void
set_months(IndPeriod *p, int year, int m_from, int m_to_incl)
{
	p->from = year * 12 + (m_from - 1);
	p->to = year * 12 + m_to_incl;
}

/* The part of a year after the year (or alone): returns its length, 0 when none. */
static int
year_part(const uint32_t *cp, int n, int *m_from, int *m_to, bool *is_day)
{
	int			len,
				i = 0,
				a = 0,
				b = 0;

	*is_day = false;
	if (word_at(cp, n, &W_QUANNIAN, &len) || word_at(cp, n, &W_NIANMO, &len) ||
		word_at(cp, n, &W_NIANDI, &len) || word_at(cp, n, &W_NIANDU, &len))
	{
		*m_from = 1;
		*m_to = 12;
		return len;
	}
	if (word_at(cp, n, &W_SHANGBANNIAN, &len))
	{
		*m_from = 1;
		*m_to = 6;
		return len;
	}
	if (word_at(cp, n, &W_XIABANNIAN, &len))
	{
		*m_from = 7;
		*m_to = 12;
		return len;
	}
	/* 第一季度, 一季度, 前三季度 */
	{
		bool		first_k = false;

		if (n > 0 && cp[0] == CH_DI4)
			i = 1;
		else if (n > 0 && cp[0] == CH_QIAN)
		{
			i = 1;
			first_k = true;
		}
		len = small_number(cp + i, n - i, &a);
		if (len > 0 && i + len + 1 < n && cp[i + len] == CH_JI && cp[i + len + 1] == CH_DU &&
			a >= 1 && a <= 4)
		{
			*m_from = first_k ? 1 : 3 * a - 2;
			*m_to = 3 * a;
			i += len + 2;
			if (i < n && (cp[i] == CH_MO || cp[i] == CH_DI))
				i++;
			return i;
		}
		/* 前10个月, 前三个月 */
		if (first_k && len > 0 && i + len + 1 < n && cp[i + len] == CH_GE &&
			cp[i + len + 1] == CH_YUE && a >= 1 && a <= 12)
		{
			*m_from = 1;
			*m_to = a;
			return i + len + 2;
		}
		i = 0;
	}
	/* M月, M月份, M月末, M-N月 */
	len = small_number(cp, n, &a);
	if (len == 0)
		return 0;
	i = len;
	if (i + 1 < n && is_range_sep(cp[i]))
	{
		int			l2 = small_number(cp + i + 1, n - i - 1, &b);

		if (l2 == 0 || i + 1 + l2 >= n || cp[i + 1 + l2] != CH_YUE)
			return 0;
		i += 1 + l2 + 1;
	}
	else if (i < n && cp[i] == CH_YUE)
	{
		b = a;
		i++;
	}
	else
		return 0;
	if (a < 1 || b > 12 || a > b)
		return 0;
	if (i < n && (cp[i] == CH_FEN || cp[i] == CH_MO || cp[i] == CH_DI))
		i++;
	else if (a == b)
	{
		int			d = 0,
					dl = small_number(cp + i, n - i, &d);

		if (dl > 0 && i + dl < n && (cp[i + dl] == CH_RI || cp[i + dl] == CH_HAO))
		{
			*is_day = true;
			return i + dl + 1;
		}
	}
	*m_from = a;
	*m_to = b;
	return i;
}

/*
 * 十四五, “十三五”时期, 十三五规划期 at i (after an open quote when quoted): a five-year plan's
 * period in out; its end, 0 when the name is ambiguous there (十五 without quotes or a suffix),
 * -1 when no plan is named
 */
static int
plan_period(const uint32_t *cp, int n, int i, bool quoted, IndPeriod *out)
{
	int			k,
				len = plan_name(cp + i, n - i, &k),
				j = i + len,
				sl = 0;
	bool		closed;

	if (len <= 0)
		return -1;
	closed = quoted && j < n && is_close_quote(cp[j]);
	if (closed)
		j++;
	if (word_at(cp + j, n - j, &W_SHIQI, &sl) || word_at(cp + j, n - j, &W_QIJIAN, &sl) ||
		word_at(cp + j, n - j, &W_GUIHUAQI, &sl) || word_at(cp + j, n - j, &W_GUIHUA, &sl))
		j += sl;
	/* without quotes or a suffix only an unambiguous name (十四五, not 十五) */
	if (closed || sl > 0 || len >= 3)
	{
		int			y = plan_start_year(k);

		out->from = y * 12;
		out->to = (y + 5) * 12;
		return j;
	}
	return 0;
}

/*
 * 今年 本年 去年 上年 前年 明年 过去一年, 过去五年 at cp: a year relative to ref_year (0 when
 * unknown) in *year, and for 过去N年 the last year of the span in *year_to; the words' length,
 * 0 when none
 */
static int
relative_year(const uint32_t *cp, int n, int ref_year, int *year, int *year_to)
{
	static const struct
	{
		const PWord *w;
		int			off;
	}			rel[] = {
		{&W_JINNIAN, 0}, {&W_BENNIAN, 0}, {&W_QUNIAN, -1}, {&W_SHANGNIAN, -1},
		{&W_QIANNIAN, -2}, {&W_MINGNIAN, 1}, {&W_GUOQUYINIAN, -1}
	};
	int			len;

	for (int r = 0; r < (int) (sizeof(rel) / sizeof(rel[0])); r++)
		if (word_at(cp, n, rel[r].w, &len))
		{
			*year = ref_year ? ref_year + rel[r].off : 0;
			return len;
		}
	if (word_at(cp, n, &W_GUOQU, &len))
	{
		int			v = 0,
					l2 = small_number(cp + len, n - len, &v);

		if (l2 > 0 && len + l2 < n && cp[len + l2] == CH_NIAN && v <= 50)
		{
			*year = ref_year ? ref_year - v : 0;
			*year_to = ref_year ? ref_year - 1 : 0;
			return len + l2 + 1;
		}
	}
	return 0;
}

/*
 * Can a period phrase start with c?  The first characters of the grammar above: a quote,
 * a numeral (arabic, full width or Chinese), 今 本 去 上 前 明 过 (the relative years), 全 年
 * 上 下 第 前 (the parts).  Most positions start none, and every clause start comes here.
 * A word added to the grammar adds its first character here.
 */
static bool
may_start_period(uint32_t c)
{
	if (small_digit(c) >= 0)
		return true;
	switch (c)
	{
		case 0x201C: case '"': case 0x300C: case 0x2018:	/* the open quotes */
		case CH_SHI:
		case 0x4ECA: case 0x672C: case 0x53BB: case 0x4E0A:	/* 今 本 去 上 */
		case CH_QIAN: case 0x660E: case 0x8FC7:	/* 前 明 过 */
		case 0x5168: case CH_NIAN: case 0x4E0B: case CH_DI4:	/* 全 年 下 第 */
			return true;
	}
	return false;
}

int
ind_period_match(const uint32_t *cp, int n, int ref_year, int ctx_year, IndPeriod *out,
				 int *flags)
{
	int			i = 0,
				len,
				year = 0,
				year_to = 0,
				m_from = 1,
				m_to = 12;
	bool		quoted = false,
				have_year = false,
				is_day = false;

	out->from = out->to = 0;
	*flags = 0;
	if (n <= 0 || !may_start_period(cp[0]))
		return 0;
	if (is_open_quote(cp[0]))
	{
		quoted = true;
		i = 1;
	}

	/* a five-year plan */
	if ((len = plan_period(cp, n, i, quoted, out)) >= 0)
		return len;
	if (quoted)
		return 0;

	/* the year */
	len = ind_year_digits(cp, n, &year);
	if (len > 0)
	{
		i = len;
		if (i + 5 < n && is_range_sep(cp[i]) && ind_year_digits(cp + i + 1, n - i - 1, &year_to) &&
			cp[i + 5] == CH_NIAN && year_to > year)
			i += 6;				/* 2021-2025年 */
		else if (i < n && cp[i] == CH_NIAN)
		{
			int			l2;

			i++;
			/* 2021年至2025年 */
			if (i + 5 < n && is_range_sep(cp[i]) &&
				(l2 = ind_year_digits(cp + i + 1, n - i - 1, &year_to)) > 0 &&
				cp[i + 5] == CH_NIAN && year_to > year)
				i += 6;
			else
				year_to = 0;
		}
		else
			return 0;
		if (year_to == 0 && i < n && cp[i] != CH_NIAN)
		{
			/* 2023年 followed by its part: 2023年10月, 2023年一季度 */
			int			pl = year_part(cp + i, n - i, &m_from, &m_to, &is_day);

			/* year_part reads 年末 etc. with their 年; after 2023年 only 末/底 remain */
			if (pl > 0)
				i += pl;
			else if (i < n && (cp[i] == CH_MO || cp[i] == CH_DI))
				i++;
		}
		have_year = true;
	}
	else
	{
		i = relative_year(cp, n, ref_year, &year, &year_to);
		have_year = i > 0;
		if (have_year)
			*flags |= IND_PERIOD_RELATIVE;
		if (have_year && year_to == 0)
		{
			int			pl = year_part(cp + i, n - i, &m_from, &m_to, &is_day);

			if (pl > 0)
				i += pl;
			else if (i < n && (cp[i] == CH_MO || cp[i] == CH_DI))
				i++;
		}
		if (!have_year)
		{
			/* a part alone: the year comes from context */
			i = year_part(cp, n, &m_from, &m_to, &is_day);
			if (i == 0)
				return 0;
			*flags |= IND_PERIOD_NO_YEAR;
			year = ctx_year;
		}
	}
	if (is_day)
		return 0;
	if (word_at(cp + i, n - i, &W_SHIQI, &len) || word_at(cp + i, n - i, &W_QIJIAN, &len))
		i += len;
	if (year < IND_PERIOD_YEAR_MIN || year > IND_PERIOD_YEAR_MAX)
		return i;				/* measured, but its year is unknown */
	if (year_to > 0)
	{
		out->from = year * 12;
		out->to = (year_to + 1) * 12;
	}
	else
		set_months(out, year, m_from, m_to);
	/* 二季度以来, 去年以来: the period named (its end is the report's, unknown here) */
	if (word_at(cp + i, n - i, &W_YILAI, &len))
		i += len;
	return i;
}

bool
ind_period_parse(const char *s, size_t len, int ref_year, IndPeriod *out,
				 bool *needs_reference, IndError *err)
{
	uint32_t	cp[64];
	int			n,
				i = 0,
				m,
				flags = 0;

	memset(err, 0, sizeof(*err));
	*needs_reference = false;
	n = ind_utf8_decode(s, len, cp, 64, err);
	if (n < 0)
		return false;
	while (i < n && (cp[i] == ' ' || cp[i] == 0x3000))
		i++;
	while (n > i && (cp[n - 1] == ' ' || cp[n - 1] == 0x3000))
		n--;
	m = ind_period_match(cp + i, n - i, ref_year, ref_year, out, &flags);
	if (m == 0 || i + m != n)
	{
		if (m > 0)
			return ind_fail(err, IND_ERR_SYNTAX, i + m + 1,
							"unexpected text after the period");
		return ind_fail(err, IND_ERR_SYNTAX, i + 1,
						"not a period: expected a year (2023年), a part of one (一季度, "
						"1-10月), a relative year (去年) or a plan (\"十四五\"时期)");
	}
	if (out->to == 0)
	{
		*needs_reference = true;
		return ind_fail(err, IND_ERR_SYNTAX, 0,
						(flags & IND_PERIOD_RELATIVE) ?
						IND_MSG("a relative year needs reference_year") :
						IND_MSG("a period without a year needs reference_year"));
	}
	return true;
}
