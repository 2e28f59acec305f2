/*
 * extract_int.h: the parts of the document reader (indicator_extract) shared by its files,
 * not part of the core's interface.  The reader is split by role, each file depending only
 * on those before it (ind.h's list):
 *
 *   extract_period.c   periods and targets in context: the period in force, a clause's
 *                      period, a clause that plans
 *   extract_scope.c    sentences and scopes: paragraphs, headings and the title
 *   extract_subject.c  subjects: the noun phrase before or after a figure, 分别 lists
 *   extract_widen.c    candidates: a numeral widened to a figure, its traps, its reading
 *   extract.c          the scan: setup, the walk over the document, a row's context
 *
 * Every look-ahead and look-behind is bounded (or done once per sentence), so the time
 * is linear in the document and the memory is the decoded document alone.
 */
#ifndef INDICATOR_EXTRACT_INT_H
#define INDICATOR_EXTRACT_INT_H

#include "extract.h"

#define WIN_BEFORE		16		/* look-behind of a candidate: basis + verb + qualifier */
#define BASIS_MAX		8		/* 比2015年同期 */
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
	int			at;				/* where cp was read in the reading text, -1: pieced together */
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
	uint8_t		last_verb;		/* the previous row's change word, 0 none */
	Indicator	last_change;	/* the previous row's figure when it was a change, else zero */
	int			ref_year;		/* the document's year: resolves 今年, 去年 */
	int			plan_year;		/* a title's later year (…和2024年工作计划), 0 for none */
	int			first_year;		/* the first year written (2023年): when the title has none */
	IndPeriod	title_part;		/* a title's period without a year (上半年), months from 2000 */
	IndPeriod	doc_p,
				sect_p,
				para_p,
				sent_p;
	bool		parent_plan;	/* the last unnumbered heading named targets (its numbered
								 * sub-headings, 一、…, plan under it) */
	bool		part_plan;		/* the last 一、 heading plans (its (一) parts plan under it) */
	bool		sect_plan,
				sent_plan,
				para_plan,		/* 主要预期目标是：… the rest of the paragraph plans */
				para_back,		/* 过去五年，…: the paragraph opens looking back (no section plan) */
				year_para_plan, /* 今年我省将…。 the paragraph's later sentences without a
								 * period of their own plan */
				sent_dated,		/* a period opens a clause of this sentence (去年, 预计今年) */
				sent_estimate,	/* a clause of this sentence opens with 预计 (an estimate) */
				list_plan,		/* …目标是：at a line's end: the lines after it, to a blank
								 * line or a heading */
				tasks_plan,		/* 主要预期目标 stated: the paragraphs after it are the plan
								 * year's tasks, to a new article or a heading that looks back */
				prev_sent_plan, /* the sentence before this one planned (此外 goes on with it) */
				prev_rows_planned;	/* the last sentence with rows planned them (其中, 全年) */
	int			sent_from;		/* where the sentence starts */
	int			list_from;		/* where list_plan began (the colon's line end) */
	int			tasks_year;		/* the year of those targets, 0 unknown */
	int			heading_year;	/* the year a heading last named alone (2025年), 0 none */
	int			review_year;	/* the year a heading looking back named (一、2025年工作回顾), 0 none */
	int			heading_end;	/* where the last heading's line ended, 0 none */
	int			tasks_from;		/* tasks_plan holds from here (after the sentence announcing
								 * the year's pledges), 0 from where it was set */
	int			plan_from;		/* sent_plan holds from here (今年…将: from 今年), 0 whole */
	bool		plan_clause;	/* sent_plan holds to its clause's end only (提出: proposes_goal) */
	int			bracket_verb;	/* the change a bracketed rate of the sentence took, 0 none */
	int			paren_from;		/* 增长3.5%(全国-7.0%，全省-3.9%): where the bracket after a
								 * change opened, -1 none */
	int			paren_verb;		/* that change's word */
	bool		clause_against_target;	/* the clause compares a target with the last */
	int			list_next;		/* 下降6.4%、3.8%: where the next item of a list of changes
								 * starts (its verb carries), -1 none */
	uint8_t		list_verb;
	uint8_t		list_basis;
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
	uint8_t		fb_qual;		/* 分别突破300亿元和3000亿元: the first value's prefix qualifier */
	int			fb_after;		/* where the text after 分别 starts */
	bool		fb_done_value;
	bool		fb_noun;		/* 实际增速分别为: the noun before 分别 is every value's verb */
	IndError	scratch_err;	/* errors of reads that may fail */
	int			n_orig;			/* code points of the document as written */
	const uint32_t *orig;		/* the document as written (in the block, after cp) */
	const int32_t *pos;			/* where each reading character was written, and n_orig */
	uint32_t	cp[];			/* the reading text: the document normalised (ext_normalise) */
};

/* ---- characters ---- */

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
		case 0x5EFF: case 0x5345: case 0x534C:	/* 廿卅卌: 20, 30, 40 (廿九億 is 29亿) */
			return true;
	}
	return false;
}

static inline bool
is_cjk(uint32_t c)
{
	return c >= 0x4E00 && c <= 0x9FFF;
}

/* a magnitude word of one character as the type reads it (万, 亿, 兆 ...) */
static inline bool
is_magnitude(uint32_t c)
{
	int			mag;

	if (c < 0x4E00 || is_cjk_numeral(c))
		return false;
	return ind_mag_match_len(&c, 1, &mag) == 1;
}

static inline bool
is_numeral_char(uint32_t c)
{
	return is_digit(c) || is_cjk_numeral(c);
}

/*
 * 升幅較大,達16.7%, 減幅更大,達33%: a remark on the rate's size (ind_is_size_remark, a comma or
 * not) between the noun and its link, as the type reads it (parse.c skip_size_remark).  Its length before at (a link's or a comma's position), 0 when none.
 */
static inline int
ext_size_remark_before(const uint32_t *w, int at, int floor)
{
	int			q = at - 1;

	if (q > floor && (w[q] == ',' || w[q] == 0xFF0C))
		q--;
	if (q - 1 <= floor)
		return 0;
	return ind_is_size_remark(w[q - 1], w[q]) ? at - (q - 1) : 0;
}

/* 。！？ and line ends close a sentence; ，；：close a clause. */
static inline bool
ends_sentence(uint32_t c)
{
	if (c > 0x3002 && c < 0xFF01)
		return false;			/* every CJK character: the common case, one test */
	return c == 0x3002 || c == 0xFF01 || c == 0xFF1F || c == '\n' || c == '\r' ||
		c == '!' || c == '?' || c == 0x2026;	/* … */
}

static inline bool
ends_clause(uint32_t c)
{
	/* ， ； ：(not —: 1—10月 is one period; a —— bullet is stripped from subjects) */
	if (c > ';' && c < 0xFF0C)
		return false;			/* every CJK character: the common case, one test */
	return c == 0xFF0C || c == 0xFF1B || c == 0xFF1A || c == ',' || c == ';' || c == ':';
}

static inline bool
is_space(uint32_t c)
{
	if (c > 0x3000)
		return false;			/* every CJK character: the common case, one test */
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
static inline bool
word_at(const Extractor *ex, int p, const uint32_t *w, int wl)
{
	if (p < 0 || p + wl > ex->n)
		return false;
	for (int k = 0; k < wl; k++)
		if (ex->cp[p + k] != w[k])
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

#define N_OF(a) ((int) (sizeof(a) / sizeof(a[0])))

/* the length of the first word of a list written at p, 0 when none */
static inline int
match_word_list(const Extractor *ex, int p, const Word *list, int count)
{
	uint32_t	c;

	if (p < 0 || p >= ex->n)
		return 0;
	c = ex->cp[p];				/* the first character first: most words differ there */
	for (int k = 0; k < count; k++)
		if (list[k].cp[0] == c && word_at(ex, p, list[k].cp, list[k].len))
			return list[k].len;
	return 0;
}

/* a change noun: 增速, 增幅, 降幅 (verbs the grammar writes before the number as nouns) */
static inline int
change_noun_match(const uint32_t *cp, int n, int *id)
{
	int			len = ind_verb_match_len(cp, n, id);

	return len > 0 && ind_verb(*id)->pos == 1 ? len : 0;
}

/* the year of a period, 0 for none */
static inline int
period_year(const IndPeriod *p)
{
	return p->to ? p->from / 12 : 0;
}

#define CH_DI4		0x7B2C		/* 第 */
#define CH_CHI		0x6301		/* 持 */
#define CH_DIAN		0x70B9		/* 点: 零点五七, 二点八七 (a decimal point) */
#define CH_PING		0x5E73		/* 平 */
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

/* ---- extract_period.c: periods and targets in context ---- */
extern const IndPeriod *ext_current_period(Extractor *ex);
extern int	ext_context_year(Extractor *ex);
extern int	ext_period_at(Extractor *ex, int p, IndPeriod *out);
extern void ext_clause_period(Extractor *ex, int p);
extern void ext_clause_plan(Extractor *ex, int p);
extern void ext_plan_colon(Extractor *ex, int p);
extern bool ext_plans(Extractor *ex, int pos);
extern bool ext_scheme_name_before(const Extractor *ex, int k);

/* ---- extract_scope.c: sentences and scopes ---- */
extern void ext_paragraph_start(Extractor *ex, int p);
extern bool ext_colon_line_plans(const Extractor *ex, int p);
extern void ext_sentence_start(Extractor *ex);

/* ---- extract_subject.c: subjects and 分别 ---- */
extern void ext_subject_from(Extractor *ex, int from, int to, Subject *out, bool *is_share);
extern void ext_subject_after(Extractor *ex, int from, Subject *out);
extern bool ext_counted_noun_follows(const Extractor *ex, const ExtractRow *row);
extern bool ext_count_names_next_subject(Extractor *ex, const ExtractRow *row);
extern void ext_start_fenbie(Extractor *ex, int p);
extern void ext_carry_verb(Extractor *ex, ExtractRow *row, int verb, int basis);
extern void ext_carry_qual(Extractor *ex, ExtractRow *row, int qual);
extern void ext_colon_list(Extractor *ex, ExtractRow *row);

/* ---- extract_widen.c: candidates ---- */
extern bool ext_candidate(Extractor *ex, int p, ExtractRow *row, int *next);
extern bool ext_flat(Extractor *ex, int p, ExtractRow *row, int *next);

#endif
