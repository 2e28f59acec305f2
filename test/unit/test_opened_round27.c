/*
 * test_opened_round27.c: stop 32's classes, each read by a rule, our own sentences, both
 * sides of every rule.  The reader, from blind batch 103 (opened): a reposted article's
 * original title (原标题：…) is a note on the article, not a heading (nor the document's
 * title) of what follows, and it ends the targets of the article above; an article's
 * source, author or editor line (来源：…) is no heading either; 还将 (也将, 并将) opening a
 * later clause of a sentence that opened with 今年 plans from there, as 今年…将 does.  From
 * b106 and b108 (opened): 紧扣预期目标 (aiming at the targets: 紧扣, 围绕, 对照, 锚定, 完成,
 * 实现 …) announces no targets; a clause of a part of the year reporting what has accrued
 * (1-6月累计完成投资) ends the plan of its sentence.  From b105 (opened): a numbered short
 * sentence ending with 计划, 目标 or 任务 (1.固定作物面积计划。) heads the rest of its paragraph.
 * From b99 (opened): a later clause of a planned sentence ending with a colon opens its list
 * (未来5年…，到2020年将实现：); the type: the signs ≥ ≤ > < ≧ ≦ ＞ ＜ as prefix qualifiers.
 * From b111 (opened): 前1年 as 上年, 调升/调降, 调至/调整为, 首破; 不如预期 plans nothing; a
 * level's change after it with a minus sign is no range.  From b116 (opened): 设定为 plans
 * (and the type reads it after a change noun); 提出 with a five-year plan's end (十三五期末); the
 * value now (从目前的X增加到Y, 从X家增加到Y家) is a level.  From b115 (opened): a count between
 * 在 and 中， names a scope; 均 between a change noun and a qualifier; 迈上…台阶.  From b118 and
 * b121 (opened): 旅次; a tier numeral (二线) starts a counted noun; a class bound counted
 * before it; a bracketed list's change does not come from a clause opening with 但.  From
 * b123 and b124 (opened): 錄 before an amount; a count before a change verb names no noun;
 * 总额目标 before its number.  From b127 (opened): a rounded figure's exact number in
 * brackets (129萬(1,294,404)元); years with decimals (5.5年); 维持为 as 维持在.  From b131
 * (opened): 死, 伤 as counts; the one of a ratio opened by 每.
 */
#include "unit.h"
#include "ind.h"

void		test_opened_round27(void);

#define NO NULL, NULL, NULL, NULL, NULL, 0
static const FormCase cases[] = {
	/* b99, b51: a plan table's signs as qualifiers (签约服务率≥80%), printed as written */
	{"≥80%", "≥80%", "80", "%", "ge", "level", BC_NONE},
	{"≤ 5%", "≤5%", "5", "%", "le", "level", BC_NONE},
	{">3万人", ">3万人", "30000", "人", "gt", "level", BC_NONE},
	{"<1%", "<1%", "1", "%", "lt", "level", BC_NONE},
	{"≧90分", "≧90分", "90", "分", "ge", "level", BC_NONE},
	{"＜35微克/立方米", "＜35微克/立方米", "35", "微克/立方米", "lt", "level", BC_NONE},
	{"增长≥5%", "增长≥5%", "5", "%", "ge", "change", BC_NONE},
	{"=5%", NO},					/* = is no qualifier */
	{"≥", NO},
	{"≥约5%", NO},					/* two qualifiers */
	/* b111: Taiwan's 前1年 (the year before) is 上年; 调升/调降 as 上调/下调, with 至 the level
	 * reached; 调至, 调整为 (adjusted to) before a level; 首破 (broke for the first time) as 破 */
	{"較前1年增加137億元", "比上年增加137亿元", "13700000000", "元", "exact", "change", BC_PREV_YEAR},
	{"比前一年同期增长5%", "比上年同期增长5%", "5", "%", "exact", "change", BC_YOY},
	{"比前年增长5%", "比前年增长5%", "5", "%", "exact", "change", BC_NAMED_PERIOD},
	{"調降0.25個百分點", "调降0.25个百分点", "-0.25", "个百分点", "exact", "change", BC_NONE},
	{"調升至2.54%", "2.54%", "2.54", "%", "exact", "level", BC_NONE},
	{"調至 27,470 元", "27470元", "27470", "元", "exact", "level", BC_NONE},
	{"调整为5%", "5%", "5", "%", "exact", "level", BC_NONE},
	{"调增长5%", NO},
	{"首破3萬美元", "首破3万美元", "30000", "美元", "ge", "level", BC_NONE},
	/* b116, b103: 设定为/设定在 (set at) after a change noun, 目标定在 as 目标定为 */
	{"平均增速設定為7.5%左右", "增速7.5%左右", "7.5", "%", "approx", "change", BC_NONE},
	{"增长目标定在6.5%以上", "增长6.5%以上", "6.5", "%", "ge", "change", BC_NONE},
	/* b115: 迈上…台阶 (the step climbed), as 突破…大关 */
	{"邁上700億元臺階", "迈上700亿元", "70000000000", "元", "ge", "level", BC_NONE},
	{"700亿元台阶", NO},
	/* b118: passenger trips, a count of its own (appended) */
	{"1億4207萬旅次", "1.4207亿旅次", "142070000", "旅次", "exact", "level", BC_NONE},
	/* b123: 錄 alone before an amount, as 录得 (a bare rate stays an error) */
	{"錄4,198宗", "4198宗", "4198", "宗", "exact", "level", BC_NONE},
	{"錄約368.96億元", "约368.96亿元", "36896000000", "元", "approx", "level", BC_NONE},
	{"錄5%", NO},
	/* b127: a rounded figure, then its exact number in brackets (cut or rounded at the last
	 * place written); a bracket that disagrees stays an error; 维持为 as 维持在 */
	{"129萬(1,294,404)元", "1294404元", "1294404", "元", "exact", "level", BC_NONE},
	{"100萬(1,009,193)元", "1009193元", "1009193", "元", "exact", "level", BC_NONE},
	{"1.3亿(130,000,000)元", "130000000元", "130000000", "元", "exact", "level", BC_NONE},
	{"129萬(1,394,404)元", NO},
	{"1294404(129萬)元", NO},
	{"維持為5.5年", "5.5年", "5.5", "年", "exact", "level", BC_NONE},
	/* b127: 有 (there were) before an amount is read and not kept, as 为; not 有望 */
	{"有3.9萬人", "3.9万人", "39000", "人", "exact", "level", BC_NONE},
	{"有約3,700宗", "约3700宗", "3700", "宗", "approx", "level", BC_NONE},
	{"有望增长5%", NO},
	/* b131: the dead and the injured counted (Taiwan's press), appended */
	{"減少60死", "减少60死", "-60", "死", "exact", "change", BC_NONE},
	{"3傷", "3伤", "3", "伤", "exact", "level", BC_NONE},
	{"有增长5%", NO},
	{"设定为5%", NO},
	{"增长设定5%", NO},
};

static const RowsCase xcases[] = {
	/* b103: 原标题 after an article: its 目标 is no title of the next article, and the
	 * targets of the article above end there */
	{"2022年街道确定的主要经济发展目标为:全年完成财政收入2.2亿元,同比增长10%。\n原标题:街道抢抓新机遇 确立新目标\n\n新篁镇工作总结今年以来,全镇发展全面步入快车道。预计全年实现财政收入4006万元,同比增长19%。\n",
	 "2.2亿元=2.2亿元/target;同比增长10%=同比增长10%/target;4006万元=4006万元/level;同比增长19%=同比增长19%/change;"},
	/* without it, the first short line is the title and its 目标 plans the document */
	{"2022年街道经济平稳。\n街道抢抓新机遇 确立新目标\n\n全年实现财政收入4006万元。\n",
	 "4006万元=4006万元/target;"},
	/* under the title, 原标题 keeps the title's plan (it is the same article) */
	{"平昌县农业农村局2020年工作计划\n原标题:平昌县农业农村局2020年工作计划\n新建养殖场5个。\n",
	 "5个=5个/target;"},
	/* b103: 来源：… under a plan's title and date: no heading, the title's plan holds */
	{"平昌县农业农村局2020年工作计划\n2019-12-25 16:39\n 来源: 平昌县农业农村局\n茶叶投产面积较2019年增长10%以上,新建养殖场5个。\n",
	 "较2019年增长10%以上=比2019年增长10%以上/target;5个=5个/target;"},
	/* a short line that is no source line still heads its section (no plan words: none) */
	{"平昌县农业农村局2020年工作计划\n2019-12-25 16:39\n茶叶产业发展情况\n茶叶投产面积增长10%,新建养殖场5个。\n",
	 "增长10%=增长10%/change;5个=5个/level;"},
	/* b103: 今年除了…，还将…: the clause of 还将 and the rest of the sentence plan */
	{"今年除了继续推进15个续建项目,还将开工建设15个新建项目,到2020年完成新建中小学53所。",
	 "15个=15个/level;15个=15个/target;53所=53所/target;"},
	/* not after 今年以来 (to date), nor without 今年 opening the sentence */
	{"今年以来推进15个项目,还将开工建设15个新建项目。", "15个=15个/level;15个=15个/level;"},
	{"去年推进15个项目,还将开工建设15个新建项目。", "15个=15个/level;15个=15个/level;"},
	/* b108: 紧扣预期目标 (aiming at the targets) announces none: no tasks follow */
	{"上半年,全市紧扣预期目标,加强经济运行监测调度。全市粮食播种面积332.56万亩,增长4.7%。",
	 "332.56万亩=332.56万亩/level;增长4.7%=增长4.7%/change;"},
	{"上半年,全市主要预期目标是:粮食播种面积332万亩。全市新增蔬菜4.7万亩。",
	 "332万亩=332万亩/target;4.7万亩=4.7万亩/target;"},
	/* b106: a clause of a part of the year reporting what accrued (累计, 已) ends the plan of
	 * 年度计划投资; 计划 in a later clause plans again */
	{"重点项目共530项,年度计划投资561.86亿元,1-6月累计完成投资362.32亿元,占年计划投资的64.49%,其中:在建项目185项,年度计划投资327.53亿元。",
	 "530项=530项/level;561.86亿元=561.86亿元/target;362.32亿元=362.32亿元/level;64.49%=64.49%/level;185项=185项/level;327.53亿元=327.53亿元/target;"},
	/* a part of the year without 累计 or 已 goes on planning (a milestone of the plan) */
	{"今年计划投资100亿元,上半年完成50亿元。", "100亿元=100亿元/target;50亿元=50亿元/target;"},
	/* b105: a numbered short sentence ending with 计划 heads what follows (a plan's sections
	 * printed inline); not unnumbered, not a review (完成), not done (了) */
	{"(二)耕田面积计划1.固定作物面积计划。果林7000亩,蔬菜7400亩。",
	 "7000亩=7000亩/target;7400亩=7400亩/target;"},
	{"该项目已列入省重点建设计划。新增面积3000亩。", "3000亩=3000亩/level;"},
	{"1.完成年度计划。新增面积3000亩。", "3000亩=3000亩/level;"},
	{"1.制定了生产计划。新增面积3000亩。", "3000亩=3000亩/level;"},
	/* b99: a later clause of a planned sentence ends with the colon of its list */
	{"未来5年卫生强市战略,到2020年将实现:\n1、新建三级公立医院12家\n2、千人床位数达到4.3张\n3、签约服务率≥80%\n",
	 "12家=12家/target;4.3张=4.3张/target;≥80%=≥80%/target;"},
	{"去年卫生工作成效明显,主要成绩如下:\n1、新建三级公立医院12家\n", "12家=12家/level;"},
	/* b111: 不如预期 (short of what was expected) is a result, no plan */
	{"虽然投资不如預期,將今年經濟成長由1.56%大幅調升至2.54%。",
	 "1.56%=1.56%/level;2.54%=2.54%/level;"},
	/* b111: a level, then its change with a minus sign after a space: two figures, no range
	 * (since stop 35 the sign set apart is the figure's: -0.1晚) */
	{"過夜旅客平均留港時間 3.1 晚 -0.1晚\n", "3.1 晚=3.1晚/level;-0.1晚=-0.1晚/level;"},
	/* b116: 设定为 plans (设定的 looks back); 提出 with a five-year plan's end (期末) plans */
	{"“十三五”期间,GDP设定为年均增长8.5%左右,到2020年将达到2.6万亿元。",
	 "年均增长8.5%左右=年均增长8.5%左右/target;2.6万亿元=2.6万亿元/target;"},
	{"去年设定的目标全部完成,增长5%。", "增长5%=增长5%/change;"},
	{"在经济强方面,江苏提出“十三五”期末地区生产总值达到10万亿元左右、城镇化率67%。",
	 "10万亿元左右=10万亿元左右/target;67%=67%/target;"},
	{"在经济强方面,江苏“十三五”期末地区生产总值达到10万亿元。", "10万亿元=10万亿元/level;"},
	/* b115: a count between 在 and 中， names a scope, a place before it or not; a count that
	 * restates a figure (120个项目中，计划竣工46个) stays */
	{"在郑州市16个县区中,金水区GDP总量最高,达到1300亿元。", "1300亿元=1300亿元/level;"},
	{"郑州市16个县区中,金水区GDP总量最高,达到1300亿元。", "16个=16个/level;1300亿元=1300亿元/level;"},
	{"今年推进120个项目。120个项目中,计划竣工46个。", "120个=120个/level;120个=120个/level;46个=46个/target;"},
	/* b115, b116, b103: 均 between a change noun and a qualifier; 设定为, 目标定在 in the span */
	{"巩义市GDP增速均超9%。", "增速均超9%=增速超9%/change;"},
	{"今年GDP平均增速设定为7.5%左右。", "增速设定为7.5%左右=增速7.5%左右/target;"},
	{"武汉将2023年GDP增长目标定在6.5%以上。", "增长目标定在6.5%以上=增长6.5%以上/target;"},
	/* b121: a tier named by a numeral starts the counted noun (31个二线城市…上涨0.6%: no row
	 * for the count); a figure bounding a class counted before it (8个…增长超过20%的城市) */
	{"31个二线城市新建商品住宅销售价格环比上涨0.6%。", "环比上涨0.6%=环比上涨0.6%/change;"},
	{"31个城市房价上涨0.6%。", "上涨0.6%=上涨0.6%/change;"},
	{"包括8个财政收入同比增长超过20%的城市。", "8个=8个/level;"},
	{"财政收入同比增长超过20%。", "同比增长超过20%=同比增长超过20%/change;"},
	/* b118: names with rates in brackets, then but (但) another subject's change: levels */
	{"来源国分别是越南(20.2%)、印尼(17.7%),但陆生近年则明显减少。", "20.2%=20.2%/level;17.7%=17.7%/level;"},
	{"輸往印度(-19.8%)、美國(-5.7%)的整體出口貨量錄得跌幅。", "-19.8%=跌幅19.8%/change;-5.7%=跌幅5.7%/change;"},
	/* b123: a count right before a change verb names no noun: the compared period's level
	 * stays a figure (it was dropped as a subject) */
	{"8月錄4,198宗住宅物業註冊,較7月的4,975宗減少約15.6%。",
	 "4,198宗=4198宗/level;4,975宗=4975宗/level;減少約15.6%=减少约15.6%/change;"},
	{"31个大城市城镇调查失业率为5.0%。", "5.0%=5.0%/level;"},
	/* b124: 总额目标 before its number, as 投资目标 */
	{"社会消费品零售总额目标1.55万亿元,货物进出口总额9000亿元。",
	 "1.55万亿元=1.55万亿元/target;9000亿元=9000亿元/target;"},
	{"社会消费品零售总额1.55万亿元,高于目标0.2万亿元。", "1.55万亿元=1.55万亿元/level;高于目标0.2万亿元=比目标高0.2万亿元/change;"},
	/* b127: the exact number in brackets is the row's (it read the rounded 129萬 without its
	 * unit); a span of years with decimals is a figure, a numbering before a year is not */
	{"彩金129萬(1,294,404)元,另一注200萬(1,394,404)元。",
	 "129萬(1,294,404)元=1294404元/level;200萬=200万/level;"},
	{"平均輪候時間維持為5.5年,較上季回落0.2年至3.5年。",
	 "5.5年=5.5年/level;較上季回落0.2年=比上季回落0.2年/change;3.5年=3.5年/level;"},
	{"1.2021年全区生产总值增长5%。", "增长5%=增长5%/change;"},
	/* b131: the one of a ratio opened by 每 (and the far end of its range) is no figure */
	{"即屆時每4至5人中就有1位長者。", ""},
	{"每5个成人就有1人抽烟,共有1位长者。", "1位=1位/level;"},
	{"台南市27死、高雄市25死。車禍減少60死。", "27死=27死/level;25死=25死/level;減少60死=减少60死/change;"},
	/* b116: the value now (从目前的…, 从107家 增加到…) is a level, the value reached the target */
	{"到2027年,劳动生产率从目前的14.4万元增加到20万元左右,高新企业从107家增加到500家以上。",
	 "14.4万元=14.4万元/level;20万元左右=20万元左右/target;107家=107家/level;500家以上=500家以上/target;"},
};

void
test_opened_round27(void)
{
	ut_check_forms(cases, UT_COUNT(cases));
	ut_check_rows_each(xcases, UT_COUNT(xcases));
}
