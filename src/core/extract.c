/*
 * extract.c: the statistical expressions of a Chinese report, in one linear pass.
 *
 * The scan walks the code points once.  A candidate starts at a numeral and is widened
 * to a figure and read by the type (extract_widen.c).  Context is tracked as the scan
 * goes: paragraphs, headings and the title (extract_scope.c), sentences and clauses (here),
 * the period in force and plan sentences (extract_period.c).  The subject is the noun
 * phrase before the figure (extract_subject.c); a change with no subject of its own
 * measures the subject of the level before it; 分别 pairs the listed subjects with the
 * values that follow, in order.  extract_int.h has the map of the parts.
 */
#include "extract_int.h"

#include <string.h>

static const Word W_FENBIE = W2(0x5206, 0x522B);	/* 分别 */

/* ---- setup ---- */

int
ind_extract_count_chars(const char *doc, size_t len, IndError *err)
{
	const unsigned char *p = (const unsigned char *) doc;
	size_t		i = 0,
				cont = 0;		/* continuation bytes, 10xxxxxx */

	memset(err, 0, sizeof(*err));
	/* eight bytes at a time (the whole document comes here): a byte's bit 7 set and bit 6
	 * clear, summed by one multiplication */
	for (; i + 8 <= len; i += 8)
	{
		uint64_t	x;

		memcpy(&x, p + i, 8);
		x = (x & ~(x << 1) & UINT64_C(0x8080808080808080)) >> 7;
		cont += (x * UINT64_C(0x0101010101010101)) >> 56;
	}
	for (; i < len; i++)
		if ((p[i] & 0xC0) == 0x80)
			cont++;
	return (int) (len - cont);
}

/* the reading text, the document as written and the map between them: three arrays */
size_t
ind_extract_size(int n)
{
	size_t		m = (size_t) (n > 0 ? n : 1);

	return sizeof(Extractor) + sizeof(uint32_t) * 2 * m + sizeof(int32_t) * (m + 1);
}

bool
ind_extract_init(Extractor *ex, const char *doc, size_t len, int nchars, IndError *err)
{
	int			n;
	size_t		m = (size_t) (nchars > 0 ? nchars : 1);
	uint32_t   *orig;
	int32_t    *pos;

	memset(ex, 0, sizeof(Extractor));
	orig = ex->cp + m;
	pos = (int32_t *) (orig + m);
	n = ind_utf8_decode(doc, len, orig, nchars, err);
	if (n < 0)
		return false;
	ex->n_orig = n;
	ex->orig = orig;
	ex->pos = pos;
	/* the reading text: what the type would read (traditional script, full width, spaces
	 * between tokens), with pos mapping it back to the text as written */
	ex->n = ind_normalise(orig, n, ex->cp, pos, IND_NORM_TEXT);
	ex->at_para = ex->at_sentence = ex->at_clause = true;
	ex->opening = true;
	ex->last_stop = 0;
	ex->last_verb = 0;
	ex->list_next = -1;
	return true;
}

const uint32_t *
ind_extract_chars(const Extractor *ex)
{
	return ex->orig;
}

/* a subject in the document's own script when it was read in one piece */
static void
subject_as_written(const Extractor *ex, const Subject *subj, ExtractRow *row)
{
	int			from,
				to;

	row->subject_len = 0;
	if (subj->at < 0 || subj->len == 0)
	{
		memcpy(row->subject, subj->cp, sizeof(uint32_t) * subj->len);
		row->subject_len = subj->len;
		return;
	}
	from = ex->pos[subj->at];
	to = ex->pos[subj->at + subj->len - 1] + 1;
	for (int k = from; k < to && row->subject_len < IND_SUBJECT_MAX; k++)
		row->subject[row->subject_len++] = ex->orig[k];
}

/* the figure of a row: a target's main figure, else the figure */
static const Indicator *
row_value(const ExtractRow *row)
{
	return row->kind == EK_TARGET ? &row->target.main : &row->figure;
}

/*
 * The list separator (、和及与) after a list item ending at p, 0 for none.  A clause mark
 * written just before it (8%,、) is a stray of the page and is passed over.
 */
/*
 * Past the end of a list item at p: the 个 of 1.4个、6.6个百分点 (a row stops before 个 only
 * when it is 个百分点 cut short, extract_widen.c) and white space (8.8% 、 2.3%).
 */
static int
past_item(const Extractor *ex, int p)
{
	if (p < ex->n && ex->cp[p] == 0x4E2A)
		p++;
	while (p < ex->n && is_space(ex->cp[p]))
		p++;
	return p;
}

static uint32_t
list_sep_after(const Extractor *ex, int p)
{
	uint32_t	c;

	p = past_item(ex, p);
	if (p < ex->n && ends_clause(ex->cp[p]) && p + 1 < ex->n && ex->cp[p + 1] == CH_DUN)
		p++;
	c = p < ex->n ? ex->cp[p] : 0;
	return c == CH_DUN || c == CH_HE || c == CH_JI || c == CH_YU2 ? c : 0;
}

/* where the next item of a list starts, after the separator at or after p */
static int
list_next_item(const Extractor *ex, int p)
{
	p = past_item(ex, p);
	p = p < ex->n && ends_clause(ex->cp[p]) ? p + 2 : p + 1;
	while (p < ex->n && is_space(ex->cp[p]))
		p++;
	return p;
}

/*
 * Before the row: 或, a bare number (its 点/點 of index points allowed) and right before it a
 * change verb: the verb, carried onto the row (a rate restating the change; b243).
 */
static void
carry_over_or(Extractor *ex, ExtractRow *row)
{
	int			q = row->start - 1,
				a,
				id;

	if (q < 3 || ex->cp[q] != 0x6216 || !ind_unit_is_rate(row_value(row)->unit))	/* 或 */
		return;
	if (ex->cp[q - 1] == 0x70B9 || ex->cp[q - 1] == 0x9EDE)	/* 点 點 */
		q--;
	for (a = q; a > 0 && (is_digit(ex->cp[a - 1]) || ex->cp[a - 1] == '.'); a--)
		;
	if (a == q || !is_digit(ex->cp[a]) || a < ex->last_stop)
		return;
	for (int len = 2; len >= 1; len--)	/* the longer verb first: 下跌, not 跌 */
		if (a - len >= 0 && ind_verb_match_len(ex->cp + a - len, len, &id) == len &&
			(ind_verb(id)->cls == CD_UP || ind_verb(id)->cls == CD_DOWN) && ind_verb(id)->pos == 0)
		{
			ext_carry_verb(ex, row, id, 0);
			return;
		}
}

/*
 * 下降6.4%、3.8%和2.1%: the items of a list of changes after the first take its verb and
 * basis (分别 lists do this with their subjects, in finish_row).
 */
static void
list_item(Extractor *ex, ExtractRow *row)
{
	uint32_t	after = list_sep_after(ex, row->stop);
	const Indicator *x;

	if (ex->fb_active)
	{
		ex->list_next = -1;
		return;
	}
	x = row_value(row);
	if (x->verb == 0 && row->start == ex->list_next && ex->list_verb != 0)
		ext_carry_verb(ex, row, ex->list_verb, ex->list_basis);
	ex->list_verb = x->verb;
	ex->list_basis = x->basis;
	ex->list_next = x->verb != 0 && after != 0 ? list_next_item(ex, row->stop) : -1;
	/* 按月下跌2.7或0.7%, 累跌12.6點或3.2%: a rate after 或 restating a change whose number has
	 * no unit (index points: no row) takes that change's verb (b243) */
	if (x->verb == 0 && row->start != ex->list_next)
		carry_over_or(ex, row);
	/* 增1萬人或0.14%: the rate after 或 is the same change, with its verb and basis */
	if (x->verb != 0 && after == 0 && row->stop + 1 < ex->n && ex->cp[row->stop] == 0x6216 &&
		is_digit(ex->cp[row->stop + 1]))
		ex->list_next = row->stop + 1;
	/* 增加0.5万人，即5000人: the figure after 即 restates the change in other words */
	if (x->verb != 0 && after == 0)
	{
		int			k = row->stop;

		if (k < ex->n && ends_clause(ex->cp[k]))
			k++;
		if (k + 1 < ex->n && ex->cp[k] == 0x5373 && is_digit(ex->cp[k + 1]))
			ex->list_next = k + 1;
	}
}

/*
 * 累计降幅分别为7.5%,7.8%,8.6%: a 分别 list printed with commas for 、.  At p, after a comma,
 * a bare item: digits and a unit, then a mark or the end, and nothing else (a clause with a
 * word of its own ends the list).
 */
static bool
bare_item_follows(const Extractor *ex, int p)
{
	int			k = p,
				id;

	while (k < ex->n && is_space(ex->cp[k]))
		k++;
	if (k >= ex->n || !is_digit(ex->cp[k]))
		return false;
	while (k < ex->n && (is_digit(ex->cp[k]) || ex->cp[k] == '.'))
		k++;
	k += ind_unit_match_len(ex->cp + k, ex->n - k, &id);
	return k >= ex->n || ends_clause(ex->cp[k]) || ends_sentence(ex->cp[k]) ||
		ex->cp[k] == CH_DUN || ex->cp[k] == CH_HE || ex->cp[k] == CH_JI;
}

/* 万 or 亿 at p right after a prefix qualifier (突破万元, 超过亿元, 逾万人): a magnitude alone */
static bool
magnitude_after_qualifier(const Extractor *ex, int p)
{
	int			id;

	if (p + 1 >= ex->n || (ex->cp[p] != 0x4E07 && ex->cp[p] != 0x4EBF))
		return false;
	for (int len = 1; len <= 3 && p - len >= 0; len++)
		if (ind_qual_match_len(ex->cp + p - len, len, QP_PREFIX, &id) == len)
			return p - len == 0 || !is_numeral_char(ex->cp[p - len - 1]);
	return false;
}

/*
 * 下跌半成, 提高半个百分点: 半 before percentage points, or before 成 after a change word or
 * a qualifier, is the figure 0.5 of them, as the type reads it (ind_unit_halves); 半年,
 * 一半, 七成半 and 半成品 (semi-finished goods) are not.
 */
static bool
half_of_rate(const Extractor *ex, int p)
{
	int			id,
				len;

	if (p + 1 >= ex->n || (p > 0 && is_numeral_char(ex->cp[p - 1])))
		return false;
	len = ind_unit_match_len(ex->cp + p + 1, ex->n - p - 1, &id);
	if (len == 0 || !ind_unit_halves(id))
		return false;
	if (id != ind_unit_id("成"))
		return true;			/* 半个百分点 */
	for (int k = 1; k <= 4 && k <= p; k++)
		if (ind_verb_match_len(ex->cp + p - k, k, &id) == k ||
			ind_qual_match_len(ex->cp + p - k, k, QP_PREFIX, &id) == k)
			return true;
	return false;
}

/* the line feed at p closes a line with nothing on it */
static bool
blank_line_ends(const Extractor *ex, int p)
{
	for (int k = p - 1; k >= 0; k--)
	{
		if (ex->cp[k] == '\n')
			return true;
		if (ex->cp[k] != '\r' && !is_space(ex->cp[k]))
			return false;
	}
	return false;
}

/* the row starts right after 分别 (分别突破300亿元, 分别为超过5万人), spaces aside */
static bool
qual_follows_fenbie(const Extractor *ex, const ExtractRow *row)
{
	int			k = ex->fb_after;

	while (k < row->start && (is_space(ex->cp[k]) || ex->cp[k] == 0x4E3A || ex->cp[k] == 0x662F))
		k++;					/* 为 是 */
	return k == row->start;
}

/* words.c's ids of the verbs the rules below read or give */
#define VERB_ZENGZHANG	1		/* 增长 */
#define VERB_KUODA		7		/* 扩大 */
#define VERB_SUOXIAO	15		/* 缩小 */
#define VERB_SHOUZHAI	25		/* 收窄 */

/*
 * 地区生产总值⏎7%左右, 一般公共预算收入：9% (a plan's table of targets and results, b204): a
 * bare percent right after an amount's name (a value added, a total, revenue, investment,
 * output, spending, exports) can only be its growth: it takes 增长.  Not after a share's
 * words in the clause (占, 比重, 相当于, 等于: 投资占固定资产投资比重50%, 相当于商品进口总额百分之三),
 * nor after a rate's name (城镇化率).
 */
static bool
amount_before_bare_rate(const Extractor *ex, const ExtractRow *row)
{
	static const Word amounts[] = {
		W3(0x589E, 0x52A0, 0x503C),	/* 增加值 */
		W2(0x603B, 0x503C),		/* 总值 */
		W2(0x4EA7, 0x503C),		/* 产值 */
		W2(0x603B, 0x989D),		/* 总额 */
		W3(0x96F6, 0x552E, 0x989D),	/* 零售额 */
		W3(0x8425, 0x4E1A, 0x989D),	/* 营业额 */
		W3(0x9500, 0x552E, 0x989D),	/* 销售额 */
		W2(0x6536, 0x5165),		/* 收入 */
		W2(0x6295, 0x8D44),		/* 投资 */
		W2(0x603B, 0x91CF),		/* 总量 */
		W2(0x4EA7, 0x91CF),		/* 产量 */
		W2(0x652F, 0x51FA),		/* 支出 */
		W2(0x51FA, 0x53E3),		/* 出口 */
		W2(0x8FDB, 0x53E3),		/* 进口 */
	};
	static int	pct = -1;
	const Indicator *x = row_value(row);
	int			k = row->start;
	bool		crossed = false;

	if (pct < 0)
		pct = ind_unit_id("%");
	if (x->verb != 0 || (x->flags & IND_LEAD_MASK) != 0 || x->unit != pct)
		return false;
	while (k > 0 && (is_space(ex->cp[k - 1]) || ex->cp[k - 1] == '\n' || ex->cp[k - 1] == '\r' ||
					 ex->cp[k - 1] == ':' || ex->cp[k - 1] == 0xFF1A || ex->cp[k - 1] == 0x4E3A))
	{
		crossed |= ex->cp[k - 1] == '\n';
		k--;					/* spaces, line breaks, a colon, 为 */
	}
	/* across a line break only a table's cell: the rate alone on its line (地区生产总值⏎7%左右⏎;
	 * 收入⏎1.5%的家庭在城镇 is a sentence of its own) */
	if (crossed && row->stop < ex->n && ex->cp[row->stop] != '\n' && ex->cp[row->stop] != '\r' &&
		!ends_sentence(ex->cp[row->stop]) && !ends_clause(ex->cp[row->stop]))
		return false;
	for (int b = k - 1; b >= 0 && b > k - 24 && !ends_clause(ex->cp[b]) && ex->cp[b] != '\n'; b--)
		if (ex->cp[b] == 0x5360 || ex->cp[b] == 0x6BD4 ||	/* 占, 比 (比重 比例 之比) */
			(ex->cp[b] == 0x76F8 && ex->cp[b + 1] == 0x5F53) ||	/* 相当于 (a share: b10) */
			(ex->cp[b] == 0x7B49 && ex->cp[b + 1] == 0x4E8E))	/* 等于 */
			return false;
	for (int i = 0; i < N_OF(amounts); i++)
		if (word_at(ex, k - amounts[i].len, amounts[i].cp, amounts[i].len))
			return true;
	return false;
}

/*
 * 出口(-3.2%), 65 147 555 -11.4%: a rate with a minus and no change word, once nothing carried
 * a change to it, is the change 下降3.2% (the blind labels: 74 of 79 such spans in the opened
 * batches).  The type reads -3.2% alone as the level (parse.c, rate_sign: a negative level
 * prints so); the sentence says more.  Not after a copula or a lead word
 * (人口自然增长率为-1.18‰: the level), nor after a change word (下降-3%, 上升(-0.5%)), nor as
 * a later item of a list (分别为5.2%、-1.3%: the list's first says).
 */
static void
minus_rate_change(Extractor *ex, ExtractRow *row)
{
	Indicator  *x = &row->figure;
	int			b = row->start - 1,
				id;

	if (row->kind != EK_LEVEL || x->verb != 0 || x->coef >= 0 || x->per_unit ||
		!ind_unit_is_rate(x->unit) || (x->flags & IND_LEAD_MASK) != 0 ||
		row->start >= ex->n || ex->cp[row->start] != '-')
		return;
	while (b >= 0 && (is_space(ex->cp[b]) || ex->cp[b] == '(' || ex->cp[b] == 0xFF08))
		b--;
	if (b >= 0 && (ex->cp[b] == 0x4E3A || ex->cp[b] == 0x662F || ex->cp[b] == 0x8FBE ||	/* 为 是 达 */
				   ex->cp[b] == 0x5230 || ex->cp[b] == 0x81F3 || ex->cp[b] == 0x7531 ||	/* 到 至 由 */
				   ex->cp[b] == 0x4ECE ||	/* 从 */
				   ex->cp[b] == 0x3001 || ex->cp[b] == 0x548C || ex->cp[b] == 0x53CA ||	/* 、 和 及 */
				   ex->cp[b] == 0x4E0E ||	/* 与: a list's item takes its first's kind */
				   ex->cp[b] == 0x7387))	/* 率: a rate's name (自然增长率-2.18‰: a level) */
		return;
	for (int len = 4; len >= 1; len--)
		if (b - len + 1 >= 0 && ind_verb_match_len(ex->cp + b - len + 1, len, &id) == len)
			return;
	ext_carry_verb(ex, row, VERB_ZENGZHANG, 0);	/* 增长-3.2% reads as 下降3.2% */
}

/*
 * 降幅比全市平均水平小10.1个百分点，比1—10月份收窄6.0个百分点 (b205): a change that narrows or
 * widens (收窄 缩小 扩大) with no rate noun of its own measures the rate noun last named in
 * its sentence; a fall's (降幅 跌幅) narrowing is a rise, so the row is read with that noun
 * (it read as a fall of 6.0 points).  A rising rate's (增幅收窄) reads as it stands.
 */
static void
fall_rate_carried(Extractor *ex, ExtractRow *row)
{
	int			v = row->figure.verb,
				id;

	if (row->kind != EK_CHANGE || !(v == VERB_KUODA || v == VERB_SUOXIAO || v == VERB_SHOUZHAI))
		return;
	for (int k = row->start - 1; k >= ex->sent_from && k > row->start - 48; k--)
	{
		int			len;

		if (ends_sentence(ex->cp[k]))
			return;
		len = change_noun_match(ex->cp + k, row->start - k, &id);
		if (len == 2 && k + len <= row->start)
		{
			if (ind_verb(id)->cls == CD_DOWN)
				ext_carry_verb(ex, row, id, 0);	/* 降幅 + 比1—10月份收窄6.0个百分点 */
			return;
		}
	}
}

/* subject, 分别 pairing and period of a row found at [start, stop) */
static void
finish_row(Extractor *ex, ExtractRow *row)
{
	Subject		subj;
	int			from = ex->clause_start > ex->last_stop ? ex->clause_start : ex->last_stop;
	bool		share = false;

	subj.len = 0;
	subj.at = -1;
	list_item(ex, row);
	ext_colon_list(ex, row);
	if (ex->fb_active && ex->fb_next < 64)
	{
		int			idx = ex->fb_next < ex->fb_items ? ex->fb_next : ex->fb_items - 1;

		subj = ex->fb_subj[idx];
		/* 分别增长4.9%和6.9%: the verb of the first value carries to the rest (a
		 * target's too: 分别增长7%、8% in a plan) */
		if (row_value(row)->verb == 0 && ex->fb_verb != 0)
			ext_carry_verb(ex, row, ex->fb_verb, ex->fb_basis);
		else if (ex->fb_next == 0)
		{
			ex->fb_verb = row_value(row)->verb;
			ex->fb_basis = row_value(row)->basis;
			/* 分别突破300亿元和3000亿元: the qualifier written right after 分别 goes on to
			 * the rest (not 分別涵蓋約50%和30%: there it is the first value's own) */
			ex->fb_qual = row_value(row)->verb == 0 && qual_follows_fenbie(ex, row) ?
				row_value(row)->qual : 0;
		}
		else if (ex->fb_qual != 0 && row_value(row)->verb == 0 && row_value(row)->qual == 0)
			ext_carry_qual(ex, row, ex->fb_qual);
		ex->fb_next++;
		ex->fb_done_value = true;
	}
	else if (ext_counted_noun_follows(ex, row))
		ext_subject_after(ex, row->stop, &subj);
	if (!ex->fb_active || subj.len == 0)
	{
		if (subj.len == 0)
			ext_subject_from(ex, from, row->start, &subj, &share);
		if (subj.len == 0 && ex->sent_rows > 0)
			subj = ex->share_base;	/* 比上年增长5.9%: the level's (not a share's) */
		if (subj.len == 0)
			ext_subject_after(ex, row->stop, &subj);
		if (subj.len == 0)
			subj = ex->para_subject;	/* 一季度增长3.1%: what the paragraph measures */
	}
	if (row->kind != EK_CHANGE && amount_before_bare_rate(ex, row))
		ext_carry_verb(ex, row, VERB_ZENGZHANG, 0);
	minus_rate_change(ex, row);
	fall_rate_carried(ex, row);
	subject_as_written(ex, &subj, row);
	ex->ring[ex->ring_n % RING] = subj;
	ex->para_subject = subj;
	if (!share && subj.len > 0)
		ex->share_base = subj;
	ex->ring_n++;
	ex->sent_rows++;
	row->period = *ext_current_period(ex);
	if (row->kind == EK_TARGET && ex->plan_year && !ex->sent_p.to &&
		period_year(&row->period) == period_year(&ex->doc_p))
	{
		/* 2023年工作总结和2024年工作计划: a target whose sentence states no period is for
		 * the plan's year, not the reviewed one */
		row->period.from = ex->plan_year * 12;
		row->period.to = ex->plan_year * 12 + 12;
	}
	row->ord = ++ex->ord;
	ex->last_stop = row->stop;
	ex->last_verb = row->kind == EK_CHANGE ? row->figure.verb : 0;
	if (row->kind == EK_CHANGE)
		ex->last_change = row->figure;
	else
		memset(&ex->last_change, 0, sizeof(ex->last_change));
	ex->opening = false;
}

/*
 * …年均增長13.6%左右；⏎文化和旅遊總收入2.2萬億元以上…: a line that ends with a clause's
 * punctuation (；，、 ; ,) runs on into the next line, which is no new paragraph or sentence
 * (the page broke the line); a blank line after it still ends the paragraph.
 */
static bool
line_goes_on(const Extractor *ex, int p)
{
	int			b = p - 1;

	if (ex->cp[p] != '\n' || p + 1 >= ex->n || ex->cp[p + 1] == '\n' || ex->cp[p + 1] == '\r')
		return false;
	while (b >= 0 && (is_space(ex->cp[b]) || ex->cp[b] == '\r'))
		b--;
	if (!(b > 0 && (ex->cp[b] == 0xFF1B || ex->cp[b] == ';' || ex->cp[b] == 0xFF0C ||
					ex->cp[b] == ',' || ex->cp[b] == 0x3001)))
		return false;
	/* a short next line is a heading or an item of a list (二、2025年主要目标任务; a list of
	 * targets one to a line, each ending in ；): a line of its own */
	for (int k = p + 1; k < ex->n && ex->cp[k] != '\n'; k++)
		if (k - p > HEADING_MAX)
			return true;
	return false;
}

bool
ind_extract_next(Extractor *ex, ExtractRow *row)
{
	unsigned	tick = 0;

	while (ex->i < ex->n)
	{
		int			p = ex->i;
		uint32_t	c = ex->cp[p];

		ind_poll(&tick);		/* a cancel must reach a long document */

		if (ex->at_para && c != '\n' && c != '\r' && !is_space(c))
		{
			ext_paragraph_start(ex, p);
			ex->at_para = false;
			ex->opening = true;
		}
		if (ex->at_sentence && !ends_sentence(c) && !is_space(c))
		{
			ext_sentence_start(ex);
			ex->at_sentence = false;
		}
		if (ex->at_clause && !ends_clause(c) && !ends_sentence(c) && !is_space(c))
		{
			ex->clause_start = p;
			ex->clause_against_target = false;
			ext_clause_period(ex, p);
			ext_clause_plan(ex, p);
			if (!ex->sent_plan && ext_colon_line_plans(ex, p))
				ext_plan_colon(ex, p);	/* 为民实事主要任务: */
			ex->at_clause = false;
		}
		if (c == '\n' || c == '\r')
		{
			/* a blank line ends a list of targets and their tasks, once an item was read
			 * (目标:, a blank line, then the items: a double-spaced page) */
			if (c == '\n' && blank_line_ends(ex, p) &&
				!(ex->list_plan && ex->last_stop <= ex->list_from))
				ex->list_plan = ex->tasks_plan = false;
			ex->at_clause = true;
			if (!line_goes_on(ex, p))
				ex->at_para = ex->at_sentence = true;
			ex->i++;
			continue;
		}
		if (ends_sentence(c))
		{
			ex->at_sentence = ex->at_clause = true;
			ex->opening = false;
			ex->i++;
			continue;
		}
		if (ends_clause(c) && !(p + 1 < ex->n && ex->cp[p + 1] == CH_DUN))
		{						/* (8%,、9%: a stray mark before 、 ends no clause) */
			ex->at_clause = true;
			if (ex->fb_active && ex->fb_done_value && !bare_item_follows(ex, p + 1))
				ex->fb_active = false;
			ex->i++;
			continue;
		}
		if (c == W_FENBIE.cp[0] && word_at(ex, p, W_FENBIE.cp, W_FENBIE.len))
		{
			ext_start_fenbie(ex, p);
			ex->i += 2;
			continue;
		}
		if (is_numeral_char(c) || (c == CH_CHI && p + 1 < ex->n &&
												 ex->cp[p + 1] == CH_PING) ||
			((c == 0x4E07 || c == 0x4EBF) && magnitude_after_qualifier(ex, p)) ||
			(c == 0x534A && half_of_rate(ex, p)))
		{
			int			next;
			bool		found = c == CH_CHI ? ext_flat(ex, p, row, &next) :
				ext_candidate(ex, p, row, &next);

			if (found && !ext_count_names_next_subject(ex, row))
			{
				ex->i = next;
				finish_row(ex, row);
				/* offsets in the document as written */
				row->stop = ex->pos[row->stop - 1] + 1;
				row->start = ex->pos[row->start];
				return true;
			}
			ex->i = next > p ? next : p + 1;
			continue;
		}
		ex->i++;
	}
	return false;
}
