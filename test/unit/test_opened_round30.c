/*
 * test_opened_round30.c: stop 35's classes from the opened batches b204 and b207 (and the
 * plan words of older opened ones), each read by a rule, our own sentences, both sides of
 * every rule.  The type: a plan's resolve (力争 争取 确保 力求) before a figure, 累计 before
 * 完成, a rate noun and 在 (增幅在40%以上), 完成 and a plan's name ending in 预算 计划 目标
 * 任务 before the number, 为 and a whole before 的, the verbs 增支/减支 (spending), and
 * Taiwan's budget digits grouped by 萬 (1089,0827,000元).  The reader: the same in a sentence,
 * and a bare percent right after an amount's name (地区生产总值⏎7%左右) is its growth.  From b205:
 * 每 and a unit before a figure (每公顷5482.9公斤), 比同期 and 比增 as 同比, 预期/预计 before a
 * qualifier or 达, 仅为 after a rate noun in a sentence.
 */
#include "unit.h"
#include "ind.h"

void		test_opened_round30(void);

#define NO NULL, NULL, NULL, NULL, NULL, 0
static const FormCase cases[] = {
	/* a plan's resolve, read and not kept */
	{"力争达到8%", "达到8%", "8", "%", "exact", "level", BC_NONE},
	{"力爭提高2個百分點", "提高2个百分点", "2", "个百分点", "exact", "change", BC_NONE},
	{"确保8%以上", "8%以上", "8", "%", "ge", "level", BC_NONE},
	{"争取突破3000亿元", "突破3000亿元", "300000000000", "元", "ge", "level", BC_NONE},
	{"力求 增长5%", "增长5%", "5", "%", "exact", "change", BC_NONE},
	{"力争", NO},
	{"力争增长", NO},
	/* 累计 before 完成 */
	{"累计完成992.1亿元", "992.1亿元", "99210000000", "元", "exact", "level", BC_NONE},
	{"累计完成", NO},
	{"累计5亿元", "5亿元", "500000000", "元", "exact", "level", BC_NONE},	/* (stop 36) */
	/* digits grouped by 萬 with a last group of three (Taiwan's budget tables, b207) */
	{"1089,0827,000元", "10890827000元", "10890827000", "元", "exact", "level", BC_NONE},
	{"4,0329,000元", "40329000元", "40329000", "元", "exact", "level", BC_NONE},
	{"減少83,1128,000元", "减少831128000元", "-831128000", "元", "exact", "change", BC_NONE},
	{"1089,0827元", NO},		/* no last group of three: a list, or a typo */
	{"1089,0827,0000元", NO},
	{"12345,0827,000元", NO},	/* a first group of five */
	{"1089,0827,000,000元", NO},
	{"1,234,567元", "1234567元", "1234567", "元", "exact", "level", BC_NONE},
	/* spending up or down, as 增收/减收 for revenue */
	{"同比增支7,184万元", "同比增支7184万元", "71840000", "元", "exact", "change", BC_YOY},
	{"比上年減支5億元", "比上年减支5亿元", "-500000000", "元", "exact", "change", BC_PREV_YEAR},
	{"增支", NO},
	/* a rate noun standing at a level */
	{"增幅在40%以上", "增幅40%以上", "40", "%", "ge", "change", BC_NONE},
	{"增速在6%左右", "增速6%左右", "6", "%", "approx", "change", BC_NONE},
	{"增幅在", NO},
	/* the share of a plan done: its name ends in 预算 计划 目标 任务, or in 的 */
	{"完成年初预算22.82%", "22.82%", "22.82", "%", "exact", "level", BC_NONE},
	{"完成全年目标45.5%", "45.5%", "45.5", "%", "exact", "level", BC_NONE},
	{"完成投资500亿元", NO},
	{"完成预算", NO},
	/* 为 and a whole before 的: the share or multiple of it */
	{"為預算的55.3%", "55.3%", "55.3", "%", "exact", "level", BC_NONE},
	{"为上年的1.5倍", "1.5倍", "1.5", "倍", "exact", "level", BC_NONE},
	{"为上年的", NO},
	{"为增长5%", NO},
	{"是2007年的2.1倍", "2.1倍", "2.1", "倍", "exact", "level", BC_NONE},	/* b204 */
	{"为2015年末的1.5倍", "1.5倍", "1.5", "倍", "exact", "level", BC_NONE},
	{"是2007年的", NO},
	/* b218: 差 and an unnamed holder before points is the shortfall, as 低于 */
	{"差计划目标3.1个百分点", "降低3.1个百分点", "-3.1", "个百分点", "exact", "change", BC_NONE},
	{"差3.1个百分点", NO},
	/* b225: Hong Kong's prices per square foot ($ and /呎), 累 before a one-character verb, 同时,
	 * 只有/仅有, 亦/也 before 高达, 几乎 (almost, as 近) */
	{"$18,695/呎", "18695元/平方呎", "18695", "元/平方呎", "exact", "level", BC_NONE},
	{"分別錄$15,871/呎", "15871元/平方呎", "15871", "元/平方呎", "exact", "level", BC_NONE},
	{"5元/平方呎", "5元/平方呎", "5", "元/平方呎", "exact", "level", BC_NONE},
	{"40呎", NO},				/* a length: 呎 is the square foot after / only */
	{"500平方呎", NO},			/* flats' sizes class them (430平方呎以下): no figure */
	{"累跌15.59%", "跌15.59%", "-15.59", "%", "exact", "change", BC_NONE},
	{"按年分别累跌15.8%", "按年跌15.8%", "-15.8", "%", "exact", "change", BC_YOY},
	{"同时微跌0.2%", "跌0.2%", "-0.2", "%", "exact", "change", BC_NONE},
	{"只有27%", "27%", "27", "%", "exact", "level", BC_NONE},
	{"仅有27%", "27%", "27", "%", "exact", "level", BC_NONE},
	{"亦高达86%", "达86%", "86", "%", "exact", "level", BC_NONE},
	{"几乎增加一倍", "增加几乎1倍", "1", "倍", "approx_below", "change", BC_NONE},
	{"几乎5%", "几乎5%", "5", "%", "approx_below", "level", BC_NONE},
	{"增速同为5.6%", "增速5.6%", "5.6", "%", "exact", "change", BC_NONE},	/* b228 */
	{"同为5%", NO},
	/* b231: 拉低, 拉高 as 下拉, 拉动: a pull on a whole's growth, in points */
	{"拉低社会消费品零售总额增速超过0.7个百分点", "拉低超过0.7个百分点", "-0.7", "个百分点", "gt", "change",
	 BC_NONE},
	{"拉高全市GDP增速0.5个百分点", "拉高0.5个百分点", "0.5", "个百分点", "exact", "change", BC_NONE},
	{"拉低5亿元", NO},
	/* b205: 每 and a unit before the figure: what it is per; not a time, a count or a currency */
	{"每公顷5482.9公斤", "5482.9公斤/公顷", "5482.9", "公斤/公顷", "exact", "level", BC_NONE},
	{"每公顷比上年增产97.8公斤", "比上年增产97.8公斤/公顷", "97.8", "公斤/公顷", "exact", "change",
	 BC_PREV_YEAR},
	{"每吨500元", "500元/吨", "500", "元/吨", "exact", "level", BC_NONE},
	{"每公顷500", NO},
	{"每公顷5%", NO},
	{"每吨5元/千克", NO},
	{"每公顷5公顷", NO},
	{"每人9000元", NO},		/* what each receives: a figure in 元, its 每人 a subject */
	{"每年5%", NO},
	/* b212: a time per only right before the number, and only for a measure */
	{"每天20万吨", "20万吨/天", "200000", "吨/天", "exact", "level", BC_NONE},
	{"每天6197人次", NO},		/* labelled 人次: the reader finds 6197人次 */
	{"每年8000元", NO},
	{"每年增加5人", NO},
	/* b212: 仍 将 也 亦 还 between a change verb and 达 */
	{"增长仍将达到6.5%左右", "增长6.5%左右", "6.5", "%", "approx", "change", BC_NONE},
	{"增长也将达5%", "增长5%", "5", "%", "exact", "change", BC_NONE},
	{"增长将近5%", "增长将近5%", "5", "%", "approx_below", "change", BC_NONE},
	{"增长将", NO},
	/* b205: 比同期 before a change word and 比增 before a digit are 同比 */
	{"比同期多40户", "同比多40户", "40", "户", "exact", "change", BC_YOY},
	{"较同期下降3%", "同比下降3%", "-3", "%", "exact", "change", BC_YOY},
	{"比增6.3%", "同比增6.3%", "6.3", "%", "exact", "change", BC_YOY},
	{"比同期", NO},
	{"比增", NO},
	/* b205: 预期/预计 before a qualifier or 达 */
	{"预期超过1300亿元", "超过1300亿元", "130000000000", "元", "gt", "level", BC_NONE},
	{"预计达到5%", "达到5%", "5", "%", "exact", "level", BC_NONE},
	{"预期", NO},
};

static const RowsCase xcases[] = {
	{"歲出1089,0827,000元，較上年度減少83,1128,000元。",
	 "1089,0827,000元=10890827000元/level;較上年度減少83,1128,000元=比上年度减少831128000元/change;"},
	{"从增幅来看,白银市增幅在40%以上;兰州市增幅在10%以上。",
	 "增幅在40%以上=增幅40%以上/change;增幅在10%以上=增幅10%以上/change;"},
	/* b204: a bare percent right after an amount's name is its growth; after a share's words
	 * or a rate's name it stays a level */
	{"指标名称\n目标\n地区生产总值\n7%左右\n一般公共预算收入：9%\n出口 -5.3%\n",
	 "7%左右=增长7%左右/change;9%=增长9%/change;-5.3%=下降5.3%/change;"},
	{"民间投资占固定资产投资比重50%以上。城镇化率\n60%\n研发经费支出与生产总值之比\n2.6%\n",
	 "50%以上=50%以上/level;60%=60%/level;2.6%=2.6%/level;"},
	{"贸易逆差相当于商品进口总额百分之三点二。", "百分之三点二=3.2%/level;"},
	/* b205: 每 and a unit in a sentence; 仅为 after a rate noun (a headline rate stays a level);
	 * 高于同期 before a level stays the level */
	{"粮食单产每公顷5482.9公斤,每公顷比上年增产97.8公斤,每人9000元。",
	 "每公顷5482.9公斤=5482.9公斤/公顷/level;每公顷比上年增产97.8公斤=比上年增产97.8公斤/公顷/change;"
	 "9000元=9000元/level;"},
	{"一季度GDP增速僅為5.5%,经济成长率仅为1.5%。", "增速僅為5.5%=增速5.5%/change;1.5%=1.5%/level;"},
	/* b111 and the labels of the opened batches: a rate with a minus and no change word is the
	 * change; after 为, a list's 、, a rate's name or a change word it stays as it was; a sign
	 * set apart by a space from the figure before is the next figure's (a table's column) */
	{"出口值123亿元(-3.2%)。访港旅客 65 147 555 -11.4%。总数 5人 -0.6%。",
	 "123亿元=123亿元/level;-3.2%=下降3.2%/change;-11.4%=下降11.4%/change;5人=5人/level;"
	 "-0.6%=下降0.6%/change;"},
	{"人口自然增长率为-1.18‰,自然增长率-2.18‰。收益率分别为5.2%、-1.3%。下降-3%。",
	 "-1.18‰=-1.18‰/level;-2.18‰=-2.18‰/level;5.2%=5.2%/level;-1.3%=-1.3%/level;-3%=-3%/level;"},
	/* b115: a bound right before a class noun, its members counted, classes them: no figure */
	{"超5億元企業 12戶。超过1800亿元企业集团开工。", "12戶=12户/level;超过1800亿元=超过1800亿元/level;"},
	/* b212: progress after a plan (目前已完成, 已完成) is a result; 每天 before a measure; 仍将达到
	 * after a verb; a headline rate (经济成长) stays the level reached */
	{"2017年,该县还将动工建设农村公路30公里,计划投资2000万元,目前已完成投资1800万元。今年将新建学校5所，已完成3所。",
	 "30公里=30公里/target;2000万元=2000万元/target;1800万元=1800万元/level;5所=5所/target;3所=3所/level;"},
	{"日处理能力每天20万吨,每天6197人次。收入增长仍将达到6.5%。預測明年經濟成長也將達3.83%。",
	 "每天20万吨=20万吨/天/level;6197人次=6197人次/level;增长仍将达到6.5%=增长6.5%/change;3.83%=3.83%/level;"},
	/* b218: a bound before 目标 or before a list's 和 after a verb is a figure; a class list
	 * stays a class; a result over or short of the plan's goal is a change, no target */
	{"同比增长 8%以上,完成区人代会批准增长 8%以上目标;收入分别增长8.5%以上和10%以上,完成控制在 3.2%以内目标。100人以上和50人以下企业。",
	 "同比增长 8%以上=同比增长8%以上/change;增长 8%以上=增长8%以上/target;增长8.5%以上=增长8.5%以上/change;"
	 "10%以上=增长10%以上/change;3.2%以内=3.2%以内/target;"},
	{"GDP增长5%,差计划目标3.1个百分点,超计划目标6.7个百分点。今年目标增长5%，力争超过目标2个百分点。",
	 "增长5%=增长5%/change;3.1个百分点=降低3.1个百分点/change;6.7个百分点=高出6.7个百分点/change;"
	 "增长5%=增长5%/target;2个百分点=2个百分点/target;"},
	/* b217: 约占 and a whole without 的 keep the qualifier, as with 的 */
	{"郊野公园约占全港土地总面积40%。占全国16%。", "约占全港土地总面积40%=约40%/level;16%=16%/level;"},
	/* b71, b56: 》指出 before a deadline plans; a year after what a report proposes plans */
	{"2025年统计公报\n《方案》指出,到2023年,全省接待旅游总人数9.6亿人次以上。报告指出,到2023年,接待9.6亿人次。\n",
	 "9.6亿人次以上=9.6亿人次以上/target;9.6亿人次=9.6亿人次/level;"},
	{"报告提出,2019年城镇新增就业1100万人以上,城镇登记失业率4.5%以内。落实结果显示,去年全国城镇新增就业1352万人。报告提出,2019年以来新增就业1100万人。",
	 "1100万人以上=1100万人以上/target;4.5%以内=4.5%以内/target;1352万人=1352万人/level;1100万人=1100万人/level;"},
	/* b221: 截至 under a goal's heading reports; a goal's attainment rate looks back; 计划 after
	 * 资助 (a scheme) plans nothing; a plan word in brackets after a figure plans from there
	 * (and the goal quoted after 目標為 is its figure, stop 43) */
	{"電動車發展\n\n目標2025年政府停車場充電收費\n至於充電設施,截至上月底,公私營機構已共提供逾4,600個充電器。\n",
	 "逾4,600個=逾4600个/level;"},
	{"認購戶數7,111戶,推廣目標達成率為177.78%(105年度之目標為「認購戶數達4,000戶」)。資助計劃批出4萬個充電車位。今年计划投资5亿元。增长58.3%(目标10.5%)。",
	 "7,111戶=7111户/level;177.78%=177.78%/level;4,000戶=4000户/target;4萬個=4万个/level;5亿元=5亿元/target;"
	 "增长58.3%=增长58.3%/change;10.5%=增长10.5%/target;"},
	/* (a bare $15,871 stayed out until stop 42: b442 labels 每月資助$5000 an amount in Hong
	 * Kong dollars; $ and three digits or more read, see test_opened_round37.c) */
	{"實用呎價分別錄$15,871/呎及$18,695/呎,按年分別累跌15.8%。价格为$15,871。",
	 "$15,871/呎=15871元/平方呎/level;$18,695/呎=18695元/平方呎/level;累跌15.8%=跌15.8%/change;"
	 "$15,871=15871元/level;"},
	/* b231, b228: the count of provinces a release sums over is no figure (省级 projects are);
	 * 同 between a rate noun and its copula */
	{"31个省(区、市)中有19个增长。5个省级重点项目。第一产业增速同為5.6%。",
	 "19个=19个/level;5个=5个/level;增速同為5.6%=增速5.6%/change;"},
	{"汽车类拉低社会消费品零售总额增速超过0.7个百分点。", "拉低社会消费品零售总额增速超过0.7个百分点=拉低超过0.7个百分点/change;"},
	/* b205: a narrowing with no rate noun of its own measures the sentence's last rate noun:
	 * a fall's narrowing is a rise; a rising rate's narrowing stays a fall */
	{"利润总额同比微降0.1%,降幅比全市平均水平小10.1个百分点,比1—10月份收窄6.0个百分点;增幅比上月收窄2个百分点,比一季度收窄1个百分点。",
	 "同比微降0.1%=同比微降0.1%/change;10.1个百分点=10.1个百分点/level;"
	 "比1—10月份收窄6.0个百分点=比1-10月降幅收窄6.0个百分点/change;比上月收窄2个百分点=比上月收窄2个百分点/change;"
	 "比一季度收窄1个百分点=比一季度收窄1个百分点/change;"},
	/* b218: a review that measures against the plan (差计划目标, 实现“…”的目标) plans nothing; a
	 * resolve to achieve a quoted goal plans what follows */
	{"2022年,全县实现地区生产总值126.68亿元,同比增长6.9%,差计划目标3.1个百分点,基本实现“增速不低于全州平均水平”的目标;固定资产投资完成172亿元,增长18.7%。今年要确保实现“GDP增长6%”的目标,投资增长10%。",
	 "126.68亿元=126.68亿元/level;同比增长6.9%=同比增长6.9%/change;3.1个百分点=降低3.1个百分点/change;"
	 "172亿元=172亿元/level;增长18.7%=增长18.7%/change;增长10%=增长10%/target;"},
	{"3-5人,5人-3人。", "3-5人=3-5人/target;5人=5人/level;3人=3人/level;"},
	{"全市完成年初预算22.82%,同比增支7,184万元,累计完成992.1亿元。",
	 "22.82%=22.82%/level;同比增支7,184万元=同比增支7184万元/change;992.1亿元=992.1亿元/level;"},
};

void
test_opened_round30(void)
{
	ut_check_forms(cases, UT_COUNT(cases));
	ut_check_rows_each(xcases, UT_COUNT(xcases));
}
