/*
 * extract_scope.c: sentences and scopes (extract_int.h).  A short line without final
 * punctuation is a heading; the first is the title.  The title's period holds for the
 * document, a heading's for its section, and a heading naming targets makes its section a
 * plan.  A sentence starts with its own period, rows and plan mode.
 */
#include "extract_int.h"

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


/*
 * At a paragraph start: a short line without final punctuation is a heading.  The
 * first one is the title: its period is the document's (and its year the reference
 * year); any other sets the period and plan mode of its section.
 */
void
ext_paragraph_start(Extractor *ex, int p)
{
	int			e = p,
				last = -1;
	bool		heading;
	IndPeriod	found = {0, 0},
				later = {0, 0};
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
	ex->para_plan = ex->list_plan && !heading;	/* the next line of a list of targets */
	if (!heading)
		return;
	ex->list_plan = false;
	for (int k = p; k <= last; k++)
	{
		IndPeriod	per;

		if ((k == p || !is_numeral_char(ex->cp[k - 1])) &&
			ext_period_at(ex, k, &per) > 0 && per.to)
		{
			if (!found.to)
				found = per;
			later = per;
		}
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
					tw[tn] = ex->cp[k + tn];
					tn++;
				}
				if (ind_period_match(tw, tn, 0, 2000, &ex->title_part, &flags) == 0 ||
					!(flags & IND_PERIOD_NO_YEAR))
					ex->title_part.to = 0;
			}
		}
		if (found.to && found.to - found.from <= 12)
			ex->ref_year = period_year(&found);
		/* 2023年工作总结和2024年工作计划: targets stating no period are the later year's */
		if (period_year(&later) > period_year(&found))
			ex->plan_year = period_year(&later);
		return;
	}
	ex->sect_p = found;
	ex->sect_plan = plan;
}

/* At a sentence start: a new sentence has its own period, rows and plan mode. */
void
ext_sentence_start(Extractor *ex)
{
	ex->sent_p.to = 0;
	ex->sent_rows = 0;
	ex->ring_n = 0;
	ex->fb_active = false;
	ex->sent_plan = false;
}
