/*
 * extract.c: the statistical expressions of a Chinese report, in one linear pass.
 *
 * The scan walks the code points once.  A candidate starts at a numeral; it is widened
 * forward over magnitude, 多/余, unit and suffix qualifier, and backward over a prefix
 * qualifier, a change verb and its basis (同比下降15.3%), using the core's lexicons, and
 * the span is then read by ind_parse (or ind_target_parse in a plan), so a row's value is
 * exactly what the type would read.  Numerals that are not statistics are dropped by the
 * trap rules in is_trap(): years and dates, ordinals, names of plans and slogans,
 * numbering, footnote marks, product and grade names, words that contain a numeral.
 *
 * Context is tracked as the scan goes: paragraphs, headings, sentences and clauses.  A
 * period stated by the title holds for the document, by a heading for its section, at
 * a clause start in a paragraph's opening (its first sentence, before any figure) for
 * the paragraph, at any other clause start for the rest of its sentence (2023年，全市…
 * / 金融方面，6月末… / 一季度增长3.1%).  A sentence with a plan
 * word (计划, 目标是, 力争, 预期, 确保 ...), or any sentence under a heading that names
 * targets, yields targets.  The subject is the noun phrase before the figure back to the
 * clause start, without scope words (全市), periods and verbs (实现, 达到); a change with
 * no subject of its own measures the subject of the level before it.  分别 pairs the
 * listed subjects with the values that follow, in order.
 *
 * Every look-ahead and look-behind is bounded (or done once per sentence), so the time
 * is linear in the document and the memory is the decoded document alone.
 */
#include "extract.h"

#include <stdio.h>
#include <string.h>

#define WIN_BEFORE		12		/* look-behind of a candidate: basis + verb + qualifier */
#define WIN_AFTER		40		/* look-ahead: numeral + unit + suffix */
#define SUBJECT_REGION	40		/* the subject is taken from at most this many characters */
#define HEADING_MAX		40		/* a line this short without final punctuation is a heading */
#define QUOTE_REACH		16		/* a name in quotes is at most this long */
#define FENBIE_REACH	200		/* 分别 looks this far for its values */
#define MAX_ITEMS		16
#define RING			16

typedef struct Subject
{
	uint32_t	cp[IND_SUBJECT_MAX];
	int			len;
} Subject;

struct Extractor
{
	int			n;
	int			i;				/* scan position */
	int			ord;
	bool		at_para;		/* the next character starts a paragraph */
	bool		at_sentence;
	bool		at_clause;
	bool		opening;		/* in the paragraph's first sentence, before its first row */
	bool		seen_title;
	int			clause_start;
	int			last_stop;		/* end of the previous row */
	int			ref_year;		/* the document's year: resolves 今年, 去年 */
	int			first_year;		/* the first year written (2023年): when the title has none */
	IndPeriod	title_part;		/* a title's period without a year (上半年), months from 2000 */
	IndPeriod	doc_p,
				sect_p,
				para_p,
				sent_p;
	bool		sect_plan,
				sent_plan;
	/* rows of the current sentence */
	int			sent_rows;
	Subject		ring[RING];
	int			ring_n;
	Subject		para_subject;	/* the last subject of the paragraph */
	Subject		share_base;		/* the last subject that is not a share (占…的比重) */
	/* 分别 */
	bool		fb_active;
	int			fb_items;
	int			fb_next;
	Subject		fb_subj[MAX_ITEMS];
	uint8_t		fb_verb;
	uint8_t		fb_basis;
	bool		fb_done_value;
	IndError	scratch_err;	/* errors of reads that may fail */
	uint32_t	cp[];			/* the document as written */
};

/* ---- characters ---- */

static inline uint32_t
norm(uint32_t c)
{
	if (c >= 0xFF10 && c <= 0xFF19)
		return '0' + (c - 0xFF10);
	switch (c)
	{
		case 0xFF0E:			/* ． */
			return '.';
		case 0xFF05:			/* ％ */
			return '%';
		case 0xFF0F:			/* ／ */
			return '/';
		case 0x3000:
		case 0x00A0:
		case '\t':
			return ' ';
		case 0x842C:			/* 萬 */
			return 0x4E07;
		case 0x5104:			/* 億 */
			return 0x4EBF;
	}
	return c;
}

static inline bool
is_digit(uint32_t c)
{
	return c >= '0' && c <= '9';
}

static inline bool
is_letter(uint32_t c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
		(c >= 0xFF21 && c <= 0xFF3A) || (c >= 0xFF41 && c <= 0xFF5A);
}

static inline bool
is_cjk_numeral(uint32_t c)
{
	switch (c)
	{
		case 0x4E00: case 0x4E8C: case 0x4E24: case 0x4E09: case 0x56DB:	/* 一二两三四 */
		case 0x4E94: case 0x516D: case 0x4E03: case 0x516B: case 0x4E5D:	/* 五六七八九 */
		case 0x5341: case 0x767E: case 0x5343: case 0x96F6: case 0x3007:	/* 十百千零〇 */
		case 0x58F9: case 0x8D30: case 0x53C1: case 0x8086: case 0x4F0D:	/* 壹贰叁肆伍 */
		case 0x9646: case 0x67D2: case 0x634C: case 0x7396: case 0x62FE:	/* 陆柒捌玖拾 */
		case 0x4F70: case 0x4EDF:	/* 佰仟 */
			return true;
	}
	return false;
}

static inline bool
is_cjk(uint32_t c)
{
	return c >= 0x4E00 && c <= 0x9FFF;
}

static inline bool
is_magnitude(uint32_t c)
{
	return c == 0x4E07 || c == 0x4EBF;	/* 万 亿 */
}

static inline bool
is_numeral_char(uint32_t c)
{
	c = norm(c);
	return is_digit(c) || is_cjk_numeral(c);
}

/* 。！？ and line ends close a sentence; ，；：close a clause. */
static inline bool
ends_sentence(uint32_t c)
{
	return c == 0x3002 || c == 0xFF01 || c == 0xFF1F || c == '\n' || c == '\r' ||
		c == '!' || c == '?' || c == 0x2026;	/* … */
}

static inline bool
ends_clause(uint32_t c)
{
	/* ， ； ：(not —: 1—10月 is one period; a —— bullet is stripped from subjects) */
	return c == 0xFF0C || c == 0xFF1B || c == 0xFF1A || c == ',' || c == ';' || c == ':';
}

static inline bool
is_space(uint32_t c)
{
	return c == ' ' || c == '\t' || c == 0x3000 || c == 0x00A0;
}

static inline bool
is_open_quote(uint32_t c)
{
	return c == 0x201C || c == 0x300C || c == 0x300E || c == 0x300A || c == 0x2018;
}

static inline bool
is_close_quote(uint32_t c)
{
	return c == 0x201D || c == 0x300D || c == 0x300F || c == 0x300B || c == 0x2019;
}

/* does the word w (code points) start at p? */
static bool
word_at(const Extractor *ex, int p, const uint32_t *w, int wl)
{
	if (p < 0 || p + wl > ex->n)
		return false;
	for (int k = 0; k < wl; k++)
		if (norm(ex->cp[p + k]) != w[k])
			return false;
	return true;
}

/* the few fixed words the rules use, as code points */
typedef struct Word
{
	uint32_t	cp[6];
	int			len;
} Word;

#define W1(a)			{{a}, 1}
#define W2(a, b)		{{a, b}, 2}
#define W3(a, b, c)		{{a, b, c}, 3}
#define W4(a, b, c, d)	{{a, b, c, d}, 4}

static const Word W_FENBIE = W2(0x5206, 0x522B);	/* 分别 */

/* words that plan: a sentence with one of them states targets */
static const Word plan_words[] = {
	W2(0x76EE, 0x6807),			/* 目标 (checked: 目标是, 目标为, 预期目标, 目标：) */
	W2(0x8BA1, 0x5212),			/* 计划 (not 计划的: a share of a plan) */
	W2(0x529B, 0x4E89),			/* 力争 */
	W2(0x9884, 0x671F),			/* 预期 */
	W2(0x786E, 0x4FDD),			/* 确保 (not 争取: 全年争取补助资金23.8亿元 reports) */
	W3(0x62DF, 0x5B89, 0x6392),	/* 拟安排 (虚拟 must not count) */
	W2(0x62DF, 0x6309),			/* 拟按 */
};

/* a heading naming targets makes its section a plan */
static const Word heading_plan_words[] = {
	W2(0x76EE, 0x6807),			/* 目标 */
	W2(0x4EFB, 0x52A1),			/* 任务 */
	W2(0x8BA1, 0x5212),			/* 计划 */
	W2(0x5B89, 0x6392),			/* 安排 */
};

/* ... unless it reports how they went */
static const Word review_words[] = {
	W2(0x6267, 0x884C),			/* 执行 */
	W2(0x5B8C, 0x6210),			/* 完成 */
	W2(0x60C5, 0x51B5),			/* 情况 */
	W2(0x56DE, 0x987E),			/* 回顾 */
	W2(0x603B, 0x7ED3),			/* 总结 */
};

/* scope words stripped from the front of a subject */
static const Word lead_words[] = {
	W2(0x5176, 0x4E2D),			/* 其中 */
	W2(0x5168, 0x5E02), W2(0x5168, 0x53BF), W2(0x5168, 0x7701), W2(0x5168, 0x56FD),
	W2(0x5168, 0x533A), W2(0x672C, 0x5E02), W2(0x672C, 0x53BF), W2(0x5168, 0x5DDE),
	/* 全市 全县 全省 全国 全区 本市 本县 全州 */
	W3(0x76EE, 0x6807, 0x662F), W3(0x76EE, 0x6807, 0x4E3A),	/* 目标是 目标为 */
	W2(0x7D2F, 0x8BA1),			/* 累计 */
	W1(0x5171),					/* 共 */
};

/* framing verbs stripped from the front of a subject, unless a word of two would be
 * left (完成投资 stays; 其中出口 is 出口: scope words always go) */
static const Word lead_verbs[] = {
	W2(0x5B9E, 0x73B0),			/* 实现 */
	W2(0x5B8C, 0x6210),			/* 完成 */
	W2(0x5B9E, 0x65BD),			/* 实施 */
	W3(0x62DF, 0x5B89, 0x6392),	/* 拟安排 */
	W2(0x8BA1, 0x5212),			/* 计划 */
	W2(0x786E, 0x4FDD),			/* 确保 */
	W2(0x529B, 0x4E89),			/* 力争 */
	W2(0x4E89, 0x53D6),			/* 争取 */
	W2(0x9884, 0x8BA1),			/* 预计 */
	W2(0x622A, 0x81F3),			/* 截至 */
	W2(0x540C, 0x65F6),			/* 同时 */
	W2(0x6B64, 0x5916),			/* 此外 */
	W1(0x5C06),					/* 将 */
	W1(0x5230),					/* 到 */
	W1(0x4EE5),					/* 以 */
};

/* words that may come before a period at a clause start: 截至10月末, 全县1-10月 */
static const Word period_lead_words[] = {
	W2(0x5176, 0x4E2D),			/* 其中 */
	W2(0x5168, 0x5E02), W2(0x5168, 0x53BF), W2(0x5168, 0x7701), W2(0x5168, 0x56FD),
	W2(0x5168, 0x533A), W2(0x672C, 0x5E02), W2(0x672C, 0x53BF), W2(0x5168, 0x5DDE),
	W2(0x622A, 0x81F3),			/* 截至 */
	W2(0x622A, 0x6B62),			/* 截止 */
	W2(0x529B, 0x4E89),			/* 力争 */
	W2(0x786E, 0x4FDD),			/* 确保 */
	W2(0x4E89, 0x53D6),			/* 争取 */
	W2(0x9884, 0x8BA1),			/* 预计 */
	W2(0x540C, 0x65F6),			/* 同时 */
	W1(0x5728),					/* 在 */
	W1(0x5230),					/* 到 */
};

/* verbs and links stripped from the end of a subject */
static const Word tail_words[] = {
	W3(0x4FDD, 0x6301, 0x5728), W3(0x63A7, 0x5236, 0x5728), W3(0x7A33, 0x5B9A, 0x5728),
	/* 保持在 控制在 稳定在 */
	W3(0x63D0, 0x9AD8, 0x5230), W3(0x63D0, 0x5347, 0x5230), W3(0x589E, 0x52A0, 0x5230),
	W3(0x4E0B, 0x964D, 0x5230), W3(0x6062, 0x590D, 0x5230),
	/* 提高到 提升到 增加到 下降到 恢复到 */
	W2(0x76EE, 0x6807),			/* 目标 */
	W2(0x5206, 0x522B),			/* 分别 */
	W2(0x8FBE, 0x5230),			/* 达到 */
	W2(0x529B, 0x4E89),			/* 力争 */
	W2(0x5B9E, 0x73B0),			/* 实现 */
	W2(0x5B8C, 0x6210),			/* 完成 */
	W2(0x7D2F, 0x8BA1),			/* 累计 */
	W2(0x4E2D, 0x6709),			/* 中有 */
	W2(0x5B9E, 0x9645),			/* 实际 (同比实际增长) */
	W2(0x62DF, 0x6309),			/* 拟按 */
	W3(0x62DF, 0x5B89, 0x6392),	/* 拟安排 */
	W3(0x540C, 0x53E3, 0x5F84),	/* 同口径 (同口径增长7.8%: a basis, not a subject) */
	W2(0x9884, 0x8BA1),			/* 预计 */
	W1(0xFF08),					/* （ (目标（增长6%…）) */
	W2(0x5E73, 0x5747),			/* 平均 (失业率平均为5.2%) */
	W2(0x540C, 0x6BD4),			/* 同比 */
	W2(0x73AF, 0x6BD4),			/* 环比 */
	W2(0x964D, 0x81F3),			/* 降至 */
	W2(0x589E, 0x81F3),			/* 增至 */
	W2(0x589E, 0x957F),			/* 增长 */
	W2(0x63D0, 0x9AD8),			/* 提高 */
	W1(0x8FBE),					/* 达 */
	W1(0x4E3A),					/* 为 */
	W1(0x662F),					/* 是 */
	W1(0x5360),					/* 占 */
	W1(0x6709),					/* 有 */
	W1(0x5171),					/* 共 */
	W1(0x7684),					/* 的 */
	W1(0x4E86),					/* 了 */
	W1(0x5230),					/* 到 */
	W1(0x81F3),					/* 至 */
	W1(0x7EA6),					/* 约 */
};

#define CH_DI4		0x7B2C		/* 第 */
#define CH_QIAN		0x524D		/* 前 */
#define CH_MEI		0x6BCF		/* 每 */
#define CH_FAN		0x7FFB		/* 翻 */
#define CH_FAN1		0x756A		/* 番 */
#define CH_BEI		0x500D		/* 倍 */
#define CH_ZHAN		0x5360		/* 占 */
#define CH_DE		0x7684		/* 的 */
#define CH_LE		0x4E86		/* 了 */
#define CH_DUO		0x591A		/* 多 */
#define CH_YU		0x4F59		/* 余 */
#define CH_BAI		0x767E		/* 百 */
#define CH_QIAN1	0x5343		/* 千 */
#define CH_FEN		0x5206		/* 分 */
#define CH_ZHI		0x4E4B		/* 之 */
#define CH_DUN		0x3001		/* 、 */
#define CH_HE		0x548C		/* 和 */
#define CH_JI		0x53CA		/* 及 */
#define CH_YU2		0x4E0E		/* 与 */

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

/* ---- setup ---- */

int
ind_extract_count_chars(const char *doc, size_t len, IndError *err)
{
	const unsigned char *p = (const unsigned char *) doc;
	int			n = 0;

	memset(err, 0, sizeof(*err));
	for (size_t i = 0; i < len; i++)
		if ((p[i] & 0xC0) != 0x80)
			n++;
	return n;
}

size_t
ind_extract_size(int n)
{
	return sizeof(Extractor) + sizeof(uint32_t) * (size_t) (n > 0 ? n : 1);
}

bool
ind_extract_init(Extractor *ex, const char *doc, size_t len, int nchars, IndError *err)
{
	int			n;

	memset(ex, 0, sizeof(Extractor));
	n = ind_utf8_decode(doc, len, ex->cp, nchars, err);
	if (n < 0)
		return false;
	ex->n = n;
	ex->at_para = ex->at_sentence = ex->at_clause = true;
	ex->opening = true;
	ex->last_stop = 0;
	return true;
}

const uint32_t *
ind_extract_chars(const Extractor *ex)
{
	return ex->cp;
}

/* ---- periods in context ---- */

static int
period_year(const IndPeriod *p)
{
	return p->to ? p->from / 12 : 0;
}

static const IndPeriod *
current_period(Extractor *ex)
{
	if (ex->sent_p.to)
		return &ex->sent_p;
	if (ex->para_p.to)
		return &ex->para_p;
	if (ex->sect_p.to)
		return &ex->sect_p;
	if (!ex->doc_p.to && ex->title_part.to && ex->first_year)
	{
		/* 上半年我省经济…: the title's part of a year, in the first year written */
		ex->doc_p.from = ex->title_part.from + (ex->first_year - 2000) * 12;
		ex->doc_p.to = ex->title_part.to + (ex->first_year - 2000) * 12;
	}
	return &ex->doc_p;
}

static int
context_year(Extractor *ex)
{
	int			y = period_year(current_period(ex));

	return y ? y : ex->ref_year ? ex->ref_year : ex->first_year;
}

/* the period phrase at p, read into a local window; its length, 0 when none */
static int
period_at(Extractor *ex, int p, IndPeriod *out)
{
	uint32_t	w[24];
	int			wn = 0,
				flags;

	while (wn < 24 && p + wn < ex->n)
	{
		w[wn] = norm(ex->cp[p + wn]);
		wn++;
	}
	return ind_period_match(w, wn, ex->ref_year ? ex->ref_year : ex->first_year,
							context_year(ex), out, &flags);
}

static int
match_word_list(const Extractor *ex, int p, const Word *list, int count)
{
	for (int k = 0; k < count; k++)
		if (word_at(ex, p, list[k].cp, list[k].len))
			return list[k].len;
	return 0;
}

#define N_OF(a) ((int) (sizeof(a) / sizeof(a[0])))

/*
 * At a clause start: a period written there (after scope words such as 全市, 截至)
 * holds for the paragraph when this is the paragraph's first clause, else for the rest
 * of the sentence.
 */
static void
clause_period(Extractor *ex, int p)
{
	IndPeriod	per;
	int			len,
				guard = 0;

	while (p < ex->n && is_space(ex->cp[p]))
		p++;
	while (guard++ < 3 &&
		   (len = match_word_list(ex, p, period_lead_words, N_OF(period_lead_words))) > 0)
		p += len;
	if (p >= ex->n)
		return;
	len = period_at(ex, p, &per);
	if (len == 0 || per.to == 0)
		return;
	/* a period is followed by its clause, not by more of a word (2023年的 is fine) */
	if (ex->opening)
	{
		ex->para_p = per;
		ex->sent_p.to = 0;
	}
	else
		ex->sent_p = per;
}

/*
 * At a paragraph start: a short line without final punctuation is a heading.  The
 * first one is the title: its period is the document's (and its year the reference
 * year); any other sets the period and plan mode of its section.
 */
static void
paragraph_start(Extractor *ex, int p)
{
	int			e = p,
				last = -1;
	bool		heading;
	IndPeriod	found = {0, 0};
	bool		plan = false,
				review = false;

	while (e < ex->n && e - p <= HEADING_MAX && ex->cp[e] != '\n' && ex->cp[e] != '\r')
	{
		if (!is_space(ex->cp[e]))
			last = e;
		e++;
	}
	if (last < 0)
		return;					/* an empty line: the paragraph starts later */
	heading = e - p <= HEADING_MAX && (e >= ex->n || ex->cp[e] == '\n' || ex->cp[e] == '\r');
	if (heading)
	{
		uint32_t	c = ex->cp[last];

		if (ends_sentence(c) || ends_clause(c) || c == 0x3001)
			heading = false;
		for (int k = p; heading && k < last; k++)
			if (ex->cp[k] == 0x3002)	/* 。 inside: a short paragraph, not a heading */
				heading = false;
	}
	ex->para_p.to = 0;
	ex->sent_p.to = 0;
	ex->para_subject.len = 0;
	if (!heading)
		return;
	for (int k = p; k <= last; k++)
	{
		IndPeriod	per;

		if (!found.to && (k == p || !is_numeral_char(ex->cp[k - 1])) &&
			period_at(ex, k, &per) > 0 && per.to)
			found = per;
		if (match_word_list(ex, k, heading_plan_words, N_OF(heading_plan_words)))
			plan = true;
		if (match_word_list(ex, k, review_words, N_OF(review_words)))
			review = true;
	}
	plan = plan && !review;		/* 计划执行情况, 目标完成情况 look back */
	if (!ex->seen_title)
	{
		ex->seen_title = true;
		ex->doc_p = found;
		ex->sect_plan = plan;	/* a title naming targets: the whole document plans */
		if (!found.to)
		{
			/* a year-less title period (上半年): kept until a year is written */
			for (int k = p; k <= last && !ex->title_part.to; k++)
			{
				int			flags;
				uint32_t	tw[16];
				int			tn = 0;

				while (tn < 16 && k + tn <= last)
				{
					tw[tn] = norm(ex->cp[k + tn]);
					tn++;
				}
				if (ind_period_match(tw, tn, 0, 2000, &ex->title_part, &flags) == 0 ||
					!(flags & IND_PERIOD_NO_YEAR))
					ex->title_part.to = 0;
			}
		}
		if (found.to && found.to - found.from <= 12)
			ex->ref_year = period_year(&found);
		return;
	}
	ex->sect_p = found;
	ex->sect_plan = plan;
}

/* At a sentence start: a new sentence has its own period, rows and plan mode. */
static void
sentence_start(Extractor *ex)
{
	ex->sent_p.to = 0;
	ex->sent_rows = 0;
	ex->ring_n = 0;
	ex->fb_active = false;
	ex->sent_plan = false;
}

/*
 * At a clause start: does the clause plan?  A plan word makes it and the rest of its
 * sentence targets (今年共确定项目565个，计划总投资1.4万亿元: only the second is planned).
 * Each clause is read once, to its end.
 */
static void
clause_plan(Extractor *ex, int p)
{
	for (int k = p; k < ex->n && !ex->sent_plan; k++)
	{
		uint32_t	c = ex->cp[k];

		if (ends_sentence(c) || ends_clause(c))
			break;
		if (c != 0x76EE && c != 0x8BA1 && c != 0x529B && c != 0x9884 && c != 0x786E &&
			c != 0x62DF)
			continue;			/* the first characters of the plan words */
		for (int w = 0; w < N_OF(plan_words); w++)
		{
			const Word *pw = &plan_words[w];
			uint32_t	next;

			if (!word_at(ex, k, pw->cp, pw->len))
				continue;
			next = k + pw->len < ex->n ? ex->cp[k + pw->len] : 0;
			if (w == 0)
			{
				/* 目标: only 目标是, 目标为, 目标：, or after 预期 (caught there) */
				if (next != 0x662F && next != 0x4E3A && next != 0xFF1A)
					continue;
			}
			else if (w == 1)
			{
				/* 计划: not 计划的 (占年度计划的89%), not at a clause end */
				if (next == CH_DE || next == 0 || ends_clause(next) || ends_sentence(next) ||
					next == CH_DUN)
					continue;
			}
			ex->sent_plan = true;
		}
	}
}

/* ---- subjects ---- */

static bool
subject_word_at_end(const uint32_t *s, int len, const Word *w)
{
	if (w->len > len)
		return false;
	for (int k = 0; k < w->len; k++)
		if (s[len - w->len + k] != w->cp[k])
			return false;
	return true;
}

static bool
subject_word_at_start(const uint32_t *s, int len, const Word *w)
{
	if (w->len > len)
		return false;
	for (int k = 0; k < w->len; k++)
		if (s[k] != w->cp[k])
			return false;
	return true;
}

static const Word W_SHIXIAN = W2(0x5B9E, 0x73B0);	/* 实现 */
static const Word W_WANCHENG = W2(0x5B8C, 0x6210);	/* 完成 */

/* the subject written in cp[from, to): scope words, periods and verbs taken off */
static void
subject_from(Extractor *ex, int from, int to, Subject *out, bool *is_share)
{
	uint32_t	buf[SUBJECT_REGION];
	int			len = 0,
				s = 0,
				changed;
	bool		share;

	out->len = 0;
	*is_share = false;
	if (to - from > SUBJECT_REGION)
		from = to - SUBJECT_REGION;
	for (int k = from; k < to; k++)
		buf[len++] = norm(ex->cp[k]);
	while (s < len && (is_space(buf[s]) || buf[s] == 0x2014))
		s++;
	/* list numbering before the subject: （一）人才总量, (2) */
	if (s < len && (buf[s] == 0xFF08 || buf[s] == '('))
		for (int k = s + 1; k < len && k <= s + 4; k++)
			if (buf[k] == 0xFF09 || buf[k] == ')')
			{
				s = k + 1;
				break;
			}
	/* 占…的比重, 完成全年目标的: a share of the subject before */
	share = ex->share_base.len > 0 && s + 1 < len &&
		((buf[s] == CH_ZHAN && buf[s + 1] != 0x6BD4) ||	/* not 占比, a noun */
		 ((subject_word_at_start(buf + s, len - s, &W_WANCHENG) || buf[s] == 0x4E3A) &&
		  buf[len - 1] == CH_DE));	/* 完成…的, 为…的 (为年度目标的103.6%) */
	do
	{
		changed = 0;
		while (s < len && (is_space(buf[s]) || buf[s] == 0x2014 || buf[s] == CH_DUN))
			s++, changed = 1;
		while (len > s && (is_space(buf[len - 1]) || buf[len - 1] == CH_DUN))
			len--, changed = 1;
		for (int w = 0; w < N_OF(lead_words) && !share; w++)
			if (subject_word_at_start(buf + s, len - s, &lead_words[w]))
			{
				s += lead_words[w].len;
				changed = 1;
				break;
			}
		for (int w = 0; w < N_OF(lead_verbs) && !share; w++)
			if (subject_word_at_start(buf + s, len - s, &lead_verbs[w]) &&
				len - s - lead_verbs[w].len > 2)
			{
				s += lead_verbs[w].len;
				changed = 1;
				break;
			}
		for (int w = 0; w < N_OF(tail_words); w++)
			if (subject_word_at_end(buf + s, len - s, &tail_words[w]))
			{
				len -= tail_words[w].len;
				changed = 1;
				break;
			}
		if (s < len && !share)
		{
			IndPeriod	per;
			int			flags,
						pl = ind_period_match(buf + s, len - s, ex->ref_year,
											  context_year(ex), &per, &flags);

			if (pl > 0)
			{
				s += pl;
				changed = 1;
			}
		}
	} while (changed && s < len);
	/* 单产每亩513.4公斤: the per-unit base is part of the figure, not the subject */
	if (len - s > 2 && buf[len - 2] == CH_MEI)
		len -= 2;
	if (s >= len)
		return;
	/* 比上年末: a basis the type does not know yet, not a subject */
	if (buf[s] == 0x6BD4 || buf[s] == 0x8F83 || buf[s] == CH_YU2)	/* 比 较 与 */
		return;
	if (share)
	{
		/* named after the last subject that is not itself a share */
		const Subject *base = &ex->share_base;

		memcpy(out->cp, base->cp, sizeof(uint32_t) * base->len);
		out->len = base->len;
		*is_share = true;
	}
	for (int k = s; k < len && out->len < IND_SUBJECT_MAX; k++)
	{
		/* 规模以上工业企业实现营业收入: the verb inside goes too */
		if (k > s && k + 2 < len && subject_word_at_start(buf + k, len - k, &W_SHIXIAN))
		{
			k++;
			continue;
		}
		out->cp[out->len++] = buf[k];
	}
}

/* characters that end a noun phrase after a count: 318个老旧小区改造任务全面完成 */
static bool
ends_noun_after(uint32_t c)
{
	switch (c)
	{
		case 0x5168:			/* 全 */
		case 0x5DF2:			/* 已 */
		case 0x5747:			/* 均 */
		case 0x90FD:			/* 都 */
		case 0x6B63:			/* 正 */
		case 0x5C06:			/* 将 */
		case 0x5E76:			/* 并 */
		case 0x83B7:			/* 获 */
		case 0x88AB:			/* 被 */
		case 0x4E8E:			/* 于 */
		case 0x5F00:			/* 开 */
		case 0x7AE3:			/* 竣 */
		case 0x540C:			/* 同 */
		case 0x6BD4:			/* 比 */
		case 0x8F83:			/* 较 */
		case 0x3001:			/* 、 */
		case 0x63A8:			/* 推: 24条产业链推进… */
		case 0x6302:			/* 挂: 4个园区挂牌运营 */
		case 0x5EFA:			/* 建: 50个项目建成通车 (改扩建 comes before the count) */
		case 0x6295:			/* 投: 投产, 投用 */
		case 0x5B8C:			/* 完: 完成, 完工 */
		case 0x8FBE:			/* 达: 达到, 达产 */
			return true;
	}
	return ends_clause(c) || ends_sentence(c) || is_numeral_char(c) || is_space(c);
}

/* the noun phrase after the figure (全年1190万城市居民享受低保, 181个重大项目) */
static void
subject_after(Extractor *ex, int from, Subject *out)
{
	int			k = from;

	out->len = 0;
	if (k < ex->n && ex->cp[k] == CH_DE)
		k++;
	for (; k < ex->n && k - from < 16 && out->len < IND_SUBJECT_MAX; k++)
	{
		uint32_t	c = norm(ex->cp[k]);

		/* 380个省、市重点项目 goes on; 33个省级、100个市级 stops */
		if (c == CH_DUN && k + 1 < ex->n && !is_numeral_char(ex->cp[k + 1]))
		{
			out->cp[out->len++] = c;
			continue;
		}
		if (ends_noun_after(c))
			break;
		out->cp[out->len++] = c;
	}
}

/* a count followed by a noun: the noun is what is counted (新建33个美丽乡村示范村) */
static bool
counted_noun_follows(const Extractor *ex, const ExtractRow *row)
{
	const Indicator *x = row->kind == EK_TARGET ? &row->target.main : &row->figure;
	static int	first_count = -1;

	if (first_count < 0)
		first_count = ind_dim_of_unit(ind_unit_id("个"));
	if (x->unit == 0 || x->per_unit != 0 || ind_dim_of_unit(x->unit) < first_count ||
		row->stop >= ex->n)
		return false;
	return is_cjk(ex->cp[row->stop]) && !ends_noun_after(ex->cp[row->stop]) &&
		ex->cp[row->stop] != CH_DE;
}

/* ---- 分别 ---- */

/* the values 分别 introduces: figure starts up to the sentence end */
static int
count_values_after(const Extractor *ex, int p)
{
	int			count = 0;

	for (int k = p; k < ex->n && k - p < FENBIE_REACH && !ends_sentence(ex->cp[k]); k++)
	{
		uint32_t	c = norm(ex->cp[k]);

		if (c == 0xFF1B || c == ';')
			break;
		if (is_digit(c) && (k == p || !(is_digit(norm(ex->cp[k - 1])) ||
										norm(ex->cp[k - 1]) == '.')))
			count++;
	}
	return count;
}

static void
start_fenbie(Extractor *ex, int p)
{
	int			from = ex->clause_start > ex->last_stop ? ex->clause_start : ex->last_stop;
	int			items = 0,
				item_start = from,
				values = count_values_after(ex, p + 2);
	bool		has_dun = false;

	for (int k = from; k < p; k++)
		if (ex->cp[k] == CH_DUN)
			has_dun = true;
	for (int k = from; k <= p && items < MAX_ITEMS; k++)
	{
		uint32_t	c = k < p ? ex->cp[k] : 0;

		if (k == p || c == CH_DUN || (!has_dun && (c == CH_HE || c == CH_JI || c == CH_YU2)))
		{
			bool		share;

			subject_from(ex, item_start, k, &ex->fb_subj[items], &share);
			/* 按可比口径分别…: a manner, not a subject */
			if (ex->fb_subj[items].len > 0 && ex->fb_subj[items].cp[0] != 0x6309)	/* 按 */
				items++;
			item_start = k + 1;
		}
	}
	if (items == 0 && ex->ring_n > 0 && values > 0)
	{
		/* 接待游客…，实现旅游收入…，分别增长: the subjects of the rows before */
		int			take = values < ex->ring_n ? values : ex->ring_n;

		if (take > RING)
			take = RING;
		for (int k = 0; k < take && items < MAX_ITEMS; k++)
			ex->fb_subj[items++] = ex->ring[(ex->ring_n - take + k) % RING];
	}
	ex->fb_active = items > 0;
	ex->fb_items = items;
	ex->fb_next = 0;
	ex->fb_verb = 0;
	ex->fb_basis = 0;
	ex->fb_done_value = false;
}

/* ---- candidates ---- */

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

/*
 * A candidate at the numeral starting at doc position p.  Returns true with the row
 * filled, else false; *next is where the scan goes on either way.
 */
static bool
candidate(Extractor *ex, int p, ExtractRow *row, int *next)
{
	uint32_t	w[WIN_BEFORE + WIN_AFTER];
	int			base = p - WIN_BEFORE,
				wn = 0,
				s,
				e,
				j,
				k,
				floor,
				id,
				len,
				unit = 0;
	bool		pct_word = false,
				has_digit = false,
				plan;
	Numeral		num;
	IndError	err;
	char		text[4 * (WIN_BEFORE + WIN_AFTER) + 8];

	if (base < 0)
		base = 0;
	for (int q = base; q < ex->n && q < p + WIN_AFTER; q++)
		w[wn++] = norm(ex->cp[q]);
	s = p - base;				/* numeral start in the window */

	/* the end of the numeral run, where the scan goes on when this is no figure */
	j = s;
	while (j < wn && (is_numeral_char(w[j]) || w[j] == '.' || is_magnitude(w[j])))
		j++;
	*next = base + (j > s ? j : s + 1);

	/* a single Chinese numeral character: only 翻一番, 一倍 (and 三成) can be figures */
	if (!is_digit(w[s]) && s + 1 < wn && !is_cjk_numeral(w[s + 1]) &&
		!is_magnitude(w[s + 1]) && w[s + 1] != CH_BEI && w[s + 1] != CH_FAN1 &&
		w[s + 1] != 0x6210 &&
		!(w[s] == CH_BAI || w[s] == CH_QIAN1))
		return false;

	if ((w[s] == CH_BAI || w[s] == CH_QIAN1) && s + 2 < wn && w[s + 1] == CH_FEN &&
		w[s + 2] == CH_ZHI)
	{
		pct_word = true;		/* 百分之十五点三: the numeral follows */
		if (!ind_parse_numeral(w, wn, s + 3, &num, &err))
			return false;
		e = s + 3 + num.len;
	}
	else
	{
		if (!ind_parse_numeral(w, wn, s, &num, &err))
			return false;
		e = s + num.len;
	}
	for (int q = s; q < e; q++)
		if (is_digit(w[q]))
			has_digit = true;
	*next = base + (e > *next - base ? e : *next - base);

	/* ---- traps before the numeral ---- */
	if (s > 0)
	{
		uint32_t	b = w[s - 1];

		if (b == CH_DI4 || b == CH_QIAN || b == CH_MEI || is_letter(b) || b == '.' ||
			is_digit(b))
			return false;		/* 第十三届, 前十位, 每万人, PM2.5, 3.1.2 */
	}
	if (e < wn && is_letter(w[e]))
		return false;			/* 5G, 4A级, 3D */
	if (e < wn && calendar_char(w[e]) && !pct_word)
	{
		/* 2023年, 3月5日, 17日公布, 一季度, 二级; the first year is remembered: it
		 * gives a title's 上半年 its year */
		if (w[e] == 0x5E74 && e - s == 4 && has_digit && num.scale == 0 && num.mag == 0 &&
			num.digits >= IND_PERIOD_YEAR_MIN && num.digits <= IND_PERIOD_YEAR_MAX)
		{
			if (ex->first_year == 0)
				ex->first_year = (int) num.digits;
		}
		return false;
	}

	/* ---- forward: 多/余, unit, suffix qualifier ---- */
	j = e;
	if (!pct_word)
	{
		if (j + 1 < wn && (w[j] == CH_DUO || w[j] == CH_YU) &&
			ind_unit_match_len(w + j + 1, wn - j - 1, &id) > 0)
			j++;				/* 3万多亩 */
		len = ind_unit_match_len(w + j, wn - j, &id);
		if (len > 0)
		{
			unit = id;
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
	if (s > 0 && w[s - 1] == CH_FAN && e < wn && w[e] == CH_FAN1)
		j = e + 1;				/* 翻一番 */

	/* ---- traps on the whole ---- */
	if (unit)
	{
		int			d = unit_dim(unit);
		const UnitDef *u = ind_unit(unit);

		/* years and months are dates and spans (两年, 12个月), 日 a day of a date (17日);
		 * hours and days written in digits are figures (工作时间48.8小时) */
		if (d == unit_dim(ind_unit_id("年")) || (u && strcmp(u->name, "日") == 0) ||
			(d == unit_dim(ind_unit_id("天")) && !has_digit))
			return false;
		/* 分 and 角 alone are scores and angles far more often than money */
		if (u && (strcmp(u->name, "分") == 0 || strcmp(u->name, "角") == 0))
			return false;
	}
	if (!has_digit && !pct_word)
	{
		/* Chinese numerals: names (十四五, 二十大, 一流, 一批, 两个确立) unless a
		 * magnitude or a ratio makes them a figure (两万人, 一倍, 翻一番) */
		bool		strong = num.mag >= 4 || (unit && ind_unit(unit) &&
											  !ind_unit(unit)->shown_with_mag) ||
			(s > 0 && w[s - 1] == CH_FAN);

		if (!strong)
			return false;
	}
	if (!unit && !pct_word && !(s > 0 && w[s - 1] == CH_FAN) && num.mag < 4)
		return false;			/* a bare number: numbering, footnotes, codes, ratios */
	if (in_quotes(ex, base + s, base + j))
		return false;			/* “5个1”, “30条”, “最后一公里” */

	/* ---- backward: prefix qualifier, change verb, basis ---- */
	floor = ex->last_stop - base;
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

	/* ---- read the span as the type reads it ---- */
	memset(row, 0, sizeof(*row));
	plan = ex->sent_plan || ex->sect_plan;
	if (k == s && comparative(ex, w, floor, s, j, row))
	{
		row->start = base + row->start;
		row->stop = base + j;
		*next = row->stop;
		return true;
	}
	{
		/* a range (增长5%-6%) or, in a plan, a stretch (5.5%左右，力争6%) goes on the figure:
		 * together they are one target */
		int			ext = continuation(w, wn, j, plan);

		if (ext > j)
		{
			int			tl = encode(w, k, ext, text, sizeof(text));

			if (ind_target_parse(text, (size_t) tl, &row->target, &err))
			{
				row->kind = EK_TARGET;
				row->start = base + k;
				row->stop = base + ext;
				*next = row->stop;
				return true;
			}
		}
	}
	{
		int			from = k;
		bool		ok = false;

		/* the span as widened; without the words before the number; the number and its
		 * unit alone (a suffix the type does not read) */
		for (int attempt = 0; attempt < 3 && !ok; attempt++)
		{
			int			tl;

			if (attempt == 1)
				from = s;
			if (attempt == 2)
			{
				if (!unit)
					break;
				j = e + ind_unit_match_len(w + e, wn - e, &id);
				if (j == e)
					break;
			}
			tl = encode(w, from, j, text, sizeof(text));
			if (plan && ind_target_parse(text, (size_t) tl, &row->target, &err))
			{
				row->kind = EK_TARGET;
				ok = true;
			}
			else if (ind_parse(text, (size_t) tl, &row->figure, &err))
			{
				row->kind = ind_change_dir(&row->figure) != CD_NONE ? EK_CHANGE : EK_LEVEL;
				memset(&row->target, 0, sizeof(row->target));
				ok = true;
			}
			if (ok)
				k = from;
		}
		if (!ok)
			return false;
	}
	row->start = base + k;
	row->stop = base + j;
	*next = row->stop;
	return true;
}

/*
 * 31个大城市城镇调查失业率为5.0%, 41个行业中有28个…: a count that opens its clause and
 * names what the clause's next figure measures is part of that subject, not a figure.
 */
static bool
count_names_next_subject(Extractor *ex, const ExtractRow *row)
{
	Subject		before;
	bool		share;
	int			from = ex->clause_start > ex->last_stop ? ex->clause_start : ex->last_stop;

	if (!counted_noun_follows(ex, row) || ex->fb_active)
		return false;
	subject_from(ex, from, row->start, &before, &share);
	if (before.len > 0)
		return false;
	for (int k = row->stop; k < ex->n && k - row->stop < 30; k++)
	{
		uint32_t	c = norm(ex->cp[k]);

		if (ends_clause(c) || ends_sentence(c))
			return false;
		if (is_digit(c))
			return true;
	}
	return false;
}

/*
 * 分别下降12.5%和9.8%: the second value is read again with the first one's basis and verb
 * written before it, so that the type applies them (a decline is negative).
 */
static void
carry_verb(Extractor *ex, ExtractRow *row)
{
	char		text[4 * IND_SUBJECT_MAX + 64];
	const WordDef *basis = ind_basis(ex->fb_basis);
	const WordDef *verb = ind_verb(ex->fb_verb);
	int			b;
	Indicator	x;
	IndError	err;

	if (!basis || !verb || row->stop - row->start > IND_SUBJECT_MAX)
		return;
	b = snprintf(text, sizeof(text), "%s%s", basis->word, verb->word);
	for (int k = row->start; k < row->stop; k++)
		b += ind_utf8_encode(norm(ex->cp[k]), text + b);
	if (ind_parse(text, (size_t) b, &x, &err))
	{
		row->figure = x;
		row->kind = EK_CHANGE;
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
	if (ex->fb_active && ex->fb_next < 64)
	{
		int			idx = ex->fb_next < ex->fb_items ? ex->fb_next : ex->fb_items - 1;

		subj = ex->fb_subj[idx];
		if (row->kind != EK_TARGET)
		{
			/* 分别增长4.9%和6.9%: the verb of the first value carries to the rest */
			if (ex->fb_next == 0)
			{
				ex->fb_verb = row->figure.verb;
				ex->fb_basis = row->figure.basis;
			}
			else if (row->figure.verb == 0 && ex->fb_verb != 0)
				carry_verb(ex, row);
		}
		ex->fb_next++;
		ex->fb_done_value = true;
	}
	else if (counted_noun_follows(ex, row))
		subject_after(ex, row->stop, &subj);
	if (!ex->fb_active || subj.len == 0)
	{
		if (subj.len == 0)
			subject_from(ex, from, row->start, &subj, &share);
		if (subj.len == 0 && ex->sent_rows > 0)
			subj = ex->share_base;	/* 比上年增长5.9%: the level's (not a share's) */
		if (subj.len == 0)
			subject_after(ex, row->stop, &subj);
		if (subj.len == 0)
			subj = ex->para_subject;	/* 一季度增长3.1%: what the paragraph measures */
	}
	memcpy(row->subject, subj.cp, sizeof(uint32_t) * subj.len);
	row->subject_len = subj.len;
	ex->ring[ex->ring_n % RING] = subj;
	ex->para_subject = subj;
	if (!share && subj.len > 0)
		ex->share_base = subj;
	ex->ring_n++;
	ex->sent_rows++;
	row->period = *current_period(ex);
	row->ord = ++ex->ord;
	ex->last_stop = row->stop;
	ex->opening = false;
}

bool
ind_extract_next(Extractor *ex, ExtractRow *row)
{
	unsigned	tick = 0;

	while (ex->i < ex->n)
	{
		int			p = ex->i;
		uint32_t	c = norm(ex->cp[p]);

		ind_poll(&tick);		/* a cancel must reach a long document */

		if (ex->at_para && c != '\n' && c != '\r' && !is_space(c))
		{
			paragraph_start(ex, p);
			ex->at_para = false;
			ex->opening = true;
		}
		if (ex->at_sentence && !ends_sentence(c) && !is_space(c))
		{
			sentence_start(ex);
			ex->at_sentence = false;
		}
		if (ex->at_clause && !ends_clause(c) && !ends_sentence(c) && !is_space(c))
		{
			ex->clause_start = p;
			clause_period(ex, p);
			clause_plan(ex, p);
			ex->at_clause = false;
		}
		if (c == '\n' || c == '\r')
		{
			ex->at_para = ex->at_sentence = ex->at_clause = true;
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
		if (ends_clause(c))
		{
			ex->at_clause = true;
			if (ex->fb_active && ex->fb_done_value)
				ex->fb_active = false;
			ex->i++;
			continue;
		}
		if (c == W_FENBIE.cp[0] && word_at(ex, p, W_FENBIE.cp, W_FENBIE.len))
		{
			start_fenbie(ex, p);
			ex->i += 2;
			continue;
		}
		if (is_digit(c) || is_cjk_numeral(c))
		{
			int			next;

			if (candidate(ex, p, row, &next) && !count_names_next_subject(ex, row))
			{
				ex->i = next;
				finish_row(ex, row);
				return true;
			}
			ex->i = next > p ? next : p + 1;
			continue;
		}
		ex->i++;
	}
	return false;
}
