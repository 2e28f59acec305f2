/*
 * test_opened_round37.c: stop 42's classes from the opened batches, each read by a rule, our
 * own sentences, both sides of every rule.  The reader, b429: a review's 年初 between the
 * comparison and the plan word (低于年初预期目标) measures a result; the goal's own figure in a
 * bracket right after 目标 is the target; 今年要 ending its clause with a colon introduces the
 * year's tasks (主要 and 重要 are no modal), and a short bracketed remark after the colon
 * (以下是节选) still leaves the list on the lines below.  b433: 占比 before a plan word is a
 * share, not a comparison with the plan; a deadline right after an opening quote plans what
 * is quoted; 目标在 and a year sets a deadline; a bracket's note of a year's value
 * ((2022年为54%)) is the base, not the target.  b437: the pledges' word (民生实事) with a year
 * before the text's after it looks back; the year before it names the pledges' year.  The
 * type, b434: 过 (over: 過萬億元,
 * the Hong Kong press) a qualifier, which the reader takes only before a bare magnitude other
 * than 亿 alone (过亿 is a class's threshold; 有过3次 an aspect); 总计为, 共计为, 合计为 as 总计.
 */
#include "unit.h"
#include <string.h>
#include "ind.h"

void		test_opened_round37(void);

#define NO NULL, NULL, NULL, NULL, NULL, 0
static const FormCase cases[] = {
	/* b434: 过 before a bare magnitude or a number, over (as 超过) */
	{"過萬億元", "过1万亿元", "1000000000000", "元", "gt", "level", BC_NONE},
	{"过千亿元", "过1000亿元", "100000000000", "元", "gt", "level", BC_NONE},
	{"過3成", "过3成", "3", "成", "gt", "level", BC_NONE},
	{"过", NO},
	{"通过3项", NO},			/* 通 is no qualifier: 过 does not make one of it */
	/* b434: 总计为, 共计为, 合计为 (in all, then the copula), as 总计 */
	{"總計為1萬8237棟", "1.8237万栋", "18237", "栋", "exact", "level", BC_NONE},
	{"共计为100人", "100人", "100", "人", "exact", "level", BC_NONE},
	{"合計為5億元", "5亿元", "500000000", "元", "exact", "level", BC_NONE},
	{"总计为", NO},
	/* b442: 以…为上限 (with a cap of), 以…为下限; 以 before anything else stays an error */
	{"以9.75萬元為上限", "9.75万元为上限", "97500", "元", "le", "level", BC_NONE},
	{"以3000元為下限", "3000元为下限", "3000", "元", "ge", "level", BC_NONE},
	{"以5%", NO},
	/* b444: 减缓 (slowed), a fall, as 放缓 */
	{"减缓8.2个百分点", "减缓8.2个百分点", "-8.2", "个百分点", "exact", "change", BC_NONE},
	{"减缓", NO},
	/* b444: 重量箱 (a weight case of flat glass), longer than 箱 */
	{"67753万重量箱", "67753万重量箱", "677530000", "重量箱", "exact", "level", BC_NONE},
	{"57.2元/重量箱", "57.2元/重量箱", "57.2", "元/重量箱", "exact", "level", BC_NONE},
	/* b444: 全年 after a year's basis, as after 比上年 (a year's months against a whole year) */
	{"比2015年全年增加4.27個百分點", "比2015年增加4.27个百分点", "4.27", "个百分点", "exact", "change",
	 BC_NAMED_PERIOD},
};

static const RowsCase xcases[] = {
	/* b429: 年初 between a comparison and 预期目标: the gap is a result; the bracketed figure
	 * after 目标 is the goal itself */
	{"投资增长5.8%，低于年初预期目标(10%)4.2个百分点。",
	 "增长5.8%=增长5.8%/change;10%=10%/target;4.2个百分点=降低4.2个百分点/change;"},
	{"投资增长5.8%，低于预期4.2个百分点。",
	 "增长5.8%=增长5.8%/change;低于预期4.2个百分点=比预期低4.2个百分点/change;"},
	/* b429: 今年要…： introduces the year's tasks, even with a remark in a bracket after the
	 * colon; 主要有： after 今年 does not (b251: the industries that fell) */
	{"今年要做好十方面的工作:(以下是节选)\n一是做大煤焦。使全市煤炭总产量达到1.5亿吨以上。",
	 "1.5亿吨以上=1.5亿吨以上/target;"},
	{"今年要做好以下工作：\n建成公园5个。", "5个=5个/target;"},
	{"今年第三季生产量下跌的行业主要有：纺织制品业，下跌13.2%。",
	 "下跌13.2%=下跌13.2%/change;"},
	{"今年这1万多亿元的投资投向主要在4个领域：\n一是防洪工程。完成投资1921亿元。",
	 "1万=1万/level;1921亿元=1921亿元/level;"},
	/* b433: 占比力争 (a share's noun, then the resolve) plans; 比预期 still compares */
	{"公办园在园幼儿占比力争达到60%以上。", "60%以上=60%以上/target;"},
	{"增速比预期高0.5个百分点。", "比预期高0.5个百分点=比预期高0.5个百分点/change;"},
	/* b433: a deadline right after an opening quote; not one before the text's year (history) */
	{"光明网讯“到2025年,全国油茶种植面积达到9000万亩以上。”",
	 "9000万亩以上=9000万亩以上/target;"},
	{"2024年，他回忆说“到1998年,全国油茶种植面积达到9000万亩。”",
	 "9000万亩=9000万亩/level;"},
	/* b433: 目标在 and a year; 目标在于 (lies in) sets nothing */
	{"两地目标在2027年底前，落地超过20个平台。", "超过20个=超过20个/target;"},
	{"改革的目标在于提高效率，落地超过20个平台。", "超过20个=超过20个/level;"},
	/* b433: a bracket's note of a year's value is the base; the bracketed goal stays one */
	{"到2027年，公办园在园幼儿占比力争达到60%以上(2022年为54%)。",
	 "60%以上=60%以上/target;54%=54%/level;"},
	/* b437: 民生实事, then a year before the text's: a review, what follows plans nothing; the
	 * same year before the word names the year the pledges are for */
	{"2025年1月22日。\n就业、教育等民生实事，在2024年里也让百姓可感可及。这一年，全区新增学位720个。",
	 "720个=720个/level;"},
	{"2025年1月22日。\n就业、教育等民生实事，今年将继续推进。全区新增学位720个。",
	 "720个=720个/target;"},
	/* b441: a budget's arrangement is no target, under a plan's heading or not; 拟投资 plans */
	{"2026年主要预期目标\n赤字率拟按4%左右安排，拟发行超长期特别国债1.3万亿元。\n城镇新增就业1200万人以上。",
	 "4%左右=4%左右/level;1.3万亿元=1.3万亿元/level;1200万人以上=1200万人以上/target;"},
	{"今年水利建设拟投资126亿元。", "126亿元=126亿元/target;"},
	/* b441: under 主要目标, a line holding a level without figures, or a level reached with a
	 * space before its unit, keeps the list; a short line without either is a heading */
	{"十五五时期主要目标\n国内生产总值增长保持在合理区间\n研发经费投入年均增长 7% 以上\n"
	 "人均预期寿命提高到 80 岁",
	 "年均增长 7% 以上=年均增长7%以上/target;80 岁=80岁/target;"},
	{"十五五时期主要目标\n政策解读\n人均预期寿命达到80岁。", "80岁=80岁/level;"},
	/* b441: a numbered heading naming the year after the one a heading looked back on */
	{"一、2025年工作回顾\n国内生产总值增长5%。\n三、2026年经济社会发展总体要求\n城镇新增就业1200万人以上。",
	 "增长5%=增长5%/change;1200万人以上=1200万人以上/target;"},
	{"一、2025年工作回顾\n国内生产总值增长5%。\n三、2024年经济运行情况\n城镇新增就业1200万人。",
	 "增长5%=增长5%/change;1200万人=1200万人/level;"},
	/* b132: 受…委托， opens a new report: the plan of the heading above does not hold */
	{"2025年主要预期目标\n城镇新增就业1200万人以上。\n\n受市人民政府委托，现将计划执行情况报告如下。\n"
	 "全年增长3.9%。",
	 "1200万人以上=1200万人以上/target;增长3.9%=增长3.9%/change;"},
	/* b106: a disclosure header (索引号) opens a new document, its title below */
	{"2025年主要预期目标\n城镇新增就业1200万人以上。\n索引号: l379250--2024-0213 主题分类: 综合政务\n"
	 "全年地区生产总值增长3.9%。",
	 "1200万人以上=1200万人以上/target;增长3.9%=增长3.9%/change;"},
	/* b441: 提出 before an indicator, its verb and number: the goal proposed, that clause only */
	{"纲要草案提出20项主要指标。其中，提出全社会研发经费投入年均增长7%以上，与规划目标保持一致。",
	 "年均增长7%以上=年均增长7%以上/target;"},
	{"报告提出国内生产总值增长6.5%的目标，实际成绩单显示，去年国内生产总值达990865亿元。",
	 "增长6.5%=增长6.5%/target;990865亿元=990865亿元/level;"},
	{"河北提出“年均增长7%左右”，宁夏提出“年均增长达到7.5%以上”。",
	 "年均增长7%左右=年均增长7%左右/target;年均增长达到7.5%以上=年均增长7.5%以上/target;"},
	{"委员合共提出了7109项问题。行政院当初提出3.1兆元。",
	 "7109项=7109项/level;3.1兆元=3.1万亿元/level;"},
	/* b441: 兆 before 斤 (grain in the Hong Kong press) is 万亿; before 瓦 it is mega */
	{"糧食綜合生產能力達到 1.45 兆斤左右。装机3兆瓦。", "1.45 兆斤左右=1.45万亿斤左右/level;3兆瓦=3兆瓦/level;"},
	/* b442: $ and three digits or more are Hong Kong dollars; $ and one digit stays out */
	{"每月資助$5000。售價$50。", "$5000=5000元/level;"},
	/* b450: 民生实事 spoken of in general announces nothing; with 今年 it does */
	{"岑浩輝提到，在切實辦好民生實事的時候，是秉承盡力而為的原則。\n全年入境旅客超過2,800萬人次。",
	 "超過2,800萬人次=超过2800万人次/level;"},
	{"今年将继续办好民生实事。\n新建幼儿园20所。", "20所=20所/target;"},
	/* b450: 折合约 (converted, about) before an amount; 合约 (a contract) still no 约 */
	{"博彩總收入(澳門幣357億元/折合約45億美元)。簽訂合約10份。",
	 "澳門幣357億元=357亿澳门币/level;約45億美元=约45亿美元/level;10份=10份/level;"},
	/* b449: a news site's dateline ends the plan above it */
	{"2026年主要目标\n新建高标准农田100万亩。\n央视网消息(新闻联播)：我国已累计建成高标准农田7568万亩。",
	 "100万亩=100万亩/target;7568万亩=7568万亩/level;"},
	/* b449: 任务，包括 (the tasks listed after a comma) */
	{"方案还提出了八项重点任务，包括扎实推进种业振兴，玉米制种面积稳定在160万亩。",
	 "160万亩=160万亩/target;"},
	{"方案还提出了八项重点任务。玉米制种面积稳定在160万亩。", "160万亩=160万亩/level;"},
	/* b377: 今年…的“目标清单” announces the tasks that follow; a target list with no time does
	 * not */
	{"今年政府工作报告的“目标清单”，生动展现了新一年的路线图。\n新改扩建中小学校50所以上。",
	 "50所以上=50所以上/target;"},
	{"这份“目标清单”生动展现了路线图。\n新改扩建中小学校50所以上。", "50所以上=50所以上/level;"},
	/* b434: the reader takes 过 before 万 百 千 十 兆; not before 亿 alone (a class's
	 * threshold: b181, b98), not before a digit (a verb's aspect) */
	{"出口過萬億元，收入已過百億。", "過萬億元=过1万亿元/level;過百億=过100亿/level;"},
	{"6大类商品出口过亿。有过3次，通过3项。", "3次=3次/level;3项=3项/level;"},
};

void
test_opened_round37(void)
{
	ut_check_forms(cases, UT_COUNT(cases));
	ut_check_rows_each(xcases, UT_COUNT(xcases));
}
