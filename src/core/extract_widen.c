/*
 * extract_widen.c: candidates (extract_int.h).  A candidate starts at a numeral; it is
 * widened forward over magnitude, 多/余, unit and suffix qualifier, and backward over a
 * prefix qualifier, a change verb and its basis (同比下降15.3%), using the core's
 * lexicons, and the span is then read by ind_parse (or ind_target_parse in a plan), so a
 * row's value is exactly what the type would read.  Numerals that are not statistics are
 * dropped by the traps: years and dates, ordinals, names of plans and slogans, numbering,
 * footnote marks, product and grade names, words that contain a numeral.
 */
#include "extract_int.h"

#include <stdio.h>
#include <string.h>

/* characters after a number that make it a date, a time or an age */
static bool
calendar_char(uint32_t c)
{
	switch (c)
	{
		case 0x5E74:			/* 年 */
		case 0x6708:			/* 月 */
		case 0x65E5:			/* 日 */
		case 0x53F7:			/* 号 */
		case 0x65F6:			/* 时 */
		case 0x5B63:			/* 季 */
		case 0x5468:			/* 周 */
		case 0x5C81:			/* 岁 */
		case 0x70B9:			/* 点 */
		case 0x5206:			/* 分 */
		case 0x79D2:			/* 秒 */
		case 0x65EC:			/* 旬 */
		case 0x4EE3:			/* 代: 80年代, 00后 */
		case 0x540E:			/* 后 */
		case 0x5C4A:			/* 届 */
		case 0x671F:			/* 期 */
		case 0x7EA7:			/* 级: 二级, 4级 */
		case 0x661F:			/* 星 */
		case 0x5E8F:			/* 序 */
			return true;
	}
	return false;
}

/* inside “…” (or 「」《》) within a short reach: a name, not a figure */
static bool
in_quotes(const Extractor *ex, int start, int stop)
{
	bool		open = false;

	for (int k = start - 1; k >= 0 && start - k <= QUOTE_REACH; k--)
	{
		uint32_t	c = ex->cp[k];

		if (is_close_quote(c) || ends_sentence(c))
			break;
		if (is_open_quote(c))
		{
			open = true;
			break;
		}
	}
	if (!open)
		return false;
	for (int k = stop; k < ex->n && k - stop <= QUOTE_REACH; k++)
	{
		uint32_t	c = ex->cp[k];

		if (is_open_quote(c) || ends_sentence(c))
			return false;
		if (is_close_quote(c))
			return true;
	}
	return false;
}

/* the length of a word of a lexicon that ends exactly at p (look-behind) */
typedef int (*MatchFn) (const uint32_t *cp, int n, int *id);

static int
qual_prefix_match(const uint32_t *cp, int n, int *id)
{
	return ind_qual_match_len(cp, n, QP_PREFIX, id);
}

static int
word_before(const uint32_t *w, int p, int floor, int maxlen, MatchFn fn, int *id)
{
	for (int len = maxlen; len >= 1; len--)
		if (p - len >= floor && fn(w + p - len, len, id) == len)
			return len;
	return 0;
}

static int
encode(const uint32_t *w, int from, int to, char *buf, int size)
{
	int			b = 0;

	for (int k = from; k < to && b + 4 < size; k++)
		b += ind_utf8_encode(w[k], buf + b);
	buf[b] = '\0';
	return b;
}

static int
unit_dim(int unit)
{
	return unit ? ind_dim_of_unit(unit) : -1;
}

static bool
is_range_sep(uint32_t c)
{
	return c == '-' || c == 0xFF0D || c == 0x2014 || c == 0x2013 || c == 0xFF5E || c == '~' ||
		c == 0x81F3 || c == 0x5230;		/* - － — – ～ ~ 至 到 */
}

/* a number, its unit and a suffix qualifier at w[i..): the end, or i when no number */
static int
figure_end(const uint32_t *w, int wn, int i)
{
	Numeral		num;
	IndError	err;
	int			id,
				e;

	if (i >= wn || !is_digit(w[i]) || !ind_parse_numeral(w, wn, i, &num, &err))
		return i;
	e = i + num.len;
	e += ind_unit_match_len(w + e, wn - e, &id);
	e += ind_qual_match_len(w + e, wn - e, QP_SUFFIX, &id);
	return e;
}

/*
 * Where a figure ending at w[j] goes on as a target: the second end of a range
 * (增长5%-6%, 6%—6.5%) or, in a plan, a stretch (，力争6%, ，力争增长6%).  j when it does not.
 */
static int
continuation(const uint32_t *w, int wn, int j, bool plan)
{
	int			id,
				i;

	if (j + 1 < wn && is_range_sep(w[j]))
		return figure_end(w, wn, j + 1) > j + 1 ? figure_end(w, wn, j + 1) : j;
	if (plan && j + 3 < wn && (w[j] == 0xFF0C || w[j] == ',') &&
		w[j + 1] == 0x529B && w[j + 2] == 0x4E89)		/* ，力争 */
	{
		i = j + 3;
		i += ind_verb_match_len(w + i, wn - i, &id);
		i += ind_qual_match_len(w + i, wn - i, QP_PREFIX, &id);
		return figure_end(w, wn, i) > i ? figure_end(w, wn, i) : j;
	}
	return j;
}

/*
 * 比上年多1203户, 比上年多争取4.1亿元, 较上年少3家: a comparison written with 多/少 (and at
 * most two characters of a verb before the number) is the change 增加/减少, read by the type
 * as such.  On success row->figure is set and row->start is the window offset of the basis.
 */
static bool
comparative(Extractor *ex, const uint32_t *w, int floor, int s, int j, ExtractRow *row)
{
	char		text[4 * (WIN_BEFORE + WIN_AFTER) + 16];
	int			id,
				b,
				blen;

	for (int gap = 0; gap <= 2; gap++)
	{
		int			m = s - gap - 1;	/* where 多/少 would be */

		if (m - 1 < floor || (w[m] != CH_DUO && w[m] != 0x5C11))
			continue;
		for (int g = m + 1; g < s; g++)
			if (!is_cjk(w[g]) || is_cjk_numeral(w[g]))
				return false;
		blen = word_before(w, m, floor, 5, ind_basis_match_len, &id);
		if (blen == 0)
			return false;
		b = 0;
		for (int q = m - blen; q < m; q++)
			b += ind_utf8_encode(w[q], text + b);
		b += snprintf(text + b, sizeof(text) - b, "%s", w[m] == CH_DUO ? "增加" : "减少");
		for (int q = s; q < j && b + 4 < (int) sizeof(text); q++)
			b += ind_utf8_encode(w[q], text + b);
		text[b] = '\0';
		if (!ind_parse(text, (size_t) b, &row->figure, &ex->scratch_err))
			return false;
		row->kind = EK_CHANGE;
		row->start = m - blen;
		return true;
	}
	return false;
}

/* a candidate: the window of characters around its numeral and what was read of it */
typedef struct Cand
{
	uint32_t	w[WIN_BEFORE + WIN_AFTER];	/* normalised */
	int			base;			/* the document offset of w[0] */
	int			wn;
	int			s;				/* the numeral's start in the window */
	int			e;				/* the numeral's end */
	int			j;				/* the figure's end: unit, suffix qualifier */
	int			k;				/* the span's start: prefix qualifier, verb, basis */
	int			floor;			/* the look-behind stops here (the previous row's end) */
	int			unit;			/* the unit read after the numeral, 0 for none */
	bool		pct_word;		/* 百分之十五点三: the numeral follows the word */
	bool		has_digit;		/* written with arabic digits */
	Numeral		num;
} Cand;

/*
 * The numeral at doc position p: the window, the numeral read (百分之 first), and *next,
 * where the scan goes on when this is no figure.  False when it cannot be one.
 */
static bool
read_numeral(Extractor *ex, int p, Cand *c, int *next)
{
	const uint32_t *w = c->w;
	int			s,
				j;
	IndError	err;

	c->base = p - WIN_BEFORE;
	if (c->base < 0)
		c->base = 0;
	c->wn = 0;
	for (int q = c->base; q < ex->n && q < p + WIN_AFTER; q++)
		c->w[c->wn++] = norm(ex->cp[q]);
	s = c->s = p - c->base;

	/* the end of the numeral run, where the scan goes on when this is no figure */
	j = s;
	while (j < c->wn && (is_numeral_char(w[j]) || w[j] == '.' || is_magnitude(w[j])))
		j++;
	*next = c->base + (j > s ? j : s + 1);

	/* a single Chinese numeral character: only 翻一番, 一倍 (and 三成) can be figures */
	if (!is_digit(w[s]) && s + 1 < c->wn && !is_cjk_numeral(w[s + 1]) &&
		!is_magnitude(w[s + 1]) && w[s + 1] != CH_BEI && w[s + 1] != CH_FAN1 &&
		w[s + 1] != 0x6210 &&
		!(w[s] == CH_BAI || w[s] == CH_QIAN1))
		return false;

	c->pct_word = false;
	if ((w[s] == CH_BAI || w[s] == CH_QIAN1) && s + 2 < c->wn && w[s + 1] == CH_FEN &&
		w[s + 2] == CH_ZHI)
	{
		c->pct_word = true;		/* 百分之十五点三: the numeral follows */
		if (!ind_parse_numeral(w, c->wn, s + 3, &c->num, &err))
			return false;
		c->e = s + 3 + c->num.len;
	}
	else
	{
		if (!ind_parse_numeral(w, c->wn, s, &c->num, &err))
			return false;
		c->e = s + c->num.len;
	}
	c->has_digit = false;
	for (int q = s; q < c->e; q++)
		if (is_digit(w[q]))
			c->has_digit = true;
	*next = c->base + (c->e > *next - c->base ? c->e : *next - c->base);
	return true;
}

/*
 * Traps around the numeral: 第十三届, 前十位, 每万人, PM2.5, 5G, and a date, time or age
 * (2023年, 3月5日, 一季度).  The first year written is remembered: it gives a title's
 * 上半年 its year.
 */
static bool
trapped_around(Extractor *ex, const Cand *c)
{
	const uint32_t *w = c->w;
	int			s = c->s,
				e = c->e;

	if (s > 0)
	{
		uint32_t	b = w[s - 1];

		if (b == CH_DI4 || b == CH_QIAN || b == CH_MEI || is_letter(b) || b == '.' ||
			is_digit(b))
			return true;		/* 第十三届, 前十位, 每万人, PM2.5, 3.1.2 */
	}
	if (e < c->wn && is_letter(w[e]))
		return true;			/* 5G, 4A级, 3D */
	if (e < c->wn && calendar_char(w[e]) && !c->pct_word)
	{
		if (w[e] == 0x5E74 && e - s == 4 && c->has_digit && c->num.scale == 0 &&
			c->num.mag == 0 && c->num.digits >= IND_PERIOD_YEAR_MIN &&
			c->num.digits <= IND_PERIOD_YEAR_MAX)
		{
			if (ex->first_year == 0)
				ex->first_year = (int) c->num.digits;
		}
		return true;
	}
	return false;
}

/* Forward: 多/余, unit (and a per-unit), suffix qualifier.  False for a class bound. */
static bool
widen_forward(Cand *c)
{
	const uint32_t *w = c->w;
	int			wn = c->wn,
				j = c->e,
				id,
				len;

	c->unit = 0;
	if (!c->pct_word)
	{
		if (j + 1 < wn && (w[j] == CH_DUO || w[j] == CH_YU) &&
			ind_unit_match_len(w + j + 1, wn - j - 1, &id) > 0)
			j++;				/* 3万多亩 */
		len = ind_unit_match_len(w + j, wn - j, &id);
		if (len > 0)
		{
			c->unit = id;
			j += len;
			if (j + 1 < wn && w[j] == '/')
			{
				int			m,
							ml = ind_mag_match_len(w + j + 1, wn - j - 1, &m),
							l2 = ind_unit_match_len(w + j + 1 + ml, wn - j - 1 - ml, &id);

				if (l2 > 0)
					j += 1 + ml + l2;
			}
		}
	}
	len = ind_qual_match_len(w + j, wn - j, QP_SUFFIX, &id);
	if (len > 0)
	{
		QualClass	qc = (QualClass) ind_qual(id)->cls;

		j += len;
		/* 规模50亿元以上的项目, 投资50亿元以上制造业项目: a class bound, not a figure
		 * (but 稳定在95%以上的水平 is one) */
		if ((qc == QC_GE || qc == QC_LE) && j < wn && is_cjk(w[j]) &&
			!(j + 2 < wn && w[j] == CH_DE && w[j + 1] == 0x6C34 && w[j + 2] == 0x5E73))
			return false;
	}
	if (c->s > 0 && w[c->s - 1] == CH_FAN && c->e < wn && w[c->e] == CH_FAN1)
		j = c->e + 1;			/* 翻一番 */
	c->j = j;
	return true;
}

/* Traps on the whole figure: dates and spans, scores, names in Chinese numerals, bare
 * numbers, names in quotes. */
static bool
trapped_whole(Extractor *ex, const Cand *c)
{
	const uint32_t *w = c->w;
	int			s = c->s;

	if (c->unit)
	{
		int			d = unit_dim(c->unit);
		const UnitDef *u = ind_unit(c->unit);

		/* years and months are dates and spans (两年, 12个月), 日 a day of a date (17日);
		 * hours and days written in digits are figures (工作时间48.8小时) */
		if (d == unit_dim(ind_unit_id("年")) || (u && strcmp(u->name, "日") == 0) ||
			(d == unit_dim(ind_unit_id("天")) && !c->has_digit))
			return true;
		/* 分 and 角 alone are scores and angles far more often than money */
		if (u && (strcmp(u->name, "分") == 0 || strcmp(u->name, "角") == 0))
			return true;
	}
	if (!c->has_digit && !c->pct_word)
	{
		/* Chinese numerals: names (十四五, 二十大, 一流, 一批, 两个确立) unless a
		 * magnitude or a ratio makes them a figure (两万人, 一倍, 翻一番) */
		bool		strong = c->num.mag >= 4 ||
			(c->unit && ind_unit(c->unit) && !ind_unit(c->unit)->shown_with_mag) ||
			(s > 0 && w[s - 1] == CH_FAN);

		if (!strong)
			return true;
	}
	if (!c->unit && !c->pct_word && !(s > 0 && w[s - 1] == CH_FAN) && c->num.mag < 4)
		return true;			/* a bare number: numbering, footnotes, codes, ratios */
	if (in_quotes(ex, c->base + s, c->base + c->j))
		return true;			/* “5个1”, “30条”, “最后一公里” */
	return false;
}

/* Backward: prefix qualifier, change verb, basis, not past the previous row. */
static void
widen_backward(Extractor *ex, Cand *c)
{
	const uint32_t *w = c->w;
	int			s = c->s,
				floor,
				k,
				len,
				id;

	floor = ex->last_stop - c->base;
	if (floor < 0)
		floor = 0;
	k = s;
	len = word_before(w, k, floor, 3, qual_prefix_match, &id);
	k -= len;
	if (k > floor && w[k - 1] == CH_LE)
	{
		if (word_before(w, k - 1, floor, 2, ind_verb_match_len, &id) > 0)
			k--;
	}
	len = word_before(w, k, floor, 2, ind_verb_match_len, &id);
	if (len > 0)
	{
		int			blen = word_before(w, k - len, floor, 5, ind_basis_match_len, &id);

		/* a one-character verb (增, 降) only after a basis: 新增 is not a change; 翻 is */
		if (len == 2 || blen > 0 || w[k - 1] == CH_FAN)
			k -= len + blen;
	}
	else if (s > 0 && w[s - 1] == CH_FAN)
	{
		k = s - 1;
		len = word_before(w, k, floor, 5, ind_basis_match_len, &id);
		k -= len;
	}
	if (k > s)
		k = s;
	c->k = k;
	c->floor = floor;
}

/*
 * A range (增长5%-6%) or, in a plan, a stretch (5.5%左右，力争6%) goes on the figure:
 * together they are one target.  True with the row filled when it does.
 */
static bool
read_continued(const Cand *c, bool plan, ExtractRow *row)
{
	char		text[4 * (WIN_BEFORE + WIN_AFTER) + 8];
	int			ext = continuation(c->w, c->wn, c->j, plan);
	IndError	err;

	if (ext <= c->j)
		return false;
	if (!ind_target_parse(text, (size_t) encode(c->w, c->k, ext, text, sizeof(text)),
						  &row->target, &err))
		return false;
	row->kind = EK_TARGET;
	row->start = c->base + c->k;
	row->stop = c->base + ext;
	return true;
}

/*
 * Read the span as the type reads it: as widened; without the words before the number;
 * the number and its unit alone (a suffix the type does not read).  In a plan a target.
 */
static bool
read_span(Cand *c, bool plan, ExtractRow *row)
{
	char		text[4 * (WIN_BEFORE + WIN_AFTER) + 8];
	int			from = c->k,
				j = c->j,
				id;
	IndError	err;

	for (int attempt = 0; attempt < 3; attempt++)
	{
		int			tl;

		if (attempt == 1)
			from = c->s;
		if (attempt == 2)
		{
			if (!c->unit)
				break;
			j = c->e + ind_unit_match_len(c->w + c->e, c->wn - c->e, &id);
			if (j == c->e)
				break;
		}
		tl = encode(c->w, from, j, text, sizeof(text));
		if (plan && ind_target_parse(text, (size_t) tl, &row->target, &err))
		{
			row->kind = EK_TARGET;
		}
		else if (ind_parse(text, (size_t) tl, &row->figure, &err))
		{
			row->kind = ind_change_dir(&row->figure) != CD_NONE ? EK_CHANGE : EK_LEVEL;
			memset(&row->target, 0, sizeof(row->target));
		}
		else
			continue;
		row->start = c->base + from;
		row->stop = c->base + j;
		return true;
	}
	return false;
}

/*
 * A candidate at the numeral starting at doc position p.  Returns true with the row
 * filled, else false; *next is where the scan goes on either way.
 */
bool
ext_candidate(Extractor *ex, int p, ExtractRow *row, int *next)
{
	Cand		c;
	bool		plan,
				ok;

	if (!read_numeral(ex, p, &c, next) || trapped_around(ex, &c) || !widen_forward(&c) ||
		trapped_whole(ex, &c))
		return false;
	widen_backward(ex, &c);

	memset(row, 0, sizeof(*row));
	plan = ex->sent_plan || ex->sect_plan;
	if (c.k == c.s && comparative(ex, c.w, c.floor, c.s, c.j, row))
	{
		row->start = c.base + row->start;
		row->stop = c.base + c.j;
		ok = true;
	}
	else
		ok = read_continued(&c, plan, row) || read_span(&c, plan, row);
	if (ok)
		*next = row->stop;
	return ok;
}
