/*
 * test_opened_round33.c: stop 38's classes from the opened batches b290, b291, b294 and b295
 * (and b264, b268, b272, b276, b282, b285 of stop 37), each read by a rule, our own sentences,
 * both sides of every rule.  The type: a holder's name before a noun naming a rate of change
 * (經濟成長率3.8%), 參 as 参 unless a numeral is next to it (勞動力參與率58.4%), 为 before 每
 * and a unit, 上看 (≈), 冲破 (≥), 季增率, 增列, 各 before a copula, an adverb
 * before a basis, 持平于 a level, 平均 before 在 or digits, 仅剩, 约 then 多 (the open end
 * kept), 夜 (nights), 几 after a numeral's position (多).  The reader: 已 and a verb report a plan's progress, 口径 after a figure, a report's
 * title line opens another article, 的年度目标 after a figure, 定在 with 目标 before it, a
 * range bounding a class, a clause naming targets set before a colon, a count of a plan's
 * own items (56项具体任务).
 */
#include "unit.h"
#include <string.h>
#include "ind.h"

void		test_opened_round33(void);

#define NO NULL, NULL, NULL, NULL, NULL, 0
static const FormCase cases[] = {
	/* b276: a holder's name before a noun naming a rate of change, read and not kept */
	{"經濟成長率3.8%", "成长率3.8%", "3.8", "%", "exact", "change", BC_NONE},
	{"經濟成長率為3.8%", "成长率3.8%", "3.8", "%", "exact", "change", BC_NONE},
	{"出口增速5%", "增速5%", "5", "%", "exact", "change", BC_NONE},
	{"消費者物價指數上漲率不超過百分之二", "上涨率不超过2%", "2", "%", "le", "change", BC_NONE},
	{"人口自然增长率3.5‰", NO},	/* a population's rate: a level, labellers split */
	{"经济增长5%", NO},			/* a verb, not a noun: the name is a subject */
	{"經濟成長率", NO},
	/* b276: 參 is 参 (participate) unless a numeral stands next to it */
	{"勞動力參與率58.4%", "58.4%", "58.4", "%", "exact", "level", BC_NONE},
	{"參萬元", "3万元", "30000", "元", "exact", "level", BC_NONE},
	{"壹佰參拾元", "130元", "130", "元", "exact", "level", BC_NONE},
	/* b291: the copula, then 每 and a unit */
	{"為每平方米32,026元", "32026元/平方米", "32026", "元/平方米", "exact", "level", BC_NONE},
	{"为每人5000元", NO},			/* a count after 每 stays an error, as without 为 */
	/* b291, b295: 上看 (≈), 冲破 (≥), 季增率, 增列 */
	{"年增率上看17%", "年增率上看17%", "17", "%", "approx", "change", BC_NONE},
	{"衝破500億美元大關", "冲破500亿美元", "50000000000", "美元", "ge", "level", BC_NONE},
	{"季增率-1.2%", "季减1.2%", "-1.2", "%", "exact", "change", BC_NONE},
	{"增列3億元", "增列3亿元", "300000000", "元", "exact", "change", BC_NONE},
	{"增率5%", NO},				/* tried: two batches lost a figure to it */
	{"上看", NO},
	/* b268: 各 (each) a list's word before a copula, as 均 and 分别; right before the digits
	 * it stays an error (各5%: which list's verb?) */
	{"各为150万平方米", "150万平方米", "1500000", "平方米", "exact", "level", BC_NONE},
	{"各达150万平方米", "达150万平方米", "1500000", "平方米", "exact", "level", BC_NONE},
	{"各150万平方米", NO},
	{"各", NO},
	/* b282: an adverb before a basis */
	{"也比上月加快了0.2个百分点", "比上月加快0.2个百分点", "0.2", "个百分点", "exact", "change", BC_PREV_PERIOD},
	{"亦較上年增加5%", "较上年增加5%", "5", "%", "exact", "change", BC_PREV_YEAR},
	{"也增加", NO},
	/* b285, b291: 持平于 (unchanged at) a level; 平均 before 在 or digits; 差短 stays a subject */
	{"持平於0.3%", "0.3%", "0.3", "%", "exact", "level", BC_NONE},
	{"平均在3.2%", "3.2%", "3.2", "%", "exact", "level", BC_NONE},
	{"平均153小時", "153小时", "153", "小时", "exact", "level", BC_NONE},
	{"平均5%", NO},				/* a rate: growth or a level? */
	{"平均增长5%", "平均增长5%", "5", "%", "exact", "change", BC_NONE},	/* its own verb */
	{"差短230億元", NO},
	{"持平於", NO},
	/* b295: 仅剩 (only left), 约 then 多/余 (the open end kept) */
	{"僅剩約40億元", "约40亿元", "4000000000", "元", "approx", "level", BC_NONE},
	{"只剩40亿元", "40亿元", "4000000000", "元", "exact", "level", BC_NONE},
	{"增加約3億多元", "增加3亿多元", "300000000", "元", "open", "change", BC_NONE},
	{"约3万余人", "3万余人", "30000", "人", "open", "level", BC_NONE},
	{"约3%左右", "约3%", "3", "%", "approx", "level", BC_NONE},	/* about, said twice */
	{"超过3万多人", NO},			/* a bound and an open end: two qualifiers */
	/* b303: power in Latin symbols */
	{"達11.7GW", "达11.7GW", "11.7", "GW", "exact", "level", BC_NONE},
	{"增加 2GW", "增加2GW", "2", "GW", "exact", "change", BC_NONE},
	{"五．六GW", "5.6GW", "5.6", "GW", "exact", "level", BC_NONE},
	{"5MW", "5MW", "5", "MW", "exact", "level", BC_NONE},
	{"3kW", "3kW", "3", "kW", "exact", "level", BC_NONE},
	/* b299: 夜 (nights, as 晚); 几 after a numeral's position is 多 */
	{"為7.38夜", "7.38夜", "7.38", "夜", "exact", "level", BC_NONE},
	{"三千四百幾宗", "3400多宗", "3400", "宗", "open", "level", BC_NONE},
	{"十几万人", "10多万人", "100000", "人", "open", "level", BC_NONE},
	{"几十万人", NO},				/* before a position: an order of magnitude */
	{"几个", NO},
};

static const RowsCase xcases[] = {
	/* b272: 已 and a verb right before a figure: a plan's progress, and the rest of the sentence */
	{"计划新开工的228个项目已开工128个，其中102个项目为按期开工。今年计划新开工100个。",
	 "228个=228个/target;128个=128个/level;102个=102个/level;100个=100个/target;"},
	/* b272: a figure before 口径 is a size class's threshold; 口 still counts wells */
	{"規模以上(2000萬口徑)林業企業達到100家以上，新打机井50口。",
	 "100家以上=100家以上/level;50口=50口/level;"},
	/* b290: a report's title, its dash and the day delivered open another article */
	{"二、2025年工作安排\n力争更多项目获得信贷支持，实施项目100个。\n\n"
	 "政府工作报告——2025年1月23日在市人民代表大会上 各位代表:一年来，地区生产总值增长4%，达到1686亿元。",
	 "100个=100个/target;增长4%=增长4%/change;1686亿元=1686亿元/level;"},
	/* b276: a figure before 的年度目标 or 的全年目标 is that target */
	{"全年新建幼儿园48所，超额完成40所的年度目标任务；完成70万平方米的全年目标。",
	 "48所=48所/level;40所=40所/target;70万平方米=70万平方米/target;"},
	/* b260: 定在/设在 (set at) with 目标 before it in the sentence; not 稳定在 */
	{"梳理各地的经济增速目标，目标最高的是海南，定在6%以上，甘肃定在5.5%左右。",
	 "6%以上=6%以上/target;5.5%左右=5.5%左右/target;"},
	{"粮食产量稳定在100万吨以上，价格定在每吨500元。",
	 "100万吨以上=100万吨以上/level;每吨500元=500元/吨/level;"},
	/* b260: a clause naming targets set (确定 提出 明确 … 指标/目标) and ending with a colon */
	{"他们确定的主要指标:地区生产总值由2008年的128亿元增加到2011年的365亿元,年均增长41.8%。",
	 "128亿元=128亿元/level;365亿元=365亿元/target;年均增长41.8%=年均增长41.8%/target;"},
	{"主要指标:地区生产总值365亿元。", "365亿元=365亿元/level;"},
	/* b303: a deadline's year in Chinese digits (Taiwan press), as in arabic ones */
	{"到二〇三〇年，綠能約三十％。", "約三十％=约30%/target;"},
	{"到二〇一〇年，綠能約三十％。", "約三十％=约30%/target;"},	/* (no year known: ahead) */
	/* b264: a count of a plan's own items (tasks, measures, actions, policies) is no figure */
	{"规划提出了56项具体任务，出台10条措施，完成任务100个，实施重点工程20项。",
	 "100个=100个/target;20项=20项/target;"},	/* (规划提出 plans the rest) */
	/* b299: 一夜 in an idiom is no figure; nights in digits are */
	{"一夜之间，游客平均停留7.38夜。", "7.38夜=7.38夜/level;"},
	/* b298: 已 and a longer verb with its 的; inside a bracket the sentence still plans */
	{"今年计划新改建1357公里(含已提前实施的936公里)，建成213公里。",
	 "1357公里=1357公里/target;936公里=936公里/level;213公里=213公里/target;"},
	/* b265, b291: a range, 的 and a noun, then a count of the class: its bounds, no figure */
	{"以50至99.9平方米的住宅單位買賣較多，有2,635個。以50至99.9平方米的住宅為主。",
	 "2,635個=2635个/level;50至99.9平方米=50至99.9平方米/target;"},	/* a range alone: a target's reading, as before */
};

void
test_opened_round33(void)
{
	ut_check_forms(cases, UT_COUNT(cases));
	ut_check_rows_each(xcases, UT_COUNT(xcases));
}
