/*
 * test_opened_round32.c: stop 37's classes from the opened batches b260, b261, b264, b265,
 * b268, b269, b272 and b273 (and b188, b192 of stop 34), each read by a rule, our own
 * sentences, both sides of every rule.  The type: a change held at its rate
 * (年均增长保持在6.5%以上), 保持 right before the number after a rate noun (增速保持7.6%左右),
 * 实质/实际/名义 before a change named after its figure (8.6%實質升幅; 实际增长 keeps its own
 * verb), 新台阶 after a threshold crossed, 不小于/不大于/不多于, the tenth after 倍 (兩倍三 =
 * 2.3倍), 逼近, 更 before a rate's link, 年成长, the count 宅, a mirror's toneless pinyin
 * (118.4億(yi) 元).  The reader: the same in a sentence, and the modal 要 before a goal's verb
 * plans what follows it, a year, a place's name and 将 plan, 经济成长率 with any link is a level.
 */
#include "unit.h"
#include <string.h>
#include "ind.h"

void		test_opened_round32(void);

#define NO NULL, NULL, NULL, NULL, NULL, 0
static const FormCase cases[] = {
	/* b192: a change verb, then 保持在/稳定在/维持在/持续在 and its rate */
	{"年均增长保持在6.5%以上", "年均增长6.5%以上", "6.5", "%", "ge", "change", BC_ANNUAL_AVERAGE},
	{"增长稳定在6%左右", "增长6%左右", "6", "%", "approx", "change", BC_NONE},
	{"下降维持在2%", "下降2%", "-2", "%", "exact", "change", BC_NONE},
	{"同比增长保持在6%", "同比增长6%", "6", "%", "exact", "change", BC_YOY},
	{"增长保持6%", NO},			/* after a verb, with 在 only */
	{"增长保持在", NO},
	/* b272: 保持 维持 稳定 right before the number after a rate noun */
	{"增速保持7.6%左右", "增速7.6%左右", "7.6", "%", "approx", "change", BC_NONE},
	{"增速维持5%", "增速5%", "5", "%", "exact", "change", BC_NONE},
	{"增速保持", NO},
	{"增速保持较快", NO},
	/* b261: real and nominal before a change named after its figure */
	{"8.6%實質升幅", "升幅8.6%", "8.6", "%", "exact", "change", BC_NONE},
	{"12.2%的實質升幅", "升幅12.2%", "12.2", "%", "exact", "change", BC_NONE},
	{"5%名义增幅", "增幅5%", "5", "%", "exact", "change", BC_NONE},
	{"3%实际增长", "实际增长3%", "3", "%", "exact", "change", BC_NONE},	/* its own verb */
	{"8.6%明显升幅", NO},			/* (an intensity word after 的 only: 8.6%的明显升幅) */
	{"8.6%实质", NO},
	/* b260: 新台阶 after a threshold crossed, as 大台阶 */
	{"迈上2万亿元新台阶", "迈上2万亿元", "2000000000000", "元", "ge", "level", BC_NONE},
	{"2万亿元新台阶", NO},			/* without a qualifier it is no mark */
	/* b264: 不小于 (≥), 不大于 and 不多于 (≤) */
	{"不小于60%", "不小于60%", "60", "%", "ge", "level", BC_NONE},
	{"不大于5%", "不大于5%", "5", "%", "le", "level", BC_NONE},
	{"不多于3个", "不多于3个", "3", "个", "le", "level", BC_NONE},
	{"小于60%", "小于60%", "60", "%", "lt", "level", BC_NONE},
	/* b265: the tenth after 倍, as after 成 (a wrong number: 增兩倍三 read 2倍) */
	{"較十二月增兩倍三", "比12月份增2.3倍", "2.3", "倍", "exact", "change", BC_NAMED_PERIOD},
	{"增长两倍半", "增长2.5倍", "2.5", "倍", "exact", "change", BC_NONE},
	{"增长2倍", "增长2倍", "2", "倍", "exact", "change", BC_NONE},
	{"三倍十", NO},				/* one digit only */
	{"2.5倍三", NO},				/* after a whole number only */
	/* b269, b273: 逼近 (≈ from below), 更 before a rate's link, 年成长, the count 宅 */
	{"逼近7成", "逼近7成", "7", "成", "approx_below", "level", BC_NONE},
	{"升幅更達27.4%", "升幅27.4%", "27.4", "%", "exact", "change", BC_NONE},
	{"年成長3.08%", "年成长3.08%", "3.08", "%", "exact", "change", BC_NONE},
	{"9,050,340 宅", "9050340宅", "9050340", "宅", "exact", "level", BC_NONE},
	{"二四八萬宅", "248万宅", "2480000", "宅", "exact", "level", BC_NONE},
	{"逼近", NO},
	{"更達27.4%", NO},
	/* b276: a rate's name right before its digits, no copula (a table's way) */
	{"失業率4.5%", "4.5%", "4.5", "%", "exact", "level", BC_NONE},
	{"投资完成率129.6%", "129.6%", "129.6", "%", "exact", "level", BC_NONE},
	{"增长率5%", "增长率5%", "5", "%", "exact", "change", BC_NONE},	/* a change word: the verb rules */
	{"失业率3万人", NO},
	{"率5%", NO},
	/* b277: an estimate's word before a number, with 为 or without; 扩增 */
	{"估計為26.58萬人", "26.58万人", "265800", "人", "exact", "level", BC_NONE},
	{"概估3.11%", "3.11%", "3.11", "%", "exact", "level", BC_NONE},
	{"料為3.5%", "3.5%", "3.5", "%", "exact", "level", BC_NONE},
	{"预计为5%", "5%", "5", "%", "exact", "level", BC_NONE},
	{"料3.5%", NO},
	{"预计为", NO},
	{"擴增17.52%", "扩增17.52%", "17.52", "%", "exact", "change", BC_NONE},
	/* b276: 上涨率, a rate noun as 涨幅 */
	{"上漲率不超過百分之二", "上涨率不超过2%", "2", "%", "le", "change", BC_NONE},
	{"上涨率为2%", "上涨率2%", "2", "%", "exact", "change", BC_NONE},
	{"上涨率", NO},
	/* b285: 编列 (a Taiwan budget's verb) before the amount; 增额, 月增额, 减额 (the amount of a
	 * change) as rate nouns */
	{"編列2兆8623億", "2.8623万亿", "2862300000000", "", "exact", "level", BC_NONE},
	{"共編列3兆0350億", "3.035万亿", "3035000000000", "", "exact", "level", BC_NONE},
	{"月增額達1,734億元", "月增额1734亿元", "173400000000", "元", "exact", "change", BC_NONE},
	{"減額60億元", "减额60亿元", "-6000000000", "元", "exact", "change", BC_NONE},
	{"编列", NO},
	{"编列增长5%", NO},
	/* b282: 比1月至9月, 月 after the first month too */
	{"比1月至9月加快0.1个百分点", "比1-9月加快0.1个百分点", "0.1", "个百分点", "exact", "change", BC_NAMED_PERIOD},
	{"比1月至九月增长5%", NO},
	/* b272: a mirror's pinyin without its tone mark, one syllable after an ideograph */
	{"完成118.4億(yi) 元", "118.4亿元", "11840000000", "元", "exact", "level", BC_NONE},
	{"19個(ge)", "19个", "19", "个", "exact", "level", BC_NONE},
	{"比去年同期增長12億(yi) 餘(yu) 元", "比去年同期增长12亿余元", "1200000000", "元", "open", "change", BC_YOY},
	{"5吨(km)", NO},				/* no syllable: a note that stays */
	{"5吨(t)", NO},
};

static const RowsCase xcases[] = {
	{"“十三五”时期经济年均增长保持在6.5%以上。",
	 "年均增长保持在6.5%以上=年均增长6.5%以上/change;"},
	/* b188: the modal 要 before a goal's verb plans what follows it; not 主要, 只要, 要保持 */
	{"森林覆盖率2025年要达到24.1%。主要农产品产量达到300万吨，重要指标只要达到5%。",
	 "24.1%=24.1%/target;300万吨=300万吨/level;5%=5%/level;"},
	{"去年全市增长5%，今年要实现增长6%。要保持经济稳定，全市增长5%。",
	 "增长5%=增长5%/change;增长6%=增长6%/target;增长5%=增长5%/change;"},
	/* b264: a year, a place's name and 将 plan; not a year before the text's */
	{"关切“一老一小”，2024年静安区将新增养老床位172张。", "172张=172张/target;"},
	{"2024年静安区工作报告\n2023年静安区将新增养老床位172张。", "172张=172张/level;"},
	/* b265: 经济成长率 (a headline rate) is a level with any link */
	{"第2季經濟成長率修正為5.54％，經濟成長率達8.01%，出口成長率為5%。",
	 "5.54％=5.54%/level;8.01%=8.01%/level;成長率為5%=成长率5%/change;"},
	{"一月賭收較十二月增兩倍三，產量增长两倍，三个县达标。",
	 "較十二月增兩倍三=比12月份增2.3倍/change;增长两倍=增长2倍/change;"},
	{"其中护理型床位占比不小于60%，面积不大于50平方米。",
	 "不小于60%=不小于60%/level;不大于50平方米=不大于50平方米/level;"},
	{"按年錄得12.2%的實質升幅，出口錄得8.6%實質升幅，工资有3%实际增长，77%明显萎缩。",
	 "12.2%的實質升幅=升幅12.2%/change;8.6%實質升幅=升幅8.6%/change;3%实际增长=实际增长3%/change;77%=77%/level;"},
	/* b281: the financial 陆 before a plain numeral is a word's (陸客), not a digit */
	{"今年陸三二三萬人次，陆续增加。伍佰陆拾元。", "三二三萬人次=323万人次/level;伍佰陆拾元=560元/level;"},
	/* b280: 完成 before a verb of resolve is its subject, no review (完成年度目标任务 still is) */
	{"2018年，城乡民生基础设施建设全面推进，完成投资力争超过145亿元。",
	 "超过145亿元=超过145亿元/target;"},
	{"1-6月份，全市引进资金219.22亿元，完成年度目标任务的37.22%。",
	 "219.22亿元=219.22亿元/level;37.22%=37.22%/level;"},
	{"完成118.4億(yi) 元，新建19個(ge)，里程5吨(km)。",
	 "118.4億(yi) 元=118.4亿元/level;19個=19个/level;5吨=5吨/level;"},
	{"地区生产总值增速保持7.6%左右，升幅更達27.4%，年成長3.08%，住宅9,050,340 宅。",
	 "增速保持7.6%左右=增速7.6%左右/change;升幅更達27.4%=升幅27.4%/change;年成長3.08%=年成长3.08%/change;"
	 "9,050,340 宅=9050340宅/level;"},
};

void
test_opened_round32(void)
{
	ut_check_forms(cases, UT_COUNT(cases));
	ut_check_rows_each(xcases, UT_COUNT(xcases));
}
