/*
 * test_parse_unseen17.c: forms of blind batches 5-7 (issue 16) the type rejected or misread,
 * each read by a rule for its class: 控制在 before a capped figure, 不及 and 达到了, adverbs
 * 实质/累计 before a verb, bases ending in 底 (= 末), a verb then 为 (the level reached),
 * 高于/低于 a reference (the nation, the forecast) as a change against it, the unit 国, and
 * a qualifier written twice refused; the third round's currency before the number
 * (新臺幣1,234億元) and units.  Both sides of every rule; the fast path agrees.
 */
#include "unit.h"
#include "ind.h"

#include <string.h>

void		test_parse_unseen17(void);

typedef FormCase Case17;	/* unit.h */

static const Case17 cases[] = {
	/* 控制在 before a figure with a cap: read, not kept (a target keeps it) */
	{"控制在3%以内", "3%以内", "3", "%", "le", "level", BC_NONE},
	{"控制在 5%以内", "5%以内", "5", "%", "le", "level", BC_NONE},
	{"控制在 3% 以內", "3%以内", "3", "%", "le", "level", BC_NONE},
	{"控制在百分之四以內", "4%以内", "4", "%", "le", "level", BC_NONE},
	{"控制在 7‰以内", "7‰以内", "7", "‰", "le", "level", BC_NONE},
	{"控制在3%以下", "3%以下", "3", "%", "le", "level", BC_NONE},
	{"控制在不超过3%", "不超过3%", "3", "%", "le", "level", BC_NONE},
	{"控制在3%", NULL, NULL, NULL, NULL, NULL, 0},			/* no cap */
	{"控制在3%以上", NULL, NULL, NULL, NULL, NULL, 0},
	{"控制在", NULL, NULL, NULL, NULL, NULL, 0},
	{"控制在增长3%以内", NULL, NULL, NULL, NULL, NULL, 0},	/* a cap on a level only */
	/* qualifiers: 不及 (< x); 达到了 as 达到 */
	{"不及1.0%", "不及1.0%", "1.0", "%", "lt", "level", BC_NONE},
	{"不及0.5%", "不及0.5%", "0.5", "%", "lt", "level", BC_NONE},
	{"达到了366.7亿吨", "达到366.7亿吨", "36670000000", "吨", "exact", "level", BC_NONE},
	{"達到了2.2億標箱", "达到2.2亿标箱", "220000000", "标箱", "exact", "level", BC_NONE},
	{"达到了超过3%", "达到超过3%", "3", "%", "gt", "level", BC_NONE},
	{"达了3%", NULL, NULL, NULL, NULL, NULL, 0},
	{"达到了了3%", NULL, NULL, NULL, NULL, NULL, 0},
	/* 实质 / 实际 / 名义 / 累计 before a verb: read, not kept */
	{"实质上升百分之五点九", "上升5.9%", "5.9", "%", "exact", "change", BC_NONE},
	{"實質上升百分之三點五", "上升3.5%", "3.5", "%", "exact", "change", BC_NONE},
	{"实际下跌2%", "下跌2%", "-2", "%", "exact", "change", BC_NONE},
	{"实际增长5%", "实际增长5%", "5", "%", "exact", "change", BC_NONE},	/* a word of its own */
	{"实质增长5%", "实质增长5%", "5", "%", "exact", "change", BC_NONE},
	{"累計下修1.44個百分點", "下修1.44个百分点", "-1.44", "个百分点", "exact", "change", BC_NONE},
	{"累计增长8.2%", "增长8.2%", "8.2", "%", "exact", "change", BC_NONE},
	{"同比累计下降3%", "同比下降3%", "-3", "%", "exact", "change", BC_YOY},
	{"实质5%", NULL, NULL, NULL, NULL, NULL, 0},
	{"累计3%", NULL, NULL, NULL, NULL, NULL, 0},
	{"增长达百分之五", "增长5%", "5", "%", "exact", "change", BC_NONE},
	/* a basis ending in 底 is the one ending in 末 */
	{"較上月底增1萬人", "比上月末增1万人", "10000", "人", "exact", "change", BC_PREV_PERIOD},
	{"較上月底增3千人", "比上月末增3千人", "3000", "人", "exact", "change", BC_PREV_PERIOD},
	{"較上月底增加1萬人", "比上月末增加1万人", "10000", "人", "exact", "change", BC_PREV_PERIOD},
	{"比上年底增长3%", "比上年末增长3%", "3", "%", "exact", "change", BC_YEAR_START},
	{"比去年底增长3%", "比去年末增长3%", "3", "%", "exact", "change", BC_YEAR_START},
	{"较上年底下降2%", "比上年末下降2%", "-2", "%", "exact", "change", BC_YEAR_START},
	{"比上年底部增长3%", NULL, NULL, NULL, NULL, NULL, 0},
	{"比底增长3%", NULL, NULL, NULL, NULL, NULL, 0},
	/* a verb then 为: the level reached, as 降至 and 提高到 */
	{"略降為3.6%", "3.6%", "3.6", "%", "exact", "level", BC_NONE},
	{"微升為2.4%", "2.4%", "2.4", "%", "exact", "level", BC_NONE},
	{"降为3%", "3%", "3", "%", "exact", "level", BC_NONE},
	{"小幅下降为1.3%", "1.3%", "1.3", "%", "exact", "level", BC_NONE},
	{"降至3%", "3%", "3", "%", "exact", "level", BC_NONE},
	{"提高到5%", "5%", "5", "%", "exact", "level", BC_NONE},
	{"略降3.6%", "降3.6%", "-3.6", "%", "exact", "change", BC_NONE},
	{"增速为5%", "增速5%", "5", "%", "exact", "change", BC_NONE},		/* a rate noun's copula */
	/* 高于/低于 a reference, then a figure: the change against it */
	{"低於預測值1.41個百分點", "比预测值低1.41个百分点", "-1.41", "个百分点", "exact", "change", BC_REFERENCE},
	{"高于预期0.3个百分点", "比预期高0.3个百分点", "0.3", "个百分点", "exact", "change", BC_REFERENCE},
	{"高于全国1.5个百分点", "比全国高1.5个百分点", "1.5", "个百分点", "exact", "change", BC_REFERENCE},
	{"比全国高1.5个百分点", "比全国高1.5个百分点", "1.5", "个百分点", "exact", "change", BC_REFERENCE},
	{"低于全省平均水平2个百分点", "比全省低2个百分点", "-2", "个百分点", "exact", "change", BC_REFERENCE},
	{"高于3%", "高于3%", "3", "%", "gt", "level", BC_NONE},				/* still the qualifier */
	{"高于全国", NULL, NULL, NULL, NULL, NULL, 0},
	{"高于火星1.5个百分点", "高出1.5个百分点", "1.5", "个百分点", "exact", "change", BC_NONE},	/* stop 33: an unnamed reference, read and not kept */
	/* a Latin O after a position and before a digit is its 零 (as after a digit, 三O七) */
	{"近五百O七億元", "近507亿元", "50700000000", "元", "approx_below", "level", BC_NONE},
	{"一千O五人", "1005人", "1005", "人", "exact", "level", BC_NONE},
	{"五百O", NULL, NULL, NULL, NULL, NULL, 0},
	{"五百OK", NULL, NULL, NULL, NULL, NULL, 0},
	/* the unit 国 (countries) */
	{"10國", "10国", "10", "国", "exact", "level", BC_NONE},
	{"34国", "34国", "34", "国", "exact", "level", BC_NONE},
	/* a verb, then a qualifier; mixed 万…千 after a verb */
	{"增約7,100人", "增约7100人", "7100", "人", "approx", "change", BC_NONE},
	{"增加约3万人", "增加约3万人", "30000", "人", "approx", "change", BC_NONE},
	{"增加1萬9千人", "增加1.9万人", "19000", "人", "exact", "change", BC_NONE},
	{"增12萬5千人", "增12.5万人", "125000", "人", "exact", "change", BC_NONE},
	{"增1萬人", "增1万人", "10000", "人", "exact", "change", BC_NONE},
	/* a qualifier written twice, or a one-character comparative after the figure */
	{"3万元多多", NULL, NULL, NULL, NULL, NULL, 0},
	{"3%以上以上", NULL, NULL, NULL, NULL, NULL, 0},
	{"3万元余", "3万元余", "30000", "元", "open", "level", BC_NONE},
	{"3%高", NULL, NULL, NULL, NULL, NULL, 0},
	{"3%少", NULL, NULL, NULL, NULL, NULL, 0},
	{"3%的增幅", "增幅3%", "3", "%", "exact", "change", BC_NONE},
	{"16.6%的增长", "增长16.6%", "16.6", "%", "exact", "change", BC_NONE},
	/* a currency in 币 before the number names the 元 after it (or stands for it) */
	{"新臺幣1,234億元", "1234亿新台币", "123400000000", "新台币", "exact", "level", BC_NONE},
	{"新臺幣 4 萬 8,529 元", "4.8529万新台币", "48529", "新台币", "exact", "level", BC_NONE},
	{"港幣1.2萬元", "1.2万港币", "12000", "港币", "exact", "level", BC_NONE},
	{"澳門幣3,000元", "3000澳门币", "3000", "澳门币", "exact", "level", BC_NONE},
	{"人民币5000元", "5000人民币", "5000", "人民币", "exact", "level", BC_NONE},
	{"新台币1,234亿", "1234亿新台币", "123400000000", "新台币", "exact", "level", BC_NONE},
	{"增加新台币12亿元", "增加12亿新台币", "1200000000", "新台币", "exact", "change", BC_NONE},
	{"约港币3亿元", "约3亿港币", "300000000", "港币", "approx", "level", BC_NONE},
	{"新台币3亿美元", NULL, NULL, NULL, NULL, NULL, 0},		/* two currencies */
	{"港币3亿港元", NULL, NULL, NULL, NULL, NULL, 0},
	{"人民币3吨", NULL, NULL, NULL, NULL, NULL, 0},
	{"新台币", NULL, NULL, NULL, NULL, NULL, 0},
	{"美元3亿元", NULL, NULL, NULL, NULL, NULL, 0},			/* only words in 币 lead */
	/* units of the third round */
	{"6.7亿港幣", "6.7亿港币", "670000000", "港币", "exact", "level", BC_NONE},
	{"7.8万英镑", "7.8万英镑", "78000", "英镑", "exact", "level", BC_NONE},
	{"1.2万亿韩元", "1.2万亿韩元", "1200000000000", "韩元", "exact", "level", BC_NONE},
	{"5.6万辆次", "5.6万辆次", "56000", "辆次", "exact", "level", BC_NONE},
	{"1.2万箱", "1.2万箱", "12000", "箱", "exact", "level", BC_NONE},
	{"3.4万场", "3.4万场", "34000", "场", "exact", "level", BC_NONE},
	{"120场次", "120场次", "120", "场次", "exact", "level", BC_NONE},
	{"8.9万尾", "8.9万尾", "89000", "尾", "exact", "level", BC_NONE},
	{"1.2万幢", "1.2万幢", "12000", "幢", "exact", "level", BC_NONE},
	{"8.9美元/桶", "8.9美元/桶", "8.9", "美元/桶", "exact", "level", BC_NONE},
	{"1,200億美金", "1200亿美金", "120000000000", "美金", "exact", "level", BC_NONE},
	{"3,000億日圓", "3000亿日圆", "300000000000", "日圆", "exact", "level", BC_NONE},
	/* Taiwan's words of decline and its monthly rate */
	{"出口衰退3.2%", NULL, NULL, NULL, NULL, NULL, 0},		/* a subject is no part of a figure */
	{"衰退3.2%", "衰退3.2%", "-3.2", "%", "exact", "change", BC_NONE},
	{"年衰退3.2%", "年衰退3.2%", "-3.2", "%", "exact", "change", BC_NONE},
	{"較上年同期衰退1.5%", "较上年同期衰退1.5%", "-1.5", "%", "exact", "change", BC_YOY},
	{"負成長3.2%", "负成长3.2%", "-3.2", "%", "exact", "change", BC_NONE},
	{"月增率0.5%", "月增率0.5%", "0.5", "%", "exact", "change", BC_NONE},
	{"月增率-0.5%", "月减0.5%", "-0.5", "%", "exact", "change", BC_NONE},
	/* 高于/低于 a period basis, as a reference's (涨幅高于上年0.8个百分点) */
	{"高于上年0.8个百分点", "比上年高0.8个百分点", "0.8", "个百分点", "exact", "change", BC_PREV_YEAR},
	{"低于去年同期1.2个百分点", "比去年同期低1.2个百分点", "-1.2", "个百分点", "exact", "change", BC_YOY},
	{"高于3%", "高于3%", "3", "%", "gt", "level", BC_NONE},
	/* the climate's norm: 比常年, 比多年平均(值) */
	{"比常年偏多12.3%", "比常年偏多12.3%", "12.3", "%", "exact", "change", BC_REFERENCE},
	{"比多年平均值偏多7.3%", "比多年平均偏多7.3%", "7.3", "%", "exact", "change", BC_REFERENCE},
	{"較多年平均偏少5%", "比多年平均偏少5%", "-5", "%", "exact", "change", BC_REFERENCE},
	{"比常年值偏多5%", "比常年偏多5%", "5", "%", "exact", "change", BC_REFERENCE},	/* stop 29 (b48) */
	{"比全国值偏多5%", NULL, NULL, NULL, NULL, NULL, 0},	/* 值 only after the norm */
	/* adverbs of intensity and 已: read, not kept */
	{"銳減逾5千億", "减逾5千亿", "-500000000000", "", "gt", "change", BC_NONE},
	{"暴跌12%", "跌12%", "-12", "%", "exact", "change", BC_NONE},
	{"骤降3.1个百分点", "降3.1个百分点", "-3.1", "个百分点", "exact", "change", BC_NONE},
	{"暴增至 3490 人", "3490人", "3490", "人", "exact", "level", BC_NONE},
	{"已增至 307 萬人", "307万人", "3070000", "人", "exact", "level", BC_NONE},
	{"暴3%", NULL, NULL, NULL, NULL, NULL, 0},			/* an adverb needs its verb */
	/* 比去年平均 before 增长/上涨/下降 reads as 比去年 + 平均增长 (one reading, round trip) */
	{"较去年平均增长5%", "较去年平均增长5%", "5", "%", "exact", "change", BC_PREV_YEAR},
	{"較去年平均上升2個百分點", "比去年平均上升2个百分点", "2", "个百分点", "exact", "change", BC_NAMED_PERIOD},
};

/* the messages of the refusals say what is wrong */
static void
check_messages17(void)
{
	Indicator	x;
	IndError	e;

	CHECK(!ind_parse("3万元多多", strlen("3万元多多"), &x, &e) && e.code == IND_ERR_SYNTAX &&
		  strstr(e.detail, "second qualifier") != NULL, "3万元多多: %s", e.detail);
	CHECK(!ind_parse("控制在3%", strlen("控制在3%"), &x, &e) && strstr(e.detail, "控制在") != NULL,
		  "控制在3%%: %s", e.detail);
	/* references differ from each other and from a period */
	{
		Indicator	a,
					b;

		CHECK(ind_parse("高于全国1.5个百分点", strlen("高于全国1.5个百分点"), &a, &e) &&
			  ind_parse("高于预期1.5个百分点", strlen("高于预期1.5个百分点"), &b, &e) &&
			  !ind_equal(&a, &b), "比全国 and 比预期 differ");
		CHECK(ind_parse("比上年高1.5个百分点", strlen("比上年高1.5个百分点"), &b, &e) &&
			  !ind_equal(&a, &b), "比全国 and 比上年 differ");
	}
}

/* bytes that no text writes: 比去年平均 (92) + 增长 (1) reads back as 比去年 + 平均增长 */
static void
check_average_clash17(void)
{
	Indicator	x;
	IndError	err;

	CHECK(ind_parse("較去年平均上升2個百分點", strlen("較去年平均上升2個百分點"), &x, &err),
		  "比去年平均 with 上升 parses");
	CHECK(strcmp(ind_basis(x.basis)->word, "比去年平均") == 0, "its basis is 比去年平均 (id 92)");
	x.verb = 1;					/* 增长 */
	CHECK(!ind_validate(&x, &err) && err.code == IND_ERR_CORRUPT,
		  "比去年平均 + 增长 is refused as bytes");
}

void
test_parse_unseen17(void)
{
	check_average_clash17();
	ut_check_forms(cases, UT_COUNT(cases));
	check_messages17();
}
