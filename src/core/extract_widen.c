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

/* where the run of numerals that ends at w[a - 1] starts (a when none), not before floor */
static inline int
numeral_run_start(const uint32_t *w, int a, int floor)
{
	while (a > floor && is_numeral_char(w[a - 1]))
		a--;
	return a;
}

/*
 * 安徽提出“全年新开工亿元以上重点项目2600个以上”, 他表示：“…”: a quotation opened right after a
 * verb of saying or a colon is speech, its figures are figures (not a name in quotes).  at: the
 * opening quote.
 */
static bool
quotes_speech(const Extractor *ex, int at)
{
	static const Word speech[] = {
		W2(0x63D0, 0x51FA),		/* 提出 */
		W2(0x8868, 0x793A),		/* 表示 */
		W2(0x6307, 0x51FA),		/* 指出 */
		W2(0x5F3A, 0x8C03),		/* 强调 */
		W2(0x8981, 0x6C42),		/* 要求 */
		W2(0x660E, 0x786E),		/* 明确 */
	};
	static const Word goal[] = {W2(0x76EE, 0x6807), W2(0x76EE, 0x6A19)};	/* 目标 目標 */
	uint32_t	b = at > 0 ? ex->cp[at - 1] : 0;
	int			g = at;

	if (b == 0xFF1A || b == ':')
		return true;
	/* 增长目标为「4.5%至5%」, 成長目標「5％左右」 (b457): the goal quoted after 目标 and its
	 * copula is the goal's figure, not a name */
	if (b == 0x4E3A || b == 0x70BA || b == 0x662F)	/* 为 為 是 */
		g--;
	if (g >= 2 && match_word_list(ex, g - 2, goal, N_OF(goal)) > 0)
		return true;
	return at >= 2 && match_word_list(ex, at - 2, speech, N_OF(speech)) > 0;
}

/* ， , ； ;: a clause's mark (a quotation holding one is a clause, not a name) */
static inline bool
clause_mark(uint32_t c)
{
	return c == 0xFF0C || c == ',' || c == 0xFF1B || c == ';';
}

/*
 * inside “…” (or 「」《》) within a short reach: a name, not a figure; a quotation holding a
 * clause mark (分别为“全年实现各类融资210亿元,新增或引进金融机构2家”: a task quoted) is text
 */
static bool
in_quotes(const Extractor *ex, int start, int stop)
{
	bool		open = false;

	for (int k = start - 1; k >= 0 && start - k <= QUOTE_REACH; k--)
	{
		uint32_t	c = ex->cp[k];

		if (is_close_quote(c) || ends_sentence(c) || clause_mark(c))
			break;
		if (is_open_quote(c))
		{
			open = !quotes_speech(ex, k);
			break;
		}
	}
	if (!open)
		return false;
	for (int k = stop; k < ex->n && k - stop <= QUOTE_REACH; k++)
	{
		uint32_t	c = ex->cp[k];

		if (is_open_quote(c) || ends_sentence(c) || clause_mark(c))
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
	int			len = ind_qual_match_len(cp, n, QP_PREFIX, id);

	/* 过 alone only before a bare magnitude (過萬億元, 过千亿元): elsewhere it is a verb's
	 * aspect (有过3次).  Not before 亿 alone: 过亿 is the threshold of a class (6大类商品出口
	 * 过亿, 有519家企业产值过亿元: b181, b98 label it a bound).  Every caller looks behind a
	 * figure's start, so cp[n] is its first character. */
	if (len == 1 && n == 1 && cp[0] == 0x8FC7 &&
		!(cp[1] == 0x5341 || cp[1] == 0x767E || cp[1] == 0x5343 ||	/* 十 百 千 */
		  cp[1] == 0x4E07 || cp[1] == 0x5146))	/* 万 兆 */
		return 0;
	return len;
}

/* a currency in 币 written before the number (新台币, 港币, 澳门币, 人民币): parse.c reads it */
static int
currency_prefix_match(const uint32_t *cp, int n, int *id)
{
	int			len = ind_unit_match_len(cp, n, id);

	return len > 0 && ind_unit_is_prefix_currency(*id) ? len : 0;
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
		blen = word_before(w, m, floor, BASIS_MAX, ind_basis_match_len, &id);
		if (blen == 0)
			return false;
		b = 0;
		for (int q = m - blen; q < m; q++)
			b += ind_utf8_encode(w[q], text + b);
		b += snprintf(text + b, sizeof(text) - b, "%s", w[m] == CH_DUO ? "增加" : "减少");
		for (int q = s; q < j && b + 4 < (int) sizeof(text); q++)
			b += ind_utf8_encode(w[q], text + b);
		text[b] = '\0';
		if (!ind_parse_fast(text, (size_t) b, &row->figure, &ex->scratch_err))
			return false;
		row->kind = EK_CHANGE;
		row->start = m - blen;
		return true;
	}
	return false;
}

/* verbs a difference is read with (words.c's ids: 高出, 降低) */
#define VERB_GAOCHU		33
#define VERB_JIANGDI	12
#define VERB_ZHANGFU	41		/* 涨幅 */
#define VERB_ZENGFU		40		/* 增幅: a signed change (增幅-15% is a fall of 15 %) */
#define VERB_JIANGFU	42		/* 降幅 */
#define VERB_DIEFU		43		/* 跌幅 */
#define W_DA_CH			0x8FBE	/* 达 */
#define VERB_TONGZHANGLV	112	/* 通胀率 */

static int
pp_unit(void)
{
	static int	pp = -1;

	if (pp < 0)
		pp = ind_unit_id("个百分点");
	return pp;
}

static int
pct_unit(void)
{
	static int	pct = -1;

	if (pct < 0)
		pct = ind_unit_id("%");
	return pct;
}

static int
ge_unit(void)
{
	static int	ge = -1;

	if (ge < 0)
		ge = ind_unit_id("个");
	return ge;
}

/* 个百分点 or 百分点 at p */
static bool
pp_unit_at(const uint32_t *w, int wn, int p)
{
	int			id;

	return ind_unit_match_len(w + p, wn - p, &id) > 0 &&
		(id == pp_unit() || id == ind_unit_id("百分点"));
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
	/* read with words written around the span: the type reads pre + span without link */
	int			pre_from;		/* a change noun after the figure (27.4%的增幅), or none: */
	int			pre_to;			/* pre_from == pre_to; read before the span */
	int			link_from;		/* a linking word inside the span (约为 → 约, 增速为 → 增速) */
	int			link_to;
	int			gap_from;		/* a noun between the magnitude and 人次 (24.47萬入境旅客人次), */
	int			gap_to;			/* left out of the reading as link is */
	int			stop;			/* the row's end: j, or after a suffix noun */
	int			pq_len;			/* a prefix qualifier just before the numeral (超过), 0 none */
	int			pq_id;
	bool		has_verb;		/* a change verb was taken in before the number */
} Cand;

/* the text the type reads for the window's [from, to): the pre words, then the span
 * without its linking word */
static int
encode_read(const Cand *c, int from, int to, char *buf, int size)
{
	int			b = 0;

	for (int k = c->pre_from; k < c->pre_to && b + 4 < size; k++)
		b += ind_utf8_encode(c->w[k], buf + b);
	for (int k = from; k < to && b + 4 < size; k++)
		if ((k < c->link_from || k >= c->link_to) && (k < c->gap_from || k >= c->gap_to))
			b += ind_utf8_encode(c->w[k], buf + b);
	buf[b] = '\0';
	return b;
}

/* 零增长, 零成长, 0增長 (zero growth; b470): a change of 0, the type's 增长0 */
static bool
zero_growth(const uint32_t *w, int wn, int s)
{
	return (w[s] == 0x96F6 || (w[s] == '0' && !(s > 0 && (is_digit(w[s - 1]) || w[s - 1] == '.')))) &&
		s + 2 < wn && (w[s + 1] == 0x589E || w[s + 1] == 0x6210) &&
		w[s + 2] == 0x957F;		/* 零 增长/成长 */
}

/*
 * The numeral at doc position p: the window, the numeral read (百分之 first), and *next,
 * where the scan goes on when this is no figure.  False when it cannot be one.
 */
/* 〇 零 一 … 九 两 十 百 千: a numeral character of the plain (not financial) forms */
static inline bool
plain_numeral(uint32_t c)
{
	switch (c)
	{
		case 0x3007: case 0x96F6: case 0x4E00: case 0x4E8C: case 0x4E24:	/* 〇零一二两 */
		case 0x4E09: case 0x56DB: case 0x4E94: case 0x516D: case 0x4E03:	/* 三四五六七 */
		case 0x516B: case 0x4E5D: case 0x5341: case 0x767E: case 0x5343:	/* 八九十百千 */
			return true;
	}
	return false;
}

/*
 * At p, opening a line: a list item's number N and its point right before digits (2.50个小区,
 * 4.460个居村), when an earlier line of the text opens with N-1 and a point (1.既有多层住宅…):
 * the length of the number and the point, 0 when not so.  A line opening with a decimal and no
 * such item before it keeps its decimal (2.5%…).
 */
static int
item_number_len(const Extractor *ex, int p)
{
	const uint32_t *cp = ex->cp;
	int			k = p,
				n = 0,
				prev,
				r,
				r0;

	if (p > 0 && cp[p - 1] != '\n')
		return 0;
	while (k < ex->n && k - p < 2 && is_digit(cp[k]))
		n = n * 10 + (int) (cp[k++] - '0');
	if (k == p || n < 2 || k + 1 >= ex->n || cp[k] != '.' || !is_digit(cp[k + 1]))
		return 0;
	/* the line of item N-1, within the 3000 characters before */
	for (int q = p - 2; q >= 0 && p - q < 3000; q--)
	{
		if (cp[q] != '\n' && q != 0)
			continue;
		prev = 0;
		r0 = r = q == 0 && cp[0] != '\n' ? 0 : q + 1;
		while (r < ex->n && r - r0 < 2 && is_digit(cp[r]))
			prev = prev * 10 + (int) (cp[r++] - '0');
		if (r > r0 && r + 1 < ex->n && prev == n - 1 && (cp[r] == '.' || cp[r] == 0x3001) &&
			!is_digit(cp[r + 1]))
			return k - p + 1;	/* (1.5%… opening a line is a decimal, no item) */
	}
	return 0;
}

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
	/* one copy, not a loop: every numeral in the document comes here */
	c->wn = (ex->n < p + WIN_AFTER ? ex->n : p + WIN_AFTER) - c->base;
	memcpy(c->w, ex->cp + c->base, sizeof(uint32_t) * c->wn);
	s = c->s = p - c->base;
	c->pre_from = c->pre_to = c->link_from = c->link_to = c->gap_from = c->gap_to = 0;
	c->floor = ex->last_stop - c->base > 0 ? ex->last_stop - c->base : 0;	/* (set again in
																		 * widen_backward) */
	/* a basis written with 至/到 (比1至8月份) is read as the type writes it (比1-8月份) */
	for (int q = 1; q + 1 < s; q++)
		if ((c->w[q] == 0x81F3 || c->w[q] == 0x5230) && is_digit(c->w[q - 1]) &&
			is_digit(c->w[q + 1]))
			c->w[q] = '-';

	/* 陸三二三萬人次 (陸客, mainland visitors; b281): the financial 陆 before a plain numeral is
	 * the word's, not a digit (a number writes its digits all financial or all plain); the scan
	 * goes on at the plain numeral, a number of its own */
	if (w[s] == 0x9646 && s + 1 < c->wn && (is_digit(w[s + 1]) || plain_numeral(w[s + 1])))
	{
		*next = c->base + s + 1;
		return false;
	}
	/* 2.50个小区新增… after a line opening 1.既有… (b377): an item's number and its point glued
	 * to the figure; the scan goes on at the figure */
	if ((j = item_number_len(ex, p)) > 0)
	{
		*next = p + j;
		return false;
	}
	/* the end of the numeral run, where the scan goes on when this is no figure */
	j = s;
	while (j < c->wn && (is_numeral_char(w[j]) || w[j] == '.' || is_magnitude(w[j]) ||
						 (w[j] == CH_DIAN && j + 1 < c->wn && is_cjk_numeral(w[j + 1]))))
	{
		/* 中國大陸 417 萬: Arabic digits after a Chinese numeral (陸 reads as the financial 陆)
		 * start a numeral of their own, where the scan goes on */
		if (is_digit(w[j]) && !is_digit(w[s]))
			break;
		j++;
	}
	*next = c->base + (j > s ? j : s + 1);

	/* 突破万元, 超过亿元: a magnitude alone after a qualifier is one of it, as the type reads
	 * it (ind_extract_next comes here at 万/亿 only after a prefix qualifier) */
	if (w[s] == 0x4E07 || w[s] == 0x4EBF)
	{
		int			mag,
					len = ind_mag_match_len(w + s, c->wn - s, &mag);

		if (len == 0)
			return false;
		memset(&c->num, 0, sizeof(c->num));
		c->num.digits = 1;
		c->num.mag = mag;
		c->num.open_pos = -1;
		c->num.len = len;
		c->pct_word = c->has_digit = false;
		c->e = s + len;
		*next = c->base + c->e;
		return true;
	}
	/* 半成, 半个百分点 (ind_extract_next comes here at 半 only before them): 0.5 of the unit */
	if (w[s] == 0x534A)
	{
		memset(&c->num, 0, sizeof(c->num));
		c->num.digits = 5;
		c->num.scale = 1;
		c->num.open_pos = -1;
		c->num.len = 1;
		c->pct_word = c->has_digit = false;
		c->e = s + 1;
		*next = c->base + c->e;
		return true;
	}
	/* a single Chinese numeral character: only 翻一番, 一倍 (and 三成), and percentage points
	 * (下降十个百分点, 提高两个百分点) can be figures */
	if (!is_digit(w[s]) && s + 1 < c->wn && !is_cjk_numeral(w[s + 1]) &&
		!is_magnitude(w[s + 1]) && w[s + 1] != CH_BEI && w[s + 1] != CH_FAN1 &&
		w[s + 1] != 0x6210 && w[s + 1] != '%' && w[s + 1] != 0xFF05 &&
		!(w[s + 1] == CH_DIAN && s + 2 < c->wn && is_cjk_numeral(w[s + 2])) &&
		!(w[s] == CH_BAI || w[s] == CH_QIAN1) && !pp_unit_at(w, c->wn, s + 1) &&
		!zero_growth(w, c->wn, s) &&
		/* 十多亿元, 十余万人: more than ten of a magnitude (十多个 stays a word) */
		!((w[s + 1] == 0x591A || w[s + 1] == 0x4F59) && s + 2 < c->wn && is_magnitude(w[s + 2])))
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
	else if (w[s] == CH_BAI && s + 2 < c->wn && w[s + 1] == CH_FEN &&
			 is_cjk_numeral(w[s + 2]) && w[s + 2] != CH_BAI)
	{
		c->pct_word = true;		/* 百分七十七點七 (Macau press, b418): 百分之 as the type reads it */
		if (!ind_parse_numeral(w, c->wn, s + 2, &c->num, &err))
			return false;
		c->e = s + 2 + c->num.len;
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
 * 營收1,234億年增12%, 人數12.3萬月跌2%: an amount ending in 万 or 亿 directly before a verb
 * of the year or month (年增 年减 年升 年跌 年衰退 月增 …) is a figure, not a span of years.
 */
static bool
amount_before_period_verb(const Cand *c)
{
	int			id,
				e = c->e;

	if (e < 1 || e >= c->wn || (c->w[e - 1] != 0x4E07 && c->w[e - 1] != 0x4EBF) ||	/* 万 亿 */
		(c->w[e] != 0x5E74 && c->w[e] != 0x6708))	/* 年 月 */
		return false;
	return ind_verb_match_len(c->w + e, c->wn - e, &id) >= 2 && ind_verb(id)->pos != 2;
}

/*
 * 合資格年齡由60歲提高至65歲, 退休年齡延至65歲, 受惠年齡 (b482): 年龄 at k named by a rule (资格
 * 退休 申领 受惠 法定 领取 before it) is the threshold the rule sets, a bound, not an age measured
 */
static bool
age_set_by_rule(const Extractor *ex, int k)
{
	static const Word rule_words[] = {
		W2(0x8D44, 0x683C), W2(0x9000, 0x4F11), W2(0x7533, 0x9886), W2(0x53D7, 0x60E0),	/* 资格 退休 申领 受惠 */
		W2(0x6CD5, 0x5B9A), W2(0x9886, 0x53D6),	/* 法定 领取 */
	};

	return k >= 2 && match_word_list(ex, k - 2, rule_words, N_OF(rule_words)) > 0;
}

/*
 * 人均预期寿命由76.7岁提高到77岁, 平均年龄38岁: an age after 寿命 or 年龄 in its sentence is a
 * figure even as a whole number (elsewhere 60岁以上, 年满18岁 are bounds and conditions).
 */
static bool
age_measured(const Extractor *ex, const Cand *c)
{
	int			p = c->base + c->s;

	/* 从年龄构成看，0至14岁人口为22696万人 (b415): an age before 人口 (or 人) names a class */
	if (c->e + 1 < c->wn && c->w[c->e + 1] == 0x4EBA)
		return false;
	for (int k = p - 2; k >= 0 && k > p - 40; k--)
	{
		if (ends_sentence(ex->cp[k]))
			return false;
		if (ex->cp[k] == 0x5BFF && ex->cp[k + 1] == 0x547D)	/* 寿命 */
			return true;
		if (ex->cp[k] == 0x5E74 && ex->cp[k + 1] == 0x9F84)	/* 年龄 */
			return !age_set_by_rule(ex, k);
	}
	return false;
}

/* 日元, 日圆 at w[e] (b489: 约11万亿日元): a currency, not the 日 of a date */
static inline bool
yen_at(const uint32_t *w, int wn, int e)
{
	int			id;

	return ind_unit_match_len(w + e, wn - e, &id) >= 2 && ind_unit_is_currency(id);
}

/* a Latin unit symbol of the catalog at w[e] (km, t, t·km) that no letter or digit goes on */
static bool
latin_unit_at(const uint32_t *w, int wn, int e)
{
	int			id,
				len = ind_unit_match_len(w + e, wn - e, &id);

	return len > 0 && !(e + len < wn && (is_letter(w[e + len]) || is_digit(w[e + len])));
}

/*
 * 所 before a verb at p (升兩成二所帶動, 七成三所致): the particle of a passive, not the measure
 * word of 三所学校.
 */
static bool
passive_suo(const uint32_t *w, int wn, int p)
{
	static const uint32_t verbs_after[] = {
		0x5E26, 0x62C9, 0x81F4, 0x63A8, 0x5BFC, 0x9A71, 0x5F15, 0x9020, 0x5F71, 0x63D0,
	};							/* 带 拉 致 推 导 驱 引 造 影 提 */

	if (w[p] != 0x6240 || p + 1 >= wn)
		return false;
	for (int k = 0; k < N_OF(verbs_after); k++)
		if (w[p + 1] == verbs_after[k])
			return true;
	return false;
}

/*
 * 契约 条约 合约 公约 节约 预约 制约 签约 履约 违约 特约 邀约 租约 续约 解约 缔约: at at, the
 * 约 that ends one of these words is no qualifier (契約有6427宗 is exactly 6427).
 */
static bool
yue_ends_word(const uint32_t *w, int at, int floor)
{
	static const uint32_t before[] = {
		0x5951, 0x6761, 0x5408, 0x516C, 0x8282, 0x9884, 0x5236, 0x7B7E,
		0x5C65, 0x8FDD, 0x7279, 0x9080, 0x79DF, 0x7EED, 0x89E3, 0x7F14,
	};

	if (w[at] != 0x7EA6 || at - 1 < floor)
		return false;
	if (w[at - 1] == 0x5408 && at - 2 >= floor && w[at - 2] == 0x6298)
		return false;			/* 折合约45亿美元 (converted, about: b450), not 合约 (a contract) */
	for (int k = 0; k < N_OF(before); k++)
		if (w[at - 1] == before[k])
			return true;
	return false;
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

		if (b == CH_DI4 || b == CH_QIAN || b == CH_MEI || b == '.' || is_digit(b))
			return true;		/* 第十三届, 前十位, 每万人, 3.1.2 */
		if (is_letter(b) && !(s > 1 && is_letter(w[s - 2]) &&
							  ((e < c->wn && (w[e] == '%' || w[e] == 0xFF05 || w[e] == 0x2030)) ||
							   c->num.mag > 0)))
			return true;		/* PM2.5, 5G; not 占GDP2%以上 (a rate after an abbreviation), nor
								 * 完成GDP4408.1亿元 (an amount after one) */
		/* 数十亿元, 几百万人, 上千家: an order of magnitude, not a figure (the reader began at
		 * 十 and read 10亿元); 总数六〇八万 and 人数六一三万 are figures (a digit follows 数) */
		if ((b == 0x6570 || b == 0x51E0) &&
			(w[s] == 0x5341 || w[s] == 0x767E || w[s] == 0x5343 || w[s] == 0x4E07 ||
			 w[s] == 0x4EBF))
			return true;		/* 数 几 before 十 百 千 万 亿 */
		if (b == 0x4E0A && (w[s] == 0x767E || w[s] == 0x5343 || w[s] == 0x4E07 || w[s] == 0x4EBF))
			return true;		/* 上百 上千 上万 上亿 */
		/* 最低3名, 最高前3名, 后5位: how many of a ranking are named (前 is trapped above) */
		if (e < c->wn && (w[e] == 0x540D || w[e] == 0x4F4D) &&	/* 名 位 */
			(b == 0x540E || (s > 1 && w[s - 2] == 0x6700)))	/* 后, 最… */
			return true;
		if (s > 1 && ((w[s - 2] == 0x8FDE && b == 0x7EED) || (w[s - 2] == 0x9023 && b == 0x7E8C)))
			return true;		/* 连续4次, 连续8个季度, 連續17年: a streak, not a measure */
		if (s > 1 && is_range_sep(b))
		{
			/* 第1至3名以上, 前3-5位: the far end of a range of ranks */
			int			a = numeral_run_start(w, s - 1, 0);

			if (a < s - 1 && a > 0 && (w[a - 1] == CH_DI4 || w[a - 1] == CH_QIAN ||
									   w[a - 1] == CH_MEI))
				return true;	/* (每4至5人: the far end of a ratio's range) */
		}
	}
	{
		int			a = s,
					z = e;

		while (a > 0 && is_space(w[a - 1]))
			a--;
		while (z < c->wn && is_space(w[z]))
			z++;
		if (a > 0 && w[a - 1] == 0x5728 && z < c->wn && w[z] == 0x4E2A)
			return true;		/* 在 31 个省、市、自治区中: the scope of a comparison */
	}
	if (e < c->wn && is_letter(w[e]) && !latin_unit_at(w, c->wn, e))
		return true;			/* 5G, 4A级, 3D (but 13.9万km, 462.24亿t) */
	/* 每4至5人中就有1位长者, 每5个成人就有一人: the one of a ratio opened by 每 in the clause */
	if (c->num.digits == 1 && c->num.scale == 0 && c->num.mag == 0 && e < c->wn &&
		(w[e] == 0x4EBA || w[e] == 0x540D || w[e] == 0x4F4D || w[e] == 0x4E2A))	/* 人 名 位 个 */
	{
		for (int k = s - 1; k >= 0 && !ends_clause(w[k]) && !ends_sentence(w[k]); k--)
			if (w[k] == CH_MEI && k + 1 < s && is_numeral_char(w[k + 1]))
				return true;
	}
	if (e < c->wn && calendar_char(w[e]) && !c->pct_word && !yen_at(w, c->wn, e) &&
		!(c->num.scale > 0 && (w[e] == 0x65E5 || w[e] == 0x5C81 ||
							   (w[e] == 0x5E74 && c->num.scale <= 2))) &&	/* not 1.2021年 */
		!(w[e] == 0x5C81 && age_measured(ex, c)) &&
		!amount_before_period_verb(c))
	{
		/* (an age, a stay or a span of years with decimals, 79.3岁, 1.3日, 5.5年, is a figure) */
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

/*
 * 提升1.4个、6.6个百分点, 提高0.5个、0.3个和0.2个百分点: after a 个 at p-1, the list goes on
 * with numbers in 个 alone and ends with one in 个百分点 (or 个千分点): each 个 before it is
 * that unit cut short.
 */
static bool
pp_follows(const uint32_t *w, int wn, int p)
{
	Numeral		num;
	IndError	err;
	int			id,
				len;

	for (int items = 0; items < 6; items++)
	{
		while (p < wn && is_space(w[p]))
			p++;
		if (p + 1 >= wn || (w[p] != CH_DUN && w[p] != CH_HE && w[p] != CH_JI))
			return false;
		p++;
		while (p < wn && is_space(w[p]))
			p++;
		if (p >= wn || !is_digit(w[p]) || !ind_parse_numeral(w, wn, p, &num, &err))
			return false;
		p += num.len;
		if (p >= wn || w[p] != 0x4E2A)	/* 个 */
			return false;
		len = ind_unit_match_len(w + p, wn - p, &id);
		if (len > 1)
			return !ind_unit(id)->shown_with_mag;	/* 个百分点 个千分点 */
		p++;
	}
	return false;
}

/* 个 at p cut short from the 个百分点 the list ends with */
static bool
cut_pp(const uint32_t *w, int wn, int p)
{
	int			id;

	return p < wn && w[p] == 0x4E2A && ind_unit_match_len(w + p, wn - p, &id) == 1 &&
		pp_follows(w, wn, p + 1);
}

/*
 * A parenthetical without digits after the unit and before a suffix qualifier
 * (1700億元(人民幣,下同)以上, 2000万元（含）以上), which the type reads and does not keep: the
 * position after it when a suffix qualifier follows, else j.
 */
static int
aside_end(const uint32_t *w, int wn, int j)
{
	uint32_t	close = w[j] == '(' ? ')' : 0xFF09;
	int			i,
				id;

	for (i = j + 1; i < wn && i < j + 16 && w[i] != close; i++)
		if (is_digit(w[i]) || w[i] == w[j])
			return j;
	if (i >= wn || w[i] != close || i == j + 1)
		return j;
	i++;
	return ind_qual_match_len(w + i, wn - i, QP_SUFFIX, &id) > 0 ? i : j;
}

/*
 * A bracket is open before the numeral, within its window and sentence, with words between
 * (（年主营业务收入2000万元及以上）, not （5%以上）) and the figure is no rate
 */
static bool
opened_before(const Cand *c)
{
	if (ind_unit_is_rate(c->unit))
		return false;
	for (int k = c->s - 1; k >= 0; k--)
	{
		if (c->w[k] == '(' || c->w[k] == 0xFF08)
			return k < c->s - 1 && is_cjk(c->w[k + 1]);
		if (c->w[k] == ')' || c->w[k] == 0xFF09 || ends_sentence(c->w[k]))
			return false;
	}
	return false;
}

/*
 * 24.47萬入境旅客人次, 1,520萬參觀人次 (Macau and Taiwan press): a noun of one to four characters
 * between the magnitude and 人次 names who is counted; the figure is in 人次, the noun left out
 * of its reading.  Moves *j to 人次 and returns its length, 0 when the form is not there.
 */
static int
noun_before_person_times(Cand *c, int *j, int *id)
{
	const uint32_t *w = c->w;

	for (int g = 1; g <= 4 && *j + g + 1 < c->wn; g++)
	{
		uint32_t	ch = w[*j + g - 1];

		if (!is_cjk(ch) || ch == CH_DE || ch == CH_DUO || ch == CH_YU)
			return 0;
		if (w[*j + g] == 0x4EBA && w[*j + g + 1] == 0x6B21 &&	/* 人次 */
			ind_unit_match_len(w + *j + g, 2, id) == 2)
		{
			c->gap_from = *j;
			c->gap_to = *j + g;
			*j += g;
			return 2;
		}
	}
	return 0;
}

/*
 * A measure word that counts the noun after it (20个以上项目, 3家以上银行: twenty projects or
 * more, a figure), where a bound with another unit classes its noun (50亿元以上项目, 100人以上
 * 企业: no figure).
 */
static bool
classifier_unit(int unit)
{
	static const char *const names[] = {"个", "家", "项", "座", "所", "条", "处", "台", "套",
	"件", "辆", "艘", "架", "栋", "间", "批", "部"};
	static int	ids[sizeof(names) / sizeof(names[0])];
	static bool ready = false;

	if (unit == 0)
		return false;
	if (!ready)
	{
		for (int k = 0; k < (int) (sizeof(names) / sizeof(names[0])); k++)
			ids[k] = ind_unit_id(names[k]);
		ready = true;
	}
	for (int k = 0; k < (int) (sizeof(names) / sizeof(names[0])); k++)
		if (ids[k] == unit)
			return true;
	return false;
}

/*
 * 惠及2萬戶以上家庭, 5萬名以上學生 (b358): households and people counted in ten thousands or
 * more are the noun's members (a class sized by 户 or 名 is small: 100户以上的合作社)
 */
static bool
counted_in_ten_thousands(const Cand *c)
{
	static int	hu = -1,
				ming;

	if (hu < 0)
	{
		hu = ind_unit_id("户");
		ming = ind_unit_id("名");
	}
	return c->num.mag >= 4 && (c->unit == hu || c->unit == ming);
}

/*
 * 年均增长6.3%以上就可以, 4.7%以上即可: 就 即 才 便 (then, only then) after 以上/以下 go on
 * with the clause; no noun a bound would class starts so (18歲以上則… stays a class: 则, 也,
 * 都 follow a class as well)
 */
static bool
adverb_after_bound(uint32_t c)
{
	return c == 0x5C31 || c == 0x5373 || c == 0x624D || c == 0x4FBF;	/* 就 即 才 便 */
}

static bool
is_list_sep(uint32_t c)
{
	return c == CH_DUN || c == CH_JI || c == CH_HE || c == CH_YU2;	/* 、及和与 */
}

/*
 * What may follow a figure's unit (widen_forward, before a suffix qualifier): 多 or 余 read
 * as more than it; a voucher's or a span's word making it no figure.  *jp advances over what
 * is read; false when the candidate is no figure.
 */
static bool
unit_tail_fits(const Cand *c, int *jp)
{
	const uint32_t *w = c->w;
	int			wn = c->wn,
				j = *jp;

	/*
	 * 多/余 after the unit (三成多, 3亩多, 3个多): more than the figure, as the type reads it, when
	 * the clause goes on with no word that could begin with it (三成多为女性, 三成多的企业; not
	 * 3亩多种).  个多 before a noun counts something else (3个多月, 3个多小时: a length of time;
	 * 1个多百分点): no figure.
	 */
	if (j < wn && (w[j] == CH_DUO || w[j] == CH_YU) && !c->pct_word)
	{
		uint32_t	after = j + 1 < wn ? w[j + 1] : 0;

		if (c->unit == ge_unit() && is_cjk(after) && after != CH_DE)
			return false;
		/* (比上年同期的3万人多5000人: 多 before digits compares, b315) */
		if ((!is_cjk(after) && !is_digit(after)) || after == CH_DE || after == 0x4E3A ||
			after == 0x662F)	/* 的 为 是 */
			j++;
	}
	/* 五倍券, 三倍券, 5元券: a denomination naming a voucher or coupon, no figure (b243) */
	if (j < wn && w[j] == 0x5238)	/* 券 */
		return false;
	/* 规模以上(2000萬口徑), 2000万元口径: a size class's threshold (口径, scope), no figure;
	 * 口 is no count of wells there */
	if ((j < wn && w[j] == 0x5F84 && w[j - 1] == 0x53E3) ||
		(j + 1 < wn && w[j] == 0x53E3 && w[j + 1] == 0x5F84))
		return false;
	/* 8个季度, 3个星期: a length of time counted in periods (a span, as 12个月 is) */
	if (j + 1 < wn && c->unit == ge_unit() &&
		((w[j] == 0x5B63 && w[j + 1] == 0x5EA6) || (w[j] == 0x661F && w[j + 1] == 0x671F)))
		return false;
	*jp = j;
	return true;
}

/*
 * The unit read at j (its id and len): the tenth after 成, the sen after the ringgit and a
 * denominator after "/" or 每, as the type reads them.  Where the figure goes on.
 */
static int
after_unit(Cand *c, int j, int id, int len)
{
	const uint32_t *w = c->w;
	int			wn = c->wn;

	c->unit = id;
	j += len;
	/* 分别比一季度提升1.4个、6.6个百分点: 个 before a list whose next item is in
	 * 个百分点 is that unit cut short; the item shares the next one's (below) */
	if (len == 1 && cut_pp(w, wn, j - 1))
	{
		c->unit = 0;
		j--;
	}
	/* 一成半, 七成三, 7成4, 兩倍三: the tenth after 成 or 倍 (the type reads it), not more of
	 * a number (三成5个) */
	if ((w[j - 1] == 0x6210 || w[j - 1] == 0x500D) && len == 1 && j < wn &&
		(w[j] == 0x534A || is_numeral_char(w[j])) &&
		!(j + 1 < wn && (is_numeral_char(w[j + 1]) || w[j + 1] == '.' ||
						 (ind_unit_match_len(w + j + 1, wn - j - 1, &id) > 0 &&
						  !passive_suo(w, wn, j + 1)))))
		j++;
	/* 1令吉96仙: the sen after the ringgit (the type reads them: 1.96令吉) */
	if (j + 1 < wn && (w[j] == 0x96F6 || is_digit(w[j])))
	{
		int			cents;

		int64_t		ratio,
					part;

		j += ind_unit_cents_len(w + j, wn - j, c->unit, &cents);
		/* 1小时21分钟: a smaller unit's count after the unit (the type reads 81分钟) */
		if (c->num.scale == 0 && c->num.mag == 0)
			j += ind_unit_compound_len(w + j, wn - j, c->unit, &cents, &ratio, &part);
	}
	if (j + 1 < wn && w[j] == '/')
	{
		int			m,
					ml = ind_mag_match_len(w + j + 1, wn - j - 1, &m),
					l2 = ind_per_unit_match_len(w + j + 1 + ml, wn - j - 1 - ml, &id);

		if (l2 > 0)
			j += 1 + ml + l2;
	}
	/* 43微克每立方米 (b238): 每 and a unit after a measure, as "/" (the type's rule);
	 * not a time before more words (3吨每年增加5%: 每年 is the next clause's) */
	else if (j + 1 < wn && w[j] == 0x6BCF &&
			 (len = ind_per_word_len(w + j, wn - j, c->unit, &id)) > 0 &&
			 !(ind_unit_is_time(id) && j + len < wn && is_cjk(w[j + len]) && w[j + len] != CH_DE))
		j += len;
	return j;
}

/*
 * 稳定在95%以上的水平, 九成以上水準 (b327): 水平 or 水准 (its 的 or not) after a bound names the
 * level the figure holds, not a class of things
 */
static bool
level_noun_at(const uint32_t *w, int wn, int j)
{
	if (j < wn && w[j] == CH_DE)
		j++;
	return j + 1 < wn && w[j] == 0x6C34 && (w[j + 1] == 0x5E73 || w[j + 1] == 0x51C6);	/* 水平 水准 */
}

/*
 * 80%以上的驻社区单位和社区签订共建协议, 75%以上科技人员落户企业 (b405): a share with its bound
 * opening the clause is how much of the noun after it does what the clause says, a figure;
 * a class bound names its noun's measure first (增速10%以上的行业) or counts it (50亿元以上的项目).
 */
static bool
share_opens_clause(const Cand *c)
{
	uint32_t	before;

	if (c->unit != pct_unit() || c->s == 0)
		return false;
	before = c->w[c->s - 1];
	return ends_clause(before) || ends_sentence(before);	/* (a line break ends a sentence) */
}

/*
 * 指标, 目标, 任务 (and 主要, 各项 before them) at j, after 等: the list just ended names the
 * goals it was (失业率5%以内等指标任务, b461), not a class of things
 */
static bool
names_goals_at(const uint32_t *w, int wn, int j)
{
	static const uint32_t heads[][2] = {
		{0x6307, 0x6807}, {0x6307, 0x6A19}, {0x76EE, 0x6807}, {0x76EE, 0x6A19},	/* 指标 指標 目标 目標 */
		{0x4EFB, 0x52A1}, {0x4EFB, 0x52D9}, {0x4E3B, 0x8981}, {0x5404, 0x9879},	/* 任务 任務 主要 各项 */
		{0x5404, 0x9805},		/* 各項 */
	};

	if (j + 1 >= wn)
		return false;
	for (int k = 0; k < (int) (sizeof(heads) / sizeof(heads[0])); k++)
		if (w[j] == heads[k][0] && w[j + 1] == heads[k][1])
			return true;
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
	if (zero_growth(w, wn, c->s))
	{
		c->j = c->s + 3;		/* 零增长: the verb after the zero is the figure's */
		return true;
	}
	/* 上升百分之零點二個百分點 (Taiwan press): the points after 百分之 are the unit, as the
	 * type reads them */
	if (c->pct_word && (len = ind_unit_match_len(w + j, wn - j, &id)) > 0 &&
		(id == pp_unit() || id == ind_unit_id("百分点")))
	{
		c->unit = id;
		j += len;
	}
	if (!c->pct_word)
	{
		if (j + 1 < wn && (w[j] == CH_DUO || w[j] == CH_YU) &&
			ind_unit_match_len(w + j + 1, wn - j - 1, &id) > 0)
			j++;				/* 3万多亩 */
		/* 129萬(1,294,404)元: the exact number in brackets after a rounded one (the type
		 * reads it and checks that the two agree) */
		if (c->num.mag > 0 && c->has_digit && j + 2 < wn && (w[j] == '(' || w[j] == 0xFF08))
		{
			int			close = j + 1;
			char		text[96];
			Indicator	x;
			IndError	err;

			while (close < wn && close - j <= 16 && (is_digit(w[close]) || w[close] == ',' ||
													 w[close] == '.'))
				close++;
			if (close < wn && close > j + 1 && (w[close] == ')' || w[close] == 0xFF09) &&
				ind_parse_fast(text, (size_t) encode(w, c->s, close + 1, text, sizeof(text)),
							   &x, &err))
				j = close + 1;
		}
		/* 345.6億年增5.2%: 年 is the verb's, not a unit of years */
		len = amount_before_period_verb(c) ? 0 : ind_unit_match_len(w + j, wn - j, &id);
		/* 增加1萬7千人次之: 次之 (second, after the largest) follows the unit 人 */
		if (len > 1 && j + len < wn && w[j + len - 1] == 0x6B21 && w[j + len] == 0x4E4B)
			len = ind_unit_match_len(w + j, len - 1, &id);
		/* 以50.93亿位列全省第一: 位列, 位居 (ranks) follow the amount, 位 is no unit */
		if (len == 1 && w[j] == 0x4F4D && j + 1 < wn && (w[j + 1] == 0x5217 || w[j + 1] == 0x5C45))
			len = 0;
		if (len == 0 && c->num.mag >= 4)
			len = noun_before_person_times(c, &j, &id);
		if (len > 0)
			j = after_unit(c, j, id, len);
		/* $18,695/呎 (b225): a denominator right after a number that has a $ before it */
		else if (j + 1 < wn && w[j] == '/' && c->s > 0 && w[c->s - 1] == '$' &&
				 (len = ind_per_unit_match_len(w + j + 1, wn - j - 1, &id)) > 0)
			j += 1 + len;
	}
	if (c->unit && !unit_tail_fits(c, &j))
		return false;
	if (j < wn && (w[j] == '(' || w[j] == 0xFF08))
		j = aside_end(w, wn, j);
	len = ind_qual_match_len(w + j, wn - j, QP_SUFFIX, &id);
	if (len > 0)
	{
		QualClass	qc = (QualClass) ind_qual(id)->cls;

		/*
		 * 规模以上工业（年主营业务收入2000万元及以上）: a bound that closes a bracket defines a
		 * class, and is no figure
		 */
		if ((qc == QC_GE || qc == QC_LE) && j + len < wn &&
			(w[j + len] == ')' || w[j + len] == 0xFF09) && opened_before(c))
			return false;

		j += len;
		/* 规模50亿元以上的项目, 投资50亿元以上制造业项目: a class bound, not a figure
		 * (but 稳定在95%以上的水平 is one, and 保持40%以上增长 a change: the type reads
		 * the change word after the figure) */
		if ((qc == QC_GE || qc == QC_LE) && j < wn && is_cjk(w[j]) && !adverb_after_bound(w[j]) &&
			!(is_list_sep(w[j]) && word_before(w, c->s, 0, 4, ind_verb_match_len, &id) > 0) &&
			/* 分别增长8.5%以上和10%以上: a list of changes (b218); 100人以上和50人以下企业 classes */
			!(j + 1 < wn && w[j] == 0x76EE && w[j + 1] == 0x6807) &&	/* 增长8%以上目标: a goal named */
			!level_noun_at(w, wn, j) &&
			!(w[j] == 0x7B49 && (j + 1 >= wn || !is_cjk(w[j + 1]) || ends_clause(w[j + 1]) ||
								 ends_sentence(w[j + 1]) || names_goals_at(w, wn, j + 1))) &&	/* 控制在5%以内等。(etc.) */
			!classifier_unit(c->unit) && !counted_in_ten_thousands(c) && !share_opens_clause(c))
		{
			int			v = j + (w[j] == CH_DE),
						vl = ind_verb_match_len(w + v, wn - v, &id);

			if (vl == 0 || (v + vl < wn && is_cjk(w[v + vl]) && !ends_clause(w[v + vl])))
				return false;
			j = v + vl;			/* 40%以上增长, 10%以上的增幅: the change, ended there */
		}
	}
	if (c->s > 0 && w[c->s - 1] == CH_FAN && c->e < wn && w[c->e] == CH_FAN1)
		j = c->e + 1;			/* 翻一番 */
	c->j = j;
	return true;
}

/*
 * 1至2%, 5到6个百分点: a number that is the first end of a range shares the second's
 * unit; 下跌0.1及0.2个百分点: the first item of a list the next one's.  The length of that
 * unit, which starts at *unit_at; 0 when the number shares none.
 */
/* the separator after the number (spaces around it passed over, 5.4 、 2.3), or -1 */
static int
sep_after_number(const Cand *c)
{
	int			i = c->e;

	if (cut_pp(c->w, c->wn, i))
		i++;					/* 1.4个、6.6个百分点 */
	while (i < c->wn && is_space(c->w[i]))
		i++;
	return i < c->wn && (is_range_sep(c->w[i]) || is_list_sep(c->w[i])) ? i : -1;
}

static int
shared_unit(const Cand *c, int *unit_at)
{
	int			sep = sep_after_number(c),
				i = sep + 1,
				id,
				len;
	Numeral		num;
	IndError	err;

	while (sep >= 0 && i < c->wn && is_space(c->w[i]))
		i++;
	/* 分别为5.4、-2.3%: a signed item after a list's mark (the first item lost its unit) */
	if (sep >= 0 && is_list_sep(c->w[sep]) && i + 1 < c->wn && (c->w[i] == '-' || c->w[i] == '+') &&
		is_digit(c->w[i + 1]))
		i++;
	/* 六十萬零四千三百及十萬零四千七百多人次: Chinese numerals share too, with a 万 */
	if (!(c->has_digit || c->num.mag >= 4) || c->j != c->e || sep < 0 || i >= c->wn ||
		(c->w[sep] == '-' && (sep != c->e || i != sep + 1)) ||	/* 5-8%: no space */
		!(c->has_digit ? is_digit(c->w[i]) : is_cjk_numeral(c->w[i])) ||
		!ind_parse_numeral(c->w, c->wn, i, &num, &err))
		return 0;
	i += num.len;
	/* 1至8月份, 2024—2027年, 1、2号: dates, not figures */
	if (i >= c->wn || calendar_char(c->w[i]))
		return 0;
	if (i + 1 < c->wn && (c->w[i] == CH_DUO || c->w[i] == CH_YU))
		i++;					/* 十萬零四千七百多人次: the unit after 多 */
	len = cut_pp(c->w, c->wn, i) ? 0 : ind_unit_match_len(c->w + i, c->wn - i, &id);
	if (len == 0 && cut_pp(c->w, c->wn, i))
		i++;
	/* 5.4 、 2.3 和 2.3 个百分点, 31.4、15.7、34.9亿元: a list's items before the last share
	 * its unit */
	for (int more = 0; len == 0 && c->w[sep] != '-' && !is_range_sep(c->w[sep]) && more < 4;
		 more++)
	{
		int			k = i;

		while (k < c->wn && is_space(c->w[k]))
			k++;
		if (k + 1 >= c->wn || !is_list_sep(c->w[k]))
			break;
		k++;
		while (k < c->wn && is_space(c->w[k]))
			k++;
		if (k >= c->wn || !is_digit(c->w[k]) || !ind_parse_numeral(c->w, c->wn, k, &num, &err))
			break;
		i = k + num.len;
		if (i >= c->wn || calendar_char(c->w[i]))
			return 0;
		if (cut_pp(c->w, c->wn, i))
		{
			i++;				/* 0.3个 in 0.5个、0.3个和0.2个百分点 */
			continue;
		}
		len = ind_unit_match_len(c->w + i, c->wn - i, &id);
	}
	/* 31.4、15.7、34.9亿元, 31.4、15.7万吨: the items share the last one's magnitude with its
	 * unit (read without it, 31.4吨 was a wrong number) */
	if (len > 0 && !c->num.mag)
		while (i > 0 && is_magnitude(c->w[i - 1]) && !is_cjk_numeral(c->w[i - 1]))
		{
			i--;
			len++;
		}
	*unit_at = i;
	return len;
}

static bool
shares_unit(const Cand *c)
{
	int			at;

	return shared_unit(c, &at) > 0;
}

/*
 * The row's reading of text as the type reads it: in a plan a target when the target type
 * reads it, else a figure (a change or a level).  False when neither reads it.
 */
static bool
read_text_as(const char *text, int len, bool plan, ExtractRow *row)
{
	IndError	err;

	if (plan && ind_target_parse(text, (size_t) len, &row->target, &err))
	{
		row->kind = EK_TARGET;
		return true;
	}
	if (!ind_parse_fast(text, (size_t) len, &row->figure, &err))
		return false;
	row->kind = ind_change_dir(&row->figure) != CD_NONE ? EK_CHANGE : EK_LEVEL;
	memset(&row->target, 0, sizeof(row->target));
	return true;
}

/*
 * A list item written without its unit, read with the unit given (UTF-8): the row is the
 * span to the window offset stop.
 */
static bool
read_item_with_unit(const Cand *c, bool plan, const char *unit, int stop, ExtractRow *row)
{
	char		text[4 * (WIN_BEFORE + WIN_AFTER) + 40];
	int			b = encode_read(c, c->k, c->e, text, sizeof(text) - 32);

	b += snprintf(text + b, sizeof(text) - b, "%s", unit);
	if (!read_text_as(text, b, plan, row))
		return false;
	row->start = c->base + c->k;
	row->stop = c->base + stop;
	return true;
}

/* 下跌0.1及0.2个百分点: the first item read with the unit of the next */
static bool
read_list_shared(const Cand *c, bool plan, ExtractRow *row)
{
	char		unit[4 * WIN_AFTER + 8];
	int			at,
				len = shared_unit(c, &at);

	if (len == 0 || !is_list_sep(c->w[sep_after_number(c)]))
		return false;
	encode(c->w, at, at + len, unit, sizeof(unit));
	return read_item_with_unit(c, plan, unit, c->e, row);
}

/*
 * 下降0.2個、下降0.6個、提高0.8個百分點: in a list whose last item is in 个百分点, an item in
 * 个 alone is its shorthand, a verb written before each item too (widen_forward's cut_pp
 * reads the lists of bare numbers, 提升1.4个、6.6个百分点).  True when the candidate is
 * such an item.
 */
static bool
pp_shorthand(const Cand *c)
{
	const uint32_t *w = c->w;
	int			i = c->j,
				id;

	if (!c->unit || c->unit != ge_unit() || c->j != c->e + 1)
		return false;
	for (int items = 0; items < 6; items++)
	{
		Numeral		num;
		IndError	err;
		int			len;

		while (i < c->wn && is_space(w[i]))
			i++;
		if (i >= c->wn || !is_list_sep(w[i]))
			return false;
		i++;
		/* the next item: (verb) number 个 or 个百分点 */
		while (i < c->wn && !is_digit(w[i]) && i - c->j < 24 && is_cjk(w[i]) && !is_list_sep(w[i]))
			i++;
		if (i >= c->wn || !is_digit(w[i]) || !ind_parse_numeral(w, c->wn, i, &num, &err))
			return false;
		i += num.len;
		len = ind_unit_match_len(w + i, c->wn - i, &id);
		if (len == 0)
			return false;
		if (id == pp_unit())
			return true;
		if (id != ge_unit())
			return false;
		i += len;
	}
	return false;
}

/* the shorthand item read in 个百分点 (its text ends at 个) */
static bool
read_pp_shorthand(const Cand *c, bool plan, ExtractRow *row)
{
	return read_item_with_unit(c, plan, "个百分点", c->j, row);
}

/*
 * Counts that are not statistics: of the text's own parts (上述7个主要指标, 10个方面的重点任务,
 * 10个关键句), of the names listed just before (吉光、三江、长白山3个创新型省实验室), and a
 * road's number (102国道).
 */
static bool
count_of_text_or_names(const Cand *c)
{
	static int	ge = -1,
				xiang,
				guo,
				jian,
				tiao;
	const uint32_t *w = c->w;
	int			j = c->j,
				duns = 0;

	if (ge < 0)
	{
		ge = ind_unit_id("个");
		xiang = ind_unit_id("项");
		guo = ind_unit_id("国");
		jian = ind_unit_id("件");
		tiao = ind_unit_id("条");
	}
	if (c->unit == guo && j < c->wn && (w[j] == 0x9053))	/* 国道 */
		return true;
	if (c->unit == jian && j + 1 < c->wn && w[j] == 0x5B9E && w[j + 1] == 0x4E8B)
		return true;			/* 为民兴办10件实事: the pledges the text lists */
	if (c->unit == tiao && j < c->wn && w[j] == 0x6B3E)
		return true;			/* 二三二條款, 232条款 (b398, b382): a law's section, a name */
	/* 全国1%人口抽样调查, 1‰人口变动抽样调查 (b415): the sample's share names the survey */
	if (ind_unit_is_rate(c->unit))
		for (int k = j; k + 1 < c->wn && k - j <= 6 && is_cjk(w[k]) && !ends_clause(w[k]); k++)
			if (w[k] == 0x62BD && w[k + 1] == 0x6837)	/* 抽样 */
				return true;
	if (c->unit != ge && c->unit != xiang)
		return false;
	if (j + 1 < c->wn && ((w[j] == 0x4E3B && w[j + 1] == 0x8981) || (w[j] == 0x91CD && w[j + 1] == 0x70B9) ||
						  (w[j] == 0x5173 && w[j + 1] == 0x952E)))
		j += 2;					/* 主要 重点 关键 */
	if (j < c->wn && w[j] == 0x53E5)
		return true;			/* 句 */
	/* 31个省(区、市) (b231): the count of provinces a national release ranks or sums over, no
	 * figure (5个省级重点项目 counts projects and stays one; 31个省份 and 19个省区市 were
	 * tried: two blind batches label such a count a figure) */
	if (c->unit == ge && j + 1 < c->wn && w[j] == 0x7701 &&	/* 省 */
		(w[j + 1] == '(' || w[j + 1] == 0xFF08))	/* ( （ */
		return true;
	if (j + 1 < c->wn && ((w[j] == 0x6307 && w[j + 1] == 0x6807) ||	/* 指标 */
						  (w[j] == 0x65B9 && w[j + 1] == 0x9762) ||	/* 方面 */
						  (w[j] == 0x4EFB && w[j + 1] == 0x52A1) ||	/* 任务 */
						  (w[j] == 0x5B9E && w[j + 1] == 0x4E8B)))	/* 实事 */
		return true;
	/* a total of the names just listed: 、 twice in the clause, no digit, a name before (a
	 * list of counts after them answers each name: 新签约、新开工、新竣工项目160个、100个, b354) */
	if (c->s < 1 || !is_cjk(w[c->s - 1]) || is_cjk_numeral(w[c->s - 1]) ||
		(c->j + 1 < c->wn && w[c->j] == CH_DUN && is_digit(w[c->j + 1])))
		return false;
	for (int k = c->s - 1; k >= c->floor && k >= 0; k--)
	{
		if (ends_clause(w[k]) || ends_sentence(w[k]) || is_digit(w[k]))
			break;
		if (w[k] == CH_DUN)
			duns++;
	}
	return duns >= 2;
}

/*
 * 超百亿元水利工程, 新增百亿企业10家, 千亿级产业集群, 超万亿元的城市: an amount written as a
 * magnitude alone before a noun (or 的) names a class of size; 突破万元大关, 突破万亿元 stay
 * figures.
 */
static bool
magnitude_class(const Cand *c)
{
	const uint32_t *w = c->w;
	int			j = c->j;

	if (c->has_digit || c->pct_word)
		return false;
	for (int k = c->s; k < c->e; k++)
		if (w[k] != 0x5341 && w[k] != 0x767E && w[k] != 0x5343 && w[k] != 0x4E07 && w[k] != 0x4EBF)
			return false;		/* 十 百 千 万 亿 only */
	if (j < c->wn && w[j] == 0x7EA7)
		return true;			/* 千亿级 */
	if (j + 1 >= c->wn || !is_cjk(w[j]))
		return false;				/* (超万亿元的产业集群: 的 too names the class) */
	return !((w[j] == 0x5927 && w[j + 1] == 0x5173) || (w[j] == 0x5173 && w[j + 1] == 0x53E3) ||
			 (w[j] == 0x53F0 && w[j + 1] == 0x9636));	/* 大关 关口 台阶 */
}

/*
 * 增速居全市第5位、比上季度上升2位, 排名第4位，与上季度持平: a ranking (第, a numeral, 位 or 名)
 * within the 16 characters before k in the sentence, or 排名, 位次, 名次 within 6 (排名上升2位): a
 * change after it moves the rank, no statistic.
 */
static int
ranked_before(const uint32_t *w, int k, int floor)
{
	for (int q = k - 1; q > floor && k - q <= 16 && !ends_sentence(w[q]); q--)
	{
		if (k - q <= 6 && ((w[q - 1] == 0x6392 && w[q] == 0x540D) ||	/* 排名 */
						   (w[q - 1] == 0x4F4D && w[q] == 0x6B21) ||	/* 位次 */
						   (w[q - 1] == 0x540D && w[q] == 0x6B21)))	/* 名次 */
			return 2;
		if ((w[q] == 0x4F4D || w[q] == 0x540D) &&	/* 位 名 */
			is_numeral_char(w[q - 1]))
		{
			int			a = numeral_run_start(w, q - 1, floor);

			if (a > floor && w[a - 1] == CH_DI4)
				return 1;
		}
	}
	return 0;
}

/*
 * A place in a ranking written without 第, before the number at s (b322 and earlier batches'
 * traps): a move of places (较上年前进1位, 前移6位, 提升了41位, 较上年进3位), a place held (居全省19位,
 * 位列96位), or the places of a move (从81位上升到45位).  Not a count of people (引进3位专家,
 * 居民代表5位, 新增专家5位).
 */
static bool
rank_place_before(const uint32_t *w, int wn, int s, int j)
{
	static const uint32_t moves[][2] = {
		{0x524D, 0x79FB}, {0x524D, 0x8FDB}, {0x8FC8, 0x8FDB}, {0x4E0A, 0x5347},	/* 前移 前进 迈进 上升 */
		{0x63D0, 0x5347}, {0x4E0B, 0x964D}, {0x540E, 0x9000}, {0x540E, 0x79FB},	/* 提升 下降 后退 后移 */
		{0x4E0A, 0x79FB}, {0x4E0B, 0x79FB}, {0x8DC3, 0x5347}, {0x4E0B, 0x6ED1},	/* 上移 下移 跃升 下滑 */
	};
	int			q = s;

	/* 分别前移7位、8位和7位: an item of a list of places after the first */
	if (s >= 3 && (w[s - 1] == CH_DUN || w[s - 1] == CH_HE || w[s - 1] == CH_JI) &&
		w[s - 2] == 0x4F4D && is_numeral_char(w[s - 3]))
		return rank_place_before(w, wn, numeral_run_start(w, s - 3, 0), s - 1);
	if (q > 0 && w[q - 1] == CH_LE)
		q--;					/* 提升了41位 */
	for (size_t i = 0; q >= 2 && i < sizeof(moves) / sizeof(moves[0]); i++)
		if (w[q - 2] == moves[i][0] && w[q - 1] == moves[i][1])
			return true;
	/* 较上年进3位, 再进6位, 分别进2位: 进 alone after a basis's end, 再, 又 or 分别 (not 引进,
	 * 推进) */
	if (q >= 2 && w[q - 1] == 0x8FDB &&
		(w[q - 2] == 0x5E74 || w[q - 2] == 0x671F || w[q - 2] == 0x5EA6 || w[q - 2] == 0x518D ||
		 w[q - 2] == 0x53C8 || w[q - 2] == 0x522B))	/* 年 期 度 再 又 别 */
		return true;
	/* 居全省19位, 位列96位, 位居全国12位: 居 (not 居民) or 位列 a few ideographs before */
	for (q = s - 1; q >= 0 && s - q <= 5 && is_cjk(w[q]) && !is_numeral_char(w[q]); q--)
		if ((w[q] == 0x5C45 && w[q + 1] != 0x6C11) ||	/* 居, not 居民 */
			(q > 0 && w[q - 1] == 0x4F4D && w[q] == 0x5217))	/* 位列 */
			return true;
	/* 从81位上升到45位: 从/由 before the first place, 到/至 and a place after it */
	if (s > 0 && (w[s - 1] == 0x4ECE || w[s - 1] == 0x7531))	/* 从 由 */
		for (q = j; q + 1 < wn && q - j <= 8 && !ends_clause(w[q]) && !ends_sentence(w[q]); q++)
			if ((w[q] == 0x5230 || w[q] == 0x81F3) && is_numeral_char(w[q + 1]))	/* 到 至 */
				return true;
	if (s >= 2 && (w[s - 1] == 0x5230 || w[s - 1] == 0x81F3))	/* …上升到45位 */
		for (q = s - 2; q > 0 && s - q <= 12 && !ends_clause(w[q]) && !ends_sentence(w[q]); q--)
			if ((w[q] == 0x4F4D || w[q] == 0x540D) && is_numeral_char(w[q - 1]))
			{
				int			a = numeral_run_start(w, q - 1, 0);

				if (a > 0 && (w[a - 1] == 0x4ECE || w[a - 1] == 0x7531))	/* 从 由 */
					return true;
			}
	return false;
}

/*
 * 在全省47个三类县中排第18名, 跃居全省80个县的第23位: a count of the group a rank is given in
 * (its noun, then 中 and 排 or 第, or 的第, within 10 characters after the figure), no statistic.
 */
static bool
counts_ranked_group(const Cand *c)
{
	const uint32_t *w = c->w;

	for (int k = c->j; k + 1 < c->wn && k - c->j <= 10 && !ends_clause(w[k]) &&
		 !ends_sentence(w[k]) && !is_digit(w[k]); k++)
		if ((w[k] == 0x4E2D && (w[k + 1] == 0x6392 || w[k + 1] == CH_DI4)) ||	/* 中排 中第 */
			(w[k] == CH_DE && w[k + 1] == CH_DI4))	/* 的第 */
			return true;
	return false;
}

/* Traps on the whole figure: dates and spans, scores, names in Chinese numerals, bare
 * numbers, names in quotes. */
/* 呼吸系統疾病(六十二人): the figure alone in brackets, beside the name it counts */
static bool
bracketed_alone(const Cand *c)
{
	return c->s > 0 && (c->w[c->s - 1] == '(' || c->w[c->s - 1] == 0xFF08) &&
		c->j < c->wn && (c->w[c->j] == ')' || c->w[c->j] == 0xFF09);
}

/*
 * 中小型單位(100平方米以下), B類物業(40至69.9平方米), E類物業(160平方米或以上): a bracket
 * right after a name holding only a bound or a range of one quantity defines a class of
 * sizes, no statistic (a rate in brackets, 增长(5.2%), has neither 以下/以上 nor 至).
 */
static bool
class_in_brackets(const Cand *c)
{
	const uint32_t *w = c->w;
	int			a = c->s,
				z = c->e,
				id;
	bool		bound = false;

	while (a > 0 && a > c->s - 12 && w[a - 1] != '(' && w[a - 1] != 0xFF08)
	{
		if (!is_digit(w[a - 1]) && w[a - 1] != '.' && w[a - 1] != 0x81F3)
			return false;		/* only the range's first end before the figure: 40至 */
		a--;
	}
	if (a < 2 || (w[a - 1] != '(' && w[a - 1] != 0xFF08) || !is_cjk(w[a - 2]) ||
		word_before(w, a - 1, c->floor, 4, ind_verb_match_len, &id) > 0)
		return false;			/* (增长（5%以上）: a change's figure in brackets) */
	for (; z < c->wn && z < c->e + 16 && w[z] != ')' && w[z] != 0xFF09; z++)
		if (ends_clause(w[z]) || ends_sentence(w[z]) || w[z] == '(' || w[z] == 0xFF08)
			return false;
	if (z >= c->wn || (w[z] != ')' && w[z] != 0xFF09))
		return false;
	/* 以下 以上 (或以上), or 至 between two numbers; a sign (-1.4%) is no range */
	for (int k = a; k < z; k++)
		if ((w[k] == 0x4EE5 && k + 1 < z && (w[k + 1] == 0x4E0B || w[k + 1] == 0x4E0A)) ||
			(w[k] == 0x81F3 && k > a && is_digit(w[k - 1]) && k + 1 < z && is_digit(w[k + 1])))
			bound = true;
	return bound;
}

/* a change verb of the rates that communiqués print without % (not the counting 新增, 净增,
 * 增收, nor one character: 高, 多, 升) ends right at p */
static bool
rate_verb_before(const uint32_t *w, int p, int floor)
{
	static const char *const rate_verbs[] = {
		"增长", "增加", "提高", "上升", "提升", "回升", "上涨", "下降", "减少", "降低",
		"回落", "下滑", "下跌", "实际增长", "名义增长", "实际下降", "平均增长", "增速", "增幅"
	};
	int			id;

	if (word_before(w, p, floor, 4, ind_verb_match_len, &id) < 2)
		return false;
	for (int i = 0; i < (int) (sizeof(rate_verbs) / sizeof(rate_verbs[0])); i++)
		if (strcmp(ind_verb(id)->word, rate_verbs[i]) == 0)
			return true;
	return false;
}

/* where a bare number in digits starting at p ends its clause (a suffix 左右 or 以上 allowed):
 * the position of the mark, -1 when a unit, % or anything else follows */
static int
bare_number_clause_end(const uint32_t *w, int n, int p)
{
	int			q = p;

	while (q < n && (is_digit(w[q]) || (w[q] == '.' && q > p && q + 1 < n && is_digit(w[q + 1]))))
		q++;
	if (q + 1 < n && ((w[q] == 0x5DE6 && w[q + 1] == 0x53F3) ||	/* 左右 */
					  (w[q] == 0x4EE5 && w[q + 1] == 0x4E0A)))	/* 以上 */
		q += 2;
	if (q >= n || (w[q] == ',' && q + 1 < n && is_digit(w[q + 1])))
		return -1;				/* the text's end (cut off), a thousands separator */
	return ends_clause(w[q]) || ends_sentence(w[q]) || w[q] == CH_DUN || w[q] == ')' ||
		w[q] == 0xFF09 ? q : -1;
}

/*
 * 比上年增长5.2, 增长48; (b356, b180): communiqués that print their rates without %.  A
 * rate verb right before a bare number in digits that ends its clause is a change whose unit
 * the text left out, as the type reads 增长48 alone, when the text does so at least twice
 * within a paragraph's reach and its sentence prints no % elsewhere: one 增加1, among rates
 * with % counts something.
 */
static bool
verb_before_bare_rate(const Extractor *ex, const Cand *c)
{
	const uint32_t *cp = ex->cp;
	int			at = c->base + c->s,
				lo,
				hi;

	if (!c->has_digit || c->unit || c->pct_word ||
		bare_number_clause_end(cp, ex->n, at) < 0 || !rate_verb_before(cp, at, 0))
		return false;
	/* (bounded: a text without sentence ends must not make every candidate read it whole) */
	for (lo = at; lo > 0 && at - lo < 300 && !ends_sentence(cp[lo - 1]); lo--)
		if (cp[lo - 1] == '%')
			return false;
	for (hi = at; hi < ex->n && hi - at < 300 && !ends_sentence(cp[hi]); hi++)
		if (cp[hi] == '%')
			return false;
	for (lo = at; lo > 0 && at - lo < 200 && cp[lo - 1] != '\n'; lo--)
		;
	for (hi = at; hi < ex->n && hi - at < 200 && cp[hi] != '\n'; hi++)
		;
	for (int q = lo + 1; q < hi; q++)
		if (q != at && is_digit(cp[q]) && !is_digit(cp[q - 1]) && cp[q - 1] != '.' &&
			bare_number_clause_end(cp, ex->n, q) > 0 && rate_verb_before(cp, q, lo))
			return true;
	return false;
}

/*
 * 2012-03-19 株洲市…, 2016/8/17 (b320): a month or a day of a date printed in digits, after its
 * year (and month) and the same mark, is no figure: 03-19 株 had read as a range of plants
 */
static bool
in_digit_date(const Cand *c)
{
	const uint32_t *w = c->w;
	int			s = c->s,
				a;
	uint32_t	mark;

	if (c->e - s > 2 || s < 2 || (w[s - 1] != '-' && w[s - 1] != '/'))
		return false;
	mark = w[s - 1];
	for (a = s - 1; a > 0 && is_digit(w[a - 1]) && s - 1 - a < 4; a--)
		;
	if (s - 1 - a == 4)
		return true;			/* 2012-03: the month after the year */
	if (s - 1 - a < 1 || s - 1 - a > 2 || a < 5 || w[a - 1] != mark)
		return false;
	for (int k = a - 5; k < a - 1; k++)
		if (!is_digit(w[k]))
			return false;
	return true;				/* 2016/8/17: the day after the year and the month */
}

/*
 * 為53,1723澳門元 (b370): four digits right after a digit and a comma are the tail of a number
 * grouped by 萬 that the numeral does not read whole (numeral.c wan_grouped_len: 1089,0827
 * alone is not one number); read alone they would be a wrong number (1723澳門元), so no row
 */
static bool
grouping_tail(const Cand *c)
{
	const uint32_t *w = c->w;
	int			s = c->s;

	return c->has_digit && s >= 2 && w[s - 1] == ',' && is_digit(w[s - 2]) &&
		s + 4 <= c->wn && is_digit(w[s]) && is_digit(w[s + 1]) && is_digit(w[s + 2]) &&
		is_digit(w[s + 3]) && (s + 4 == c->wn || !is_digit(w[s + 4]));
}

/*
 * 低於法定債限40.6%, 未逾法定上限40.6%, 低于国际警戒线20% (b367, b261, b285): a number right
 * after a named limit (上限, 下限, 债限, 警戒线) is the limit's value, the bound a figure is
 * held to, no figure itself (年限 of schooling and 限额 of a quota stay figures), unless a change
 * verb in its clause moves the limit
 */
static bool
named_limit_before(const Extractor *ex, const Cand *c)
{
	const uint32_t *w = c->w;
	int			s = c->s,
				id;

	if (!(s >= 3 && w[s - 3] == 0x8B66 && w[s - 2] == 0x6212 && w[s - 1] == 0x7EBF) &&	/* 警戒线 */
		!(s >= 2 && w[s - 1] == 0x9650 &&	/* 限 */
		  (w[s - 2] == 0x4E0A || w[s - 2] == 0x4E0B || w[s - 2] == 0x503A || w[s - 2] == 0x50B5)))
		return false;			/* 上 下 债 債 */
	/* 調高…的扣除上限20% (b114): a change verb in the clause moves the limit by the number
	 * (the clause may open before the window: read the document) */
	for (int k = c->base + s - 2; k >= 2 && c->base + s - k < 80; k--)
	{
		if (ends_clause(ex->cp[k - 1]) || ends_sentence(ex->cp[k - 1]))
			break;
		if (word_before(ex->cp, k, 0, 4, ind_verb_match_len, &id) >= 2)
			return false;
	}
	return true;
}

static bool
trapped_whole(Extractor *ex, const Cand *c)
{
	const uint32_t *w = c->w;
	int			s = c->s,
				id;

	if (count_of_text_or_names(c) || magnitude_class(c) || class_in_brackets(c) ||
		in_digit_date(c) || named_limit_before(ex, c) || grouping_tail(c))
		return true;
	/* 比上季度上升2位 after 居全市第5位: the rank moved (a change verb right before a count of
	 * places; 培训1.2万名 after a ranking stays a figure); 综合排名再进6位 after 排名; 第41位、52位 (a
	 * list of ranks); (-12位) in brackets (a rank's move beside an indicator's name) */
	if (c->j - 1 > c->s && (c->w[c->j - 1] == 0x4F4D || c->w[c->j - 1] == 0x540D) && c->num.mag == 0)
	{
		int			r = ranked_before(w, c->s, 0);

		if (r == 2 || (r == 1 && (word_before(w, c->s, 0, 2, ind_verb_match_len, &id) > 0 ||
								  (s > 0 && (w[s - 1] == CH_DUN || w[s - 1] == CH_HE ||
											 w[s - 1] == CH_JI)))))
			return true;
		if (c->w[c->j - 1] == 0x4F4D && rank_place_before(w, c->wn, s, c->j))
			return true;		/* (位 only: 名 after a move counts people, 增加3名) */
		if (s > 1 && (w[s - 1] == '-' || w[s - 1] == '+') && (w[s - 2] == '(' || w[s - 2] == 0xFF08))
			return true;
	}
	if (c->unit && ind_unit_is_count(c->unit) && c->num.mag == 0 && counts_ranked_group(c))
		return true;

	if (c->unit)
	{
		static int	year_dim = -2,
					day_dim,
					ri,
					fen,
					jiao;
		int			d = unit_dim(c->unit);

		if (year_dim == -2)
		{						/* looked up once: the catalog does not change */
			year_dim = unit_dim(ind_unit_id("年"));
			day_dim = unit_dim(ind_unit_id("天"));
			ri = ind_unit_id("日");
			fen = ind_unit_id("分");
			jiao = ind_unit_id("角");
		}
		/* years and months are dates and spans (两年, 12个月), 日 a day of a date (17日);
		 * hours and days written in digits are figures (工作时间48.8小时) */
		if (c->num.scale == 0 &&
			(d == year_dim || c->unit == ri || (d == day_dim && !c->has_digit)))
			return true;
		/* 分 and 角 alone are scores and angles far more often than money */
		if (c->unit == fen || c->unit == jiao)
			return true;
	}
	if (!c->has_digit && !c->pct_word)
	{
		/* Chinese numerals: names (十四五, 二十大, 一流, 一批, 两个确立) unless a
		 * magnitude or a ratio makes them a figure (两万人, 一倍, 翻一番), or a change
		 * verb before them (增加一百元), a count in hundreds written out with its
		 * unit (八百七十五件: names are not counted so), or a fraction with its unit */
		bool		strong = c->num.mag >= 4 ||
			(c->unit && ind_unit(c->unit) && !ind_unit(c->unit)->shown_with_mag) ||
			(s > 0 && w[s - 1] == CH_FAN) ||
			(c->unit && c->has_verb) ||
			(c->unit && c->e - s >= 2 && c->num.scale == 0 && c->num.digits >= 100) ||
			(c->unit && c->num.scale > 0) ||	/* 二十四點九七度, 十點八個: a fraction (stop 31) */
			(c->unit && bracketed_alone(c)) ||
			/* 每月供款六十元 (b339): two or more numerals and a currency, no slogan's count */
			(c->unit && c->e - s >= 2 && ind_unit_is_currency(c->unit)) ||
			zero_growth(w, c->wn, s);

		if (!strong)
			return true;
	}
	if (!c->unit && !c->pct_word && !(s > 0 && w[s - 1] == CH_FAN) && c->num.mag < 4 &&
		!shares_unit(c) && !zero_growth(w, c->wn, s) && !verb_before_bare_rate(ex, c) &&
		!(s > 0 && w[s - 1] == '$' && c->e - s >= 3))
		/* ($15,871/呎: a price per unit, the $ its currency, b225; 每月資助$5000, an amount in
		 * Hong Kong dollars, b442: the $ and three digits or more make it money) */
		return true;			/* a bare number: numbering, footnotes, codes, ratios */
	if (!c->unit && c->e > s && w[c->e - 1] == 0x5146)
		return true;			/* 千兆宽带: 兆 without an amount after it is SI mega (gigabit) */
	if (in_quotes(ex, c->base + s, c->base + c->j))
		return true;			/* “5个1”, “30条”, “最后一公里” */
	return false;
}

/*
 * 人口自然增长率5.29‰: 自然 before the rate noun names a rate that is a level (births less
 * deaths per thousand), not a change of what precedes it.  at: where the noun starts.
 * (人口增加率為3.91‰ too?  b88, b101 and b261 label it a level, b9 and b73 a change: left as a
 * change, stop 37.)
 */
static bool
names_level_rate(const uint32_t *w, int at, int floor)
{
	return at - 2 >= floor && w[at - 2] == 0x81EA && w[at - 1] == 0x7136;	/* 自然 */
}

/*
 * 約占一般收入總額的70%: 占 after a qualifier, the whole (1 to 12 ideographs) and 的 at d:
 * where 占 is, 0 when not so (the type reads the whole and 的 and keeps 约占).
 */
static int
share_whole_before(const uint32_t *w, int d, int floor)
{
	int			q = d - 1,
				id;

	while (q > floor && d - q <= 12 && is_cjk(w[q]) && w[q] != CH_ZHAN && w[q] != CH_DE)
		q--;
	if (q <= floor || w[q] != CH_ZHAN || q == d - 1 ||
		word_before(w, q, floor, 4, qual_prefix_match, &id) == 0)
		return 0;
	return q;
}

/*
 * 增长幅度为21.3%, 減少比率為3%: a change verb and 幅度 or 比率 end at m, naming the size of
 * that change as a change noun does (parse.c reads them so): their length, 0 when not so.
 */
static int
verb_size_noun_before(const uint32_t *w, int m, int floor)
{
	int			vl,
				id;

	if (m - 3 < floor || ind_size_noun_len(w + m - 2, 2) == 0)
		return 0;
	vl = word_before(w, m - 2, floor, 4, ind_verb_match_len, &id);
	if (vl == 0 || ind_verb(id)->pos != 0 ||
		(ind_verb(id)->cls != CD_UP && ind_verb(id)->cls != CD_DOWN))
		return 0;
	return vl + 2;
}

/*
 * 约为55.9万, 约占18.5%, 实际增速为8.6%: a qualifier or a change noun, then a linking
 * word (为, 是, 达, 占) before the number.  The type reads the word with the number (约55.9万, 增速8.6%).
 */
static void
widen_link(Cand *c)
{
	const uint32_t *w = c->w;
	int			m = c->s - 1,
				to = c->s,
				jin = 0,		/* 仅 before 为 */
				len,
				id;

	/* 增速为-2.3%, 年增率-0.5%, 年增率負0.5%: a sign between the rate and the number is the
	 * rate's (the type reads 增速-2.3% as 降幅2.3%) */
	if (m > c->floor && (w[m] == '-' || w[m] == 0x8D1F) && is_digit(w[c->s]))
	{
		to = m;
		m--;
		len = word_before(w, m + 1, c->floor, 3, change_noun_match, &id);
		if (len > 0 && ind_verb(id)->cls == CD_UP && !names_level_rate(w, m + 1 - len, c->floor))
		{
			c->k = m + 1 - len;	/* no link word: the noun, the sign and the number */
			return;
		}
	}
	while (m > c->floor && is_space(w[m]) && m < to)
		m--;					/* 修訂為 -21.4%: a space before the number */
	if (m - 2 > c->floor && w[m - 2] == 0x4FEE && (w[m - 1] == 0x8BA2 || w[m - 1] == 0x6B63) &&
		(w[m] == 0x4E3A || w[m] == 0x81F3))
		m -= 2;					/* 修订为 修订至 修正为 (revised to), as the type reads them */
	else if (m - 1 > c->floor && ((w[m - 1] == 0x6765 && w[m] == 0x5230) ||	/* 来到 */
							 (w[m - 1] == 0x8FBE && w[m] == 0x5230) ||	/* 达到 */
							 (w[m - 1] == 0x9AD8 && w[m] == 0x8FBE)))	/* 高达 */
		m--;
	else if (m - 2 > c->floor && ind_is_held_at(w + m - 2))
		m -= 2;					/* 增长率则维持在0.6% (parse.c held_len) */
	else if (m - 1 > c->floor && to == c->s && ind_is_held_bare(w[m - 1], w[m]))
		m--;					/* 增速保持7.6%左右 (parse.c held_bare_len) */
	else if (m - 3 > c->floor && w[m] == CH_DE && share_whole_before(w, m, c->floor) > 0)
		m = share_whole_before(w, m, c->floor);	/* 約占一般收入總額的70%: at 占 */
	else if (m - 2 > c->floor && to == c->s && is_cjk(w[m]) &&
			 share_whole_before(w, m + 1, c->floor) > 0)
		m = share_whole_before(w, m + 1, c->floor);	/* 约占全港土地总面积40% (b217): no 的 */
	else if (m > c->floor && w[m] == 0x5728)
	{
		/* 增幅在40%以上 (b207): 在 only right after a rate noun, as the type reads it */
		len = word_before(w, m, c->floor, 3, change_noun_match, &id);
		if (len > 0 && to - m == 1 && !names_level_rate(w, m - len, c->floor))
		{
			c->k = m - len;
			c->link_from = m;
			c->link_to = to;
		}
		return;
	}
	else if (m <= c->floor || (w[m] != 0x4E3A && w[m] != 0x662F && w[m] != 0x8FBE &&
							   w[m] != CH_ZHAN))
		return;					/* 为 是 达 占 (约占18.5%) */
	else if (w[m] == 0x4E3A && m - 1 > c->floor && w[m - 1] == 0x4EC5)
	{
		m--;					/* 增速僅為5.5%: 仅为 after a rate noun, as the type reads it */
		jin = 1;
	}
	/* 增幅也来到1.2倍, 升幅則爲0.1%: up to three of 也 亦 都 仍 则 均 with the link, and a note
	 * in brackets after the noun (同比升幅(即基本通脹率)爲1.7%), as the type reads them (a list
	 * after 分别 takes its noun where 分别 is read, ext_start_fenbie) */
	for (int k = 0; k < 3 && m - 1 > c->floor; k++)
	{
		uint32_t	b = w[m - 1];

		if (ind_is_link_adverb(b))
			m--;
		else
			break;
	}
	m -= ext_size_remark_before(w, m, c->floor);	/* 升幅較大,達16.7% */
	if (m - 1 > c->floor && (w[m - 1] == ')' || w[m - 1] == 0xFF09))
	{
		int			o = m - 2;

		while (o > c->floor && o > m - 16 && w[o] != '(' && w[o] != 0xFF08 && !is_digit(w[o]))
			o--;
		if (o > c->floor && (w[o] == '(' || w[o] == 0xFF08) && o < m - 2)
			m = o;
	}
	len = word_before(w, m, c->floor, 4, qual_prefix_match, &id);
	/* a rate noun of up to three characters: 年增率也高达55%, 增加率為1.91%, 成長率為0.8%;
	 * but 经济成长率为4.2% and 通胀率为1.5% name a headline figure, a level (labellers) */
	if (len == 0)
		len = word_before(w, m, c->floor, 3, change_noun_match, &id);
	if (len == 0)
		len = verb_size_noun_before(w, m, c->floor);	/* 增長幅度為21.3% */
	if (len == 3 && ((to - m == 1 + jin && id == VERB_TONGZHANGLV) ||	/* (基本通胀率为 too) */
					 (m - 5 >= c->floor && w[m - 5] == 0x7ECF && w[m - 4] == 0x6D4E)))
		return;					/* (经济成长率 with any link: 分别修正为1.08%, 达8.01%) */
	if (len > 0 && names_level_rate(w, m - len, c->floor))
		return;
	if (len == 0)
		return;
	c->k = m - len;
	c->link_from = m;
	c->link_to = to;
}

/*
 * (-1.4%), 为-0.5‰, (+11.08%): a sign before the number is its sign, unless it joins two
 * figures (a range: the previous row ends at it, or a number or unit is written before
 * it).  The type reads + as a change on a rate only; elsewhere the row falls back to the
 * number without it.
 */
/*
 * 65 147 555 +11.4%, 5人 -0.6%: a sign written after a space and right before its number (the
 * reading text has no spaces, ex->pos says where they were) is the number's, not a dash
 * joining two figures (3-5人, 5+3).  At m, the sign.
 */
/* the text as written has something the reading text dropped (spaces) right before at */
static inline bool
gap_before(const Extractor *ex, int at)
{
	return at >= 1 && at < ex->n && ex->pos[at] > ex->pos[at - 1] + 1;
}

static bool
sign_set_apart(const Extractor *ex, const Cand *c, int m)
{
	int			at = c->base + m;

	return m > 0 && (c->w[m] == '-' || c->w[m] == '+') && at + 1 < ex->n &&
		gap_before(ex, at) && !gap_before(ex, at + 1) && is_space(ex->orig[ex->pos[at] - 1]);
}

static void
widen_minus(Extractor *ex, Cand *c)
{
	const uint32_t *w = c->w;
	int			m = c->s - 1,
				id;

	if (m < c->floor || (w[m] != '-' && w[m] != '+' && !(w[m] == 0x8D1F && is_digit(w[c->s]))))
		return;					/* (负 before digits is a minus: 为负0.5%) */
	if (w[m] != 0x8D1F && gap_before(ex, c->base + m) && gap_before(ex, c->base + m + 1))
		return;					/* [7] - 211个涉海重点项目: a sign standing free between spaces is
								 * a bullet or a dash, not the number's sign (b421) */
	if (sign_set_apart(ex, c, m))
		;						/* 65 147 555 +11.4% (a table's change column, b111) */
	else if (c->base + m == ex->last_stop ||
			 (m > 0 && (is_digit(w[m - 1]) || is_letter(w[m - 1]) || is_cjk_numeral(w[m - 1]) ||
						w[m - 1] == '%' || w[m - 1] == 0x2030 || w[m - 1] == '.' ||
						is_magnitude(w[m - 1]))))
		return;
	c->k = m;
	/* 同比-1.4%, 按年+3.2%: a basis before the sign makes it a change, as the type reads it */
	if (w[m] != 0x8D1F)
		c->k -= word_before(w, m, c->floor, BASIS_MAX, ind_basis_match_len, &id);
}

/*
 * 錄得4.8%的增長, 5.0%增長, 九％成長: a change verb of two or more characters after a rate is
 * the change named after it, as the type reads it, when nothing of its own follows the verb
 * (由5%增长到8%, 5%增长了3%: the verb belongs to the next figure).  Its length at p, or 0.
 */
static int
suffix_verb_len(const uint32_t *w, int wn, int p)
{
	int			id,
				len = ind_verb_match_len(w + p, wn - p, &id),
				q = p + len;
	const WordDef *v = ind_verb(id);

	if (len < 2 || !v || v->pos != 0 || (v->cls != CD_UP && v->cls != CD_DOWN))
		return 0;
	while (q < wn && is_space(w[q]))
		q++;
	if (q < wn && (is_numeral_char(w[q]) || w[q] == '+' || w[q] == '-' ||
				   w[q] == 0x81F3 || w[q] == 0x5230 || w[q] == 0x4E3A || w[q] == CH_LE ||
				   w[q] == W_DA_CH || ind_qual_match_len(w + q, wn - q, QP_PREFIX, &id) > 0))
		return 0;				/* 至 到 为 了 达, a number or a qualifier follows */
	return len;
}

/*
 * 27.4%的增幅, 3.8%升幅, 61.5%之按年增幅, 36.4%、28.9%及47.5%的减幅: a rate followed (after
 * the rest of its list) by a change noun is that change.  The noun, with its basis, is read
 * before the figure; the row takes in the noun when it follows the figure directly.
 */
static void
suffix_noun(Cand *c)
{
	const uint32_t *w = c->w;
	int			p = c->j,
				id,
				len,
				nl;
	bool		listed = false;
	const UnitDef *u = ind_unit(c->unit);

	c->stop = c->j;
	if ((!u && !c->pct_word) || (u && u->shown_with_mag) || c->k < c->s)
		return;					/* rates only (%, ‰, 个百分点; 百分之4.7的跌幅), without a verb
								 * of their own */
	while (p + 1 < c->wn && (w[p] == CH_DUN || w[p] == CH_HE || w[p] == CH_JI ||
							 w[p] == CH_YU2) && figure_end(w, c->wn, p + 1) > p + 1)
	{
		p = figure_end(w, c->wn, p + 1);
		listed = true;
	}
	if (p < c->wn && (w[p] == CH_DE || w[p] == CH_ZHI))
	{
		p++;
		p += ind_intensity_len(w + p, c->wn - p);	/* 20.3%的強勁增幅 */
	}
	len = ind_basis_match_len(w + p, c->wn - p, &id);
	/* 8.6%實質升幅 (as parse.c suffix_change; not 77%明顯萎縮: b13) */
	if (len == 0 && change_noun_match(w + p, c->wn - p, &id) == 0 &&
		suffix_verb_len(w, c->wn, p) == 0)
		p += ind_real_nominal_len(w + p, c->wn - p);
	if (p + len < c->wn &&
		((nl = change_noun_match(w + p + len, c->wn - p - len, &id)) > 0 ||
		 (nl = suffix_verb_len(w, c->wn, p + len)) > 0))
	{
		c->pre_from = p;
		c->pre_to = p + len + nl;
		if (!listed)
			c->stop = c->pre_to;
	}
}

/* 微跌0.2%, 大增5%: the character before a one-character verb at v is an adverb of it
 * when the type reads the two with the figure as a change */
static bool
adverb_verb(const Cand *c, int v)
{
	char		text[4 * (WIN_BEFORE + WIN_AFTER) + 8];
	Indicator	x;
	IndError	err;

	if (v - 1 < c->floor || !is_cjk(c->w[v - 1]))
		return false;
	return ind_parse_fast(text, (size_t) encode(c->w, v - 1, c->j, text, sizeof(text)), &x, &err) &&
		ind_change_dir(&x) != CD_NONE;
}

/*
 * 高, 低, 多, 少, 快, 慢: a comparison that needs its basis (比上年高2.6个百分点).  Word
 * ids are stored on disk and never renumbered: words.c's 85-90 are these six.
 */
static bool
comparative_verb(int verb_id)
{
	return verb_id >= 85 && verb_id <= 90;
}

/*
 * 比南韓少了約171億美元, 较日本高2个百分点, 增速比全部规模以上工业快2.1个百分点: 比/较 and a
 * name the basis words do not know (one to ten characters, no numeral or mark) before a
 * comparative at v.  The row is the
 * comparative's change without its basis.
 */
static bool
named_basis_before(const uint32_t *w, int v, int floor)
{
	for (int q = v - 2; q >= floor && q >= v - 11; q--)
	{
		if (!is_cjk(w[q + 1]) || is_cjk_numeral(w[q + 1]))
			return false;
		if (w[q] == 0x6BD4 && (w[q + 1] == 0x91CD || w[q + 1] == 0x4F8B || w[q + 1] == 0x7387))
			return false;		/* 比重 比例 比率: a share, not a comparison */
		if (w[q] == 0x6BD4 || w[q] == 0x8F83)	/* 比 较 */
			return true;
	}
	return false;
}

/*
 * 高于全国1.5个百分点, 低於預測值1.41個百分點: a comparison word with 于 and a reference the
 * type knows (全国, 预测值 …) before the number: the type reads them together as the
 * change against the reference.
 */
static void
reference_comparison(Cand *c)
{
	char		text[4 * (WIN_BEFORE + WIN_AFTER) + 8];
	Indicator	x;
	IndError	err;
	int			vid;

	/* (up to 快于全部规模以上工业增加值增速: 16) */
	for (int len = 4; len <= 16 && c->s - len >= c->floor; len++)
	{
		int			m = c->s - len;

		if (c->w[m + 1] != 0x4E8E)
			continue;			/* 于 (於 is normalised) */
		if (ind_parse_fast(text, (size_t) encode(c->w, m, c->j, text, sizeof(text)), &x, &err) &&
			ind_change_dir(&x) != CD_NONE)
		{
			c->k = m;
			c->has_verb = true;
		}
		return;
	}
	/*
	 * 增速比第二产业快1.5个百分点 (b471): 比 or 较, a holder the type does not name and a
	 * comparative right before the number: the type reads them together (高出, 降低), the
	 * rate noun before 比 with them
	 */
	if (c->s - 1 > c->floor && ind_verb_match_len(c->w + c->s - 1, 1, &vid) == 1 &&
		comparative_verb(vid))
		for (int m = c->s - 4; m >= c->floor && c->s - m <= 18; m--)
		{
			int			id,
						from;

			if (ends_clause(c->w[m]) || ends_sentence(c->w[m]) || is_digit(c->w[m]))
				return;
			if (c->w[m] != 0x6BD4 && c->w[m] != 0x8F83)
				continue;		/* 比 较 */
			from = m - word_before(c->w, m, c->floor, 3, change_noun_match, &id);
			if (ind_parse_fast(text, (size_t) encode(c->w, from, c->j, text, sizeof(text)), &x, &err) &&
				ind_change_dir(&x) != CD_NONE)
			{
				c->k = from;
				c->has_verb = true;
			}
			return;
		}
}

/*
 * 拉动全市工业增长6.1个百分点, 下拉规上工业产值增速1.1个百分点: a pull verb (ind_verb_pull) and the whole it
 * pulls on before the number (in the clause, at most 22 characters back): the type reads
 * them together as the pull, the whole not kept.  The row starts at the verb.
 */
static void
pulled_whole(Cand *c)
{
	char		text[4 * (WIN_BEFORE + WIN_AFTER) + 8];
	Indicator	x;
	IndError	err;

	for (int m = c->s - 2; m >= c->floor && m >= c->s - 23; m--)
	{
		int			id;

		if (ends_clause(c->w[m]) || ends_sentence(c->w[m]))
			return;
		if (ind_verb_match_len(c->w + m, 2, &id) != 2 || !ind_verb_pull(id))
			continue;			/* 拉动 下拉 拉低 拉高 推高 推升 */
		if (m < c->k && ind_parse_fast(text, (size_t) encode(c->w, m, c->j, text, sizeof(text)), &x, &err) &&
			ind_change_dir(&x) != CD_NONE)
		{
			c->k = m;
			c->has_verb = true;
		}
		return;
	}
}

/*
 * 降幅比一季度收窄7.6个百分点: a rate noun before the basis that turns the verb's direction
 * goes with it (降幅 + 收窄 is a rise), as the type reads them together.  Its length; 0 when
 * it does not turn it (增速比上月加快: 增速 stays the subject's, 工业增加值增速).
 */
static int
noun_before_basis(const Cand *c, int k)
{
	char		text[4 * (WIN_BEFORE + WIN_AFTER) + 8];
	int			id,
				len = word_before(c->w, k, c->floor, 2, change_noun_match, &id);
	Indicator	with,
				without;
	IndError	err;

	if (len == 0 ||
		!ind_parse_fast(text, (size_t) encode(c->w, k - len, c->j, text, sizeof(text)), &with, &err) ||
		!ind_parse_fast(text, (size_t) encode(c->w, k, c->j, text, sizeof(text)), &without, &err) ||
		ind_change_dir(&with) == ind_change_dir(&without))
		return 0;
	return len;
}

/*
 * 增长目标为7.5%以上, 增長預期目標為5%左右, 增速目标均为10%以上: (预期)?目标(均)?(确定)?(为|是)?
 * between a change verb or noun and the number, read by the type as the change planned.  Their length before p, 0 when none.
 */
static int
target_words_after_verb(const uint32_t *w, int p, int floor)
{
	int			a = p,
				id;

	/* 平均增速设定为7.5%左右: 设定为 (设定在) without 目标 */
	if (a - 3 > floor && w[a - 3] == 0x8BBE && w[a - 2] == 0x5B9A &&
		(w[a - 1] == 0x4E3A || w[a - 1] == 0x5728))
		return word_before(w, a - 3, floor, 4, ind_verb_match_len, &id) > 0 ? 3 : 0;
	if (a - 1 > floor && (w[a - 1] == 0x4E3A || w[a - 1] == 0x662F ||
						  (w[a - 1] == 0x5728 && w[a - 2] == 0x5B9A)))	/* 为 是, 定在 */
		a--;
	if (a - 2 > floor && w[a - 2] == 0x786E && w[a - 1] == 0x5B9A)	/* 确定 */
		a -= 2;
	else if (a - 1 > floor && w[a - 1] == 0x5B9A)	/* 定(为) */
		a--;
	if (a - 1 > floor && (w[a - 1] == 0x5747 || w[a - 1] == 0x90FD))	/* 均 都 */
		a--;
	if (!(a - 2 > floor && w[a - 2] == 0x76EE && w[a - 1] == 0x6807))	/* 目标 */
		return 0;
	a -= 2;
	if (a - 2 > floor && w[a - 2] == 0x9884 && w[a - 1] == 0x671F)	/* 预期 */
		a -= 2;
	return word_before(w, a, floor, 4, ind_verb_match_len, &id) > 0 ? p - a : 0;
}

/*
 * 較上一期(7月至9月)下跌, 較去年同期(2018年9月22至24日) 上升: a basis, then a bracket restating
 * its period or a note (ind_basis_aside_len), right before the verb at at.  The length of
 * both, spaces included; 0 when not so.
 */
static int
basis_with_aside_before(const uint32_t *w, int at, int floor)
{
	int			q = at - 1,
				open,
				blen,
				id;

	while (q > floor && is_space(w[q]))
		q--;
	if (q <= floor || (w[q] != ')' && w[q] != 0xFF09))
		return 0;
	for (open = q - 1; open > floor && open > q - 26 && w[open] != '(' && w[open] != 0xFF08; open--)
		;
	if (open <= floor || (w[open] != '(' && w[open] != 0xFF08) ||
		ind_basis_aside_len(w + open, q + 1 - open) != q + 1 - open)
		return 0;
	blen = word_before(w, open, floor, BASIS_MAX, ind_basis_match_len, &id);
	return blen > 0 ? at - open + blen : 0;
}

/*
 * 增长-12.7%, 年增-5.8%, 增长负3%: a sign right after a verb of rising is the change's sign,
 * as the type reads it (ind_verb_rising).  1 (the sign's length) when one, else 0.
 */
static int
signed_after_rise(const uint32_t *w, int s, int floor)
{
	int			m = s - 1,
				id;

	if (m - 1 <= floor || !(w[m] == '-' || w[m] == '+' || (w[m] == 0x8D1F && is_digit(w[s]))))
		return 0;				/* (负 before digits is a minus) */
	return word_before(w, m, floor, 4, ind_verb_match_len, &id) > 0 && ind_verb_rising(id);
}

/*
 * 約減少1200人, 約較上年同月減少12萬人: about (约, 大约 …) before the change words is the
 * figure's, as the type reads it (减少约1200人).  Its length before at, 0 when none.
 */
static int
about_before_change(const uint32_t *w, int at, int floor)
{
	int			id,
				len = word_before(w, at, floor, 4, qual_prefix_match, &id);

	if (len == 0 || ind_qual(id)->cls != QC_APPROX || yue_ends_word(w, at - len, floor))
		return 0;
	return len;
}

/* 每公顷5482.9公斤 (b205): 每 and a unit right before at, what the figure is per, as the type
 * reads it; a unit of time only right before the number (每天20万吨), not a rate, a count or a
 * currency (每人9000元), and only before a figure with a unit of its own (每年5%: not read so).
 * Its length, or 0. */
static int
per_unit_before_len(const Cand *c, int at)
{
	const uint32_t *w = c->w;
	int			id,
				len = word_before(w, at, c->floor, 3, ind_unit_match_len, &id);

	if (len == 0 || at - len - 1 < c->floor || w[at - len - 1] != 0x6BCF ||
		ind_unit_is_rate(id) || ind_unit_is_count(id) || ind_unit_is_currency(id) ||
		c->unit == 0 || c->unit == id || ind_unit_is_rate(c->unit) ||
		(ind_unit_is_time(id) && (at != c->s || !ind_unit_is_measure(c->unit))))
		return 0;				/* 每天20万吨; 每年增加5人 is an adverb, 每天6197人次 a count */
	return len + 1;
}

/*
 * 增长达5%, 增长达到5%, 增长仍将达到6.5%左右 (b212): 达 or 达到 before k after a change verb, and
 * up to two of 仍 将 也 亦 还 between, as the type reads them.  The length of the words from
 * the verb's end to k, or 0.
 */
static int
da_after_verb_len(const uint32_t *w, int k, int floor)
{
	int			a = k,
				vl,
				id;

	if (k - 1 > floor && w[k - 1] == 0x8FBE)
		a = k - 1;				/* 达 */
	else if (k - 2 > floor && w[k - 2] == 0x8FBE && w[k - 1] == 0x5230)
		a = k - 2;				/* 达到 */
	else
		return 0;
	for (int n = 0; n < 2 && a - 1 > floor &&
		 (w[a - 1] == 0x4ECD || w[a - 1] == 0x5C06 || w[a - 1] == 0x4E5F || w[a - 1] == 0x4EA6 ||
		  w[a - 1] == 0x8FD8); n++)
		a--;					/* 仍 将 也 亦 还 */
	vl = word_before(w, a, floor, 4, ind_verb_match_len, &id);
	/* (經濟成長也將達3.83%: a headline rate, the level reached) */
	if (vl == 0 || names_level_rate(w, a - vl, floor) ||
		(a - vl - 2 >= floor && w[a - vl - 2] == 0x7ECF && w[a - vl - 1] == 0x6D4E))	/* 经济 */
		return 0;
	return k - a;
}

/* 比 or 较 earlier in the clause, before k (比枣庄市…高3个百分点: reference_comparison reads it) */
static bool
compared_in_clause(const uint32_t *w, int k, int floor)
{
	for (int m = k - 1; m >= floor && k - m <= 24; m--)
	{
		if (ends_clause(w[m]) || ends_sentence(w[m]))
			return false;
		if (w[m] == 0x6BD4 || w[m] == 0x8F83)	/* 比 较 */
			return true;
	}
	return false;
}

/*
 * 同比增长(下同)15%, 增长（按可比价格计算）6.5% (b238): a note in brackets, without digits,
 * between a change verb and the number (the type reads it and does not keep it): its length
 * before k, 0 when none.
 */
static int
note_after_verb(const uint32_t *w, int k, int floor)
{
	uint32_t	open;
	int			a,
				id;

	if (k - 3 <= floor || (w[k - 1] != ')' && w[k - 1] != 0xFF09))
		return 0;
	open = w[k - 1] == ')' ? '(' : 0xFF08;
	for (a = k - 2; a > floor && k - a < 16 && w[a] != open; a--)
		if (!is_cjk(w[a]) && w[a] != 0xFF0C && w[a] != ',' && w[a] != 0x3001)
			return 0;			/* (words only, as the type reads it) */
	if (a <= floor || w[a] != open || a == k - 2 ||
		word_before(w, a, floor, 4, ind_verb_match_len, &id) == 0 || ind_verb(id)->pos == 1)
		return 0;
	return k - a;
}

/*
 * A change verb of len characters ends at k: take it, and the basis before it (較上月增1萬人);
 * a comparative (高, 快, 多 …) only after its basis or before percentage points.  Where the
 * row starts then; c->has_verb is set when the verb was taken.
 */
static int
verb_and_basis_before(Cand *c, int k, int len)
{
	const uint32_t *w = c->w;
	int			floor = c->floor,
				id,
				vid,
				blen = word_before(w, k - len, floor, BASIS_MAX, ind_basis_match_len, &id);

	if (blen == 0)
		blen = basis_with_aside_before(w, k - len, floor);	/* 較上一期(7月至9月)下跌 */

	/* 較上月增1萬人: a basis and a one-character verb, not the compound 月增 */
	if (len == 2 && (w[k - 2] == 0x6708 || w[k - 2] == 0x5E74 || w[k - 2] == 0x5B63) &&
		ind_verb_match_len(w + k - 1, 1, &vid) == 1)	/* 月增, 年减, 季增 */
	{
		int			b1 = word_before(w, k - 1, floor, BASIS_MAX, ind_basis_match_len, &id);

		if (b1 + 1 > blen + len)
		{
			len = 1;
			blen = b1;
		}
	}
	ind_verb_match_len(w + k - len, len, &vid);
	/* 改造提升35所学校, 照明提升2万盏 (b358): 提升 before a count of things with no basis
	 * upgrades them, a task's size, no change */
	if (blen == 0 && classifier_unit(c->unit) && strcmp(ind_verb(vid)->word, "提升") == 0 &&
		!(c->j + 1 < c->wn && w[c->j] == 0x4F4D && w[c->j + 1] == 0x6B21))	/* not 2个位次 */
		return k;
	/* a comparative (高, 快, 多 …) only after its basis; a one-character verb of change
	 * (亦增1.88%, 出口增26.2%, 再跌2.2%) stands alone, as Taiwan and Hong Kong write it;
	 * 翻, and an adverb the type reads with the verb (微跌, 大增) */
	if (len >= 2 || blen > 0 || w[k - 1] == CH_FAN)
	{
		k -= len + blen;
		c->has_verb = true;
		if (blen > 0)
			k -= noun_before_basis(c, k);
	}
	else if (adverb_verb(c, k - 1))
	{
		k -= 2;
		c->has_verb = true;
	}
	else if (!comparative_verb(vid) || named_basis_before(w, k - 1, floor) ||
			 (c->unit && ind_unit_in_points(c->unit) &&
			  !(k - 2 >= floor && w[k - 2] == 0x6700) &&	/* not 最高 */
			  !compared_in_clause(w, k - 1, floor)))
	{
		k -= 1;				/* (快0.2个百分点, 低了2个百分点: points are a difference; b246) */
		c->has_verb = true;
	}
	return k;
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
	c->floor = floor;
	c->has_verb = false;
	k = s - signed_after_rise(w, s, floor);
	if (k - 2 >= floor && w[k - 1] == 0x5E01)	/* 新臺幣1,234億元: a currency in 币 */
		k -= word_before(w, k, floor, 3, currency_prefix_match, &id);
	else if (k - 1 >= floor && w[k - 1] == '$')	/* $5,317億, HK$3億: the type's reading */
	{
		if (k - 3 >= floor && ind_dollar_prefix_len(w + k - 3, c->wn - (k - 3), &id) == 3)
			k -= 3;
		else if (ind_dollar_prefix_len(w + k - 1, c->wn - (k - 1), &id) == 1)
			k -= 1;
	}
	len = word_before(w, k, floor, 4, qual_prefix_match, &id);
	if (len == 0 && k - 2 >= floor && w[k - 1] == W_DA_CH &&
		(len = word_before(w, k - 1, floor, 4, qual_prefix_match, &id)) > 0)
		len = ind_qual(id)->cls == QC_APPROX ? len + 1 : 0;	/* 減少約達7.29%: 约, then 达 */
	if (len > 0 && yue_ends_word(w, k - len, floor))
		len = 0;				/* 契約有六千四百二十七宗: the 約 of 契約, not about */
	if (len == 1 && w[k - 1] == 0x8D85 && k - 2 >= floor &&
		(w[k - 2] == 0x51FA || w[k - 2] == 0x5165) &&
		!(k - 3 >= floor && (w[k - 3] == 0x652F || w[k - 3] == 0x6536)))
		len = 0;				/* 出超, 入超: a trade surplus or deficit, not 超 (more than);
								 * but 支出超, 收入超 are spending and income over */
	c->pq_len = len;
	c->pq_id = len ? id : 0;
	k -= len;
	/* 增速均超9%: 均 (都) between a change noun and the qualifier, read by the type */
	if (len > 0 && k - 1 > floor && (w[k - 1] == 0x5747 || w[k - 1] == 0x90FD) &&
		word_before(w, k - 1, floor, 4, ind_verb_match_len, &id) > 0)
		k--;
	/*
	 * 居民消費價格上漲控制在3%左右, 涨幅控制在3.5%左右: a plan's cap on a change written with
	 * a verb or a change noun; the type reads it with 控制在 (every blind labeller read a
	 * capped 涨幅 as a change).  人口自然增长率控制在7‰以内 stays the capped level: 自然
	 * names a rate that is a level.
	 */
	if (k - 3 > floor && ((w[k - 3] == 0x63A7 && w[k - 2] == 0x5236 && w[k - 1] == 0x5728) ||
						  ind_is_held_at(w + k - 3)))
	{
		/* (年均增长保持在6.5%以上, 增长稳定在6%左右: the change held, parse_cp reads it too) */
		int			vl = word_before(w, k - 3, floor, 4, ind_verb_match_len, &id);

		if (vl > 0 && !(ind_verb(id)->pos == 1 && names_level_rate(w, k - 3 - vl, floor)))
			k -= 3;
	}
	k -= note_after_verb(w, k, floor);	/* 同比增长(下同)15% */
	if (k > floor && w[k - 1] == CH_LE)
	{
		if (word_before(w, k - 1, floor, 2, ind_verb_match_len, &id) > 0)
			k--;
	}
	k -= target_words_after_verb(w, k, floor);
	/* 增长达百分之三点八, 减少达到7个百分点: 达/达到 after a verb, read by the type */
	if (k - 2 > floor && w[k - 2] == 0x9AD8 && w[k - 1] == 0x8FBE)
	{
		int			a = k - 2 - (w[k - 3] == 0x4E5F || w[k - 3] == 0x4EA6);	/* 也 亦 */

		if (word_before(w, a, floor, 3, change_noun_match, &id) > 0)
			;					/* 年增率(也)高达17.65%: the rate's link (widen_link) */
		else if (word_before(w, k - 2, floor, 4, ind_verb_match_len, &id) > 0 &&
				 !comparative_verb(id))
			k -= 2;				/* 增长高达5% */
		else if (word_before(w, k - 1, floor, 4, ind_verb_match_len, &id) > 0)
			k--;				/* 比上年高达5个百分点: 高 the verb, 达 its "to" */
	}
	else if ((len = da_after_verb_len(w, k, floor)) > 0)
		k -= len;
	len = word_before(w, k, floor, 4, ind_verb_match_len, &id);
	if (len > 0 && names_level_rate(w, k - len, floor))
		len = 0;
	if (len > 0)
		k = verb_and_basis_before(c, k, len);
	else if (s > 0 && w[s - 1] == CH_FAN)
	{
		k = s - 1;
		len = word_before(w, k, floor, BASIS_MAX, ind_basis_match_len, &id);
		k -= len;
	}
	if (c->has_verb)
		k -= about_before_change(w, k, floor);
	c->floor = floor;
	k -= per_unit_before_len(c, k);
	if (k > s)
		k = s;
	c->k = k;
	c->floor = floor;
	if (k == s)
		reference_comparison(c);
	pulled_whole(c);
	if (c->k == s)
		widen_link(c);
	if (c->k == s)
		widen_minus(ex, c);
}

/*
 * 增加约3,200人至128,400人: after a change of an amount, 至/到 and a figure many times
 * larger name the new level, not the end of a range (a range's ends are of one size); so
 * does a smaller one (減少74.18億元至2.87億元: a range's ends ascend), and any after a change
 * against a basis (較去年增加287宗至493宗).  Rates alike: 失業率增加0.7%至13.8% (b243) is a
 * change and the rate reached; 增长6%至7% stays a range.
 */
static bool
new_level(const Cand *c, int ext)
{
	char		text[4 * (WIN_BEFORE + WIN_AFTER) + 8];
	Indicator	a,
				b;
	ExactValue	va,
				vb;
	IndError	err;
	const UnitDef *u = ind_unit(c->unit);

	if ((c->w[c->j] != 0x81F3 && c->w[c->j] != 0x5230) || !u ||
		!(u->shown_with_mag || ind_unit_is_rate(c->unit)) ||
		!ind_parse_fast(text, (size_t) encode(c->w, c->k, c->j, text, sizeof(text)), &a, &err) ||
		ind_change_dir(&a) == CD_NONE ||
		!ind_parse_fast(text, (size_t) encode(c->w, c->j + 1, ext, text, sizeof(text)), &b, &err))
		return false;
	ind_exact_base(&a, &va);
	ind_exact_base(&b, &vb);
	if (va.n < 0)
		va.n = -va.n;
	/* 減少74.18億元至2.87億元: a second end below the first is no range, it is the level left */
	if (ind_cmp_exact(&vb, &va) < 0)
		return true;
	/* 較去年增加287宗至493宗: a change of an amount against a basis, then a larger one: the
	 * level reached (a range of amounts is a plan's, said without a basis) */
	if (a.basis)
		return true;
	va.n *= 2;
	return ind_cmp_exact(&vb, &va) > 0;
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

	if (ext <= c->j || new_level(c, ext))
		return false;
	if (!ind_target_parse(text, (size_t) encode_read(c, c->k, ext, text, sizeof(text)),
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
		tl = encode_read(c, from, j, text, sizeof(text));
		if (!read_text_as(text, tl, plan, row))
			continue;
		row->start = c->base + from;
		row->stop = c->base + (attempt < 2 && c->stop > j ? c->stop : j);
		return true;
	}
	return false;
}

/*
 * 比重从2020年的7.8%提高到10%: in a plan, the value of the base year (从 or 由, a year, 的)
 * is a level of that year, not a target; so is the value now (从目前的14.4万元增加到20万元,
 * 由现在的…, 从107家增加到500家以上: 从 or 由 right before the figure, 到 or 至 after it in
 * the clause).
 */
static bool
base_year_value(const Cand *c)
{
	const uint32_t *w = c->w;
	int			b = c->k;

	/* 力争达到60%以上(2022年为54%) (b433): a bracket's note of a year's value, the base the
	 * plan starts from */
	if (b - 1 >= c->floor && (w[b - 1] == 0x4E3A || w[b - 1] == 0x662F))	/* 为 是 */
	{
		int			q = b - 2;

		if (q >= c->floor && (w[q] == 0x5E95 || w[q] == 0x672B))	/* 底 末 */
			q--;
		if (q - 5 >= c->floor && w[q] == 0x5E74 && is_digit(w[q - 1]) && is_digit(w[q - 2]) &&
			is_digit(w[q - 3]) && is_digit(w[q - 4]) && (w[q - 5] == '(' || w[q - 5] == 0xFF08))
			return true;
	}
	if (b - 1 >= c->floor && (w[b - 1] == 0x4ECE || w[b - 1] == 0x7531))	/* 从 由 */
	{
		for (int k = c->stop > c->j ? c->stop : c->j; k < c->wn && k - c->j <= 8; k++)
		{
			if (ends_clause(w[k]) || ends_sentence(w[k]) || is_digit(w[k]))
				break;
			if (w[k] == 0x5230 || w[k] == 0x81F3)	/* 到 至 */
				return true;
		}
		return false;
	}
	/* 目前的, 现在的, 当前的 after 从 or 由 */
	if (b - 4 >= c->floor && w[b - 1] == CH_DE && (w[b - 4] == 0x4ECE || w[b - 4] == 0x7531) &&
		((w[b - 3] == 0x76EE && w[b - 2] == 0x524D) || (w[b - 3] == 0x73B0 && w[b - 2] == 0x5728) ||
		 (w[b - 3] == 0x5F53 && w[b - 2] == 0x524D)))
		return true;
	if (b - 7 < c->floor || w[b - 1] != CH_DE)
		return false;
	b--;
	if (w[b - 1] == 0x5E95 || w[b - 1] == 0x672B)	/* 底 末 */
		b--;
	if (b - 6 < c->floor || w[b - 1] != 0x5E74 || !is_digit(w[b - 2]) || !is_digit(w[b - 3]) ||
		!is_digit(w[b - 4]) || !is_digit(w[b - 5]))
		return false;
	return w[b - 6] == 0x4ECE || w[b - 6] == 0x7531;	/* 从 由 */
}

/*
 * 赤字率拟按3%安排, 拟安排地方政府专项债券4.4万亿元, 拟发行超长期特别国债1.3万亿元: a budget's
 * arrangement (拟 and 安排, 按 or 发行 earlier in the clause) is its forecast, no target even
 * under a plan's heading (every batch that has one labels it so: 15 in stop 42)
 */
static bool
budget_arrangement(const Extractor *ex, const Cand *c)
{
	for (int q = c->base + (c->k < c->s ? c->k : c->s) - 1;
		 q > 0 && !ends_clause(ex->cp[q]) && !ends_sentence(ex->cp[q]); q--)
		if (ex->cp[q - 1] == 0x62DF &&	/* 拟 */
			(ex->cp[q] == 0x6309 ||	/* 按 */
			 (q + 1 < ex->n && ((ex->cp[q] == 0x5B89 && ex->cp[q + 1] == 0x6392) ||	/* 安排 */
								(ex->cp[q] == 0x53D1 && ex->cp[q + 1] == 0x884C)))))	/* 发行 */
			return true;
	return false;
}

/*
 * 预期增长率高于去年的有23个, 西部12省区有7个预期…: in a plan, 有 and a count of 个
 * reports how many members a class has; it is no target.  Having or building so many is
 * one (每个城镇社区拥有3个以上的社区社会组织, 每个街道建有1个健身小广场: b405): 拥有 建有 设有
 * 配有, or 每 or 各 earlier in the clause (each member is to have them).
 */
static bool
counts_members(const Cand *c)
{
	int			b = c->k;
	uint32_t	v;

	while (b > c->floor && is_space(c->w[b - 1]))
		b--;
	if (!(b - 1 >= c->floor && c->w[b - 1] == 0x6709 && c->unit && c->unit == ge_unit()))
		return false;			/* 有N个 */
	v = b >= 2 ? c->w[b - 2] : 0;
	if (v == 0x62E5 || v == 0x5EFA || v == 0x8BBE || v == 0x914D)	/* 拥 建 设 配 */
		return false;
	for (int k = b - 2; k >= 0 && !ends_clause(c->w[k]) && !ends_sentence(c->w[k]); k--)
		if ((c->w[k] == 0x6BCF || c->w[k] == 0x5404) && !calendar_char(c->w[k + 1]) &&
			c->w[k + 1] != 0x5929)	/* (天: calendar_char has 年 月 日 季 周) */
			return false;		/* 每 各 (not 每年有超过3万个单位落成: a rate in time) */
	return true;
}

/*
 * 确定的今年国内生产总值增长7%的宏观调控目标: a figure that qualifies 目标 through 的
 * (within the clause) is a target wherever it is quoted.
 */
static bool
names_target(const Cand *c)
{
	int			j = c->stop > c->j ? c->stop : c->j;

	if (j >= c->wn || c->w[j] != CH_DE)
		return false;
	for (int k = j + 1; k + 1 < c->wn && k - j <= 10; k++)
	{
		if (ends_clause(c->w[k]) || ends_sentence(c->w[k]) || is_numeral_char(c->w[k]))
			return false;
		if (c->w[k] == 0x76EE && c->w[k + 1] == 0x6807)
			return true;		/* 目标 */
	}
	return false;
}

/*
 * 控制在预期4.2%以内: 预期 right before the number names that figure the target; so does 目标
 * opening a bracket beside a result (增长58.3%(目标10.5%): the year's target, stop 31)
 */
static bool
bracketed_target(const Cand *c)
{
	int			k = c->k < c->s ? c->k : c->s;

	if (k >= 3 && c->w[k - 2] == 0x76EE && c->w[k - 1] == 0x6807 &&	/* 目标 */
		(c->w[k - 3] == '(' || c->w[k - 3] == 0xFF08))
		return true;
	/* 超过年初预期目标(6.5%)0.2个百分点 (b429): the goal's own figure in a bracket right
	 * after 目标, whatever the sentence does with it */
	return k >= 3 && (c->w[k - 1] == '(' || c->w[k - 1] == 0xFF08) &&
		c->w[k - 3] == 0x76EE && c->w[k - 2] == 0x6807;
}

/*
 * 目标最高的是海南，定在6%以上; 将GDP增速目标设在4.5%左右 (b260): 定在, 设在 or 设定在 (set at)
 * right before the figure, 目标 earlier in its sentence: the target set
 */
static bool
target_set_at(const Extractor *ex, const Cand *c)
{
	int			k = c->k < c->s ? c->k : c->s;

	if (!(k >= 2 && c->w[k - 1] == 0x5728 && (c->w[k - 2] == 0x5B9A || c->w[k - 2] == 0x8BBE)) ||
		(k >= 3 && c->w[k - 3] == 0x7A33))
		return false;			/* 定在 设在 (设定在), not 稳定在 (held: a level) */
	for (int q = c->base + k - 3; q > ex->sent_from; q--)
		if (ex->cp[q - 1] == 0x76EE && ex->cp[q] == 0x6807)	/* 目标 */
			return true;
	return false;
}

static bool
prefix_plan_word(const Cand *c)
{
	int			k = c->k < c->s ? c->k : c->s;

	return (k >= 2 && c->w[k - 2] == 0x9884 && c->w[k - 1] == 0x671F) ||	/* 预期 */
		bracketed_target(c);
}

/*
 * 围绕产能达到30万辆目标, 好于下降7%的预期: 目标 right after the figure, or 目标/预期 after
 * its 的, names it the target (a sentence's plan words after 的 plan only this figure)
 */
static bool
target_follows(const Cand *c)
{
	int			j = c->stop > c->j ? c->stop : c->j;
	int			end;

	/* 21.05万亩、17.3万亩的…任务: a list's items share what follows its last one */
	while (j + 1 < c->wn && (c->w[j] == CH_DUN || c->w[j] == CH_HE || c->w[j] == CH_JI) &&
		   is_digit(c->w[j + 1]))
	{
		for (end = j + 1; end < c->wn && end - j <= 10 && c->w[end] != CH_DUN &&
			 c->w[end] != CH_HE && c->w[end] != CH_JI && c->w[end] != CH_DE &&
			 (is_digit(c->w[end]) || c->w[end] == '.' || (is_cjk(c->w[end]) &&
														  !ends_clause(c->w[end])));
			 end++)
			;
		if (end >= c->wn || end - j > 10 ||
			(c->w[end] != CH_DUN && c->w[end] != CH_HE && c->w[end] != CH_JI && c->w[end] != CH_DE))
			break;
		j = end;
	}
	if (j + 2 < c->wn && c->w[j] == CH_DE && c->w[j + 1] == 0x9884 && c->w[j + 2] == 0x671F)
		return true;			/* 的预期 */
	if (j < c->wn && c->w[j] == CH_DE)
	{
		j++;
		/* 超额完成40所的年度目标任务 (b276): the year's target, 年度 or 全年 before 目标 */
		if (j + 3 < c->wn && ((c->w[j] == 0x5E74 && c->w[j + 1] == 0x5EA6) ||
							  (c->w[j] == 0x5168 && c->w[j + 1] == 0x5E74)))
			j += 2;
	}
	if (j + 1 < c->wn && c->w[j] == 0x76EE && c->w[j + 1] == 0x6807)
		return true;			/* 目标 */
	/* 分别将完成21.05万亩、17.3万亩的植树造林任务 (b322): a task's size, its noun between */
	if (j == 0 || c->w[j - 1] != CH_DE)
		return false;
	for (int q = j; q < c->wn && q <= j + 6 && is_cjk(c->w[q]) && !is_numeral_char(c->w[q]); q++)
		if (q + 1 < c->wn && c->w[q] == 0x4EFB && c->w[q + 1] == 0x52A1)	/* 任务 */
			return true;
	return false;
}

/* the figure stands inside a bracket opened before it in the window (a note) */
static bool
in_bracket(const Cand *c)
{
	for (int q = (c->k < c->s ? c->k : c->s) - 1; q >= 0; q--)
	{
		if (c->w[q] == ')' || c->w[q] == 0xFF09 || ends_sentence(c->w[q]))
			return false;
		if (c->w[q] == '(' || c->w[q] == 0xFF08)
			return true;
	}
	return false;
}

/*
 * 计划新开工的228个项目已开工128个, 已投产33个: 已 (already) and a verb of at most four
 * characters (and its 的) right before the figure report how far a plan has come, a result: no target,
 * nor is the rest of the sentence (，其中102个项目为按期开工).
 */
static bool
done_already(const Cand *c)
{
	int			k = c->k < c->s ? c->k : c->s;

	if (k - 1 >= c->floor && c->w[k - 1] == CH_DE)
		k--;					/* 含已提前实施的936公里 (b298): the verb's 的 */
	for (int q = k - 1; q >= c->floor && q >= k - 5; q--)
	{
		if (!is_cjk(c->w[q]) || is_cjk_numeral(c->w[q]) || c->w[q] == CH_DE)
			return false;
		if (c->w[q] == 0x5DF2)	/* 已 */
			return q < k - 1;
	}
	return false;
}

/*
 * 完成率93.8%, 项目平均进度97.0% (b361): a rate of completion or progress (完成率, 执行率,
 * 进度; 为, 达 or 是 between) measures how far a plan has come, never a target itself
 */
static bool
progress_measure(const Cand *c)
{
	const uint32_t *w = c->w;
	int			b = c->k < c->s ? c->k : c->s;

	if (b - 1 >= c->floor && (w[b - 1] == 0x4E3A || w[b - 1] == 0x8FBE || w[b - 1] == 0x662F))
		b--;					/* 为 达 是 */
	if (b - 2 >= c->floor && w[b - 2] == 0x8FDB && w[b - 1] == 0x5EA6)
		return true;			/* 进度 */
	return b - 3 >= c->floor && w[b - 1] == 0x7387 &&	/* 率 */
		((w[b - 3] == 0x5B8C && w[b - 2] == 0x6210) ||	/* 完成 */
		 (w[b - 3] == 0x6267 && w[b - 2] == 0x884C));	/* 执行 */
}

/*
 * 增速比上年目标提高0.5个百分点, 较去年预期目标下调1个百分点: a change measured against a
 * target compares the plan with the last one; it is no target itself; nor is a result over or
 * short of it (超计划目标6.7个百分点, 差计划目标3.1个百分点).
 */
static bool
against_target(const Cand *c)
{
	const uint32_t *w = c->w;
	int			b = c->k;

	/* 增速目标，分别上调0.5个百分点, 增长目标则下调1个百分点: a target adjusted */
	if (c->k + 1 < c->s &&
		((w[c->k + 1] == 0x8C03 && (w[c->k] == 0x4E0A || w[c->k] == 0x4E0B)) ||	/* 上调 下调 */
		 (w[c->k] == 0x8C03 && (w[c->k + 1] == 0x9AD8 || w[c->k + 1] == 0x4F4E))))	/* 调高 调低 */
		for (int q = c->k - 2; q >= 0 && q >= c->k - 12; q--)
		{
			if (ends_sentence(w[q]))
				break;
			if (w[q] == 0x76EE && w[q + 1] == 0x6807)	/* 目标 */
				return true;
		}
	while (b > c->floor && is_space(c->w[b - 1]))
		b--;
	if (!(b - 2 >= c->floor && c->w[b - 2] == 0x76EE && c->w[b - 1] == 0x6807))	/* 目标 */
		return false;
	for (int q = b - 3; q >= c->floor && q >= b - 9; q--)
	{
		if (ends_clause(c->w[q]) || ends_sentence(c->w[q]))
			return false;
		if (c->w[q] == 0x6BD4 || c->w[q] == 0x8F83 ||	/* 比 较 */
			(c->w[q] == 0x8D85 && c->w[q + 1] != 0x8FC7 && c->w[q + 1] != 0x51FA) ||	/* 超, not 超过 超出 */
			c->w[q] == 0x5DEE)	/* 差 (超计划目标6.7个百分点, 差计划目标3.1个百分点: b218) */
			return true;
	}
	return false;
}

/* 约束性指标共9个, 12项指标: in a plan, a count of the plan's own indicators reports */
static bool
counts_indicators(const Cand *c)
{
	static const uint32_t zhibiao[2] = {0x6307, 0x6807};	/* 指标 */
	int			b = c->k;

	while (b > c->floor && (c->w[b - 1] == 0x5171 || c->w[b - 1] == 0x6709 ||
							c->w[b - 1] == 0x4E3A))
		b--;					/* 共 有 为 */
	if (b - 2 >= c->floor && c->w[b - 2] == zhibiao[0] && c->w[b - 1] == zhibiao[1] &&
		!c->has_verb)
		return true;			/* (娱乐业指标增长12%: the indicator's change, a target) */
	return c->j + 1 < c->wn && c->w[c->j] == zhibiao[0] && c->w[c->j + 1] == zhibiao[1];
}

/*
 * 总投资超过100亿元的项目5个, 增长超过10%的行业有15个, 8个…增长超过20%的城市: a figure after a
 * comparison qualifier (超过, 不低于, 不到 …) that qualifies a noun through 的, whose members the
 * clause counts (after it, or before it), bounds a class: it measures nothing (as 50亿元以上的
 * 项目 does); so does one right before a class noun (超5亿元企业12户: class_noun_at).  Not
 * before a numeral (超过1800亿元的181个重大项目: their total), a verb or a change noun
 * (超过5%的增长), or 水平.
 */
/* 企业 项目 城市 工程 公司 产业 行业 园区 乡镇 集团 at j: a noun a size bound classes (超5亿元企业) */
static bool
class_noun_at(const uint32_t *w, int wn, int j)
{
	static const uint32_t nouns[][2] = {
		{0x4F01, 0x4E1A}, {0x9879, 0x76EE}, {0x57CE, 0x5E02}, {0x5DE5, 0x7A0B}, {0x516C, 0x53F8},
		{0x4EA7, 0x4E1A}, {0x884C, 0x4E1A}, {0x56ED, 0x533A}, {0x4E61, 0x9547}, {0x96C6, 0x56E2},
	};

	if (j + 1 >= wn)
		return false;
	for (int k = 0; k < N_OF(nouns); k++)
		if (w[j] == nouns[k][0] && w[j + 1] == nouns[k][1])
			return true;
	return false;
}

/* at from, a class noun phrase (a class noun first and last, at most six ideographs: 产业项目)
 * right before a digit that counts its members */
static bool
class_counted_at(const uint32_t *w, int wn, int from)
{
	int			k = from;

	while (k < wn && k - from <= 6 && is_cjk(w[k]) && !is_numeral_char(w[k]) &&
		   w[k] != CH_DE && !ends_clause(w[k]))
		k++;
	return k > from + 1 && k < wn && is_digit(w[k]) && class_noun_at(w, wn, k - 2) &&
		class_noun_at(w, wn, from);
}

/*
 * 全年新落户50亿元产业项目3个以上, 10—50亿元产业项目6个以上 (b326): an amount with no
 * qualifier right before a class noun phrase (at most six ideographs ending in 项目, 企业 …)
 * whose members are then counted names a size class, as 50亿元以上项目 does: no figure.
 */
static bool
sized_class_counted(const Cand *c)
{
	if (c->pq_len > 0 || !c->unit || !ind_unit_is_currency(c->unit))
		return false;
	return class_counted_at(c->w, c->wn, c->stop > c->j ? c->stop : c->j);
}

static bool
prefix_bound(const Cand *c)
{
	const uint32_t *w = c->w;
	int			j = c->j,
				id;
	QualClass	qc;

	if (c->pq_len == 0 || c->stop > c->j)
		return false;
	qc = (QualClass) ind_qual(c->pq_id)->cls;
	if (qc != QC_GT && qc != QC_GE && qc != QC_LT && qc != QC_LE)
		return false;
	/* 超5億元企業12戶 (b115): a class noun right after the figure, as after 的 */
	if (class_noun_at(w, c->wn, j) && c->unit && !classifier_unit(c->unit))
		j--;
	else if (j + 1 >= c->wn || w[j] != CH_DE || !is_cjk(w[j + 1]) || is_numeral_char(w[j + 1]) ||
		ind_verb_match_len(w + j + 1, c->wn - j - 1, &id) > 0 ||
		(j + 2 < c->wn && w[j + 1] == 0x6C34 && w[j + 2] == 0x5E73))
		return false;
	/* the class's members are then counted or summed in the clause (…的项目5个); without
	 * that the figure is the set's own (总投资超过1800亿元的重大项目开工, 低于5%的控制目标) */
	for (int k = j + 2; k < c->wn && !ends_clause(w[k]) && !ends_sentence(w[k]); k++)
		if (is_digit(w[k]))
			return true;
	/* …or counted before it (包括8个财政收入同比增长超过20%的城市) */
	for (int k = c->k - 1; k > 0 && !ends_clause(w[k]) && !ends_sentence(w[k]); k--)
		if (is_digit(w[k - 1]) &&
			(w[k] == 0x4E2A || w[k] == 0x5BB6 || w[k] == 0x6237 || w[k] == 0x9879))	/* 个 家 户 项 */
			return true;
	return false;
}

/*
 * 以50至99.9平方米的住宅單位買賣較多，有2,635個; 100萬以上至200萬元的住宅單位有1,609個 (b265,
 * b291): a range, 的 and a noun, then a count of the class in the clause: the range bounds a
 * class, as a prefixed bound does (prefix_bound).  The range's end in the window, 0 when not one.
 */
static int
range_bound(const Cand *c)
{
	const uint32_t *w = c->w;
	int			j,
				id;

	if (c->j + 1 >= c->wn || !is_range_sep(w[c->j]))
		return 0;				/* (most figures are no range: the cheap test first) */
	j = continuation(w, c->wn, c->j, false);
	if (j > c->j && (class_counted_at(w, c->wn, j) || class_noun_at(w, c->wn, j)))
		return j;				/* 10—50亿元产业项目6个以上, 10至500万元项目累计投资0.54亿元:
								 * a range right before a class noun, no 的 (b326, b346) */
	if (j > c->j && j < c->wn && w[j] == 0x8005)
		return j;				/* 以25歲至44歲者占57.6%: those in the range (者, b323) */
	if (j <= c->j || j + 1 >= c->wn || w[j] != CH_DE || !is_cjk(w[j + 1]) ||
		is_numeral_char(w[j + 1]) || ind_verb_match_len(w + j + 1, c->wn - j - 1, &id) > 0)
		return 0;
	for (int k = j + 2; k < c->wn && !ends_clause(w[k]) && !ends_sentence(w[k]); k++)
		if (is_digit(w[k]))
			return j;
	/* (以50至99.9平方米的住宅單位買賣較多，有2,635個: the count in the next clause after 有) */
	for (int k = j + 2; k + 2 < c->wn && !ends_sentence(w[k]); k++)
		if (ends_clause(w[k]) && w[k + 1] == 0x6709 && is_digit(w[k + 2]))	/* ，有 */
			return j;
	return 0;
}

/*
 * 提出了56项具体任务, 出台10条措施, 实施5大行动 (b264): a count of a plan's own items (tasks,
 * measures, actions, policies), no verb or qualifier before it, counts the document's parts, no
 * statistic (labellers: 22 traps, 2 figures; 工程 and 实事 are split, not taken)
 */
static bool
counts_plan_items(const Cand *c)
{
	static const uint32_t items[][2] = {
		{0x4EFB, 0x52A1}, {0x63AA, 0x65BD}, {0x4E3E, 0x63AA}, {0x884C, 0x52A8}, {0x653F, 0x7B56},
	};							/* 任务 措施 举措 行动 政策 */
	static const uint32_t kinds[][2] = {
		{0x5177, 0x4F53}, {0x4E3B, 0x8981}, {0x91CD, 0x70B9}, {0x91CD, 0x5927}, {0x4E13, 0x9879},
	};							/* 具体 主要 重点 重大 专项 */
	int			j = c->j;
	bool		item = false;

	for (int i = 0; i < N_OF(kinds) && j + 1 < c->wn; i++)
		if (c->w[j] == kinds[i][0] && c->w[j + 1] == kinds[i][1])
		{
			j += 2;
			break;
		}
	for (int i = 0; i < N_OF(items) && j + 1 < c->wn && !item; i++)
		item = c->w[j] == items[i][0] && c->w[j + 1] == items[i][1];
	return item && c->k == c->s && c->pq_len == 0 && c->unit && classifier_unit(c->unit);
}

/* ideographs only, none a numeral nor 的, from a to b: a holder's name */
static bool
names_holder(const Extractor *ex, int a, int b)
{
	for (int q = a; q < b; q++)
		if (ex->cp[q] < 0x4E00 || ex->cp[q] >= 0xA000 || ex->cp[q] == CH_DE ||
			is_cjk_numeral(ex->cp[q]))
			return false;
	return true;
}

/*
 * 高于全国(5.0%)0.8个百分点, 分别快于规模以上工业5.4、2.3个百分点: percentage points
 * after a comparison with another figure's holder (高于, 快于, 低于, 慢于, 领先, 落后 and a
 * noun; 比 or 较, a noun and 高 低 快 慢 多 少) are the difference: a change up or down.  +1
 * up, -1 down, 0 none.
 */
static int
comparison_before(const Extractor *ex, int start)
{
	int			from = start - 24;

	if (from < ex->clause_start)
		from = ex->clause_start;
	/* 比棗莊市常住人口城鎮化率高3個百分點: 比/较, a holder, a comparative right before the number */
	if (start - 1 > from)
	{
		uint32_t	v = ex->cp[start - 1];
		int			dir = (v == 0x9AD8 || v == 0x5FEB || v == 0x591A) ? 1 :	/* 高 快 多 */
			(v == 0x4F4E || v == 0x6162 || v == 0x5C11) ? -1 : 0;	/* 低 慢 少 */

		for (int q = start - 4; dir != 0 && q >= from; q--)
			if ((ex->cp[q] == 0x6BD4 || ex->cp[q] == 0x8F83) && names_holder(ex, q + 1, start - 1))
				return dir;		/* 比 较 */
	}
	for (int k = start - 2; k >= from; k--)
	{
		uint32_t	a = ex->cp[k],
					b = ex->cp[k + 1];

		if (b == 0x4E8E || b == 0x65BC)		/* 于 於 */
		{
			if (a == 0x9AD8 || a == 0x5FEB)	/* 高 快 */
				return 1;
			if (a == 0x4F4E || a == 0x6162)	/* 低 慢 */
				return -1;
		}
		if (a == 0x9886 && b == 0x5148)		/* 领先 */
			return 1;
		if (a == 0x843D && b == 0x540E)		/* 落后 */
			return -1;
		if (a == 0x8D85 && start - k - 1 >= 2 && start - k - 1 <= 10 && names_holder(ex, k + 1, start))
			return 1;			/* 超时序进度3.5个百分点: 超 and a holder right before the number */
		if (a == 0x5DEE && start - k - 1 >= 2 && start - k - 1 <= 10 && names_holder(ex, k + 1, start))
			return -1;			/* 差计划目标3.1个百分点 (short of: b218), as the type reads it */
	}
	return 0;
}

/*
 * Words read before a change that belong to another holder, not to the row (its figure is read
 * again without them):
 * - 增速低于全州增速0.3个百分点: a rate noun right before percentage points after a comparison
 *   with another holder is that holder's rate, not a change of its own;
 * - 高於同期1.8%的年率化通脹率: a figure after a comparison with an unnamed holder (the type
 *   reads 高于同期1.8% as the difference, 高出1.8%) that qualifies a noun through 的 is the
 *   holder's own figure.
 */
static bool
other_holders_words(const Extractor *ex, const Cand *c, const ExtractRow *row)
{
	int			id;

	if (row->kind != EK_CHANGE || row->figure.basis != 0)
		return false;
	if (row->figure.unit == pp_unit() && c->pq_len == 0 && c->k < c->s &&
		change_noun_match(c->w + c->k, c->s - c->k, &id) == c->s - c->k &&
		comparison_before(ex, c->base + c->k) != 0)
		return true;
	return c->s - c->k >= 4 && (row->figure.verb == VERB_GAOCHU || row->figure.verb == VERB_JIANGDI) &&
		c->j < c->wn && c->w[c->j] == CH_DE;
}

/*
 * 比2020年增加265.5千公顷(398.2万亩), 增加57.4公斤/公顷(3.8公斤/亩): a figure alone in brackets
 * right after a change, in another unit of its dimension, is that change restated.
 */
static bool
restates_change(const Extractor *ex, const Cand *c, const ExtractRow *row)
{
	const Indicator *x = &row->figure,
			   *l = &ex->last_change;

	return ex->last_verb != 0 && ind_unit(x->unit) && ind_unit(l->unit) && bracketed_alone(c) &&
		c->base + c->s - 1 == ex->last_stop &&
		(x->unit != l->unit || x->per_unit != l->per_unit) &&
		unit_dim(x->unit) == unit_dim(l->unit) &&
		(x->per_unit == 0) == (l->per_unit == 0) &&
		(x->per_unit == 0 || unit_dim(x->per_unit) == unit_dim(l->per_unit)) &&
		!ind_unit_is_rate(x->unit);
}

/*
 * 出口貨值錄得升幅,尤其是馬來西亞(139.4%)、越南(56%): a change noun with no figure of its
 * own ending a clause, then names with rates in brackets: each rate is that change.  The
 * noun's id, 0 when none (a digit between, or no such noun within 40 characters).
 */
static int
figureless_change_before(const Cand *c, int b)
{
	int			id,
				len;

	for (int q = b - 1; q > c->floor && q > b - 40; q--)
	{
		uint32_t	ch = c->w[q];

		if (is_digit(ch) || ends_sentence(ch))
			return 0;
		if ((ch == ',' || ch == 0xFF0C) &&	/* (after a colon: ext_colon_list) */
			(len = word_before(c->w, q, c->floor, 3, change_noun_match, &id)) > 0)
			return names_level_rate(c->w, q - len, c->floor) ? 0 : id;
	}
	return 0;
}

/*
 * 輸往印度(-19.8%)、中國臺灣(-16.1%)及美國(-5.7%)的整體出口貨量錄得跌幅。, 來自內地(5.7%)、美國
 * (2.9%)的進口價格上升。: names with rates in brackets, then the change they are, with no figure
 * of its own, ending the clause, after a list mark or 的.  The change's verb or noun, 0 when
 * none (a digit outside a bracket first, nothing within 80 characters, a clause opening with
 * 但, 而, 然而, 不过 first, or the verb right after the bracket: 出口(5.6%)增长 stays a level).
 */
static int
figureless_change_after(const Extractor *ex, const Cand *c)
{
	int			depth = 0,
				id,
				len;
	bool		joined = false;	/* a list mark or 的 between: 出口(5.6%)增长 stays a level */

	for (int q = c->base + c->j; q < ex->n && q < c->base + c->j + 80; q++)
	{
		uint32_t	ch = ex->cp[q];

		if (depth == 0 && (is_list_sep(ch) || ch == CH_DE))
			joined = true;
		if (ch == '(' || ch == 0xFF08)
			depth++;
		else if (ch == ')' || ch == 0xFF09)
			depth -= depth > 0;	/* (the figure's own bracket closes first) */
		else if (depth == 0 && (is_digit(ch) || ends_sentence(ch)))
			return 0;
		else if (depth == 0 && ends_clause(ch) && q + 1 < ex->n &&
				 (ex->cp[q + 1] == 0x4F46 || ex->cp[q + 1] == 0x800C ||	/* 但 而 */
				  (ex->cp[q + 1] == 0x7136 && q + 2 < ex->n && ex->cp[q + 2] == 0x800C) ||	/* 然而 */
				  (ex->cp[q + 1] == 0x4E0D && q + 2 < ex->n && ex->cp[q + 2] == 0x8FC7)))	/* 不过 */
			return 0;			/* …馬來西亞(13.5%),但陸生近年則明顯減少: another subject's change */
		else if (depth == 0 && ch >= 0x4E00 &&
				 (len = ind_verb_match_len(ex->cp + q, ex->n - q, &id)) >= 2 &&
				 (ind_verb(id)->cls == CD_UP || ind_verb(id)->cls == CD_DOWN) &&
				 (q + len >= ex->n || ends_sentence(ex->cp[q + len]) || ends_clause(ex->cp[q + len])))
			return joined ? id : 0;
	}
	return 0;
}

/*
 * 增幅较1-2月(-0.6%)提高18.0个百分点, 增长11.6%,较上年同期(3.2%)大幅增长: a rate in
 * brackets right after a basis is the compared period's rate of the change named before
 * the basis: a change noun right before it, or the change just read with only a comma
 * between (失业率较上年同期(5.2%) stays a level).  The change's verb or noun, 0 when none.
 */
static int
rate_of_basis(const Extractor *ex, const Cand *c, int b)
{
	int			id,
				blen = word_before(c->w, b, c->floor, BASIS_MAX, ind_basis_match_len, &id),
				at = b - blen,
				nlen;

	if (blen == 0)
		return 0;
	nlen = word_before(c->w, at, c->floor, 3, change_noun_match, &id);
	if (nlen > 0 && !names_level_rate(c->w, at - nlen, c->floor))
		return id;
	if (at - 1 >= 0 && (c->w[at - 1] == ',' || c->w[at - 1] == 0xFF0C) &&
		c->base + at - 1 == ex->last_stop && ex->last_verb != 0 &&
		!comparative_verb(ex->last_verb) && ind_verb(ex->last_verb)->pos != 2)
		return ex->last_verb;
	return 0;
}

/*
 * 增長(5.6%), 較11月的升幅(2.6%)為小: a change verb or noun, then a rate in brackets right
 * after it: the rate is that change; so is a rate in brackets right after a change
 * (增加1.2千人(15.0%)).  The verb's id, 0 when none (a comparative needs a basis).
 */
static int
verb_before_bracket(const Extractor *ex, const Cand *c, bool *bracketed)
{
	int			id,
				b = c->k;		/* the sign, if any, is in the span: (-0.5%) */

	*bracketed = false;
	if (b != c->s && !(b == c->s - 1 && (c->w[b] == '-' || c->w[b] == '+')))
		return 0;
	if (b < 2 || (c->w[b - 1] != '(' && c->w[b - 1] != 0xFF08))
		return 0;
	*bracketed = true;
	b--;
	/* 升幅最大（12.1%）: a superlative between the rate noun and its bracket */
	if (b - 2 >= c->floor && (c->w[b - 2] == 0x6700) &&
		(c->w[b - 1] == 0x5927 || c->w[b - 1] == 0x9AD8 || c->w[b - 1] == 0x5C0F ||
		 c->w[b - 1] == 0x4F4E))	/* 最 大 高 小 低 */
		b -= 2;
	/* 較107年底增加1.2千人(15.0%): right after a change, the bracket gives its rate */
	if (c->base + b == ex->last_stop && ex->last_verb != 0 && !comparative_verb(ex->last_verb) &&
		ind_verb(ex->last_verb)->pos != 2)
		return ex->last_verb;
	if ((id = rate_of_basis(ex, c, b)) != 0)
		return id;
	if (word_before(c->w, b, c->floor, 4, ind_verb_match_len, &id) == 0)
	{
		id = figureless_change_before(c, b);
		return id ? id : figureless_change_after(ex, c);
	}
	return comparative_verb(id) ? 0 : id;
}

/*
 * A rate in brackets read as the change its verb or noun names, carried to the row: a signed
 * rate takes the rising form of a noun (跌幅（-0.5%） reads as 涨幅-0.5%, the type's 跌幅0.5%);
 * a signed rate after a verb is left as it is.
 */
static void
carry_bracket_verb(Extractor *ex, ExtractRow *row, const Cand *c, int verb)
{
	bool		signed_rate = c->k == c->s - 1;

	if (signed_rate)
	{
		bool		minus = c->w[c->k] == '-';

		/* 減少1萬1,049人(-13.0%): a sign that agrees with the verb before is that change's
		 * rate, read as 增幅-13.0%; one that disagrees is left as written */
		if (ind_verb(verb)->pos != 1)
		{
			if (minus == (ind_verb(verb)->cls == CD_DOWN))
				ext_carry_verb(ex, row, VERB_ZENGFU, 0);
			return;
		}
		if (ind_verb(verb)->cls == CD_DOWN)
			verb = ind_verb_opposite(verb);
	}
	ext_carry_verb(ex, row, verb, 0);
}

/*
 * 就業人數增加的行業主要有建築地盤(18.1%或15 700人), 減少主要見於餐飲服務業(-2 050個或-15%)
 * (Hong Kong's releases): a bracket pairing two figures with 或 gives a change in percent and
 * in number.  Where it opens, its start; else -1.
 */
static int
or_pair_bracket(const Extractor *ex, int start, int stop)
{
	int			open = -1,
				k;
	bool		or = false;

	for (k = start - 1; k >= 0 && start - k <= 20; k--)
	{
		uint32_t	c = ex->cp[k];

		if (c == '(' || c == 0xFF08)
		{
			open = k;
			break;
		}
		if (c == ')' || c == 0xFF09 || ends_sentence(c) || ends_clause(c))
			return -1;
		or = or || c == 0x6216;
	}
	for (k = stop; open >= 0 && k < ex->n && k - stop <= 20; k++)
	{
		uint32_t	c = ex->cp[k];

		if (c == ')' || c == 0xFF09)
			return or ? open : -1;
		if (c == '(' || c == 0xFF08 || ends_sentence(c) || ends_clause(c))
			return -1;
		or = or || c == 0x6216;
	}
	return -1;
}

/* the change word (two characters or more, up or down) of the clause before at, 0 none */
static int
clause_change_before(const Extractor *ex, int at)
{
	for (int k = at - 2; k >= 0 && at - k <= 160; k--)
	{
		int			id,
					len;

		if (ends_clause(ex->cp[k]) || ends_sentence(ex->cp[k]))
			return 0;
		len = ind_verb_match_len(ex->cp + k, ex->n - k, &id);
		if (len >= 2 && k + len <= at && ind_verb(id)->pos != 2 && !comparative_verb(id) &&
			(ind_verb(id)->cls == CD_UP || ind_verb(id)->cls == CD_DOWN))
			return id;
	}
	return 0;
}

/*
 * A level that is the change of a pair: in an 或 bracket (or_pair_bracket) after a change
 * word of its clause, that change (a signed figure keeps its sign: 增幅-15%); and 較107年的
 * 39萬1565元增加7631元,約達1.95%: a rate right after a change's comma, with 约/即/或 and
 * nothing else between, is that change's rate.
 */
static void
carry_change_of_pair(Extractor *ex, ExtractRow *row)
{
	uint32_t	before = row->start > 0 ? ex->cp[row->start - 1] : 0,
				first = ex->cp[row->start];
	int			open = before == '(' || before == 0xFF08 || before == 0x6216 ?	/* ( （ 或 */
		or_pair_bracket(ex, row->start, row->stop) : -1,
				verb;

	if (open >= 0 && (verb = clause_change_before(ex, open)) != 0)
	{
		ext_carry_verb(ex, row, first == '-' || first == 0x2212 ? VERB_ZENGFU : verb, 0);
		return;
	}
	if (ex->last_verb && ind_unit_is_rate(row->figure.unit) && row->start - ex->last_stop <= 2 &&
		row->start > ex->last_stop && (ex->cp[ex->last_stop] == 0xFF0C || ex->cp[ex->last_stop] == ',') &&
		(row->start == ex->last_stop + 1 ?
		 first == 0x7EA6 && (is_digit(ex->cp[row->start + 1]) || ex->cp[row->start + 1] == W_DA_CH) :	/* ,約達1.95%, not ,约占 */
		 ex->cp[row->start - 1] == 0x5373 || ex->cp[row->start - 1] == 0x6216) &&	/* ,即 ,或 */
		ind_verb(ex->last_verb)->pos == 0 && !comparative_verb(ex->last_verb))
		ext_carry_verb(ex, row, ex->last_verb, 0);
}

/*
 * 降幅较上月收窄1.2个百分点，较二季度收窄1.6个百分点: a clause of a basis and 收窄/扩大/缩小
 * right after a change of a falling rate (降幅收窄, 跌幅扩大 …) across a comma goes on with that
 * rate: the decline narrowed again (+1.6), not the quantity.  Read again with the noun.
 */
static void
carry_falling_rate(Extractor *ex, ExtractRow *row)
{
	const char *verb = ind_verb(row->figure.verb) ? ind_verb(row->figure.verb)->word : "";
	const char *last = ind_verb(ex->last_verb) ? ind_verb(ex->last_verb)->word : "";
	int			noun;

	if (strcmp(verb, "收窄") != 0 && strcmp(verb, "扩大") != 0 && strcmp(verb, "缩小") != 0)
		return;
	if (strncmp(last, "降幅", strlen("降幅")) == 0)
		noun = VERB_JIANGFU;
	else if (strncmp(last, "跌幅", strlen("跌幅")) == 0)
		noun = VERB_DIEFU;
	else
		return;
	if (row->start - ex->last_stop != 1 ||
		(ex->cp[ex->last_stop] != 0xFF0C && ex->cp[ex->last_stop] != ','))
		return;
	ext_carry_verb(ex, row, noun, 0);	/* 降幅较二季度收窄1.6个百分点 */
}

/*
 * 增长11.0%(全国10.7%、全省10.1%), 下降8%(全国-13.2%,全省-10.8%): the rates named in a
 * bracket right after a change compare others' change with it: each is that change (a signed
 * rate keeps its sign, read as 增幅).
 */
static void
carry_compared_in_bracket(Extractor *ex, ExtractRow *row)
{
	uint32_t	first = ex->cp[row->start];

	if (ex->paren_from < 0 || row->start <= ex->paren_from || row->start - ex->paren_from > 40 ||
		ex->paren_verb == 0 || comparative_verb(ex->paren_verb) ||
		ind_verb(ex->paren_verb)->pos == 2)
		return;
	for (int k = ex->paren_from + 1; k < row->start; k++)
		if (ex->cp[k] == ')' || ex->cp[k] == 0xFF09 || ends_sentence(ex->cp[k]))
			return;
	/* 增加24億元(占比0.06%) (b470): the change's share of the whole, a level */
	if (row->start - 2 > ex->paren_from &&
		((ex->cp[row->start - 2] == CH_ZHAN && ex->cp[row->start - 1] == 0x6BD4) ||	/* 占比 */
		 (ex->cp[row->start - 2] == 0x6BD4 && ex->cp[row->start - 1] == 0x91CD)))	/* 比重 */
		return;
	ext_carry_verb(ex, row, first == '-' || first == 0x2212 ? VERB_ZENGFU : ex->paren_verb, 0);
}

/*
 * 居民消费价格指数控制在3.5%以内, 物价总水平控制在3%左右, CPI控制在3%: a cap on a price
 * index in percent caps its rise (as 涨幅控制在3%左右 says in words).  start: where the row
 * starts, at the number or its qualifier.
 */
static bool
caps_price_index(const Extractor *ex, int start)
{
	static const uint32_t kongzhizai[] = {0x63A7, 0x5236, 0x5728};	/* 控制在 */
	const uint32_t *cp = ex->cp;
	int			k = start - 3;

	if (k < 2 || memcmp(cp + k, kongzhizai, sizeof(kongzhizai)) != 0)
		return false;
	if (cp[k - 1] == 'I' && cp[k - 2] == 'P' && k >= 3 && cp[k - 3] == 'C')
		return true;			/* CPI */
	if (cp[k - 2] == 0x6307 && cp[k - 1] == 0x6570)	/* 指数 */
		k -= 2;
	else if (k >= 3 && cp[k - 3] == 0x603B && cp[k - 2] == 0x6C34 && cp[k - 1] == 0x5E73)
		k -= 3;					/* 总水平 */
	return k >= 2 && ((cp[k - 2] == 0x4EF7 && cp[k - 1] == 0x683C) ||	/* 价格 */
					  (cp[k - 2] == 0x7269 && cp[k - 1] == 0x4EF7));	/* 物价 */
}

/*
 * 預期接單增加者占14.4%、持平者57.6%: a rate right after 者 (those who …), or after 者 and
 * 占, 为 or 是, is the share of a group of people or firms, a survey's answer: no target (b412)
 */
static bool
measures_group(const Cand *c)
{
	int			b = c->k < c->s ? c->k : c->s;

	if (!ind_unit_is_rate(c->unit))
		return false;			/* (接待入境旅游者340万人次: a count of the people) */
	while (b > 0 && is_space(c->w[b - 1]))
		b--;
	if (b > 0 && (c->w[b - 1] == 0x5360 || c->w[b - 1] == 0x4E3A || c->w[b - 1] == 0x662F))
		b--;					/* 占 为 是 */
	return b > 0 && c->w[b - 1] == 0x8005;	/* 者 */
}

/* before 最高 or 最低 at k: a copula (为 是), or 以 earlier in the clause (以X最高: X ranks first) */
static bool
names_extreme(const uint32_t *w, int k)
{
	if (k > 0 && (w[k - 1] == 0x4E3A || w[k - 1] == 0x662F))	/* 为 是 */
		return true;
	for (int b = k - 1; b >= 0 && k - b <= 8; b--)
	{
		if (ends_clause(w[b]) || ends_sentence(w[b]))
			break;
		if (w[b] == 0x4EE5)		/* 以 */
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
				ok,
				trapped,
				done;
	int			verb,
				qual,
				end;

	if (!read_numeral(ex, p, &c, next) || trapped_around(ex, &c) || !widen_forward(&c))
		return false;
	c.has_verb = false;
	trapped = trapped_whole(ex, &c);
	/* only a Chinese-written count may be saved by a verb before it (增加一百元) */
	if (trapped && (c.has_digit || c.pct_word || !c.unit))
		return false;
	widen_backward(ex, &c);
	if (trapped && trapped_whole(ex, &c))
		return false;
	suffix_noun(&c);
	if (prefix_bound(&c) || counts_plan_items(&c) || sized_class_counted(&c))
		return false;
	if ((end = range_bound(&c)) > 0)
	{
		*next = c.base + end;	/* past its second end */
		return false;
	}

	memset(row, 0, sizeof(*row));
	if (against_target(&c))
		ex->clause_against_target = true;	/* the rest of the clause compares plans too */
	done = done_already(&c);
	if (done && !in_bracket(&c))
		ex->sent_plan = false;	/* the rest of the sentence reports progress too (not after
								 * a bracket's note: 新改建1357公里(含已提前实施的936公里)) */
	plan = (ext_plans(ex, c.base + c.s) && !done && !counts_indicators(&c) && !counts_members(&c) &&
			!ex->clause_against_target && !base_year_value(&c) && !budget_arrangement(ex, &c)) ||
		(c.has_verb && names_target(&c)) || target_follows(&c) || prefix_plan_word(&c) ||
		target_set_at(ex, &c);
	if (plan && (progress_measure(&c) || measures_group(&c)))
		plan = false;
	/* 最高, 最低 after a noun cap or floor it (报销限额最高10万元, 分攤比例最高達60%); after a
	 * copula, or ranking after 以, they name the extreme reached (於111年6月為最低397萬2,271人,
	 * 以連江縣最高達3.46人): the figure is read from the number */
	if (c.pq_len >= 2 && c.k + 1 < c.s && c.w[c.k] == 0x6700 &&
		(c.w[c.k + 1] == 0x9AD8 || c.w[c.k + 1] == 0x4F4E) &&	/* 最高 最低 at the start */
		ind_qual_match_len(c.w + c.k, c.s - c.k, QP_PREFIX, &qual) == c.pq_len &&
		names_extreme(c.w, c.k))
	{
		c.k += c.pq_len;
		c.pq_len = c.pq_id = 0;
	}
	if (c.k == c.s && comparative(ex, c.w, c.floor, c.s, c.j, row))
	{
		row->start = c.base + row->start;
		row->stop = c.base + c.j;
		ok = true;
	}
	else if (!c.unit && shares_unit(&c))
		ok = read_continued(&c, plan, row) || read_list_shared(&c, plan, row);
	else if (pp_shorthand(&c))
		ok = read_pp_shorthand(&c, plan, row);
	else
		ok = read_continued(&c, plan, row) || read_span(&c, plan, row);
	if (ok && other_holders_words(ex, &c, row))
	{
		c.k = c.s;				/* read without them */
		ok = read_span(&c, plan, row);
	}
	if (ok && row->kind != EK_TARGET && row->figure.verb == 0 && c.pq_len == 0 &&
		row->figure.unit == pp_unit())
	{
		int			dir = comparison_before(ex, c.base + c.k);

		if (dir != 0)
			ext_carry_verb(ex, row, dir > 0 ? VERB_GAOCHU : VERB_JIANGDI, 0);
	}
	if (ok && row->kind != EK_TARGET && row->figure.verb == 0 &&
		ind_unit_is_rate(row->figure.unit))
	{
		bool		bracketed;

		/* 增長(5.6%); 升幅最大（12.1%），其次為煙酒（8.2%）: the sentence's later bracketed
		 * rates are the same change */
		verb = verb_before_bracket(ex, &c, &bracketed);
		if (verb)
			ex->bracket_verb = verb;
		else if (bracketed)
			verb = ex->bracket_verb;
		if (verb)
			carry_bracket_verb(ex, row, &c, verb);
	}
	if (ok && row->kind == EK_LEVEL && row->figure.verb == 0)
		carry_change_of_pair(ex, row);
	if (ok && row->kind == EK_LEVEL && row->figure.verb == 0 && restates_change(ex, &c, row))
		ext_carry_verb(ex, row, ex->last_verb, ex->last_change.basis);
	/* 增长58.3%(目标10.5%): the target beside a result is of the result's change */
	if (ok && row->kind == EK_TARGET && row->target.main.verb == 0 &&
		ind_unit_is_rate(row->target.main.unit) && bracketed_target(&c) && ex->last_verb != 0 &&
		c.base + (c.k < c.s ? c.k : c.s) - 3 == ex->last_stop &&
		ind_verb(ex->last_verb)->pos == 0 && !comparative_verb(ex->last_verb))
		ext_carry_verb(ex, row, ex->last_verb, 0);
	if (ok && row->kind == EK_CHANGE && row->figure.basis != 0 && ex->last_verb != 0)
		carry_falling_rate(ex, row);
	if (ok && ex->paren_from >= 0 && row->start > ex->paren_from && row->kind == EK_LEVEL &&
		row->figure.verb == 0 && ind_unit_is_rate(row->figure.unit))
		carry_compared_in_bracket(ex, row);
	if (ok && row->kind == EK_CHANGE && row->stop < ex->n &&
		(ex->cp[row->stop] == '(' || ex->cp[row->stop] == 0xFF08))
	{
		ex->paren_from = row->stop;
		ex->paren_verb = row->figure.verb;
	}
	if (ok && (row->kind == EK_TARGET ? row->target.main.verb == 0 && row->target.main.unit == pct_unit() :
			   row->figure.verb == 0 && row->figure.unit == pct_unit()) &&
		caps_price_index(ex, row->start))
		ext_carry_verb(ex, row, VERB_ZHANGFU, 0);
	if (ok)
		*next = row->stop;
	return ok;
}

/*
 * 与上年持平, 同比持平, 基本持平, 价格持平: a change of exactly 0 (基本持平: about 0), a row
 * without a numeral.  p is at 持.  Not in 保持平稳, 支持平台: 持平 stands alone, after its
 * basis, 基本 or a noun, before punctuation or a particle.
 */
bool
ext_flat(Extractor *ex, int p, ExtractRow *row, int *next)
{
	Cand		c;
	char		text[4 * (WIN_BEFORE + WIN_AFTER) + 8];
	int			id,
				blen,
				len;
	uint32_t	after;
	IndError	err;

	*next = p + 2;
	c.base = p - WIN_BEFORE < 0 ? 0 : p - WIN_BEFORE;
	c.wn = 0;
	for (int q = c.base; q < ex->n && q < p + 3; q++)
		c.w[c.wn++] = ex->cp[q];
	c.s = p - c.base;
	c.floor = ex->last_stop - c.base < 0 ? 0 : ex->last_stop - c.base;
	after = c.s + 2 < c.wn ? c.w[c.s + 2] : 0;
	if (is_cjk(after) && after != CH_DE && after != CH_LE && !gap_before(ex, p + 2))
		return false;			/* 持平台, 持平稳 (a headline's 持平　結束…: a space ends the
								 * word; b462) */
	len = word_before(c.w, c.s + 2, c.floor, 4, ind_verb_match_len, &id);
	c.k = c.s + 2 - len;		/* 基本持平 as one word */
	blen = word_before(c.w, c.k, c.floor, BASIS_MAX, ind_basis_match_len, &id);
	if (blen == 0 && c.k - 3 >= c.floor && c.w[c.k - 3] == CH_YU2)
	{
		/* 与上年持平: 与 as 比 */
		c.w[c.k - 3] = 0x6BD4;
		blen = word_before(c.w, c.k, c.floor, BASIS_MAX, ind_basis_match_len, &id);
	}
	if (blen == 0 && len == 2 && c.k > 0 &&
		(c.w[c.k - 1] == 0x4FDD || c.w[c.k - 1] == 0x652F || c.w[c.k - 1] == 0x575A ||
		 c.w[c.k - 1] == 0x7EF4 || c.w[c.k - 1] == 0x6276 || c.w[c.k - 1] == 0x4E3B))
		return false;			/* 保持 支持 坚持 维持 扶持 主持 */
	c.k -= blen;
	if (c.k >= 3 && (c.w[c.k - 1] == CH_DUN || c.w[c.k - 1] == 0xFF0C || c.w[c.k - 1] == ',') &&
		(c.w[c.k - 2] == 0x4F4D || c.w[c.k - 2] == 0x540D) && ranked_before(c.w, c.k - 1, 0))
		return false;			/* 居全市第1位、与上季度持平: the rank held (right after it) */
	if (!ind_parse_fast(text, (size_t) encode(c.w, c.k, c.s + 2, text, sizeof(text)), &row->figure,
				   &err) || ind_change_dir(&row->figure) != CD_FLAT)
		return false;
	memset(&row->target, 0, sizeof(row->target));
	row->kind = EK_CHANGE;
	row->start = c.base + c.k;
	row->stop = p + 2;
	return true;
}
