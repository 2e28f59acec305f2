/*
 * test_opened_round26.c: stop 31's classes, each read by a rule, our own sentences, both
 * sides of every rule.  The type, from blind batches 86-92 (opened): arabic digits after an
 * arabic digit's 百/千 filling every place below it (Macau budgets: 1千1百52億); 合计, 合共,
 * 总计, 总共 as copulas and 合占 as 占; a comparison's comma (与上年相比，增长5%); 进一步 and 缓
 * as adverbs; 相同 after a basis as 持平; 录得 before an amount; 持续在 as 保持在; 累计占比; 高出/多出/超过/超出 before a basis (超过/超出 before a reference
 * only); 则 before 高达.  The reader: a rate after 百分之 named by the change noun after it;
 * 增加…至… after a basis (the level reached, not a range); an article's date line under its
 * title; 为确保 without a figure; 重点任务包括：; the year's pledges (实事) announced; a
 * Chinese-written numeral with a fraction and a unit; a list printed a line an item (bare
 * numbers, counts, action lines); an event's day; 在…中，; a count after a change verb or before
 * 、 names no scope.  Units 票, 瓶, 盏 (counts).
 */
#include "unit.h"
#include "ind.h"

void		test_opened_round26(void);

#define NO NULL, NULL, NULL, NULL, NULL, 0
static const FormCase cases[] = {
	/* b92: Macau budgets write the places below 百/千 as arabic digits */
	{"1千1百52億1千8百60萬1千6百元", "1152.186016亿元", "115218601600", "元", "exact", "level", BC_NONE},
	{"3百56億零7百39萬9千元", "356.07399亿元", "35607399000", "元", "exact", "level", BC_NONE},
	{"1千23", NO},				/* 1023 or 1230: refused, as before */
	{"一百12", NO},				/* a Chinese digit's position: refused, as before */
	/* b92: totals and a joint share */
	{"合共37億5千6百69萬3千元", "37.56693亿元", "3756693000", "元", "exact", "level", BC_NONE},
	{"總計45.6萬棟", "45.6万栋", "456000", "栋", "exact", "level", BC_NONE},
	{"總共3家", "3家", "3", "家", "exact", "level", BC_NONE},
	{"合占總棟數的7成2", "占比7.2成", "7.2", "成", "exact", "level", BC_NONE},
	/* a copula before a number; before change words an adverb (in all: stop 34, b167's
	 * 總計減少15.35% labelled as the change; this case was refused until then) */
	{"合计增长5%", "增长5%", "5", "%", "exact", "change", BC_NONE},
	{"合作5家", NO},
	/* b92, b88: a comparison's comma, 进一步 (further), 相同 (the same) */
	{"與去年九月比較,亦下跌19.5%", "比去年9月下跌19.5%", "-19.5", "%", "exact", "change", BC_NAMED_PERIOD},
	{"与上年相比，增长5%", "比上年增长5%", "5", "%", "exact", "change", BC_PREV_YEAR},
	{"与上年相比，5%", NO},		/* a comma, then no change word */
	{"较上年,增长5%", NO},			/* only after 相比 or 比较 */
	{"較二〇一八年同期進一步下跌百分之4.7", "比2018年同期下跌4.7%", "-4.7", "%", "exact", "change", BC_NAMED_PERIOD},
	{"與上年相同", "比上年持平", "0", "", "exact", "change", BC_PREV_YEAR},
	{"相同", NO},
	/* b92: 录得 before an amount is its level; before a rate alone it stays an error */
	{"錄得203.5億澳門元", "203.5亿澳门元", "20350000000", "澳门元", "exact", "level", BC_NONE},
	{"录得5%", NO},
	/* b88: about, and more than: since stop 38 the open end is kept, 约 read and not kept
	 * (five labels of b88, b285, b295 say open; before, an error) */
	{"約26萬5千餘人", "26.5万余人", "265000", "人", "open", "level", BC_NONE},
	{"约3万多亩", "3万多亩", "30000", "亩", "open", "level", BC_NONE},
	/* b92, b90: 持续在 as 保持在, 缓 (slowly) before 升至, 累计 before 占比 */
	{"持續在70萬人以上", "70万人以上", "700000", "人", "ge", "level", BC_NONE},
	{"緩升至70萬人", "70万人", "700000", "人", "exact", "level", BC_NONE},
	{"累计占比11.2%", "占比11.2%", "11.2", "%", "exact", "level", BC_NONE},
	/* b86, b87: 高出/多出 before a basis and 超过/超出 before a reference, as 高于 */
	{"增速高出全市6.6個百分點", "比全市高出6.6个百分点", "6.6", "个百分点", "exact", "change", BC_REFERENCE},
	{"超过全市增速0.4个百分点", "比全市高出0.4个百分点", "0.4", "个百分点", "exact", "change", BC_REFERENCE},
	{"超出目標304億元", "比目标高出304亿元", "30400000000", "元", "exact", "change", BC_REFERENCE},
	{"多出上年5万人", "比上年多出5万人", "50000", "人", "exact", "change", BC_PREV_YEAR},
	{"超过上年5%", NO},			/* 超过 before a period: no reference */
	{"超过3万人", "超过3万人", "30000", "人", "gt", "level", BC_NONE},
	/* b87, b96, b97: counts by their own words, each its own dimension */
	{"29萬6155票", "29.6155万票", "296155", "票", "exact", "level", BC_NONE},
	{"1組", NO},					/* 分成5组 (quintiles) counts classes: not a unit */
	{"2.6萬余瓶", "2.6万余瓶", "26000", "瓶", "open", "level", BC_NONE},
	{"1000盏", "1000盏", "1000", "盏", "exact", "level", BC_NONE},
	/* b88: 则 before 高达 (as high as), not the comparative 高 */
	{"則高達96.12%", "达96.12%", "96.12", "%", "exact", "level", BC_NONE},
	{"则增长5%", "增长5%", "5", "%", "exact", "change", BC_NONE},
};

static const RowsCase xcases[] = {
	/* b88: a rate after 百分之 named by the change noun after it, as 4.7%的跌幅 */
	{"所錄得的百分之4.7的跌幅,至年底更錄得百分之9.2的升幅。",
	 "百分之4.7的跌幅=跌幅4.7%/change;百分之9.2的升幅=升幅9.2%/change;"},
	/* b88: 增加…至… after a basis: the change, then the level reached (not a range); a range
	 * of amounts without a basis stays one */
	{"案件較去年增加287宗至493宗。今年计划新增就业5万至8万人。",
	 "較去年增加287宗=较去年增加287宗/change;493宗=493宗/level;5万至8万人=5万至8万人/target;"},
	/* b87: an article's date line under its title: neither heading nor paragraph (the
	 * title's plan holds; it had ended it as a heading without plan words); under a title
	 * stating a figure (read as a paragraph) the targets before do not reach past the date
	 * (a first draft let them: b42, b44) */
	{"2025年重庆将办好15件重点民生实事\n2025-01-19 10:47:47 来源: 华龙网\n具体包括:\n新开工改造城镇老旧小区3011万平方米。\n",
	 "15件=15件/target;3011万平方米=3011万平方米/target;"},
	{"主要预期目标是:全市生产总值增长6%。\n\n福建公路投资突破400亿元\n2023-01-17 13:31:37 来源: 交通运输厅\n公路投资达421亿元,同比增长3.0%。\n",
	 "增长6%=增长6%/target;突破400亿元=突破400亿元/level;421亿元=421亿元/level;同比增长3.0%=同比增长3.0%/change;"},
	/* b96: a Chinese-written numeral with a fraction and a unit is a figure (a name has no
	 * fraction); without a fraction, under a hundred, it stays a name (三个) */
	{"去年平均氣溫二十四點九七度,氣候平均十點八個,其中三個登陸。",
	 "二十四點九七度=24.97度/level;十點八個=10.8个/level;"},
	/* b95 (opened): a plan's list printed one item to a line: a bare item number (1, 2) is no
	 * heading, nor a line counting what it does (完成300户…) or opening with what is to be done
	 * (新建…); a day opening a clause dates an event (1月17日，…237名代表: no plan); 在…中，
	 * goes on with the plan before it, as 其中 does; a count after a change verb, or before 、,
	 * names no scope */
	{"2024年为民办实事项目\n1\n新增100张床位\n完成300户适老化改造\n新建体育公园健身步道\n2\n完成2公里健身步道贯通\n新增400个公共充电桩、10个示范小区\n",
	 "新增100张=新增100张/target;300户=300户/target;2公里=2公里/target;新增400个=新增400个/target;10个=10个/target;"},
	{"2024年为民办实事项目\n1月17日,参加大会的237名人大代表对19项候选项目进行投票。\n",
	 "237名=237名/level;19项=19项/level;"},
	{"计划完成总投资302.3亿元。在总投资302.3亿元中,中央投资69.8亿元。在全省中,5个县增长。",
	 "302.3亿元=302.3亿元/target;302.3亿元=302.3亿元/target;69.8亿元=69.8亿元/target;5个=5个/level;"},
	{"36个大类行业中,9个行业产值增长。", "9个=9个/level;"},
	/* b97 (opened): 这当中 (among these) goes on with the plan before it, as 其中 */
	{"今年计划完成营造林490万亩。这当中天然林保护工程80万亩。去年完成300万亩。这当中人工造林50万亩。",
	 "490万亩=490万亩/target;80万亩=80万亩/target;300万亩=300万亩/level;50万亩=50万亩/level;"},
	/* b99 (opened): a target in brackets beside a result (目标 opening the bracket); 任务分别是：
	 * lists the tasks; 实事 in a later clause of a sentence planning with 今年…将 */
	{"一季度,地区生产总值增长58.3%(目标10.5%);城镇登记失业率3.52%(目标4.5%以内)。",
	 "增长58.3%=增长58.3%/change;10.5%=增长10.5%/target;3.52%=3.52%/level;4.5%以内=4.5%以内/target;"},
	{"据介绍,14项重点任务分别是:11座小型水库除险加固,3条城防工程除险加固。",
	 "11座=11座/target;3条=3条/target;"},
	{"报告明确,今年将继续统筹财力,扎实办好“十件民生实事”。\n(一)\n开展职业技能培训2.5万人次。\n",
	 "2.5万人次=2.5万人次/target;"},
	/* b92: 为确保 (in order to ensure) without a figure in its clause plans nothing */
	{"民众为确保权属,办理登记,去年登记总计45.6万栋。为确保全年增长5%,我市加大投资。",
	 "45.6万栋=45.6万栋/level;增长5%=增长5%/target;"},
	/* b87: 重点任务包括： lists the tasks */
	{"2025年全省林业要守好底线。重点任务包括:完成营造林415万亩、石漠化治理600平方公里。",
	 "415万亩=415万亩/target;600平方公里=600平方公里/target;"},
	/* b87: the year's pledges (实事) announced: what follows the sentence is their tasks; a
	 * sentence that reports on them (全力抓好60件民生实事…完成) plans nothing */
	{"县政府2025年度十件民生实事项目正式出炉!\n一、2025年村内基础设施提升工程\n硬化道路10万平方米并安装路灯1000盏。\n",
	 "10万平方米=10万平方米/target;1000盏=1000盏/target;"},
	{"2023年投入135亿元,全力抓好60件民生实事,全部完成。新增就业2万人。\n",
	 "135亿元=135亿元/level;60件=60件/level;2万人=2万人/level;"},
};

void
test_opened_round26(void)
{
	ut_check_forms(cases, UT_COUNT(cases));
	ut_check_rows_each(xcases, UT_COUNT(xcases));
}
