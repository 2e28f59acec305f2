/*
 * extract_subject.c: subjects (extract_int.h).  The subject is the noun phrase before the
 * figure back to the clause start, without scope words (全市), periods and verbs (实现,
 * 达到); a count followed by a noun measures that noun; 分别 pairs the listed subjects with
 * the values that follow, in order.
 */
#include "extract_int.h"

#include <stdio.h>
#include <string.h>

/* scope words stripped from the front of a subject */
static const Word lead_words[] = {
	W2(0x5176, 0x4E2D),			/* 其中 */
	W2(0x5168, 0x5E02), W2(0x5168, 0x53BF), W2(0x5168, 0x7701), W2(0x5168, 0x56FD),
	W2(0x5168, 0x533A), W2(0x672C, 0x5E02), W2(0x672C, 0x53BF), W2(0x5168, 0x5DDE),
	/* 全市 全县 全省 全国 全区 本市 本县 全州 */
	W3(0x76EE, 0x6807, 0x662F), W3(0x76EE, 0x6807, 0x4E3A),	/* 目标是 目标为 */
	W2(0x7D2F, 0x8BA1),			/* 累计 */
	W1(0x5171),					/* 共 */
	W1(0x53CA),					/* 及 (及台湾地区旅客4.3万人次: a list's next item) */
	W3(0x672C, 0x62A5, 0x8BAF), W3(0x672C, 0x5831, 0x8A0A),	/* 本报讯 本報訊: a dateline */
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
	W2(0x4F30, 0x8BA1),			/* 估计 */
	W2(0x622A, 0x81F3),			/* 截至 */
	W2(0x540C, 0x65F6),			/* 同时 */
	W2(0x6B64, 0x5916),			/* 此外 */
	W1(0x5C06),					/* 将 */
	W1(0x5230),					/* 到 */
	W1(0x4EE5),					/* 以 */
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
	W2(0x5B9E, 0x8D28),			/* 实质 (Hong Kong and Macau: 按年实质增长) */
	W1(0x5219),					/* 则 (雇员报酬则上升3.1%) */
	W2(0x9884, 0x8BA1),			/* 预计 */
	W2(0x4F30, 0x8BA1),			/* 估计 (本地生產總值估計增長: Hong Kong's estimates) */
	W1(0xFF08),					/* （ (目标（增长6%…）) */
	W1('('),
	W2(0x5F55, 0x5F97),			/* 录得 (录得27.4%的增幅) */
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

/*
 * The first characters of lead_words and lead_verbs and the last of tail_words, each a set
 * hashed to 256 bits: a clear bit means no word of the list can match there.  Every row's
 * subject walks the three lists, once or more; most subjects start and end with a
 * character none of their words has, and then one bit saves the walk.
 */
typedef struct CharSet
{
	uint64_t	bits[4];
} CharSet;

static CharSet lead_first,
			verb_first,
			tail_last,
			grammar_first;		/* the type's bases and verbs: grammar_tail's words */
static bool sets_ready = false;

static inline void
charset_add(CharSet *set, uint32_t c)
{
	set->bits[(c >> 6) & 3] |= UINT64_C(1) << (c & 63);
}

static inline bool
charset_has(const CharSet *set, uint32_t c)
{
	return (set->bits[(c >> 6) & 3] >> (c & 63)) & 1;
}

/* the first character of a word of the type's lexicon into set (every one when unread) */
static void
charset_add_first(CharSet *set, const char *word)
{
	uint32_t	cp[64];
	IndError	err;

	if (word && ind_utf8_decode(word, strlen(word), cp, 64, &err) > 0)
		charset_add(set, cp[0]);
	else
		memset(set->bits, 0xFF, sizeof(set->bits));
}

static void
subject_sets_init(void)
{
	/* a basis or a verb of the type starts with a word's first character (相较, 与 and 较
	 * are read as 比, and ind_basis_match_len takes 相 before 较) */
	for (int id = 1; id < ind_basis_count(); id++)
		charset_add_first(&grammar_first, ind_basis(id)->word);
	for (int id = 1; id < ind_verb_count(); id++)
		charset_add_first(&grammar_first, ind_verb(id)->word);
	charset_add(&grammar_first, 0x76F8);	/* 相 */
	charset_add(&grammar_first, 0x4E0E);	/* 与 */
	charset_add(&grammar_first, 0x6BD4);	/* 比 */
	charset_add(&grammar_first, 0x8F83);	/* 较 */
	for (int w = 0; w < N_OF(lead_words); w++)
		charset_add(&lead_first, lead_words[w].cp[0]);
	for (int w = 0; w < N_OF(lead_verbs); w++)
		charset_add(&verb_first, lead_verbs[w].cp[0]);
	for (int w = 0; w < N_OF(tail_words); w++)
		charset_add(&tail_last, tail_words[w].cp[tail_words[w].len - 1]);
	sets_ready = true;
}

static const Word W_SHIXIAN = W2(0x5B9E, 0x73B0);	/* 实现 */
static const Word W_WANCHENG = W2(0x5B8C, 0x6210);	/* 完成 */

/*
 * 政府最终消费支出按年录得, 预测下修: a basis or a change verb of the type's lexicon (of two
 * characters or more; not a change noun such as 增速, which names a subject) ends the text
 * before a figure without being part of its subject.  Its length, 0 for none.
 */
static int
grammar_tail(const uint32_t *buf, int s, int len)
{
	int			id;

	for (int l = BASIS_MAX; l >= 2; l--)
	{
		if (len - l < s + 1 || !charset_has(&grammar_first, buf[len - l]))
			continue;
		if (ind_basis_match_len(buf + len - l, l, &id) == l)
			return l;
		if (l <= 4 && ind_verb_match_len(buf + len - l, l, &id) == l && ind_verb(id)->pos != 1)
			return l;
	}
	return 0;
}

/* bullets (●经济增长6%左右) and list numbering (3.城镇新增就业, 1、, （一）人才总量, (2)) at the
 * start of buf: where the subject may begin */
static int
past_numbering(const uint32_t *buf, int len)
{
	int			s = 0;

	while (s < len && (is_space(buf[s]) || buf[s] == 0x2014 || buf[s] == 0x25CF ||
					   buf[s] == 0x25CB || buf[s] == 0x2022 || buf[s] == 0x25C6 ||
					   buf[s] == 0x25AA || buf[s] == 0x00B7 || (buf[s] >= 0x2460 && buf[s] <= 0x2473)))
		s++;					/* bullets: ●经济增长6%左右 */
	/* list numbering: 3.城镇新增就业, 1、 */
	for (int k = s; k < len && k <= s + 2 && is_digit(buf[k]); k++)
		if (k + 2 < len && (buf[k + 1] == '.' || buf[k + 1] == 0xFF0E || buf[k + 1] == CH_DUN) &&
			!is_digit(buf[k + 2]))
		{
			s = k + 2;
			break;
		}
	/* list numbering before the subject: （一）人才总量, (2) */
	if (s < len && (buf[s] == 0xFF08 || buf[s] == '('))
		for (int k = s + 1; k < len && k <= s + 4; k++)
			if (buf[k] == 0xFF09 || buf[k] == ')')
			{
				s = k + 1;
				break;
			}
	return s;
}

/* the subject written in cp[from, to): scope words, periods and verbs taken off */
void
ext_subject_from(Extractor *ex, int from, int to, Subject *out, bool *is_share)
{
	uint32_t	buf[SUBJECT_REGION];
	int			len = 0,
				s = 0,
				changed,
				no_tail_at = -1;	/* grammar_tail found none at this len */
	bool		share;

	if (!sets_ready)
		subject_sets_init();
	out->len = 0;
	out->at = -1;
	*is_share = false;
	if (to - from > SUBJECT_REGION)
		from = to - SUBJECT_REGION;
	for (int k = from; k < to; k++)
		buf[len++] = ex->cp[k];
	s = past_numbering(buf, len);
	/* 占…的比重, 完成全年目标的: a share of the subject before */
	share = ex->share_base.len > 0 && s + 1 < len &&
		((buf[s] == CH_ZHAN && buf[s + 1] != 0x6BD4) ||	/* not 占比, a noun */
		 ((subject_word_at_start(buf + s, len - s, &W_WANCHENG) || buf[s] == 0x4E3A) &&
		  buf[len - 1] == CH_DE));	/* 完成…的, 为…的 (为年度目标的103.6%) */
	do
	{
		changed = 0;
		while (s < len && (is_space(buf[s]) || buf[s] == 0x2014 || buf[s] == CH_DUN ||
						   buf[s] == 0xFF09 || buf[s] == ')' || ends_clause(buf[s])))
			s++, changed = 1;	/* （0.2日）增加0.1日: what the parenthesis closes */
		while (len > s && (is_space(buf[len - 1]) || buf[len - 1] == CH_DUN))
			len--, changed = 1;
		if (s < len && charset_has(&lead_first, buf[s]))
			for (int w = 0; w < N_OF(lead_words) && !share; w++)
				if (subject_word_at_start(buf + s, len - s, &lead_words[w]))
				{
					s += lead_words[w].len;
					changed = 1;
					break;
				}
		if (s < len && charset_has(&verb_first, buf[s]))
			for (int w = 0; w < N_OF(lead_verbs) && !share; w++)
				if (subject_word_at_start(buf + s, len - s, &lead_verbs[w]) &&
					len - s - lead_verbs[w].len > 2)
				{
					s += lead_verbs[w].len;
					changed = 1;
					break;
				}
		if (s < len && charset_has(&tail_last, buf[len - 1]))
			for (int w = 0; w < N_OF(tail_words); w++)
				if (subject_word_at_end(buf + s, len - s, &tail_words[w]))
				{
					len -= tail_words[w].len;
					changed = 1;
					break;
				}
		/* s only grows and buf does not change: at the same len there is still none */
		if (len != no_tail_at)
		{
			int			tl = grammar_tail(buf, s, len);

			if (tl > 0)
			{
				len -= tl;
				changed = 1;
			}
			else
				no_tail_at = len;
		}
		if (s < len && !share)
		{
			IndPeriod	per;
			int			flags,
						pl = ind_period_match(buf + s, len - s, ex->ref_year,
											  ext_context_year(ex), &per, &flags);

			if (pl > 0)
			{
				s += pl;
				changed = 1;
			}
		}
	} while (changed && s < len);
	/* 及47.5%: a list's conjunction alone is no subject */
	if (len - s == 1 && (buf[s] == CH_HE || buf[s] == CH_JI || buf[s] == CH_YU2 ||
						 buf[s] == 0x6216))
		return;					/* (或0.14%: the same figure as a rate) */
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
	out->at = share ? -1 : from + s;
	for (int k = s; k < len && out->len < IND_SUBJECT_MAX; k++)
	{
		/* 规模以上工业企业实现营业收入: the verb inside goes too */
		if (k > s && k + 2 < len && subject_word_at_start(buf + k, len - k, &W_SHIXIAN))
		{
			k++;
			out->at = -1;
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
		case 0x53CA:			/* 及: 60.17万人次及台湾地区旅客4.3万人次 */
		case 0x548C:			/* 和 */
		case 0x81F3:			/* 至: 增加3200人至128400人 */
		case 0x5230:			/* 到 */
		case 0x6216:			/* 或: 增1萬人或0.14% (the same change as a rate) */
			return true;
	}
	return ends_clause(c) || ends_sentence(c) || is_numeral_char(c) || is_space(c);
}

/* the noun phrase after the figure (全年1190万城市居民享受低保, 181个重大项目) */
void
ext_subject_after(Extractor *ex, int from, Subject *out)
{
	int			k = from;

	out->len = 0;
	if (k < ex->n && ex->cp[k] == CH_DE)
		k++;
	out->at = k;
	for (; k < ex->n && k - from < 16 && out->len < IND_SUBJECT_MAX; k++)
	{
		uint32_t	c = ex->cp[k];

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
bool
ext_counted_noun_follows(const Extractor *ex, const ExtractRow *row)
{
	const Indicator *x = row->kind == EK_TARGET ? &row->target.main : &row->figure;
	static int	first_count = -1;

	if (first_count < 0)
		first_count = ind_dim_of_unit(ind_unit_id("个"));
	if (x->unit == 0 || x->per_unit != 0 || ind_dim_of_unit(x->unit) < first_count ||
		row->stop >= ex->n)
		return false;
	if (row->stop + 1 < ex->n && ex->cp[row->stop] == 0x6B21 && ex->cp[row->stop + 1] == 0x4E4B)
		return false;			/* 增加1萬7千人次之: 次之 ranks, it is no noun */
	/* 31个二线城市, 4个一线城市, 12个一级学科: a numeral naming a tier or class starts the noun */
	if (is_cjk_numeral(ex->cp[row->stop]) && row->stop + 1 < ex->n &&
		(ex->cp[row->stop + 1] == 0x7EBF || ex->cp[row->stop + 1] == 0x7EA7 ||
		 ex->cp[row->stop + 1] == 0x7C7B))	/* 线 级 类 */
		return true;
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
		uint32_t	c = ex->cp[k];

		if (c == 0xFF1B || c == ';')
			break;
		if (is_digit(c) && (k == p || !(is_digit(ex->cp[k - 1]) ||
										ex->cp[k - 1] == '.')))
			count++;
	}
	return count;
}

void
ext_start_fenbie(Extractor *ex, int p)
{
	int			from = ex->clause_start > ex->last_stop ? ex->clause_start : ex->last_stop;
	int			items = 0,
				item_start,
				values = count_values_after(ex, p + 2);
	int			last_dun = -1;
	/*
	 * 陸路口岸有輕微升幅,分別是0.9%、2.1%及1.4%; 訪客升幅明顯,分別是18.7%: 分别 opening its
	 * clause after a comma pairs the clause before (its subjects, its change noun at the
	 * end, a remark on the noun's size between)
	 */
	bool		after_comma = p == from && from == ex->clause_start && from - 1 > ex->last_stop &&
		(ex->cp[from - 1] == ',' || ex->cp[from - 1] == 0xFF0C);

	if (after_comma)
		from = ex->last_stop;
	item_start = from;

	for (int k = from; k < p; k++)
		if (ex->cp[k] == CH_DUN)
			last_dun = k;
	for (int k = from; k <= p && items < MAX_ITEMS; k++)
	{
		uint32_t	c = k < p ? ex->cp[k] : 0;

		/* A、B和C: 和, 及, 与 join the last item (and every item without 、) */
		if (k == p || c == CH_DUN ||
			(k > last_dun && (c == CH_HE || c == CH_JI || c == CH_YU2)))
		{
			bool		share;

			ext_subject_from(ex, item_start, k, &ex->fb_subj[items], &share);
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
	ex->fb_qual = 0;
	ex->fb_after = p + 2;
	ex->fb_done_value = false;
	ex->fb_noun = false;
	/* 实际增速分别为8.6%、11.2%, 升幅則分別爲1.8%、1.7%: a change noun before 分别 (则 也 亦 均 都 仍
	 * between them) makes every value that change */
	while (p - 1 >= from && ind_is_link_adverb(ex->cp[p - 1]))
		p--;
	if (after_comma)
		p -= 1 + ext_size_remark_before(ex->cp, p - 1, from);
	for (int len = 2; len <= 3 && p - len >= from; len++)
	{
		int			id;

		if (change_noun_match(ex->cp + p - len, len, &id) == len)
		{
			ex->fb_verb = (uint8_t) id;
			ex->fb_noun = true;
			break;
		}
	}
}

/*
 * 31个大城市城镇调查失业率为5.0%, 41个行业中有28个…: a count that opens its clause and
 * names what the clause's next figure measures is part of that subject, not a figure; so is
 * one naming the scope (…中) of the next clause's count (36个大类行业中，9个行业…).
 */
bool
ext_count_names_next_subject(Extractor *ex, const ExtractRow *row)
{
	Subject		before;
	bool		share;
	int			from = ex->clause_start > ex->last_stop ? ex->clause_start : ex->last_stop;

	if (!ext_counted_noun_follows(ex, row) || ex->fb_active)
		return false;
	/* 較7月的4,975宗減少約15.6%: a change verb right after the count, no noun */
	{
		int			vid;

		if (ind_verb_match_len(ex->cp + row->stop, ex->n - row->stop, &vid) >= 2)
			return false;
	}
	/* 54.2万个行政村共设62.2万个卫生室: a count in 万 or with decimals is itself reported (a
	 * target's too: 完成13万名农村妇女检查和500名…) */
	{
		const Indicator *x = row->kind == EK_TARGET ? &row->target.main : &row->figure;

		if (x->mag >= 4 || x->scale > 0)
			return false;
		/* 新增400个公共充电桩、10个示范小区: a count of what was added, not a scope */
		if (x->verb != 0)
			return false;
	}
	/* 在郑州市16个县区中，金水区…: a count between 在 and 中 (then a clause mark) names the
	 * scope of what follows, whatever place comes before it (120个项目中，计划竣工46个 restates
	 * a figure: kept; 全县404户…企业中有245户 too: a draft dropping it cost b47 a figure) */
	{
		bool		in = false;

		for (int k = from; k < row->start && !in; k++)
			in = ex->cp[k] == 0x5728;	/* 在 */
		for (int k = row->stop; k + 1 < ex->n && k - row->stop < 16; k++)
		{
			uint32_t	c = ex->cp[k];

			if (c == 0x4E2D && k > row->stop)
			{
				uint32_t	n1 = ex->cp[k + 1];

				if (in && (n1 == 0xFF0C || n1 == ','))
					return true;	/* 在…中， */
				break;
			}
			if (!is_cjk(c) && c != '(' && c != ')' && c != 0xFF08 && c != 0xFF09)
				break;
		}
	}
	ext_subject_from(ex, from, row->start, &before, &share);
	if (before.len > 0)
		return false;
	for (int k = row->stop; k < ex->n && k - row->stop < 30; k++)
	{
		uint32_t	c = ex->cp[k];

		/* 36个大类行业中，9个行业产值增长: the scope ends in 中 and a clause mark, and the
		 * next clause opens with the count within it */
		if (ends_clause(c) && c != 0xFF1A && c != ':' && k > row->stop &&
			ex->cp[k - 1] == 0x4E2D && k + 1 < ex->n &&
			is_numeral_char(ex->cp[k + 1]))
			return true;
		if (ends_clause(c) || ends_sentence(c) || c == CH_DUN)
			return false;		/* (、: 400个桩、10个小区 are items of a list) */
		if (is_digit(c))
			return true;
	}
	return false;
}

/* the row's characters appended to text at b (room for IND_SUBJECT_MAX of them): the end */
static int
append_row_text(const Extractor *ex, const ExtractRow *row, char *text, int b)
{
	for (int k = row->start; k < row->stop; k++)
		b += ind_utf8_encode(ex->cp[k], text + b);
	return b;
}

/* a target row read again from text (its list's words before it), kept when it reads */
static void
reread_target(ExtractRow *row, const char *text, int len)
{
	Target		t;
	IndError	err;

	if (ind_target_parse(text, (size_t) len, &t, &err))
		row->target = t;
}

/*
 * 分别下降12.5%和9.8%, 下降6.4%、3.8%: a value of a list without a verb is read again with
 * the verb (and basis) of the list written before it, so that the type applies them (a
 * decline is negative); 实际增速分别为8.6%、11.2%: the noun before 分别 is the verb.
 */
void
ext_carry_verb(Extractor *ex, ExtractRow *row, int verb_id, int basis_id)
{
	char		text[4 * IND_SUBJECT_MAX + 64];
	const WordDef *basis = ind_basis(basis_id);
	const WordDef *verb = ind_verb(verb_id);
	int			b,
				head;
	Indicator	x;
	IndError	err;

	if (!verb || verb_id == 0 || row->stop - row->start > IND_SUBJECT_MAX)
		return;
	head = b = snprintf(text, sizeof(text), "%s%s", basis && basis_id ? basis->word : "",
						verb->word);
	b = append_row_text(ex, row, text, b);
	if (row->kind == EK_TARGET)
	{
		/* 分别增长7%、8% in a plan: the second is 增长8%; the target as read first (its unit
		 * may be the list's: 分别上调0.5个、5个百分点), then its words as written */
		char		as_read[IND_OUT_MAX];
		char		t2[4 * IND_SUBJECT_MAX + 64 + IND_OUT_MAX];
		Target		t;
		IndError	terr;
		int			l2;

		ind_target_format(&row->target, as_read, sizeof(as_read));
		l2 = snprintf(t2, sizeof(t2), "%.*s%s", head, text, as_read);
		if (l2 < (int) sizeof(t2) && ind_target_parse(t2, (size_t) l2, &t, &terr))
			row->target = t;
		else
			reread_target(row, text, b);
	}
	else if (row->figure.verb == 0 && row->figure.qual == 0 && row->figure.unit != 0 ?
			 /* as read: 5.4、2.3个百分点 took the unit of the last item */
			 ind_parse_fast(text, (size_t) (head + ind_format(&row->figure, text + head,
															  sizeof(text) - head)), &x, &err) :
			 ind_parse_fast(text, (size_t) b, &x, &err))
	{
		row->figure = x;
		row->kind = EK_CHANGE;
	}
}

/*
 * 分别突破300亿元和3000亿元, 分别超过5万人、8万人: a value of a 分别 list with neither a
 * qualifier nor a verb is read again with the prefix qualifier of the list's first value, which
 * 分别 distributes over them all.
 */
void
ext_carry_qual(Extractor *ex, ExtractRow *row, int qual_id)
{
	char		text[4 * IND_SUBJECT_MAX + 64];
	const WordDef *q = ind_qual(qual_id);
	int			b;
	Indicator	x;
	IndError	err;

	if (!q || qual_id == 0 || q->pos != QP_PREFIX || row->stop - row->start > IND_SUBJECT_MAX)
		return;
	b = snprintf(text, sizeof(text), "%s", q->word);
	b = append_row_text(ex, row, text, b);
	if (row->kind == EK_TARGET)
		reread_target(row, text, b);
	else if (row->kind == EK_LEVEL && ind_parse_fast(text, (size_t) b, &x, &err))
		row->figure = x;
}

/*
 * 整體出口貨量均錄得跌幅：美國(-25.3%)、中國內地(-19.4%)…; 出口價格均上升：美國(8.6%)…
 * (Hong Kong releases): a clause ending in a change word and a colon introduces items with
 * their rates in parentheses; each rate is that change.  A signed rate keeps its sign (read
 * as 增幅-25.3%, i.e. −25.3 %); an unsigned one takes the word's direction (跌幅 → −).
 * Only rates (%, 个百分点) in parentheses, within the colon's sentence.
 */
void
ext_colon_list(Extractor *ex, ExtractRow *row)
{
	static const char up_noun[] = "增幅";
	char		text[4 * IND_SUBJECT_MAX + 64];
	const WordDef *verb;
	int			colon = -1,
				id = 0,
				b;
	Indicator	x;
	IndError	err;

	if (row->kind != EK_LEVEL || row->figure.verb != 0 || row->figure.qual != 0 ||
		!ind_unit_is_rate(row->figure.unit) || row->start < 3 || row->stop >= ex->n ||
		row->stop - row->start > IND_SUBJECT_MAX ||
		(ex->cp[row->start - 1] != '(' && ex->cp[row->start - 1] != 0xFF08) ||
		(ex->cp[row->stop] != ')' && ex->cp[row->stop] != 0xFF09))
		return;
	for (int k = row->start - 2; k >= 0 && !ends_sentence(ex->cp[k]); k--)
		if (ex->cp[k] == ':' || ex->cp[k] == 0xFF1A)
		{
			colon = k;
			break;
		}
	if (colon < 2)
		return;
	for (int len = 3; len >= 2 && id == 0; len--)
		if (colon - len >= 0 && ind_verb_match_len(ex->cp + colon - len, len, &id) != len)
			id = 0;
	verb = ind_verb(id);
	if (id == 0 || !verb || (verb->cls != CD_UP && verb->cls != CD_DOWN))
		return;
	b = snprintf(text, sizeof(text), "%s",
				 ex->cp[row->start] == '-' || ex->cp[row->start] == 0x2212 ? up_noun : verb->word);
	b = append_row_text(ex, row, text, b);
	if (ind_parse_fast(text, (size_t) b, &x, &err) && x.verb != 0)
	{
		row->figure = x;
		row->kind = EK_CHANGE;
	}
}
