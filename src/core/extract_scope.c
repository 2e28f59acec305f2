/*
 * extract_scope.c: sentences and scopes (extract_int.h).  A short line without final
 * punctuation is a heading; the first is the title.  The title's period holds for the
 * document, a heading's for its section, and a heading naming targets makes its section a
 * plan.  A sentence starts with its own period, rows and plan mode.
 */
#include "extract_int.h"

#include <string.h>

/* a heading naming targets makes its section a plan */
static const Word heading_plan_words[] = {
	W2(0x76EE, 0x6807),			/* 目标 */
	W2(0x4EFB, 0x52A1),			/* 任务 */
	W2(0x8BA1, 0x5212),			/* 计划 */
	W2(0x5B89, 0x6392),			/* 安排 */
	W2(0x5B9E, 0x4E8B),			/* 实事 (为民兴办10件实事: a government's pledges for the year) */
};

/* ... unless it reports how they went */
static const Word review_words[] = {
	W2(0x6267, 0x884C),			/* 执行 */
	W2(0x5B8C, 0x6210),			/* 完成 */
	W2(0x60C5, 0x51B5),			/* 情况 */
	W2(0x56DE, 0x987E),			/* 回顾 */
	W2(0x603B, 0x7ED3),			/* 总结 */
	W2(0x6210, 0x5C31),			/* 成就 (2020年成就：a digest's look back; stop 33) */
	W2(0x6210, 0x7EE9),			/* 成绩 */
};


/*
 * A line that starts with a bullet (● • ◆ ▪ · —) or an arabic item number (1. 1、 (1)
 * （1） ①) is an item of a list, not a heading, however short: under 主要预期目标, the
 * lines ●经济增长6%左右 and 3.城镇新增就业70万人以上 keep the section's plan.
 */
static bool
list_item_line(const Extractor *ex, int p, int last)
{
	uint32_t	c = ex->cp[p];
	int			k = p;

	switch (c)
	{
		case 0x25CF: case 0x25CB: case 0x2022: case 0x25C6: case 0x25C7:	/* ●○•◆◇ */
		case 0x25AA: case 0x00B7: case 0x30FB: case 0x2014: case '-': case '*':	/* ▪·・—-* */
			return true;
	}
	if (c >= 0x2460 && c <= 0x2473)
		return true;			/* ①…⑳ */
	if (c == '(' || c == 0xFF08)
		k++;
	if (k > last || !is_digit(ex->cp[k]))
		return false;
	while (k <= last && is_digit(ex->cp[k]))
		k++;
	if (k > last)
		return false;
	c = ex->cp[k];
	return k - p <= 3 && (ex->cp[p] == '(' || ex->cp[p] == 0xFF08 ?
						  c == ')' || c == 0xFF09 :
						  c == '.' || c == 0xFF0E || c == CH_DUN);
}

/* 提高到, 增加至, 达到, 达 right before k (spaces between allowed), the line starting at p */
static bool
reached_before(const Extractor *ex, int p, int k)
{
	int			q = k - 1,
				id;

	while (q > p && is_space(ex->cp[q]))
		q--;
	if (q > p && (ex->cp[q] == 0x5230 || ex->cp[q] == 0x81F3))	/* 到 至 */
	{
		if (ex->cp[q - 1] == 0x8FBE)
			return true;		/* 达到 */
		q--;
		for (int len = 2; len <= 4 && q - len + 1 >= p; len++)
			if (ind_verb_match_len(ex->cp + q - len + 1, len, &id) == len)
				return true;	/* 提高到 增加至 */
		return false;
	}
	return q >= p && ex->cp[q] == 0x8FBE;	/* 达 */
}

/*
 * A short line that states a rate or a bounded figure (增长5.5%左右, 城镇新增就业11万人以上,
 * 提高0.5个百分点, 粮食总产突破80亿斤), or counts what it does (完成300户…改造, since stop 31), or
 * a level reached (人均预期寿命提高到 80 岁, since stop 42), is a statement, not a heading: a list
 * of targets printed one to a line without punctuation keeps its section's plan.
 */
static bool
states_rate(const Extractor *ex, int p, int last)
{
	for (int k = p; k <= last; k++)
	{
		Numeral		num;
		IndError	err;
		int			e,
					id,
					ul;

		if (!is_digit(ex->cp[k]) || (k > p && (is_digit(ex->cp[k - 1]) || ex->cp[k - 1] == '.')) ||
			!ind_parse_numeral(ex->cp, last + 1, k, &num, &err))
			continue;
		e = k + num.len;
		while (e < last && is_space(ex->cp[e]))
			e++;				/* 提高到 11.7 年 (spaced, b441) */
		ul = ind_unit_match_len(ex->cp + e, last + 1 - e, &id);
		if (ul > 0 && !ind_unit(id)->shown_with_mag)
			return true;		/* %, ‰, 个百分点, 倍 */
		if (ul > 0 && ind_qual_match_len(ex->cp + e + ul, last + 1 - e - ul, QP_SUFFIX, &id) > 0)
			return true;		/* 11万人以上 */
		for (int len = 1; len <= 3 && k - len >= p; len++)
			if (ul > 0 && ind_qual_match_len(ex->cp + k - len, len, QP_PREFIX, &id) == len)
				return true;	/* 粮食总产突破80亿斤 */
		if (ul > 0 && reached_before(ex, p, k))
			return true;		/* 人均预期寿命提高到 80 岁, 能源综合生产能力达到58亿吨标准煤 (b441) */
		/* 完成300户居家环境适老化改造, 新建改建10个市民益智健身苑点: a count of what a line does,
		 * an item of a list (a heading names its targets' words: 2024年为民办实事项目) */
		if (ul > 0 && ind_unit_is_count(id) && e + ul <= last)
		{
			bool		names_plan = false;

			for (int q = p; q <= last && !names_plan; q++)
				names_plan = match_word_list(ex, q, heading_plan_words, N_OF(heading_plan_words));
			if (!names_plan)
				return true;
		}
	}
	return false;
}

/*
 * 各位代表： alone on its line, or opening a paragraph (各位代表：现在，我代表…): a report to a
 * congress begins (b236: a county's plan report after another text's title naming targets).
 */
static bool
addresses_deputies(const Extractor *ex, int p)
{
	static const uint32_t gewei[4] = {0x5404, 0x4F4D, 0x4EE3, 0x8868};	/* 各位代表 */

	return p + 5 <= ex->n && memcmp(ex->cp + p, gewei, sizeof(gewei)) == 0 &&
		(ex->cp[p + 4] == 0xFF1A || ex->cp[p + 4] == ':' || ex->cp[p + 4] == 0xFF0C ||
		 ex->cp[p + 4] == ',' || ex->cp[p + 4] == 0xFF01 || ex->cp[p + 4] == '!');
}

/*
 * 2025年1月23日在 at k, after a report's title and its dash: the day it was delivered (在
 * 市第六届人民代表大会第五次会议上)
 */
static bool
delivered_on(const Extractor *ex, int k)
{
	int			q = k;

	while (q < ex->n && q - k < 12 && ex->cp[q] != 0x65E5)
		if (!is_digit(ex->cp[q]) && ex->cp[q] != 0x5E74 && ex->cp[q] != 0x6708)	/* 年 月 */
			return false;
		else
			q++;
	return q > k + 5 && q + 1 < ex->n && ex->cp[q] == 0x65E5 && ex->cp[q + 1] == 0x5728;	/* 日在 */
}

/*
 * A news article's dateline at the paragraph's start (新华社北京3月5日电, 中新网9月27日电,
 * 本报讯): a new article, whatever was above it on the page.
 */
static bool
opens_article(const Extractor *ex, int p)
{
	static const uint32_t benbaoxun[3] = {0x672C, 0x62A5, 0x8BAF};	/* 本报讯 */
	static const uint32_t benbaoxun_t[3] = {0x672C, 0x5831, 0x8A0A};	/* 本報訊 */

	if (p + 3 <= ex->n && (memcmp(ex->cp + p, benbaoxun, sizeof(benbaoxun)) == 0 ||
						   memcmp(ex->cp + p, benbaoxun_t, sizeof(benbaoxun_t)) == 0))
		return true;
	if (addresses_deputies(ex, p))
		return true;
	/* 受市人民政府委托，现将…提请大会审查 (b132): a report to a congress begins, delivered on
	 * the government's behalf */
	if (p + 4 < ex->n && ex->cp[p] == 0x53D7)	/* 受 */
		for (int k = p + 2; k + 2 < ex->n && k - p <= 12; k++)
			if (ex->cp[k] == 0x59D4 && (ex->cp[k + 1] == 0x6258 || ex->cp[k + 1] == 0x8A17) &&
				(ex->cp[k + 2] == 0xFF0C || ex->cp[k + 2] == ','))
				return true;	/* 委托, 委託, then its comma */
	/* 央视网消息, 新华网消息 (b449): a news site's dateline */
	for (int k = p + 1; k + 2 < ex->n && k - p <= 5 && is_cjk(ex->cp[k - 1]); k++)
		if ((ex->cp[k] == 0x7F51 || ex->cp[k] == 0x7DB2) && ex->cp[k + 1] == 0x6D88 &&
			ex->cp[k + 2] == 0x606F)	/* 网消息, 網消息 */
			return true;
	/* 本报济宁讯, 本報台北訊: the paper's place between 本报 and 讯 */
	if (p + 3 < ex->n && ex->cp[p] == benbaoxun[0] &&
		(ex->cp[p + 1] == benbaoxun[1] || ex->cp[p + 1] == benbaoxun_t[1]))
		for (int k = p + 3; k < ex->n && k <= p + 6 && is_cjk(ex->cp[k - 1]); k++)
			if (ex->cp[k] == benbaoxun[2] || ex->cp[k] == benbaoxun_t[2])
				return true;
	for (int k = p + 2; k + 1 < ex->n && k - p < 30; k++)
	{
		uint32_t	c = ex->cp[k];

		if (c == 0x65E5 && (ex->cp[k + 1] == 0x7535 || ex->cp[k + 1] == 0x96FB) &&
			is_digit(ex->cp[k - 1]))
			return true;		/* …7月21日电 (電) */
		if (c == 0x2014 && ex->cp[k + 1] == 0x2014 && delivered_on(ex, k + 2))
			return true;		/* 政府工作报告——2025年1月23日在…会议上: a report's title */
		if (c == '\n' || c == 0x3002)
			return false;		/* the line or the first sentence ended */
	}
	return false;
}

/*
 * （责任单位：市农业技术推广中心；完成时限：2024年年底前）: a task of a work plan names who
 * carries it out (责任单位, 牵头单位, 责任部门); the figures of its paragraph are the plan's.
 */
/* 一、 （三） 2. 3、 ①: a paragraph opening with an item number (the tasks of a work plan are
 * numbered; only such paragraphs are looked through for assigns_duty) */
static bool
numbered_task(const Extractor *ex, int p)
{
	int			k = p;

	if (list_item_line(ex, p, ex->n - 1))
		return true;
	if (k < ex->n && (ex->cp[k] == '(' || ex->cp[k] == 0xFF08))
		k++;
	if (k >= ex->n || !is_cjk_numeral(ex->cp[k]))
		return false;
	while (k < ex->n && is_cjk_numeral(ex->cp[k]) && k - p < 4)
		k++;
	return k < ex->n && (ex->cp[k] == CH_DUN || ex->cp[k] == ')' || ex->cp[k] == 0xFF09);
}

static bool
assigns_duty(const Extractor *ex, int p)
{
	static const Word duty_words[] = {
		W4(0x8D23, 0x4EFB, 0x5355, 0x4F4D), W4(0x8D23, 0x4EFB, 0x90E8, 0x95E8),	/* 责任单位 责任部门 */
		W4(0x7275, 0x5934, 0x5355, 0x4F4D),	/* 牵头单位 */
	};
	const uint32_t *cp = ex->cp;

	/* every paragraph is looked through once: only 任 and 头 stop the loop (the words' second
	 * characters, rarer than 责 and 牵) */
	for (int k = p + 1; k < ex->n && cp[k] != '\n'; k++)
		if ((cp[k] == 0x4EFB || cp[k] == 0x5934) &&
			match_word_list(ex, k - 1, duty_words, N_OF(duty_words)))
			return true;
	return false;
}

/*
 * 新建虹桥体育公园市民健身步道, 完成周家浜全线2公里健身步道贯通: under a plan's heading, a short
 * line opening with what is to be done (新建 改建 新增 完成 实施 建设 推出 开展 打造 改造 提升
 * 推进) is an item of its list, not a heading (unless it names how a plan went: 情况, 回顾).
 */
static bool
action_item(const Extractor *ex, int p, int last)
{
	static const Word action_words[] = {
		W2(0x65B0, 0x5EFA), W2(0x6539, 0x5EFA), W2(0x65B0, 0x589E), W2(0x5B8C, 0x6210),	/* 新建 改建 新增 完成 */
		W2(0x5B9E, 0x65BD), W2(0x5EFA, 0x8BBE), W2(0x63A8, 0x51FA), W2(0x5F00, 0x5C55),	/* 实施 建设 推出 开展 */
		W2(0x6253, 0x9020), W2(0x6539, 0x9020), W2(0x63D0, 0x5347), W2(0x63A8, 0x8FDB),	/* 打造 改造 提升 推进 */
	};

	if (last - p < 3 || !match_word_list(ex, p, action_words, N_OF(action_words)))
		return false;
	for (int k = p; k < last; k++)
		if (match_word_list(ex, k, review_words, N_OF(review_words)) && ex->cp[k] != 0x5B8C)
			return false;		/* 情况 回顾 总结 执行 (完成 itself opens the item) */
	return true;
}

/*
 * Under a heading naming targets, a line that says where something is held (保持在, 稳定在,
 * 维持在: 国内生产总值增长保持在合理区间, a target in words, b441) is an item of the list, not
 * a heading that would end the targets.
 */
static bool
held_item(const Extractor *ex, int p, int last)
{
	for (int k = p + 1; k + 2 <= last; k++)
		if (ind_is_held_at(ex->cp + k))
			return true;
	return false;
}

/* a byline: a short line naming the reporter or correspondent (记者, 通讯员), or the
 * article's source, author or editor (来源：平昌县农业农村局, 作者：, 责任编辑：) */
static bool
byline(const Extractor *ex, int p, int last)
{
	static const Word label_words[] = {
		W2(0x6765, 0x6E90), W2(0x4F86, 0x6E90),	/* 来源 來源 */
		W2(0x4F5C, 0x8005), W2(0x7F16, 0x8F91), W2(0x7DE8, 0x8F2F),	/* 作者 编辑 編輯 */
	};

	for (int k = p; k + 2 <= last && k - p <= 4; k++)
		if (match_word_list(ex, k, label_words, N_OF(label_words)) &&
			(ex->cp[k + 2] == 0xFF1A || ex->cp[k + 2] == ':'))
			return true;
	for (int k = p; k < last; k++)
		if ((ex->cp[k] == 0x8BB0 && ex->cp[k + 1] == 0x8005) ||	/* 记者 */
			(ex->cp[k] == 0x901A && ex->cp[k + 1] == 0x8BAF && k + 2 <= last &&
			 ex->cp[k + 2] == 0x5458))	/* 通讯员 */
			return true;
	return false;
}

/*
 * 原标题：炮台街道抢抓新机遇 确立新目标 (a reposted article's original title, printed under or
 * after it): a note on the article, not a heading of what follows; its plan words plan nothing.
 */
static bool
original_title(const Extractor *ex, int p, int last)
{
	if (ex->cp[p] == '(' || ex->cp[p] == 0xFF08 || ex->cp[p] == 0x3010 || ex->cp[p] == '[')
		p++;
	return p + 2 < last && ex->cp[p] == 0x539F &&	/* 原 */
		(ex->cp[p + 1] == 0x6807 || ex->cp[p + 1] == 0x6A19) &&	/* 标 標 */
		(ex->cp[p + 2] == 0x9898 || ex->cp[p + 2] == 0x984C);	/* 题 題 */
}

/*
 * 2025-01-19 10:47:47 来源：第1眼TV, 2020/04/20, 发布时间：2025-12-30 信息来源：…: a line giving
 * an article's date (and source) under its title, neither a heading nor a paragraph: a
 * year of four digits and a separator (- / . 年) then a digit, at the line's start or after
 * a label of time (发布时间：, 日期：).
 */
static bool
dateline(const Extractor *ex, int p, int last)
{
	int			k = p;

	for (int q = p; q < last && q - p <= 6; q++)
		if (ex->cp[q] == 0xFF1A || ex->cp[q] == ':')
		{
			bool		timed = false;

			for (int t = p; t + 1 < q; t++)
				if ((ex->cp[t] == 0x65F6 && ex->cp[t + 1] == 0x95F4) ||	/* 时间 */
					(ex->cp[t] == 0x65E5 && ex->cp[t + 1] == 0x671F))	/* 日期 */
					timed = true;
			if (timed)
			{
				k = q + 1;
				while (k < last && is_space(ex->cp[k]))
					k++;
			}
			break;
		}
	if (k + 5 > last)
		return false;
	for (int d = 0; d < 4; d++)
		if (!is_digit(ex->cp[k + d]))
			return false;
	if (ex->cp[k + 4] != '-' && ex->cp[k + 4] != '/' && ex->cp[k + 4] != '.' &&
		ex->cp[k + 4] != 0x5E74)
		return false;
	if (!is_digit(ex->cp[k + 5]))
		return false;
	for (int q = k; q <= last; q++)
		if (ex->cp[q] == 0x3002)
			return false;
	return true;
}

/*
 * 索引号: 11320000…  主题分类: (a government site's disclosure header, b106): a new document
 * begins, its title below the header's lines
 */
static bool
disclosure_header(const Extractor *ex, int p, int last)
{
	return last - p >= 3 && ex->cp[p] == 0x7D22 && ex->cp[p + 1] == 0x5F15 &&
		ex->cp[p + 2] == 0x53F7;	/* 索引号 */
}

/*
 * 过去五年，…, 过去一年, 回顾2023年: a paragraph opening so looks back; a section's plan (its
 * heading or the title naming targets) does not hold in it (its own plan words still do).
 */
static bool
opens_looking_back(const Extractor *ex, int p)
{
	while (p < ex->n && is_space(ex->cp[p]))
		p++;
	return p + 1 < ex->n && ((ex->cp[p] == 0x8FC7 && ex->cp[p + 1] == 0x53BB) ||	/* 过去 */
							 (ex->cp[p] == 0x56DE && ex->cp[p + 1] == 0x987E));	/* 回顾 */
}

/*
 * 为民实事主要任务: (a line of its own, ending with a colon): it heads a list as a heading
 * would, so its plan words (目标 任务 计划 实事; 安排 needs more) plan the lines after it,
 * unless it reports how they went (计划执行情况：).  p is the clause start.
 */
bool
ext_colon_line_plans(const Extractor *ex, int p)
{
	bool		plan = false;
	int			e,
				k;

	if (p > 0 && ex->cp[p - 1] != '\n' && ex->cp[p - 1] != '\r')
		return false;
	/* the colon at the line's end first: most lines have none there */
	for (e = p; e < ex->n && e - p <= HEADING_MAX && !ends_clause(ex->cp[e]) &&
		 !ends_sentence(ex->cp[e]); e++)
		;
	if (e >= ex->n || (ex->cp[e] != 0xFF1A && ex->cp[e] != ':'))
		return false;
	for (k = e + 1; k < ex->n && is_space(ex->cp[k]); k++)
		;
	if (k < ex->n && ex->cp[k] != '\n' && ex->cp[k] != '\r')
		return false;
	for (k = p; k < e; k++)
	{
		if (match_word_list(ex, k, review_words, N_OF(review_words)))
			return false;
		if (match_word_list(ex, k, heading_plan_words, N_OF(heading_plan_words)) &&
			ex->cp[k] != 0x5B89)
			plan = true;		/* (安排 needs more: ext_paragraph_start) */
	}
	return plan;
}

/* what a heading's words say: its first and last periods, whether it plans or looks back */
typedef struct HeadingWords
{
	IndPeriod	found,			/* the first period written */
				later;			/* the last */
	bool		plan,			/* it names targets (计划, 目标, 任务, 实事; 安排 not a budget's) */
				this_year,		/* 今年 */
				review;			/* it looks back (执行, 完成, 情况, 回顾, 总结, 成就, 了) */
} HeadingWords;

/*
 * 逾千公頃棕土未有發展計劃 (b470): a negation (未 but not 未来, 没 沒, 无 無) in the six
 * characters before a heading's plan word at k says there is no plan
 */
static bool
negated_before(const Extractor *ex, int p, int k)
{
	for (int q = k - 1; q >= p && k - q <= 6; q--)
	{
		uint32_t	c = ex->cp[q];

		if ((c == 0x672A && ex->cp[q + 1] != 0x6765) || c == 0x6CA1 || c == 0x6C92 ||
			c == 0x65E0 || c == 0x7121)
			return true;
	}
	return false;
}

static void
read_heading_words(Extractor *ex, int p, int last, HeadingWords *hw)
{
	bool		arranged = false,
				budget = false;

	memset(hw, 0, sizeof(*hw));
	for (int k = p; k <= last; k++)
	{
		IndPeriod	per,
					per0;

		if ((k == p || !is_numeral_char(ex->cp[k - 1])) &&
			ext_period_at(ex, k, &per) > 0 && per.to)
		{
			if (!hw->found.to)
				hw->found = per;
			hw->later = per;
		}
		if (match_word_list(ex, k, heading_plan_words, N_OF(heading_plan_words)) &&
			!negated_before(ex, p, k) && !ext_scheme_name_before(ex, k))
		{
			if (ex->cp[k] == 0x5B89)
				arranged = true;	/* 安排: plans, unless a budget's (below) */
			else
				hw->plan = true;
		}
		if (ex->cp[k] == 0x9884 && k + 1 <= last && ex->cp[k + 1] == 0x7B97)
			budget = true;		/* 预算: 2024年全市一般公共预算收入安排306.74亿元 */
		/* 展望2018年 alone on its line (a digest of a work report: the year's targets follow);
		 * 经济展望 and 展望未来 head forecasts and words, no targets */
		if (k == p && ex->cp[k] == 0x5C55 && k + 1 <= last && ex->cp[k + 1] == 0x671B &&
			ext_period_at(ex, k + 2, &per0) == last - k - 1 && per0.to)
			hw->plan = true;
		if (ex->cp[k] == 0x4ECA && k + 1 <= last && ex->cp[k + 1] == 0x5E74)
			hw->this_year = true;	/* 今年 */
		if (match_word_list(ex, k, review_words, N_OF(review_words)) ||
			ex->cp[k] == 0x4E86)	/* 了: 守住了底線任務 says what was done */
			hw->review = true;
	}
	/* a budget's arrangement is no plan target (the labelling rule: a budget's figures are
	 * its forecast) */
	hw->plan = (hw->plan || (arranged && !budget)) && !hw->review;	/* 计划执行情况, 目标完成情况 look back */
}

/*
 * The first heading is the title: its period is the document's, its year the reference
 * year; a title naming targets makes the whole document plan.
 */
static void
read_title(Extractor *ex, int p, int last, const HeadingWords *hw, bool plan)
{
	IndPeriod	found = hw->found,
				later = hw->later;

	ex->seen_title = true;
	ex->doc_p = found;
	ex->sect_plan = plan;		/* a title naming targets: the whole document plans */
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
}

/* 一、 二、 (一) （二） at p: a heading numbered in Chinese numerals, a section's part */
static bool
numbered_heading(const Extractor *ex, int p, int last)
{
	int			k = p;

	if (ex->cp[k] == '(' || ex->cp[k] == 0xFF08)
		k++;
	if (k > last || !is_cjk_numeral(ex->cp[k]))
		return false;
	while (k <= last && is_cjk_numeral(ex->cp[k]) && k - p < 4)
		k++;
	return k <= last && (ex->cp[k] == CH_DUN || ex->cp[k] == ')' || ex->cp[k] == 0xFF09 ||
						 ex->cp[k] == '.' || ex->cp[k] == 0xFF0E);
}

/*
 * A heading's place decides whether it plans, besides its words (plan, review: read_heading_words):
 * a year heading after the year looked back on, a numbered sub-heading under a heading naming
 * targets; the parent and part state for the headings below it.  A heading that looks back, or
 * names a year before the targets', ends their tasks.  The heading plans: the result.
 */
static bool
heading_plans(Extractor *ex, int p, int last, const IndPeriod *found, const IndPeriod *later,
			  bool plan, bool review)
{
	/* 2024年…工作计划, then 一、2023年亮点工作 (b481): a numbered sub-heading naming a year before
	 * its heading's looks back, as 回顾 does */
	if (found->to && ex->sect_p.to && period_year(later) < period_year(&ex->sect_p) &&
		numbered_heading(ex, p, last))
		review = true;
	if (found->to && found->to - found->from == 12)
	{
		IndPeriod	per;
		int			year = period_year(found);

		/* 2025年 … 2026年, each a heading alone over its lines (a bulleted reading of a work
		 * report): the year after the year looked back on is the plan's */
		if (ext_period_at(ex, p, &per) == last - p + 1)
		{
			if (ex->heading_year && year == ex->heading_year + 1 && !review)
				plan = true;
			ex->heading_year = year;
		}
		/* 一、2025年工作回顾 … 三、2026年经济社会发展总体要求 (a work report's outline, b441): a
		 * heading naming the year after the one a heading looked back on heads that year's
		 * plan */
		if (review)
			ex->review_year = year;
		else if (ex->review_year && year == ex->review_year + 1)
			plan = true;
	}
	/* 乡村振兴重点工作目标任务, then 一、全力确保粮食安全: a numbered sub-heading plans under a
	 * heading naming targets (unless it looks back) */
	if (numbered_heading(ex, p, last))
	{
		bool		part = ex->cp[p] == '(' || ex->cp[p] == 0xFF08;	/* (一): a part of 一、 */

		plan = plan || ((part ? ex->part_plan : ex->parent_plan) && !review);
		if (!part)
			ex->part_plan = plan;	/* 二、主要目标, then (一)…: its parts plan */
		if (review)
			ex->parent_plan = ex->part_plan = false;	/* 一、2007年计划执行情况: its parts look back */
	}
	else						/* (not the title's: 2023年统计公报及2024年计划 heads results first) */
	{
		ex->parent_plan = ex->seen_title && plan;
		ex->part_plan = ex->parent_plan;	/* (一) right under it, no 一、 between */
	}
	/* a heading that looks back, or names a year before the targets', ends their tasks */
	if (review || (found->to && ex->tasks_year && period_year(later) < ex->tasks_year))
		ex->tasks_plan = false;
	return plan;
}

/* a new article or document: the plans of the section above it (its heading's, a list's, a
 * report's tasks) and the section's period end */
static void
forget_section_plans(Extractor *ex)
{
	ex->sect_plan = ex->list_plan = ex->tasks_plan = ex->prev_rows_planned = false;
	ex->parent_plan = ex->part_plan = false;
	ex->sect_p.to = 0;
	ex->plan_year = 0;
}

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
	HeadingWords hw;
	IndPeriod	found,
				later;
	bool		plan,
				review;

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
		if (heading && list_item_line(ex, p, last))
			heading = false;
		if (heading && ex->seen_title && states_rate(ex, p, last))
			heading = false;
		if (heading && ex->seen_title && (ex->sect_plan || ex->list_plan) &&
			(action_item(ex, p, last) || (held_item(ex, p, last) && !numbered_heading(ex, p, last))))
			heading = false;
		if (heading && ex->seen_title && byline(ex, p, last))
			return;				/* 兰州日报全媒体记者魏奇峰: neither a heading nor a paragraph */
		if (ex->seen_title && disclosure_header(ex, p, last))
		{
			/* another document starts: nothing of the one above holds in it, not even its
			 * years */
			forget_section_plans(ex);
			ex->para_p.to = ex->sent_p.to = 0;
			ex->heading_year = ex->review_year = 0;
			ex->doc_p.to = 0;
			ex->ref_year = ex->first_year = 0;
			ex->seen_title = false;	/* the document's title follows the header */
			return;
		}
		if (heading && ex->seen_title && last - p <= 1 && is_digit(ex->cp[p]) && is_digit(ex->cp[last]))
			return;				/* 1, 12 alone on a line: an item's number over its lines, no heading */
		if (heading && ((ex->seen_title && dateline(ex, p, last)) || original_title(ex, p, last)))
		{
			/* an article's date under its title (or its original title, under it or at its
			 * end): the targets and lists of what came before are not the article's; the
			 * title's own plan words stay when it was read as a heading (a title stating a
			 * figure reads as a paragraph: no plan then) */
			bool		under_heading = ex->heading_end > 0;

			for (int k = ex->heading_end; under_heading && k < p; k++)
				if (!is_space(ex->cp[k]) && ex->cp[k] != '\n' && ex->cp[k] != '\r')
					under_heading = false;
			ex->list_plan = ex->tasks_plan = ex->prev_rows_planned = false;
			ex->plan_year = 0;
			if (!under_heading)
				ex->sect_plan = ex->parent_plan = ex->part_plan = false;
			return;
		}
	}
	ex->para_p.to = 0;
	ex->sent_p.to = 0;
	ex->para_subject.len = 0;
	if (!heading && ex->ord > 0 && opens_article(ex, p))
	{
		/* 人民网北京7月21日电 after rows of another text: another article starts; the section
		 * before it (a list of targets, a heading's plan and period) is not its own.  (Right
		 * after a title the dateline opens that title's article.) */
		forget_section_plans(ex);
	}
	ex->para_plan = ex->list_plan && !heading;	/* the next line of a list of targets */
	ex->year_para_plan = false;
	ex->para_back = !heading && opens_looking_back(ex, p);
	if (!heading)
	{
		if (!ex->para_plan && numbered_task(ex, p) && assigns_duty(ex, p))
			ex->para_plan = true;
		return;
	}
	if (ex->list_plan && last - 1 > p && ex->cp[last - 1] == 0x65B9 && ex->cp[last] == 0x9762)
		return;					/* 交通出行方面: a group of the list's items; the list goes on */
	ex->list_plan = ex->prev_rows_planned = false;
	ex->heading_end = e;
	read_heading_words(ex, p, last, &hw);
	found = hw.found;
	later = hw.later;
	plan = hw.plan;
	review = hw.review;
	plan = heading_plans(ex, p, last, &found, &later, plan, review);
	if (!ex->seen_title)
	{
		read_title(ex, p, last, &hw, plan);
		return;
	}
	/* 2024年03月01日 (a dateline), then 今年我市计划新改扩建中小学28所: the heading's 今年 is the
	 * year of the heading above it */
	if (!found.to && ex->sect_p.to && hw.this_year)
	{
		int			year = period_year(&ex->sect_p);

		found.from = year * 12;
		found.to = year * 12 + 12;
	}
	ex->sect_p = found;
	ex->sect_plan = plan;
}

/* At a sentence start: a new sentence has its own period, rows and plan mode. */
void
ext_sentence_start(Extractor *ex)
{
	ex->prev_sent_plan = ex->sent_plan;
	/* the last sentence with rows: a sentence without figures (以现代农业促进转型升级。) between
	 * keeps it */
	if (ex->sent_rows > 0)
		ex->prev_rows_planned = ex->sent_plan;
	ex->sent_from = ex->i;
	ex->sent_p.to = 0;
	ex->sent_rows = 0;
	ex->ring_n = 0;
	ex->fb_active = false;
	ex->sent_plan = false;
	ex->sent_dated = false;
	ex->sent_estimate = false;
	ex->plan_from = 0;
	ex->plan_clause = false;
	ex->bracket_verb = 0;
	ex->paren_from = -1;
}
