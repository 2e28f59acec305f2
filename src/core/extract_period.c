/*
 * extract_period.c: periods and targets in context (extract_int.h).  The period a row
 * gets is the closest one the text states: a clause start's for the rest of its sentence,
 * a paragraph opening's for the paragraph, a heading's for its section, the title's for
 * the document.  A clause with a plan word makes it and the rest of its sentence targets.
 */
#include "extract_int.h"

/* words that plan: a sentence with one of them states targets (PlanWord: their places) */
typedef enum PlanWord
{
	PW_MUBIAO, PW_JIHUA, PW_LIZHENG, PW_YUQI, PW_QUEBAO, PW_ANPAI, PW_NITOUZI, PW_RENWU,
	PW_GUIHUA, PW_ZHENGQU, PW_SHEDING, PW_YAO, PW_TICHU
} PlanWord;

static const Word plan_words[] = {
	W2(0x76EE, 0x6807),			/* 目标 (checked: 目标是, 目标为, 预期目标, 目标：) */
	W2(0x8BA1, 0x5212),			/* 计划 (not 计划的: a share of a plan) */
	W2(0x529B, 0x4E89),			/* 力争 */
	W2(0x9884, 0x671F),			/* 预期 */
	W2(0x786E, 0x4FDD),			/* 确保 (not 争取: 全年争取补助资金23.8亿元 reports) */
	W2(0x5B89, 0x6392),			/* 安排, after 指标 or 体系 only (指标体系安排：) */
	W3(0x62DF, 0x6295, 0x8D44),	/* 拟投资 (水利建设拟投资126亿元); not 拟安排, 拟按, 拟发行: a
								 * budget's arrangements, its forecast (赤字率拟按4%左右, 拟安排
								 * 地方政府专项债券4.4万亿元: no target in any batch, 15 labelled; stop 42) */
	W2(0x4EFB, 0x52A1),			/* 任务, before its number only (下达投资任务33.9亿元) */
	W2(0x89C4, 0x5212),			/* 规划, before 明确 提出 要求 only (《规划》明确…3000公里以上) */
	W2(0x4E89, 0x53D6),			/* 争取, before 实现 达到 完成 突破 only (争取实现…增长18%; 争取补助
								 * 资金23.8亿元 reports what was obtained) */
	W2(0x8BBE, 0x5B9A),			/* 设定, before 为 在 only (GDP设定为年均增长8.5%左右;
								 * 设定的 looks back) */
	W1(0x8981),					/* 要, the modal, before a goal's verb only (2025年要达到87.5%,
								 * 要控制在3%以内; not 主要, 重要, 只要: modal_yao_fits) */
	W2(0x63D0, 0x51FA),			/* 提出, right before the goal it sets (提出全社会研发经费投入年均
								 * 增长7%以上: proposes_goal) */
};

/* plan_words' first characters (目 计 力 预 确 拟 安 任 规 争 设 要 提) by their low six bits: every
 * character of a clause is tested against them, and one bit passes over most */
#define LOW6(c)	(UINT64_C(1) << ((c) & 63))
static const uint64_t plan_first_low6 = LOW6(0x76EE) | LOW6(0x8BA1) | LOW6(0x529B) |
	LOW6(0x9884) | LOW6(0x786E) | LOW6(0x62DF) | LOW6(0x5B89) | LOW6(0x4EFB) | LOW6(0x89C4) |
	LOW6(0x4E89) | LOW6(0x8BBE) | LOW6(0x8981) | LOW6(0x63D0);
#undef LOW6

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

const IndPeriod *
ext_current_period(Extractor *ex)
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

int
ext_context_year(Extractor *ex)
{
	int			y = period_year(ext_current_period(ex));

	return y ? y : ex->ref_year ? ex->ref_year : ex->first_year;
}

/* the period phrase at p, read within 24 characters (in place: no copy, every clause
 * start comes here); its length, 0 when none */
int
ext_period_at(Extractor *ex, int p, IndPeriod *out)
{
	int			wn = ex->n - p < 24 ? ex->n - p : 24,
				flags;

	return ind_period_match(ex->cp + p, wn, ex->ref_year ? ex->ref_year : ex->first_year,
							ext_context_year(ex), out, &flags);
}

/*
 * 1月17日，参加…的237名人大代表…: a day opening a clause before its comma dates an event; the
 * clause reports within that month (under a title of pledges or targets it plans nothing, as
 * 截至6月底 does not).  The month as a period of the year in context; its length, 0 if none.
 */
static int
event_day_month(Extractor *ex, int p, IndPeriod *out)
{
	int			k = p,
				month = 0,
				year = ext_context_year(ex);

	while (k < ex->n && is_digit(ex->cp[k]) && k - p < 2)
		month = month * 10 + (int) (ex->cp[k++] - '0');
	if (k == p || k >= ex->n || ex->cp[k] != 0x6708 || month < 1 || month > 12 || year < 2000)	/* 月 */
		return 0;
	k++;
	if (k >= ex->n || !is_digit(ex->cp[k]))
		return 0;
	while (k < ex->n && is_digit(ex->cp[k]) && k - p < 6)
		k++;
	if (k + 1 >= ex->n || (ex->cp[k] != 0x65E5 && ex->cp[k] != 0x53F7) ||	/* 日 号 */
		(ex->cp[k + 1] != 0xFF0C && ex->cp[k + 1] != ','))
		return 0;
	out->from = (year - 2000) * 12 + month - 1;
	out->to = out->from + 1;
	return k + 1 - p;
}

/*
 * At a clause start: a period written there (after scope words such as 全市, 截至)
 * holds for the paragraph when this is the paragraph's first clause, else for the rest
 * of the sentence.
 */
void
ext_clause_period(Extractor *ex, int p)
{
	IndPeriod	per;
	int			len,
				guard = 0;

	while (p < ex->n && is_space(ex->cp[p]))
		p++;
	while (guard++ < 3 &&
		   (len = match_word_list(ex, p, period_lead_words, N_OF(period_lead_words))) > 0)
	{
		if (ex->cp[p] == 0x9884)
			ex->sent_dated = ex->sent_estimate = true;	/* 预计: a forecast, no plan */
		p += len;
	}
	if (p >= ex->n)
		return;
	/* 去年 上年 前年 (a year before, named even when no year is known) */
	if (p + 1 < ex->n && ex->cp[p + 1] == 0x5E74 &&
		(ex->cp[p] == 0x53BB || ex->cp[p] == 0x4E0A || ex->cp[p] == 0x524D))
		ex->sent_dated = true;
	if ((len = event_day_month(ex, p, &per)) == 0)
		len = ext_period_at(ex, p, &per);
	if (len > 0)
		ex->sent_dated = true;
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
 * After a report's main targets (主要预期目标是…) come the plan year's tasks (全年实施项目1400个,
 * 商品房销售面积增长5.5%以上): they plan unless a period in force says otherwise, a year
 * before the targets' (此前，2025年全区实现…) or a part of a year (一季度, 1-10月: results
 * reported during the plan year).
 */
static bool
tasks_plan_holds(const Extractor *ex, int own)
{
	const IndPeriod *p = ex->sent_p.to ? &ex->sent_p : ex->para_p.to ? &ex->para_p : NULL;

	if (p && p->to - p->from < 12)
		return false;
	return !(own && ex->tasks_year && own < ex->tasks_year);
}

/*
 * Does the context plan the figure read now?  A plan word in its sentence or a list of
 * targets does.  A section that names targets (a heading or the title) does unless the
 * period in force ends before the section's year: under 主要目標 or a plan's title, 去年…
 * 增長8.0% and a paragraph opening with 2024年 report the past, they do not plan.
 */
bool
ext_plans(Extractor *ex, int pos)
{
	int			own,
				sect;

	if ((ex->sent_plan && pos >= ex->plan_from) || ex->para_plan)
		return true;
	if (ex->para_back)
		return false;			/* 过去五年，…: a paragraph looking back plans by its own words only */
	/* after a sentence that opened with 今年…将: a sentence with no period of its own (去年,
	 * 预计今年 name one) */
	if (ex->year_para_plan && !ex->sent_dated)
		return true;
	/* the last year of the period in force: “十四五”时期 (2021-2025) under 明年目标 plans */
	own = ex->sent_p.to ? (ex->sent_p.to - 1) / 12 :
		ex->para_p.to ? (ex->para_p.to - 1) / 12 : 0;
	if (ex->tasks_plan && pos >= ex->tasks_from && tasks_plan_holds(ex, own))
		return true;
	/* 预计2010年达到1800亿元左右 under a title naming targets: an estimate, planned only by its
	 * own words (b236) */
	if (!ex->sect_plan || ex->sent_estimate)
		return false;
	/* under a heading naming a goal, 截至上月底 (as of) in the sentence reports where things
	 * stand (目標2025年政府停車場充電收費 then 截至上月底，…已共提供逾4,600個: b221) */
	for (int k = ex->sent_from; !ex->sent_p.to && k + 1 < pos; k++)
		if (ex->cp[k] == 0x622A && (ex->cp[k + 1] == 0x81F3 || ex->cp[k + 1] == 0x6B62))	/* 截至 截止 */
			return false;		/* (a period read after 截至, 截至6月底, is weighed below) */
	/* under a title of the year's pledges (为民办25项实事), 截至6月底 and 1-10月 report progress
	 * during the plan year, as under its main targets (tasks_plan_holds) */
	{
		const IndPeriod *in = ex->sent_p.to ? &ex->sent_p : ex->para_p.to ? &ex->para_p : NULL;

		if (in && in->to - in->from < 12)
			return false;
	}
	sect = ex->sect_p.to ? period_year(&ex->sect_p) :
		ex->plan_year ? ex->plan_year : period_year(&ex->doc_p);
	if (!sect)
		sect = ex->tasks_year;	/* (今年…目标 over 2022年…主要预期目标是…: 2022's; 2021年… reports) */
	return !(own && sect && own < sect);
}

/*
 * At a clause start: does the clause plan?  A plan word makes it and the rest of its
 * sentence targets (今年共确定项目565个，计划总投资1.4万亿元: only the second is planned).
 * Each clause is read once, to its end.
 */
static void clause_plan_words(Extractor *ex, int p);

/* a clause introducing how a plan went, not the plan */
static const Word colon_review_words[] = {
	W2(0x6267, 0x884C),			/* 执行 */
	W2(0x5B8C, 0x6210),			/* 完成 */
	W2(0x60C5, 0x51B5),			/* 情况 */
};

/*
 * 主要预期目标是：…: a plan clause that ends with a colon introduces its targets: the rest
 * of the paragraph plans, and when the colon ends the line, the lines after it too (to a
 * blank line or a heading).
 */
void
ext_plan_colon(Extractor *ex, int p)
{
	int			k = p;

	while (k < ex->n && !ends_clause(ex->cp[k]) && !ends_sentence(ex->cp[k]))
	{
		if (match_word_list(ex, k, colon_review_words, N_OF(colon_review_words)))
			return;				/* 计划执行情况如下：a review of the plan follows */
		k++;
	}
	if (k < ex->n && (ex->cp[k] == 0xFF0C || ex->cp[k] == ','))
	{
		/* …指标体系安排，具体为：the colon may close a short clause after the plan's */
		int			q = k + 1;

		while (q < ex->n && q - k <= 6 && !ends_clause(ex->cp[q]) && !ends_sentence(ex->cp[q]))
			q++;
		if (q < ex->n && q - k <= 6 && (ex->cp[q] == 0xFF1A || ex->cp[q] == ':'))
			k = q;
	}
	if (k >= ex->n || (ex->cp[k] != 0xFF1A && ex->cp[k] != ':'))
		return;
	ex->para_plan = true;
	k++;
	while (k < ex->n && is_space(ex->cp[k]))
		k++;
	/* 今年要做好十方面的工作:(以下是节选) (b429): a short remark in a bracket may follow */
	if (k < ex->n && (ex->cp[k] == '(' || ex->cp[k] == 0xFF08))
	{
		int			q = k + 1;

		while (q < ex->n && q - k <= 12 && ex->cp[q] != ')' && ex->cp[q] != 0xFF09 &&
			   ex->cp[q] != '\n')
			q++;
		if (q < ex->n && q - k <= 12 && ex->cp[q] != '\n')
			for (k = q + 1; k < ex->n && is_space(ex->cp[k]); k++)
				;
	}
	if (k >= ex->n || ex->cp[k] == '\n' || ex->cp[k] == '\r')
	{
		ex->list_plan = true;
		ex->list_from = k;		/* blank lines before the first item end nothing */
	}
}

/*
 * 展示了2023年江苏经济发展取得的亮眼新成绩：…: a clause naming results (成绩 成就 成效 成果)
 * that ends with a colon introduces them, not tasks: after a report's main targets, it ends
 * the targets' tasks and list.
 */
static bool
results_colon(const Extractor *ex, int p)
{
	static const Word results_words[] = {
		W2(0x6210, 0x7EE9), W2(0x6210, 0x5C31), W2(0x6210, 0x6548), W2(0x6210, 0x679C),
	};							/* 成绩 成就 成效 成果 */
	bool		named = false;
	int			k;

	for (k = p; k < ex->n && !ends_clause(ex->cp[k]) && !ends_sentence(ex->cp[k]); k++)
		if (ex->cp[k] == 0x6210 && match_word_list(ex, k, results_words, N_OF(results_words)))
			named = true;
	return named && k < ex->n && (ex->cp[k] == 0xFF1A || ex->cp[k] == ':');
}

/*
 * 年度计划投资561.86亿元，1-6月累计完成投资362.32亿元: a clause opening with a part of the
 * year (1-6月, 上半年) that reports what has accrued (累计, 已) is the plan's progress, not
 * the plan: the sentence's plan ends there.  So is one opening with 目前 and 已 or 累计 soon
 * after, or with 已完成 or 已累计 (计划投资2000万元，目前已完成投资1800万元).
 */
static bool
reports_progress(Extractor *ex, int p)
{
	IndPeriod	per;
	int			len,
				flags;

	while (p < ex->n && (is_space(ex->cp[p]) || ends_clause(ex->cp[p])))
		p++;					/* the clause's comma */
	/* 计划投资2000万元，目前已完成投资1800万元, ，已完成1800万元 (b212): now, or already */
	if (p + 1 < ex->n && ((ex->cp[p] == 0x76EE && ex->cp[p + 1] == 0x524D) ||	/* 目前 */
						  (ex->cp[p] == 0x5DF2 && (ex->cp[p + 1] == 0x5B8C ||	/* 已完成 */
												   ex->cp[p + 1] == 0x7D2F))))	/* 已累计 */
	{
		len = ex->cp[p] == 0x5DF2 ? 0 : 2;
		for (int k = p + len; k < ex->n && k < p + 8 && !ends_clause(ex->cp[k]) &&
			 !ends_sentence(ex->cp[k]); k++)
			if (ex->cp[k] == 0x5DF2 || ex->cp[k] == 0x7D2F)	/* 已 累 */
				return true;
		return false;
	}
	/* the year does not matter here (1-6月 with none written): any will do for the length */
	len = ind_period_match(ex->cp + p, ex->n - p < 24 ? ex->n - p : 24, 2000, 2000, &per, &flags);
	if (len <= 0 || !per.to || per.to - per.from >= 12)
		return false;
	for (int k = p + len; k < ex->n && !ends_clause(ex->cp[k]) && !ends_sentence(ex->cp[k]); k++)
		if ((ex->cp[k] == 0x7D2F && k + 1 < ex->n &&
			 (ex->cp[k + 1] == 0x8BA1 || ex->cp[k + 1] == 0x8A08)) ||	/* 累计 累計 */
			ex->cp[k] == 0x5DF2)	/* 已 */
			return true;
	return false;
}

/*
 * 报告提出今年增长5%，实际增长5.2%: a later clause opening with 实际 and a change verb or 完成
 * reports the result (实际利用外资, 实际使用外资 name an indicator: not these)
 */
static bool
opens_actual(const Extractor *ex, int p)
{
	int			id;

	while (p < ex->n && (is_space(ex->cp[p]) || ends_clause(ex->cp[p])))
		p++;
	if (!(p + 3 < ex->n && ex->cp[p] == 0x5B9E && ex->cp[p + 1] == 0x9645))	/* 实际 */
		return false;
	return ind_verb_match_len(ex->cp + p + 2, ex->n - p - 2, &id) > 0 ||
		(ex->cp[p + 2] == 0x5B8C && ex->cp[p + 3] == 0x6210);	/* 完成 */
}

/*
 * 1.固定作物面积计划。果林7000亩，蔬菜7400亩: a numbered sentence of a few words ending with
 * 计划, 目标 or 任务 heads what follows as a heading would (a plan's sections printed inline):
 * the rest of the paragraph plans.  The item number keeps it from a sentence that merely
 * ends with the word (该项目已列入省重点建设计划。).
 */
static bool plan_word_reviews(const Extractor *ex, int k, int len, bool noun, bool resolve);

static bool
numbered_plan_heading(const Extractor *ex, int p)
{
	int			e = p,
				k;

	while (e < ex->n && e - p <= 24 && !ends_sentence(ex->cp[e]) && ex->cp[e] != '\n')
		e++;
	if (e >= ex->n || e - p > 24 || e < p + 4 || ex->cp[e] != 0x3002)	/* 。 */
		return false;
	if (!((ex->cp[e - 2] == 0x8BA1 && ex->cp[e - 1] == 0x5212) ||	/* 计划 */
		  (ex->cp[e - 2] == 0x76EE && ex->cp[e - 1] == 0x6807) ||	/* 目标 */
		  (ex->cp[e - 2] == 0x4EFB && ex->cp[e - 1] == 0x52A1)))	/* 任务 */
		return false;
	/* the words before it, then an item number's mark (1. 2、 (二)) */
	for (k = e - 3; k >= p && is_cjk(ex->cp[k]) && !is_cjk_numeral(ex->cp[k]) && e - 3 - k < 10; k--)
		;
	if (e - 3 - k < 2 || k < p + 1 || plan_word_reviews(ex, e - 2, 2, true, false))
		return false;			/* 1.完成年度计划。: a review */
	for (int q = k + 1; q < e; q++)
		if (ex->cp[q] == CH_LE)
			return false;		/* 1.制定了生产计划。: done */
	if (ex->cp[k] == '.' || ex->cp[k] == 0xFF0E || ex->cp[k] == CH_DUN)
		return is_numeral_char(ex->cp[k - 1]);
	return (ex->cp[k] == ')' || ex->cp[k] == 0xFF09) && is_numeral_char(ex->cp[k - 1]);
}

/*
 * 他们确定的主要指标：地区生产总值由…增加到2011年的365亿元 (b260): a clause naming targets set
 * (确定 提出 明确, then 指标 or 目标 later in it) that ends with a colon introduces them, as
 * 主要预期目标是： does (ext_plan_colon then reads the colon)
 */
static bool
names_set_targets(const Extractor *ex, int p)
{
	static const Word set_words[] = {
		W2(0x786E, 0x5B9A), W2(0x63D0, 0x51FA), W2(0x660E, 0x786E),	/* 确定 提出 明确 */
	};
	int			set = -1,
				e;

	/* the colon and the noun before it first: most clauses end otherwise */
	for (e = p; e < ex->n && e - p <= 20 && !ends_clause(ex->cp[e]) && !ends_sentence(ex->cp[e]); e++)
		;
	if (e >= ex->n || e < p + 6 || (ex->cp[e] != 0xFF1A && ex->cp[e] != ':') ||
		ex->cp[e - 1] != 0x6807 || (ex->cp[e - 2] != 0x6307 && ex->cp[e - 2] != 0x76EE))
		return false;			/* (…指标： …目标：) */
	for (int k = p; k < e; k++)
	{
		if (set < 0 && match_word_list(ex, k, set_words, N_OF(set_words)))
			set = k;
		if (match_word_list(ex, k, colon_review_words, N_OF(colon_review_words)))
			return false;
	}
	return set >= 0 && e >= set + 4;
}

void
ext_clause_plan(Extractor *ex, int p)
{
	bool		was = ex->sent_plan;

	if (p == ex->sent_from && !ex->para_plan && numbered_plan_heading(ex, p))
	{
		ex->para_plan = true;
		return;
	}

	if (was && p > ex->plan_from && (reports_progress(ex, p) || opens_actual(ex, p) ||
									 ex->plan_clause))
		ex->sent_plan = was = false;	/* (提出's goal ends with its clause: …的目标，实际…显示，
										 * 去年…达990865亿元, b56) */
	ex->plan_clause = false;
	clause_plan_words(ex, p);
	/* 未来5年…战略，到2020年将实现：a later clause of a planned sentence may end with the
	 * colon that opens its list */
	if (ex->sent_plan || names_set_targets(ex, p))
		ext_plan_colon(ex, p);
	else if (!ex->sent_plan && (ex->tasks_plan || ex->list_plan) && results_colon(ex, p))
		ex->tasks_plan = ex->list_plan = ex->para_plan = false;
}

/* verbs that measure a result against the plan */
static const Word measured_words[] = {
	W2(0x7B26, 0x5408),			/* 符合 */
	W2(0x8D85, 0x8FC7),			/* 超过 */
	W2(0x4F4E, 0x4E8E),			/* 低于 */
	W2(0x9AD8, 0x4E8E),			/* 高于 */
	W2(0x8FBE, 0x5230),			/* 达到 */
	W2(0x8D85, 0x51FA),			/* 超出 */
};

/*
 * 12项主要预期目标中11项较好完成, 计划执行情况较好, 目标完成情况: a plan word after a count
 * of items names the plan's indicators, one before 执行 or 完成 its review, one after a
 * comparison (符合预期目标, 与预期目标存在差距) a result measured against it: none plans.
 * noun: the plan word is 目标, 计划 or 预期; resolve: it is 力争, 确保, 争取 or 要.
 */
static bool
plan_word_reviews(const Extractor *ex, int k, int len, bool noun, bool resolve)
{
	static const Word zhuyao = W2(0x4E3B, 0x8981);	/* 主要 */
	int			b = k;

	if (b - 2 >= 0 && word_at(ex, b - 2, zhuyao.cp, zhuyao.len))
		b -= 2;
	/* 低于年度预期目标1.9个百分点, 完成全年计划目标的45.4%: 年度/全年 between the comparison
	 * and the plan word */
	if (b - 2 >= 0 && ((ex->cp[b - 2] == 0x5E74 && (ex->cp[b - 1] == 0x5EA6 ||	/* 年度 */
													 ex->cp[b - 1] == 0x521D)) ||	/* 年初 (b429) */
					   (ex->cp[b - 2] == 0x5168 && ex->cp[b - 1] == 0x5E74)))	/* 全年 */
		b -= 2;
	if (b - 2 >= 0 && (ex->cp[b - 1] == 0x9879 || ex->cp[b - 1] == 0x4E2A) &&
		is_numeral_char(ex->cp[b - 2]))
		return true;			/* 12项(主要)预期目标, 9个目标 */
	if (b - 1 >= 0 && (ex->cp[b - 1] == CH_YU2 || ex->cp[b - 1] == 0x8F83 ||
					   (ex->cp[b - 1] == 0x6BD4 && !(b - 2 >= 0 && ex->cp[b - 2] == 0x5360))))
		return true;			/* 与预期目标存在差距, 比计划; not 占比 (a share: 占比力争达到60%, b433) */
	if (b - 2 >= 0 && match_word_list(ex, b - 2, measured_words, N_OF(measured_words)) == 2)
		return true;			/* 符合预期目标, 超过预期目标 */
	/* 好于下降7%的预期, 完成100万吨的目标, 低于5.5%左右的预期目标 (b471): a plan word after a
	 * figure (its suffix qualifier too) and 的 is that figure's (target_follows reads it), not
	 * a plan for the sentence */
	if (b - 2 >= 0 && ex->cp[b - 1] == CH_DE)
	{
		int			e = b - 2,
					qid;

		if (e - 2 >= 0 && ind_qual_match_len(ex->cp + e - 1, 2, QP_SUFFIX, &qid) == 2)
			e -= 2;				/* 左右 以上 以内 … */
		if (is_digit(ex->cp[e]) || ex->cp[e] == '%' || ex->cp[e] == 0x2030 ||
			ex->cp[e] == 0x5143 || ex->cp[e] == 0x4EBA || ex->cp[e] == 0x5428 ||
			ex->cp[e] == 0x4EA9 || ex->cp[e] == 0x4E2A)	/* 元 人 吨 亩 个 */
			return true;
	}
	/* 基本实现“增速不低于全州平均水平”的目标 (b218): a goal quoted before 的, achieved or
	 * completed (实现 完成 达到 before the quote), is a result as 实现预期目标 is */
	if (b - 3 >= 0 && ex->cp[b - 1] == CH_DE && (ex->cp[b - 2] == 0x201D || ex->cp[b - 2] == 0x300D))
	{
		uint32_t	open = ex->cp[b - 2] == 0x201D ? 0x201C : 0x300C;	/* “ 「 */

		for (int q = b - 3; q >= 2 && q > b - 40; q--)
			if (ex->cp[q] == open)
			{
				if ((ex->cp[q - 2] == 0x5B9E && ex->cp[q - 1] == 0x73B0) ||	/* 实现 */
					(ex->cp[q - 2] == 0x5B8C && ex->cp[q - 1] == 0x6210) ||	/* 完成 */
					(ex->cp[q - 2] == 0x8FBE && ex->cp[q - 1] == 0x5230))	/* 达到 */
					return !(q - 3 >= 0 && (ex->cp[q - 3] == 0x4FDD || ex->cp[q - 3] == 0x4E89 ||
											ex->cp[q - 3] == 0x529B || ex->cp[q - 3] == 0x53D6));
				break;
			}
	}
	/* 实现预期目标 (achieved: a result), but not 确保实现, 力争实现, 努力实现, 争取实现 (a plan) */
	if (b - 2 >= 0 && ex->cp[b - 2] == 0x5B9E && ex->cp[b - 1] == 0x73B0 &&
		!(b - 3 >= 0 && (ex->cp[b - 3] == 0x4FDD || ex->cp[b - 3] == 0x4E89 ||
						 ex->cp[b - 3] == 0x529B || ex->cp[b - 3] == 0x53D6)))
		/* 保 争 力 取: 确保 力争 努力 争取 */
		return true;
	if (b - 2 >= 0 && ex->cp[b - 2] == 0x5E02 &&
		(ex->cp[b - 1] == 0x573A || ex->cp[b - 1] == 0x5834))
		return true;			/* 市场预期, 市場預期: what the market expected, no plan */
	/* 超年度計劃5%, 超年度目標近4成, 超额完成省考核目标, 完成年度目标任务: a result set against
	 * the plan (超 or 完成 a few characters before its word, in the clause); not before a verb
	 * of resolve: 完成投资力争超过145亿元 plans (力争, 确保, 争取, 要: 完成投资 is the subject; b280) */
	for (int q = b - 1; !resolve && q >= 0 && q >= b - 8 && !ends_clause(ex->cp[q]) &&
		 !ends_sentence(ex->cp[q]); q--)
		if (ex->cp[q] == 0x8D85 || ex->cp[q] == 0x5DEE ||	/* 超, 差 (差计划目标3.1个百分点: b218) */
			(ex->cp[q] == 0x5B8C && q + 1 < b && ex->cp[q + 1] == 0x6210))	/* 完成 */
			return !(q - 1 >= 0 && (ex->cp[q - 1] == 0x4FDD || ex->cp[q - 1] == 0x4E89 ||
									ex->cp[q - 1] == 0x529B || ex->cp[q - 1] == 0x53D6));
	/* not after 确保 力争 努力 争取 (保 争 力 取): 确保完成年度目标 plans */
	if (b - 1 >= 0)
		switch (ex->cp[b - 1])
		{
				/* 好于预期, 逊预期, 胜预期, 不及预期, 超过预期, 超出预期, 不如预期 (and
				 * traditional 於 遜 勝 過): a result set against what was expected */
			case 0x4E8E: case 0x65BC: case 0x900A: case 0x905C: case 0x80DC: case 0x52DD:
			case 0x53CA: case 0x8FC7: case 0x904E: case 0x51FA: case 0x5982:
				return true;
		}
	if (k + len + 2 <= ex->n && (ex->cp[k + len] == 0x76EE || ex->cp[k + len] == 0x6307) &&
		ex->cp[k + len + 1] == 0x6807)
		len += 2;				/* 预期目标, 计划指标 */
	/* 推廣目標達成率為177.78% (b221): the rate a goal was attained at looks back */
	if (k + len + 1 < ex->n && ex->cp[k + len] == 0x8FBE && ex->cp[k + len + 1] == 0x6210 &&
		(ex->cp[k] == 0x76EE || ex->cp[k] == 0x9884))	/* 目标, 预期目标: not 力争目标达成 */
		return true;
	/* 计划执行, 目标完成 (a noun; 力争完成 plans); 计划完成投资700亿元以上 (a verb and its
	 * object or number) plans */
	if (noun && match_word_list(ex, k + len, colon_review_words, 2) > 0)
	{
		uint32_t	after = k + len + 2 < ex->n ? ex->cp[k + len + 2] : 0;

		/* 计划完成土石方1325.2万方 (an object after 完成) plans as 计划完成投资 does; 计划完成情况,
		 * 完成率, 完成的, 完成了 and 完成 ending its clause look back */
		if (ex->cp[k + len] == 0x5B8C && after >= 0x4E00 && after <= 0x9FFF &&
			after != 0x60C5 && after != 0x7387 && after != CH_DE && after != CH_LE &&
			after != 0x5EA6 && after != 0x8FDB)	/* 情 率 的 了 度 进(度) */
			return false;
		return !(is_numeral_char(after) || after == 0x6295 ||	/* 投 */
				 after == 0x5EFA || after == 0x65B0);	/* 建 新 */
	}
	return false;
}

/*
 * 主要预期目标, 预期目标, 主要目标 at k (the plan word w found there), in the report's own
 * words: its tasks follow.  Quoted in the news (《报告》称，…主要预期目标是, 蓝天立指出), what
 * follows is the article's, not the report's tasks.
 */
static bool
names_main_targets(const Extractor *ex, int k, int w)
{
	static const Word zhuyao = W2(0x4E3B, 0x8981);	/* 主要 */
	static const Word mubiao = W2(0x76EE, 0x6807);	/* 目标 */
	static const Word speech_words[] = {
		W1(0x79F0), W1(0x7A31),	/* 称 稱 */
		W1(0x8BF4), W1(0x8AAA),	/* 说 說 */
		W2(0x63D0, 0x51FA),		/* 提出 */
		W2(0x8868, 0x793A),		/* 表示 */
		W2(0x6307, 0x51FA),		/* 指出 */
		W2(0x4ECB, 0x7ECD), W2(0x4ECB, 0x7D39),	/* 介绍 介紹 */
	};

	/* 紧扣预期目标, 围绕全年主要目标, 确保完成预期目标: the targets aimed at, not announced */
	static const Word aiming_words[] = {
		W2(0x7D27, 0x6263), W2(0x7DCA, 0x6263),	/* 紧扣 緊扣 */
		W2(0x56F4, 0x7ED5), W2(0x570D, 0x7E5E),	/* 围绕 圍繞 */
		W2(0x5BF9, 0x7167), W2(0x5C0D, 0x7167),	/* 对照 對照 */
		W2(0x5BF9, 0x6807), W2(0x5C0D, 0x6A19),	/* 对标 對標 */
		W2(0x951A, 0x5B9A), W2(0x9328, 0x5B9A),	/* 锚定 錨定 */
		W2(0x7784, 0x51C6), W2(0x7784, 0x6E96),	/* 瞄准 瞄準 */
		W2(0x7D27, 0x76EF), W2(0x7DCA, 0x76EF),	/* 紧盯 緊盯 */
		W2(0x805A, 0x7126),		/* 聚焦 */
		W2(0x5B8C, 0x6210),		/* 完成 */
		W2(0x5B9E, 0x73B0), W2(0x5BE6, 0x73FE),	/* 实现 實現 */
	};
	int			from = w == PW_YUQI ? k : k - 2;

	if (w == PW_YUQI ? !word_at(ex, k + 2, mubiao.cp, mubiao.len)
		: !(w == PW_MUBIAO && k >= 2 && word_at(ex, k - 2, zhuyao.cp, zhuyao.len)))
		return false;
	/* the verb right before, or before 全年/年度/今年 */
	for (int gap = 0; gap <= 2; gap += 2)
		if (from - gap - 2 >= 0 &&
			match_word_list(ex, from - gap - 2, aiming_words, N_OF(aiming_words)))
			return false;
	for (int b = k - 1; b >= 0 && !ends_sentence(ex->cp[b]) && ex->cp[b] != '\n'; b--)
		if (match_word_list(ex, b, speech_words, N_OF(speech_words)))
			return false;
	return true;
}

/*
 * 今年西藏将稳步发展…, 到2025年地区生产总值将达到…, 对于今年政府工作要求: this year's (or next
 * year's, or a deadline's) 将 (will) or 要求 (requires) plans the rest of the sentence,
 * unless it is a forecast (预计全年将增长5%左右) or 将近 (nearly).  Where 今年 stands (the plan
 * holds from there), -1 for none; *end is where the clause ends (the plan words are looked
 * for up to there).
 */
/* at p, after 十X五 (a closing quote passed over): 期间 or 时期, the plan's period */
static bool
five_year_period(const Extractor *ex, int p)
{
	if (p < ex->n && (ex->cp[p] == 0x201D || ex->cp[p] == '"'))
		p++;
	return p + 1 < ex->n && ((ex->cp[p] == 0x671F && ex->cp[p + 1] == 0x95F4) ||	/* 期间 */
							 (ex->cp[p] == 0x65F6 && ex->cp[p + 1] == 0x671F) ||	/* 时期 */
							 (ex->cp[p] == 0x671F && ex->cp[p + 1] == 0x672B));	/* 期末 */
}

/* 提出 明确 要求 (proposes, sets, requires) at q */
static bool
proposing_at(const Extractor *ex, int q)
{
	return q >= 0 && q + 1 < ex->n &&
		((ex->cp[q] == 0x63D0 && ex->cp[q + 1] == 0x51FA) ||	/* 提出 */
		 (ex->cp[q] == 0x660E && ex->cp[q + 1] == 0x786E) ||	/* 明确 */
		 (ex->cp[q] == 0x8981 && ex->cp[q + 1] == 0x6C42));	/* 要求 */
}

/* 提出 明确 要求 right before the clause at p, after its comma; or 指出 after a document's
 * title (《方案》指出，到2023年，…: b71) */
static bool
proposes_before(const Extractor *ex, int p)
{
	int			b = p - 1;

	while (b >= 0 && is_space(ex->cp[b]))
		b--;
	if (b < 2 || (ex->cp[b] != 0xFF0C && ex->cp[b] != ','))
		return false;
	if (b >= 3 && ex->cp[b - 2] == 0x6307 && ex->cp[b - 1] == 0x51FA && ex->cp[b - 3] == 0x300B)
		return true;			/* 》指出 */
	return proposing_at(ex, b - 2);
}

/* the year written in four digits at k (2030, 二〇三〇: Taiwan press, b303) then 年: the
 * year, or 0 */
static int
year_at(const Extractor *ex, int k)
{
	int			y;

	return ind_year_digits(ex->cp + k, ex->n - k, &y) == 4 && ex->cp[k + 4] == 0x5E74 ? y : 0;
}

/* the four digits at k, a year: not before the latest year the text is known to be in (a
 * heading's, the title's, the first written; none known passes).  The clause's and the
 * paragraph's periods are not asked: the deadline itself sets them. */
static bool
deadline_ahead(const Extractor *ex, int k)
{
	int			y = year_at(ex, k),
				known[] = {ex->sect_p.to ? period_year(&ex->sect_p) : 0,
		ex->doc_p.to ? period_year(&ex->doc_p) : 0, ex->ref_year, ex->first_year};

	for (int i = 0; i < 4; i++)
		if (y < known[i])
			return false;
	return true;
}

/* the year at k is not before any year the text is known to be in, and one is known (the
 * text's own year included: a report dated January 2018 plans 2018) */
static bool
year_ahead_of_known(const Extractor *ex, int k)
{
	return deadline_ahead(ex, k) &&
		(ex->sect_p.to || ex->doc_p.to || ex->ref_year || ex->first_year);
}

/* q..at: who says it, 陈雷说， 他表示， (up to eight ideographs, then 说 表示 指出 and a comma) */
static bool
speaker_lead(const Extractor *ex, int q, int at)
{
	int			c = at - 1;

	if (c - q < 2 || c - q > 10 || (ex->cp[c] != 0xFF0C && ex->cp[c] != ','))
		return false;
	for (int k = q; k < c; k++)
		if (!is_cjk(ex->cp[k]))
			return false;
	return ex->cp[c - 1] == 0x8BF4 || ex->cp[c - 1] == 0x8AAA || ex->cp[c - 1] == 0x8AAC ||	/* 说 說 説 */
		(c - q >= 3 && ((ex->cp[c - 2] == 0x8868 && ex->cp[c - 1] == 0x793A) ||	/* 表示 */
						(ex->cp[c - 2] == 0x6307 && ex->cp[c - 1] == 0x51FA)));	/* 指出 */
}

/* 来五年, 来5年, 来三年 at k (after 未), and 后五年, 后2—3年, 后几年 (after 今): the coming
 * years, counted in one numeral or a range of two.  Where their 年 is, 0 when not so. */
static int
future_years(const Extractor *ex, int k)
{
	uint32_t	head = ex->cp[k - 1] == 0x4ECA ? 0x540E : 0x6765;	/* 今后, 未来 */

	if (!(k + 2 < ex->n && ex->cp[k] == head &&
		  (is_numeral_char(ex->cp[k + 1]) || ex->cp[k + 1] == 0x51E0)))
		return 0;				/* (几) */
	if (ex->cp[k + 2] == 0x5E74)
		return k + 2;
	return head == 0x540E && k + 4 < ex->n &&
		(ex->cp[k + 2] == '-' || ex->cp[k + 2] == 0x2014 || ex->cp[k + 2] == 0x2013 ||
		 ex->cp[k + 2] == 0x81F3) &&
		is_numeral_char(ex->cp[k + 3]) && ex->cp[k + 4] == 0x5E74 ? k + 4 : 0;
}

/* 今年 or 明年 at k, not a part of this year to date (今年以来, 今年前三季度, 今年上半年,
 * 今年1-5月, 今年一季度) */
static inline bool
this_year_at(const Extractor *ex, int k)
{
	uint32_t	after;

	if (k + 1 >= ex->n || (ex->cp[k] != 0x4ECA && ex->cp[k] != 0x660E) || ex->cp[k + 1] != 0x5E74)
		return false;
	after = k + 2 < ex->n ? ex->cp[k + 2] : 0;
	return after != 0x4EE5 && after != 0x524D && after != 0x4E0A && !is_digit(after) &&
		!is_cjk_numeral(after);
}

/* 在三年内, 在5年内 (within so many years) at q, after 将: a span ahead */
static bool
years_within(const Extractor *ex, int q)
{
	int			k = q + 1;

	if (q >= ex->n || ex->cp[q] != 0x5728)	/* 在 */
		return false;
	while (k < ex->n && k - q <= 3 && is_numeral_char(ex->cp[k]))
		k++;
	return k > q + 1 && k + 1 < ex->n && ex->cp[k] == 0x5E74 && ex->cp[k + 1] == 0x5185;	/* 年内 */
}

/* the sentence opens with 今年 or 明年 (this_year_at): where, or -1 */
static int
sentence_opens_this_year(const Extractor *ex)
{
	int			q = ex->sent_from;

	while (q < ex->n && is_space(ex->cp[q]))
		q++;
	return q + 2 < ex->n && this_year_at(ex, q) ? q : -1;
}

/* 今年年底前，建成…; 2025年年底前，累计新改造…: before the end of a year to come, a deadline
 * (a year not before the text's); at k, 底 (this_year_will's scan) */
static void
year_end_before(const Extractor *ex, int p, int k, int *year, bool *will, int *deadline_end)
{
	if (k + 1 < ex->n && ex->cp[k + 1] == 0x524D && k >= p + 2 &&
		ex->cp[k - 1] == 0x5E74 && (k - p <= 8))
	{
		int			y = ex->cp[k - 2] == 0x5E74 ? k - 6 : k - 5;	/* 2025年年底 2025年底 */

		if (*year >= 0 && *year >= k - 4)
			*will = true;	/* 今年年底前, 今年底前 */
		else if (y >= p && is_digit(ex->cp[y]) && is_digit(ex->cp[y + 3]) &&
				 deadline_ahead(ex, y))
		{
			if (*year < 0)
				*year = y;
			*will = true;
		}
		if (*will)
			*deadline_end = k + 2;
	}
}

/* p..k: ideographs only, none a numeral nor 的 (a subject's name: 深圳, 上海市) */
static bool
subject_before(const Extractor *ex, int p, int k)
{
	for (int q = p; q < k; q++)
		if (ex->cp[q] < 0x4E00 || ex->cp[q] > 0x9FFF || is_cjk_numeral(ex->cp[q]) ||
			ex->cp[q] == CH_DE)
			return false;
	return true;
}

/* 期盼到2028年, 希望在2028年前 (stop 43, b457): a word of hope or wish opening the clause
 * right before the deadline at k; the deadline then opens the clause (the goals hoped for) */
static bool
hope_before(const Extractor *ex, int p, int k)
{
	static const Word hope_words[] = {
		W2(0x671F, 0x76FC), W2(0x671F, 0x671B),	/* 期盼 期望 */
		W2(0x5E0C, 0x671B), W2(0x76FC, 0x671B),	/* 希望 盼望 */
	};

	return k == p + 2 && match_word_list(ex, p, hope_words, N_OF(hope_words)) > 0;
}

/* 到2025年…将 at k (到 or 至 and a year): a deadline, planning when a proposal or a comma
 * after it says so (this_year_will's scan) */
static void
deadline_year(const Extractor *ex, int p, int k, int *year, bool *will)
{
	if (*year < 0 && k + 5 < ex->n && year_at(ex, k + 1) > 0)
	{								/* 到2025年, 到二〇三〇年 */
		*year = k;	/* 到2025年…将: a deadline */
		/* 具体到2022年，…(b369): specifically by then, a deadline opening the clause too */
		if (k == p + 2 && ex->cp[p] == 0x5177 && ex->cp[p + 1] == 0x4F53)	/* 具体 */
			p = k;
		else if (hope_before(ex, p, k))
			p = k;
		/* 《规划》提出，到2025年，…: a plan's deadline after what it proposes */
		if (k == p && proposes_before(ex, p))
			*will = true;
		/* 到2010年，农村自来水普及率达到30%: a deadline alone opening the clause,
		 * not before the text's year (到1971年 in a 2024 text is history) */
		else if (k == p && k + 6 < ex->n &&
				 (ex->cp[k + 6] == 0xFF0C || ex->cp[k + 6] == ',') &&
				 deadline_ahead(ex, k + 1))
			*will = true;
		/* 国务院:到2025年全国地级及以上城市PM2.5浓度比2020年下降10% (b188): right after a colon
		 * the deadline opens what is announced, with or without its comma */
		else if (k == p && k > 0 && (ex->cp[k - 1] == 0xFF1A || ex->cp[k - 1] == ':') &&
				 deadline_ahead(ex, k + 1))
			*will = true;
		/* 光明网讯“到2025年，全国油茶种植面积达到9000万亩以上” (b433): right after an opening
		 * quote, as after a colon, the deadline opens what is quoted */
		else if (k > p && is_open_quote(ex->cp[k - 1]) && k + 6 < ex->n &&
				 (ex->cp[k + 6] == 0xFF0C || ex->cp[k + 6] == ',') && deadline_ahead(ex, k + 1))
			*will = true;
	}
}

/*
 * 在2028年前，平均经济成长率达3%以上 (stop 43, b457): 在, a year not before the text's and 前
 * (by then) at k, opening the clause (or after a word of hope) and ending its part with a
 * comma: a deadline, as 到2028年， is (not 2028年前三季度, a part of a year)
 */
static void
deadline_before_year(const Extractor *ex, int p, int k, int *year, bool *will,
					 int *deadline_end)
{
	if (*year < 0 && k + 7 < ex->n && year_at(ex, k + 1) > 0 && ex->cp[k + 6] == 0x524D &&
		(ex->cp[k + 7] == 0xFF0C || ex->cp[k + 7] == ',') &&
		(k == p || hope_before(ex, p, k)) && deadline_ahead(ex, k + 1))
	{
		*year = k;
		*will = true;
		*deadline_end = k + 7;
	}
}

/* 将 at k after a year, 还将 after a sentence opening with 今年, 将在三年内 (this_year_will's
 * scan) */
static void
will_after_year(const Extractor *ex, int p, int k, int *year, bool *will)
{
	if (*year >= 0 && ex->cp[k + 1] != 0x8FD1)
		*will = true;	/* not 将近 */
	/* 今年除了继续推进15个续建项目，还将开工建设…: 还将 (也将, 并将) opening a
	 * later clause of a sentence that opened with 今年 */
	else if (*year < 0 && k == p + 1 &&
			 (ex->cp[p] == 0x8FD8 || ex->cp[p] == 0x9084 || ex->cp[p] == 0x4E5F ||
			  ex->cp[p] == 0x5E76 || ex->cp[p] == 0x4E26) &&
			 (*year = sentence_opens_this_year(ex)) >= 0)
		*will = true;
	else if (*year < 0 && years_within(ex, k + 1))
	{
		*year = k;	/* 成都将在三年内深入推进1000个…: the years ahead */
		*will = true;
	}
}

/* 2024年静安区将: a place's name of two to five ideographs at name, then 将 (將), not 将近
 * (nearly) */
static bool
name_then_will(const Extractor *ex, int name)
{
	for (int q = name + 2; q <= name + 5 && q < ex->n; q++)
		if (ex->cp[q] == 0x5C06 || ex->cp[q] == 0x5C07)
			return subject_before(ex, name, q) && q + 1 < ex->n && ex->cp[q + 1] != 0x8FD1;
	return false;
}

/*
 * A year opening the clause at p that this_year_will reads as the clause's: alone before a
 * comma and 将, before a place's name and 将, or after what a report proposes (then *will is
 * set).  Its position (p), or -1.
 */
static int
year_opening_clause(const Extractor *ex, int p, bool *will)
{
	/* 2019年，交通运输行业将完成…: a year alone, then 将; 2024年静安区将新增…: a year, a
	 * place's name and 将, the year not before the text's */
	if (p + 5 < ex->n && is_digit(ex->cp[p]) && ex->cp[p + 4] == 0x5E74 &&
		is_digit(ex->cp[p + 1]) && is_digit(ex->cp[p + 2]) && is_digit(ex->cp[p + 3]) &&
		(ends_clause(ex->cp[p + 5]) ||
		 (p + 9 < ex->n && name_then_will(ex, p + 5) && deadline_ahead(ex, p))))
		return p;
	/* 报告提出，2019年城镇新增就业1100万人以上 (b56): a year opening the clause after what a
	 * report proposes or sets (提出 明确 要求) is the year planned, quoted or not; not a part of
	 * it or the time since (2019年以来, 2019年上半年, 2019年底) */
	else if (p + 6 < ex->n && is_digit(ex->cp[p]) && ex->cp[p + 4] == 0x5E74 &&
			 is_digit(ex->cp[p + 1]) && is_digit(ex->cp[p + 2]) && is_digit(ex->cp[p + 3]) &&
			 ex->cp[p + 5] >= 0x4E00 && !is_cjk_numeral(ex->cp[p + 5]) &&
			 ex->cp[p + 5] != 0x4EE5 && ex->cp[p + 5] != 0x4E0A && ex->cp[p + 5] != 0x4E0B &&
			 ex->cp[p + 5] != 0x524D && ex->cp[p + 5] != 0x5E95 && ex->cp[p + 5] != 0x672B &&
			 ex->cp[p + 5] != 0x7B2C && ex->cp[p + 5] != 0x5168 && proposes_before(ex, p))
	{
		*will = true;			/* (以 上 下 前 底 末 第 全: 全年 stays for the 全 case below) */
		return p;
	}
	return -1;
}

static int
this_year_will(const Extractor *ex, int p, int *end)
{
	static const Word forecast_words[] = {
		W2(0x9884, 0x8BA1), W2(0x9810, 0x8A08),	/* 预计 預計 */
		W2(0x9884, 0x6D4B), W2(0x9810, 0x6E2C),	/* 预测 預測 */
		W2(0x4F30, 0x8BA1), W2(0x4F30, 0x8A08),	/* 估计 估計 */
		W2(0x9884, 0x6599), W2(0x9810, 0x6599),	/* 预料 預料 */
		W2(0x9884, 0x4F30), W2(0x9810, 0x4F30),	/* 预估 預估 */
		W2(0x6709, 0x671B), W2(0x53EF, 0x671B),	/* 有望 可望 */
	};
	int			year = -1,
				deadline_end = -1;
	bool		will = false,
				must = false,
				plan_period = false,
				proposes = false;
	int			k;

	year = year_opening_clause(ex, p, &will);
	/* the year and 将 first: most clauses have neither, and the forecast words are looked
	 * up only where both are (every clause start comes here; a switch, most characters are
	 * none of these) */
	for (k = p; k + 1 < ex->n && !ends_sentence(ex->cp[k]); k++)
	{
		uint32_t	c = ex->cp[k];

		switch (c)
		{
			case 0xFF0C: case ',': case 0xFF1B: case ';': case 0xFF1A: case ':':
				/* 今年，市农业农村局将…, 到2025年，我国…, 2019年，…: a clause of the year
				 * alone is the next clause's time */
				if (year >= 0 && year <= p + 1 &&
					(k - p == 2 || (k - p == 6 && ex->cp[p + 5] == 0x5E74) ||
					 (k - p == 5 && ex->cp[p + 4] == 0x5E74) || (plan_period && k - p <= 7) ||
					 deadline_end == k) &&
					(c == 0xFF0C || c == ','))
					continue;
				goto clause_end;
			case 0x5E95:		/* 底 */
				year_end_before(ex, p, k, &year, &will, &deadline_end);
				break;
			case 0x4ECA:		/* 今 */
			case 0x660E:		/* 明 */
				if (ex->cp[k + 1] == 0x5E74)
				{
					if (year < 0 && this_year_at(ex, k))
						year = k;	/* 今年 明年 */
				}
				else if (c == 0x4ECA && year < 0 && future_years(ex, k + 1) > 0)
				{
					year = k;	/* 今后2—3年全省重点建设项目53个: the years ahead */
					plan_period = will = true;
				}
				break;
			case 0x5C4A:		/* 届 */
				if (year < 0 && ex->cp[k + 1] == 0x65F6 && ex->prev_sent_plan)
					year = k;	/* 届时，我国经济总量将超过90万亿元: by then (the deadline just planned) */
				break;
			case 0x672A:		/* 未 */
				if (year < 0 && future_years(ex, k + 1) > 0)
				{
					year = k;	/* 未来五年，GDP年均增速为4.5%至5%: the years ahead, planned */
					plan_period = will = true;
				}
				break;
			case 0x63D0:		/* 提 */
				if (ex->cp[k + 1] == 0x51FA)
					proposes = true;	/* 江苏提出“十三五”期末地区生产总值达到10万亿元左右 */
				break;
			case 0x5168:		/* 全 */
				if (ex->cp[k + 1] == 0x5E74 && proposes && year < 0)
				{
					year = k;	/* 安徽提出“全年新开工…2600个以上”: the year proposed */
					will = true;
				}
				break;
			case 0x8981:		/* 要 */
				if (ex->cp[k + 1] == 0x6C42 ? year >= 0 : plan_period)
					will = true;	/* 今年…要求; 十四五时期，江苏要实现… */
				else if (year >= 0 && k >= 1 && ex->cp[k - 1] == 0x5E74)
					must = true;	/* 今年要做好十方面的工作：(weighed at the clause's end) */
				break;
			case 0x5341:		/* 十 */
				if (year < 0 && k + 4 < ex->n && is_cjk_numeral(ex->cp[k + 1]) &&
					ex->cp[k + 2] == 0x4E94 && five_year_period(ex, k + 3))
				{
					year = k;	/* “十四五”期间…将, 十四五时期…要: a five-year plan's period */
					plan_period = true;
				}
				break;
			case 0x5230:		/* 到 */
			case 0x81F3:		/* 至 */
				deadline_year(ex, p, k, &year, &will);
				break;
			case 0x5728:		/* 在 */
				deadline_before_year(ex, p, k, &year, &will, &deadline_end);
				break;
			case 0x5C06:		/* 将 */
			case 0x5C07:		/* 將 */
				will_after_year(ex, p, k, &year, &will);
				break;
		}
	}
clause_end:
	*end = k;
	/* 十四五时期…提出; 政府工作报告提出，2023年居民消费价格涨幅3%左右: a year (or a plan's
	 * period) and what a report proposes for it */
	if (proposes && (plan_period || year >= 0))
		will = true;
	/* 今年要做好十方面的工作：(b429): the year's 要 ending its clause with a colon introduces
	 * the year's tasks */
	if (must && k < ex->n && (ex->cp[k] == 0xFF1A || ex->cp[k] == ':'))
		will = true;
	if (!will)
		return -1;
	for (int f = p; f < k; f++)
		if (match_word_list(ex, f, forecast_words, N_OF(forecast_words)))
			return -1;
	return year;
}

/*
 * At p: 此外, 另外 (besides) add to the sentence before (1); 其中 opening a sentence (3: also to a
 * planning sentence without figures); 这当中, 这其中 (of which) or 在…中， around a
 * figure (在总投资302.3亿元中，) opening a sentence, and 全年 (for the whole year) opening a clause
 * add to the last sentence with rows (2: …将新建4个
 * 生活圈。其中，全年新建停车场2个; …确保施工总产值达280亿元。以现代农业促进转型升级。全年新增5万亩); 0
 * none.
 */
static int
adds_to_before(const Extractor *ex, int p)
{
	uint32_t	a,
				b;

	while (p < ex->n && is_space(ex->cp[p]))
		p++;
	if (p + 1 >= ex->n)
		return 0;
	a = ex->cp[p];
	b = ex->cp[p + 1];
	if ((a == 0x6B64 || a == 0x53E6) && b == 0x5916)
		return 1;				/* 此外 另外 */
	if (a == 0x5168 && b == 0x5E74)
		return 2;				/* 全年, opening a clause (綜合開展扶貧工作，全年實現8500人脫貧) */
	if (p == ex->sent_from && a == 0x5728)	/* 在总投资302.3亿元中，: of which, as 其中 */
	{
		bool		digit = false;

		for (int k = p + 1; k + 1 < ex->n && k - p <= 16 && !ends_clause(ex->cp[k]) &&
			 !ends_sentence(ex->cp[k]); k++)
		{
			digit |= is_digit(ex->cp[k]);
			if (digit && ex->cp[k] == 0x4E2D && (ex->cp[k + 1] == 0xFF0C || ex->cp[k + 1] == ','))
				return 2;
		}
	}
	/* 这当中, 这其中 (among these), as 其中 */
	if (p == ex->sent_from && a == 0x8FD9 && p + 2 < ex->n &&
		((b == 0x5F53 && ex->cp[p + 2] == 0x4E2D) || (b == 0x5176 && ex->cp[p + 2] == 0x4E2D)))
		return 2;
	return p == ex->sent_from && a == 0x5176 && b == 0x4E2D ? 3 : 0;	/* 其中, a sentence */
}

/* a closing quotation mark or title mark: ” ’ 」 』 》 " ＂ */
static bool
closes_quote(uint32_t c)
{
	return c == 0x201D || c == 0x2019 || c == 0x300D || c == 0x300F || c == 0x300B ||
		c == '"' || c == 0xFF02;
}

/* the clause at p opens its paragraph: a line start before it, or a short lead ending with a
 * colon (——生态湖南建设：) */
static bool
opens_paragraph(const Extractor *ex, int p)
{
	int			b = p - 1;

	while (b >= 0 && is_space(ex->cp[b]) && ex->cp[b] != '\n')
		b--;
	if (b < 0 || ex->cp[b] == '\n')
		return true;
	if (ex->cp[b] != 0xFF1A && ex->cp[b] != ':')
		return false;
	for (int k = b - 1; k >= 0 && k >= b - 16; k--)
	{
		if (ex->cp[k] == '\n')
			return true;
		if (ends_clause(ex->cp[k]) || ends_sentence(ex->cp[k]))
			return false;
	}
	return b <= 16;
}

/* 占计划130%, 占市级计划144%, 占年度计划, 占年度投资计划50%: 计划 as the whole a share is of
 * (a result set against the plan), 占 at most five characters before it */
static bool
share_of_plan(const Extractor *ex, int k)
{
	for (int q = k - 1; q >= 0 && q >= k - 5; q--)
		if (ex->cp[q] == 0x5360)	/* 占 */
			return true;
	return false;
}

/* 投资目标2600亿元, 年度目标5%: 目标 right before its number, after what it sets (投资 年度
 * 规模 总量 总额 增长 增速) or how firmly (底线目标929亿元, 奋斗目标938亿元: the floor and the stretch,
 * b330); after a comparison (高于目标2.1个百分点, 塌目标1.8个百分点) it is a reference */
static bool
named_target_before(const Extractor *ex, int k)
{
	if (k < 2)
		return false;
	return (ex->cp[k - 2] == 0x6295 && ex->cp[k - 1] == 0x8D44) ||	/* 投资 */
		(ex->cp[k - 2] == 0x5E95 && ex->cp[k - 1] == 0x7EBF) ||	/* 底线 */
		(ex->cp[k - 2] == 0x594B && ex->cp[k - 1] == 0x6597) ||	/* 奋斗 */
		(ex->cp[k - 2] == 0x5E74 && ex->cp[k - 1] == 0x5EA6) ||	/* 年度 */
		(ex->cp[k - 2] == 0x89C4 && ex->cp[k - 1] == 0x6A21) ||	/* 规模 */
		(ex->cp[k - 2] == 0x603B && ex->cp[k - 1] == 0x91CF) ||	/* 总量 */
		(ex->cp[k - 2] == 0x603B && ex->cp[k - 1] == 0x989D) ||	/* 总额 (零售总额目标1.55万亿元) */
		/* 增长 增速 (地区生产总值增长目标5.5%, b421) */
		(ex->cp[k - 2] == 0x589E && (ex->cp[k - 1] == 0x957F || ex->cp[k - 1] == 0x901F));
}

/* 包括：, 是：, 为：, 有：at k (after 任务; 分别 before them): the tasks are listed next */
static bool
tasks_colon(const Extractor *ex, int k)
{
	if (k + 1 < ex->n && ex->cp[k] == 0x5206 && ex->cp[k + 1] == 0x522B)
		k += 2;					/* 分别是：(任务分别是: each task, one by one) */
	/* 方案还提出了八项重点任务，包括压实…; (b449): 包括 after the comma lists them too */
	if (k + 2 < ex->n && (ex->cp[k] == 0xFF0C || ex->cp[k] == ',') &&
		ex->cp[k + 1] == 0x5305 && ex->cp[k + 2] == 0x62EC)
		return true;
	if (k + 1 < ex->n && ex->cp[k] == 0x5305 && ex->cp[k + 1] == 0x62EC)	/* 包括 */
		k += 2;
	else if (k < ex->n && (ex->cp[k] == 0x662F || ex->cp[k] == 0x4E3A || ex->cp[k] == 0x6709))
		k++;					/* 是 为 有 */
	else
		return false;
	return k < ex->n && (ex->cp[k] == 0xFF1A || ex->cp[k] == ':');
}

/*
 * 实事 (the practical matters a government pledges for the year) in the clause at p of a
 * sentence that does not report on them (完成, 进展, 情况, 落实, 办结, 兑现, 累计: how they went).
 */
static bool
announces_pledges(const Extractor *ex, int p, int *sentence_end)
{
	static const Word pledge_review_words[] = {
		W2(0x5B8C, 0x6210), W2(0x8FDB, 0x5C55), W2(0x60C5, 0x51B5),	/* 完成 进展 情况 */
		W2(0x843D, 0x5B9E), W2(0x529E, 0x7ED3),	/* 落实 办结 */
		W2(0x5151, 0x73B0),		/* 兑现 (民生实事全面兑现: kept, a review) */
		W2(0x7D2F, 0x8BA1),		/* 累计 (“为民办实事”项目71件，累计投入4.5亿元: b322) */
	};
	bool		named = false,
				counted = false,
				announced;
	int			k,
				q;

	/* counted (十件民生实事, 25项实事), done for the people (办实事, 为民实事, 民生实事) or projects
	 * (苏州市实事项目): 干实事 is a slogan's word */
	for (k = p; k + 1 < ex->n && !named && !ends_clause(ex->cp[k]) && !ends_sentence(ex->cp[k]); k++)
	{
		counted |= ex->cp[k] == 0x4EF6 || ex->cp[k] == 0x9879;	/* 件 项 */
		named = (ex->cp[k] == 0x5B9E && ex->cp[k + 1] == 0x4E8B &&	/* 实事 */
				 (counted || (k > 0 && (ex->cp[k - 1] == 0x529E || ex->cp[k - 1] == 0x6C11 ||	/* 办 民 */
										ex->cp[k - 1] == 0x751F)) ||	/* 民生 */
				  (k + 3 < ex->n && ex->cp[k + 2] == 0x9879 && ex->cp[k + 3] == 0x76EE))) ||	/* 项目 */
		/* 今年政府工作报告的“目标清单” (b377): the year's list of targets, announced as the
		 * pledges are (a year, 今年 or 明年 in the sentence, below) */
			(k + 3 < ex->n && ex->cp[k + 2] == 0x6E05 && ex->cp[k + 3] == 0x5355 &&	/* 清单 */
			 ((ex->cp[k] == 0x76EE && ex->cp[k + 1] == 0x6807) ||	/* 目标 */
			  (ex->cp[k] == 0x4EFB && ex->cp[k + 1] == 0x52A1)));	/* 任务 */
	}
	if (!named)
		return false;
	/* one pass over the sentence: a review word (how they went) says it reports on them; a
	 * year before the text's after the pledges' word looks back (民生实事，在2024年里也让…可感可及
	 * in a 2025 text, b437), while one before it names the year they were for (2023年普陀区共
	 * 安排29个为民办实事项目, b377); pledges neither counted nor projects are announced only for a
	 * time or as a list: a year, 今年, 明年 or a colon (在切實辦好民生實事的時候，是秉承…原則, b450,
	 * speaks of them in general) */
	announced = counted || (k + 3 < ex->n && ex->cp[k + 1] == 0x9879);
	for (q = ex->sent_from; q < ex->n && !ends_sentence(ex->cp[q]); q++)
	{
		if (match_word_list(ex, q, pledge_review_words, N_OF(pledge_review_words)))
			return false;
		if (is_digit(ex->cp[q]) && year_at(ex, q) > 0)
		{
			if (q >= k && !deadline_ahead(ex, q))
				return false;
			announced = true;
		}
		else if (q + 1 < ex->n && (ex->cp[q] == 0x4ECA || ex->cp[q] == 0x660E) &&
				 ex->cp[q + 1] == 0x5E74)
			announced = true;	/* 今年 明年 */
		else if (ex->cp[q] == 0xFF1A || ex->cp[q] == ':')
			announced = true;
	}
	if (!announced)
		return false;
	*sentence_end = q;
	return true;
}

/* a digit between k and the clause's end */
static bool
digit_in_clause(const Extractor *ex, int k)
{
	for (; k < ex->n && !ends_clause(ex->cp[k]) && !ends_sentence(ex->cp[k]); k++)
		if (is_digit(ex->cp[k]) || is_numeral_char(ex->cp[k]))
			return true;
	return false;
}

/*
 * 資助計劃批出4萬個充電車位, 补贴计划 (b221): 计划 after 资助 补贴 补助 津贴 试点 奖励 援助
 * 先导 支援 names a scheme (Hong Kong's 計劃), not a plan; after 建筑 or 楼宇 a building
 * project (Macau's 建築計劃, 樓宇計劃, b347); after 刺激 a stimulus package (经济刺激计划,
 * b489; in a heading too).  At k, 计划.
 */
bool
ext_scheme_name_before(const Extractor *ex, int k)
{
	static const uint32_t kinds[][2] = {
		{0x8D44, 0x52A9}, {0x8865, 0x8D34}, {0x8865, 0x52A9}, {0x6D25, 0x8D34}, {0x8BD5, 0x70B9},
		{0x5956, 0x52B1}, {0x63F4, 0x52A9}, {0x5148, 0x5BFC}, {0x652F, 0x63F4},
		{0x5EFA, 0x7B51}, {0x697C, 0x5B87},	/* 建筑 楼宇 */
		{0x523A, 0x6FC0},		/* 刺激 */
	};

	if (k < 2)
		return false;
	for (int i = 0; i < N_OF(kinds); i++)
		if (ex->cp[k - 2] == kinds[i][0] && ex->cp[k - 1] == kinds[i][1])
			return true;
	return false;
}

/*
 * 要 at k as a modal that sets a goal: 要 then a goal's verb (达到 提高 提升 控制 实现 突破 降低
 * 下降 增长 超过 完成 减少; not 要保持, 要稳定: a speech's resolve, a blind batch lost a figure
 * to them), not the 要 of a word (主要 重要 只要 纪要 摘要 概要 简要
 * 首要 次要 必要).  需要达到 (a requirement) plans.
 */
static bool
modal_yao_fits(const Extractor *ex, int k)
{
	static const Word goal_verbs[] = {
		W2(0x8FBE, 0x5230), W2(0x63D0, 0x9AD8), W2(0x63D0, 0x5347), W2(0x63A7, 0x5236),
		W2(0x5B9E, 0x73B0), W2(0x7A81, 0x7834), W2(0x964D, 0x4F4E), W2(0x4E0B, 0x964D),
		W2(0x589E, 0x957F), W2(0x8D85, 0x8FC7), W2(0x5B8C, 0x6210), W2(0x51CF, 0x5C11),
	};

	if (k >= 1)
		switch (ex->cp[k - 1])
		{
			case 0x4E3B: case 0x91CD: case 0x53EA: case 0x7EAA: case 0x6458:	/* 主 重 只 纪 摘 */
			case 0x6982: case 0x7B80: case 0x9996: case 0x6B21: case 0x5FC5:	/* 概 简 首 次 必 */
				return false;
		}
	return match_word_list(ex, k + 1, goal_verbs, N_OF(goal_verbs)) > 0;
}

/*
 * 提出 before k: 纲要草案…其中，提出全社会研发经费投入年均增长7%以上 (b441): what a plan proposes,
 * a goal, when a change verb or 达到 (提高到) comes before the clause's first number, with no
 * 了 (提出了7109项: questions raised, b59) and nothing between 提出 and the indicator (提出的
 * 国内旅游收入2.6万亿元 measures a result, 提出，… is weighed with its year: this_year_will).
 */
static bool
proposes_goal(const Extractor *ex, int k)
{
	int			id;
	bool		verb = false;

	if (k < ex->n && is_open_quote(ex->cp[k]))
		k++;					/* 河北提出“年均增長7%左右” (b441): the goal quoted */
	if (k >= ex->n || !is_cjk(ex->cp[k]) || ex->cp[k] == CH_LE || ex->cp[k] == CH_DE ||
		ex->cp[k] == 0x8FC7 || ex->cp[k] == 0x8981)	/* 过, 要 (提出要…: a demand, b147) */
		return false;
	for (; k < ex->n && !ends_clause(ex->cp[k]) && !ends_sentence(ex->cp[k]); k++)
	{
		if (is_digit(ex->cp[k]) || (is_numeral_char(ex->cp[k]) && verb))
			return verb;
		if (ex->cp[k] == CH_LE)
			return false;
		if (ind_verb_match_len(ex->cp + k, ex->n - k, &id) > 0 ||
			(ex->cp[k] == 0x8FBE && k + 1 < ex->n && ex->cp[k + 1] == 0x5230))	/* 达到 */
			verb = true;
	}
	return false;
}

/*
 * 投資與發展開支計劃(PIDDA): a bracket opening with Latin letters at k after 计划 gives a
 * programme's acronym, so 计划 ends the programme's name (b319); 计划（草案） still plans
 */
static bool
acronym_after(const Extractor *ex, int k)
{
	return k + 1 < ex->n && (ex->cp[k] == '(' || ex->cp[k] == 0xFF08) &&
		((ex->cp[k + 1] >= 'A' && ex->cp[k + 1] <= 'Z') || (ex->cp[k + 1] >= 'a' && ex->cp[k + 1] <= 'z'));
}

/* 实现 达到 完成 突破 at k */
static bool
goal_verb_at(const Extractor *ex, int k)
{
	return k + 1 < ex->n &&
		((ex->cp[k] == 0x5B9E && ex->cp[k + 1] == 0x73B0) ||	/* 实现 */
		 (ex->cp[k] == 0x8FBE && ex->cp[k + 1] == 0x5230) ||	/* 达到 */
		 (ex->cp[k] == 0x5B8C && ex->cp[k + 1] == 0x6210) ||	/* 完成 */
		 (ex->cp[k] == 0x7A81 && ex->cp[k + 1] == 0x7834));	/* 突破 */
}

/*
 * After 争取 at k: 实现, 达到, 完成 or 突破 right there (争取实现…增长18%), or after what is
 * sought, words only, with no number before them (爭取非博彩業增加值比重料到2028年達到60%, b461:
 * a year may come between); 争取补助资金23.8亿元 reports what was obtained.
 */
static bool
goal_verb_after(const Extractor *ex, int k)
{
	for (int q = k; q < ex->n && q - k <= 20; q++)
	{
		uint32_t	c = ex->cp[q];

		if (goal_verb_at(ex, q))
			return true;
		if (ends_clause(c) || ends_sentence(c) || (is_digit(c) && year_at(ex, q) == 0) ||
			(!is_cjk(c) && !is_digit(c)) || (is_cjk_numeral(c) && c != 0x4E00))
			return false;
		if (is_digit(c))
			q += 4;				/* (the year and its 年) */
	}
	return false;
}

/*
 * The plan word plan_words[w] at k, next the character after it: does it plan here?  目标 only
 * before a copula, a colon or a change verb; 计划 not as a share's whole or a report's name;
 * 任务, 力争, 规划, 确保, 设定, 预期, 安排 each with what makes them plan (clause_plan_words).
 */
static bool
plan_word_fits(const Extractor *ex, int k, int w, uint32_t next)
{
	if (w == PW_MUBIAO)
	{
		/* 目标: only 目标是, 目标为, 目标：(or :), 目标即 / 目标，即, 目标均/都/确定/定(为),
		 * 目标 before a change verb
		 * (GDP目标增长6%左右, a headline), or after 预期 (caught there) */
		int			vid;

		/* 奋斗目标主要是：the adverb 主要 before the copula; 目标任务：建设村级文化大院100个
		 * (the tasks' targets) as 目标： */
		if ((next == 0x4E3B && k + 4 < ex->n && ex->cp[k + 3] == 0x8981) ||
			(next == 0x4EFB && k + 4 < ex->n && ex->cp[k + 3] == 0x52A1))
			next = ex->cp[k + 4];
		/* 两地目标在2027年年底前 (b433): 目标 before 在 and a year, the deadline set; 目标2026年
		 * 产业规模超3000亿元 (b457) right before the year alike */
		if (((next == 0x5728 || next == 0x5230) && k + 3 < ex->n && year_at(ex, k + 3) > 0) ||
			(is_digit(next) && year_at(ex, k + 2) > 0))
			next = 0x4E3A;		/* (目标到2026年, b473, as 目标在) */
		/* 經濟成長目標「5％左右」 (b457): the goal's figure quoted right after it */
		if (is_open_quote(next) && k + 3 < ex->n && is_digit(ex->cp[k + 3]))
			next = 0x4E3A;
		if (next != 0x662F && next != 0x4E3A && next != 0xFF1A && next != ':' &&
			next != 0x5373 && !(is_digit(next) && named_target_before(ex, k)) &&
			next != 0x5747 && next != 0x90FD && next != 0x786E && next != 0x5B9A &&
			!((next == 0xFF0C || next == ',') && k + 3 < ex->n && ex->cp[k + 3] == 0x5373) &&
			ind_verb_match_len(ex->cp + k + 2, ex->n - k - 2, &vid) == 0)
			return false;
	}
	else if (w == PW_JIHUA)
	{
		/* 计划: not 计划的 (占年度计划的89%), not at a clause end, not the name of the
		 * report (批准的计划报告的决议) */
		/* 为年度计划任务的105%, 计划目标的 (b473): as 计划的, the whole a result is set against */
		if (k + 4 < ex->n && ex->cp[k + 4] == CH_DE &&
			((next == 0x4EFB && ex->cp[k + 3] == 0x52A1) || (next == 0x76EE && ex->cp[k + 3] == 0x6807)))
			return false;
		if (next == CH_DE || next == 0 || ends_clause(next) || ends_sentence(next) ||
			next == CH_DUN || (next == 0x62A5 && k + 3 < ex->n && ex->cp[k + 3] == 0x544A) ||
			share_of_plan(ex, k) || ext_scheme_name_before(ex, k) || acronym_after(ex, k + 2))
			return false;
	}
	else if (w == PW_RENWU && !is_digit(next) && !tasks_colon(ex, k + 2) &&
			 !((next == 0x4E3A || next == 0x662F) && k + 3 < ex->n && is_digit(ex->cp[k + 3])))
		return false;		/* 任务 alone names the tasks (heading_plan_words reads it), but
						 * 重点任务包括：introduces them, and 任务为590万亩 sets one (b322) */
	else if (w == PW_ZHENGQU && !goal_verb_after(ex, k + 2))
		return false;
	else if (w == PW_GUIHUA)
	{
		/* 规划明确, 《规划》提出, 规划要求: what a plan states */
		int			q = k + 2;

		if (q < ex->n && closes_quote(ex->cp[q]))
			q++;
		if (!proposing_at(ex, q))
			return false;
	}
	else if (w == PW_QUEBAO && k >= 1 &&
			 (ex->cp[k - 1] == 0x4E3A ||	/* 为确保 */
			  (k >= 2 && ex->cp[k - 2] == 0x4E3A && ex->cp[k - 1] == 0x4E86)) &&	/* 为了确保 */
			 !digit_in_clause(ex, k + 2))
		return false;		/* 民众为确保…权属, (in order to ensure): a purpose without a
						 * figure plans nothing after it (为确保全年增长5% does) */
	else if (w == PW_SHEDING && next != 0x4E3A && next != 0x5728)
		return false;		/* 设定为, 设定在 */
	else if (w == PW_YAO && !modal_yao_fits(ex, k))
		return false;
	else if (w == PW_TICHU && !proposes_goal(ex, k + 2))
		return false;
	else if (w == PW_YUQI && next == 0x5BFF)
		return false;		/* 预期寿命: life expectancy, a noun */
	else if (w == PW_YUQI && (is_digit(next) || ind_is_numeral_start(next)))
		return false;		/* 控制在预期4.2%以内: the expected figure alone (prefix_plan_word) */
	else if (w == PW_ANPAI && !(k >= 2 && ((ex->cp[k - 2] == 0x6307 && ex->cp[k - 1] == 0x6807) ||
									(ex->cp[k - 2] == 0x4F53 && ex->cp[k - 1] == 0x7CFB))))
		return false;		/* 安排 alone allocates (安排资金5亿元): 指标安排, 体系安排 plan */
	return true;
}

static void
clause_plan_words(Extractor *ex, int p)
{
	int			from,
				end = p;

	/* 今年…将: the figures from 今年 on (a headline's result before it stays a result) */
	if (!ex->sent_plan && (from = this_year_will(ex, p, &end)) >= 0)
	{
		ex->sent_plan = true;
		ex->plan_from = from;
		/* ——生态建设：到2010年，…: a deadline opening a paragraph plans the paragraph */
		if (from == p && (ex->cp[p] == 0x5230 || ex->cp[p] == 0x81F3) && p + 6 < ex->n &&
			(ex->cp[p + 6] == 0xFF0C || ex->cp[p + 6] == ',') && opens_paragraph(ex, p))
			ex->para_plan = true;
		/* 今年我省将…。加快农村水利工程建设，新增节水灌溉面积55万亩: a sentence that opens with
		 * 今年 (明年) and plans with 将 plans the rest of its paragraph: the plan's details */
		{
			int			q = ex->sent_from;

			while (q < ex->n && is_space(ex->cp[q]))
				q++;
			if (from == q && (ex->cp[q] == 0x4ECA || ex->cp[q] == 0x660E) && q + 1 < ex->n &&
				ex->cp[q + 1] == 0x5E74)
				ex->year_para_plan = true;
			/* 2018年水利部门将…。具体包括：…新增…2000万亩 (b461): a year not before any the text
			 * is known to be in, then (after a comma or not) who acts and 将, opening the
			 * sentence (or after who says it), as 今年…将 (not 2024年，…的工作要求: a review,
			 * b449) */
			else if ((from == q || speaker_lead(ex, q, from)) && year_at(ex, from) > 0 &&
					 from + 10 < ex->n &&
					 (name_then_will(ex, from + 5) ||
					  ((ex->cp[from + 5] == 0xFF0C || ex->cp[from + 5] == ',') &&
					   name_then_will(ex, from + 6))) &&
					 year_ahead_of_known(ex, from))
				ex->year_para_plan = true;
			/* 到2026年，规划通用机场5个…。拓展…，培育10个以上…场景 (b473): a deadline opening a
			 * sentence, alone before its comma, plans the rest of its paragraph too, as it
			 * does opening the paragraph (para_plan above); not 至 (至2025年，…集中度超过78%:
			 * a review's "as of", b373) */
			else if (from == q && ex->cp[q] == 0x5230 && q + 6 < ex->n &&
					 year_at(ex, q + 1) > 0 && (ex->cp[q + 6] == 0xFF0C || ex->cp[q + 6] == ','))
				ex->year_para_plan = true;
			/* 今后五年，时堰镇要锚定…。地区生产总值年均增长7%左右 (b346): the years ahead, a
			 * clause of their own opening the sentence, plan the paragraph's details as 今年
			 * does (未来五年的经济发展需要… names them, b192) */
			else if (from == q && (ex->cp[q] == 0x4ECA || ex->cp[q] == 0x672A))
			{
				int			y = future_years(ex, q + 1);	/* its 年 */

				if (y > 0 && y + 1 < ex->n && (ex->cp[y + 1] == 0xFF0C || ex->cp[y + 1] == ','))
					ex->year_para_plan = true;
			}
		}
	}
	/* 县政府2025年度十件民生实事项目正式出炉, 接续办好15件重点民生实事: the year's pledges
	 * (实事) announced: what follows the sentence (not the sentence itself: 全力抓好60件民生实事
	 * reports) is their tasks, as after main targets */
	if (!ex->tasks_plan && announces_pledges(ex, p, &ex->tasks_from))
	{
		ex->tasks_plan = true;
		ex->tasks_year = period_year(ext_current_period(ex));
		if (!ex->tasks_year)
			ex->tasks_year = ex->ref_year;
	}
	/* …预期目标，其中包括地区生产总值增长6%左右。此外，地方一般公共预算收入增长6%: the list
	 * of targets goes on in the next sentence */
	if (!ex->sent_plan && (ex->prev_sent_plan || ex->prev_rows_planned))
	{
		int			adds = adds_to_before(ex, p);

		/* (其中 after a planning sentence without figures: 到2025年，中国将基本建立…体系。其中，
		 * 主要资源产出率比2020年提高约20%; stop 34, b192) */
		if ((adds == 1 && ex->prev_sent_plan) || (adds >= 2 && ex->prev_rows_planned) ||
			(adds == 3 && ex->prev_sent_plan))
			ex->sent_plan = true;
	}
	/* to the clause end this_year_will found (it ran unless the sentence plans already; it
	 * stops before the last character, where no plan word fits) */
	for (int k = p; k < end && !ex->sent_plan; k++)
	{
		uint32_t	c = ex->cp[k];

		if (!((plan_first_low6 >> (c & 63)) & 1) ||
			(c != 0x76EE && c != 0x8BA1 && c != 0x529B && c != 0x9884 && c != 0x786E &&
			 c != 0x62DF && c != 0x5B89 && c != 0x4EFB && c != 0x89C4 && c != 0x4E89 &&
			 c != 0x8BBE && c != 0x8981 && c != 0x63D0))
			continue;			/* the first characters of the plan words */
		for (int w = 0; w < N_OF(plan_words); w++)
		{
			const Word *pw = &plan_words[w];
			uint32_t	next;

			if (!word_at(ex, k, pw->cp, pw->len))
				continue;
			next = k + pw->len < ex->n ? ex->cp[k + pw->len] : 0;
			if (closes_quote(next) && w != PW_GUIHUA)
				continue;		/* “生活补贴计划”: the end of a name in quotes (《规划》提出 plans) */
			if (!plan_word_fits(ex, k, w, next))
				continue;
			if (plan_word_reviews(ex, k, pw->len,
								  w == PW_MUBIAO || w == PW_JIHUA || w == PW_YUQI,
								  w == PW_LIZHENG || w == PW_QUEBAO || w == PW_ZHENGQU ||
								  w == PW_YAO))
				continue;
			ex->sent_plan = true;
			if (w == PW_YAO || w == PW_TICHU)
				ex->plan_from = k;	/* 要 binds what follows it: 去年增长5%，今年要… */
			ex->plan_clause = w == PW_TICHU;
			/* 达成率为177.78%(105年度之目標為「認購戶數達4,000戶」) (b221): a plan word in brackets
			 * after a figure plans from the bracket on, not the figure it notes */
			for (int q = k - 1; q > p; q--)
				if (ex->cp[q] == ')' || ex->cp[q] == 0xFF09)
					break;
				else if ((ex->cp[q] == '(' || ex->cp[q] == 0xFF08) && q > ex->plan_from)
				{
					ex->plan_from = q;
					break;
				}
			if (names_main_targets(ex, k, w))
			{
				ex->tasks_plan = true;
				ex->tasks_from = 0;
				ex->tasks_year = period_year(ext_current_period(ex));
				if (!ex->tasks_year)
					ex->tasks_year = ex->ref_year;
			}
		}
	}
}
