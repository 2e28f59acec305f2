/*
 * test_opened_round25.c: stop 30's classes, each read by a rule, our own sentences, both
 * sides of every rule.  The type: all industry above the designated size as the reference of
 * an industry's rate (basis id 97, 比规上工业: 快于全部规模以上工业4.2个百分点, 较规上工业增加值增速
 * 高18.5个百分点); 规模以上 alone stays an error.  From b56 and b54: 压减, 保持/维持/稳定 before
 * the number, 累计 before 达, 贡献率 (a level in a rate).  From b58: a share of a named whole,
 * 拉动/下拉 and the whole pulled (in points).  The reader, from b60: a deadline alone
 * opening a clause (到2010年，) plans; from b61, 计划完成 with an object and 今后N年 plan.
 */
#include "unit.h"
#include "ind.h"

void		test_opened_round25(void);

#define NO NULL, NULL, NULL, NULL, NULL, 0
static const FormCase cases[] = {
	/* all industry above the designated size: a reference, as 比全省 */
	{"增速高于全部规模以上工业4.2个百分点", "比规上工业高4.2个百分点", "4.2", "个百分点", "exact", "change", BC_REFERENCE},
	{"增速低于全部规模以上工业4.1个百分点", "比规上工业低4.1个百分点", "-4.1", "个百分点", "exact", "change", BC_REFERENCE},
	{"较规上工业增加值增速高18.5个百分点", "比规上工业高18.5个百分点", "18.5", "个百分点", "exact", "change", BC_REFERENCE},
	{"快于規模以上工業4.2個百分點", "比规上工业快4.2个百分点", "4.2", "个百分点", "exact", "change", BC_REFERENCE},
	{"比规上工业高4.2个百分点", "比规上工业高4.2个百分点", "4.2", "个百分点", "exact", "change", BC_REFERENCE},
	{"高于规上工业平均水平1个百分点", "比规上工业高1个百分点", "1", "个百分点", "exact", "change", BC_REFERENCE},
	{"高于规模以上4个百分点", NO},	/* 以上 of what: no reference */
	{"高于规上企业4个百分点", NO},	/* enterprises, not industry: a subject */
	{"比规上工业", NO},				/* a basis without a change */
	/* from b56 and b54 (opened): 压减 (cut back), 保持/维持/稳定 right before the number, 累计
	 * before 达, and the contribution rate 贡献率 (a level in a rate, the noun not kept) */
	{"压减5%以上", "压减5%以上", "-5", "%", "ge", "change", BC_NONE},
	{"保持98%以上", "98%以上", "98", "%", "ge", "level", BC_NONE},
	{"稳定3%", "3%", "3", "%", "exact", "level", BC_NONE},
	{"维持5亿元", "5亿元", "500000000", "元", "exact", "level", BC_NONE},
	{"保持增长5%", NO},			/* 保持 before a verb: not read */
	{"累計達20881.79億元", "达20881.79亿元", "2088179000000", "元", "exact", "level", BC_NONE},
	{"累计500亿元", NO},			/* 累计 before 达 or a verb only */
	{"貢獻率達57.5%", "57.5%", "57.5", "%", "exact", "level", BC_NONE},
	{"贡献率为6.6%", "6.6%", "6.6", "%", "exact", "level", BC_NONE},
	{"贡献率6.6%", "6.6%", "6.6", "%", "exact", "level", BC_NONE},
	{"贡献率为5亿元", NO},			/* a rate, not an amount */
	{"贡献率增长5%", NO},			/* a level, not a change */
	/* b58 (opened) and eight batches before: a share of a named whole, the whole read and not
	 * kept (as a subject), after 占 and a qualifier ending in 占; 完成…的 a share of a plan */
	{"占全市工业的比重为79.4%", "占比79.4%", "79.4", "%", "exact", "level", BC_NONE},
	{"占全市投资比重为3.5%", "占比3.5%", "3.5", "%", "exact", "level", BC_NONE},
	{"占一般公共预算收入比重为69.5%", "占比69.5%", "69.5", "%", "exact", "level", BC_NONE},
	{"占农业总产值的比重达到了50.1%", "占比50.1%", "50.1", "%", "exact", "level", BC_NONE},
	{"佔全臺戶數的18.11%", "占比18.11%", "18.11", "%", "exact", "level", BC_NONE},
	{"占GDP比重30%以上", "占比30%以上", "30", "%", "ge", "level", BC_NONE},
	{"约占外币存款的3.5%", "约占3.5%", "3.5", "%", "approx", "level", BC_NONE},
	{"只占1.83%", "占比1.83%", "1.83", "%", "exact", "level", BC_NONE},
	{"完成年度计划的71%", "71%", "71", "%", "exact", "level", BC_NONE},
	{"占三成", "占比3成", "3", "成", "exact", "level", BC_NONE},
	{"完成投资500亿元", NO},		/* 完成 and a name without 的 */
	{"占全市比重增长2%", NO},		/* a share's change needs 个百分点 after 占比 */
	{"占全市工业的", NO},			/* no value */
	{"占全市2023年的30%", NO},		/* a digit in the name */
	{"只有5%", NO},
	/* b58 (opened): 拉动/下拉 and the whole pulled (read, not kept), in points */
	{"拉动全市工业增长6.1个百分点", "拉动6.1个百分点", "6.1", "个百分点", "exact", "change", BC_NONE},
	{"下拉规上工业产值增速1.1个百分点", "下拉1.1个百分点", "-1.1", "个百分点", "exact", "change", BC_NONE},
	{"拉動全市規上工業增長8.4個百分點", "拉动8.4个百分点", "8.4", "个百分点", "exact", "change", BC_NONE},
	{"下拉全市工业0.5个百分点", "下拉0.5个百分点", "-0.5", "个百分点", "exact", "change", BC_NONE},
	{"拉动消费126亿元", NO},		/* an amount generated, not a pull in points */
	{"拉动0.5%", NO},
	{"拉动全市,工业0.5个百分点", NO},
};

static const RowsCase xcases[] = {
	/* b60 (opened): a deadline alone opening a clause (到2010年，) plans its sentence unless the
	 * text is already past it; opening a paragraph (after a short lead and a colon), the
	 * paragraph */
	{"——生态建设:到2010年,农村自来水普及率达到30%;二氧化硫排放量小于10千克/万元。城市空气质量优良率达到82%。\n森林面积1.6亿亩。",
	 "30%=30%/target;小于10千克/万元=小于10千克/万元/target;82%=82%/target;1.6亿亩=1.6亿亩/level;"},
	{"2024年人口统计\n到1971年,全县人口达131万人。", "131万人=131万人/level;"},
	{"2021年工作报告\n到2020年,全市GDP达到5000亿元。到2025年,全市GDP达到8000亿元。",
	 "5000亿元=5000亿元/level;8000亿元=8000亿元/target;"},
	/* b58: the pull in a sentence (the reader starts the row at 拉动/下拉); 拉动 an amount is a level */
	{"化工行业下降5%,下拉全市工业0.5个百分点;消费拉动经济增长5.5个百分点;带动消费126亿元,拉动消费126亿元。",
	 "下降5%=下降5%/change;下拉全市工业0.5个百分点=下拉0.5个百分点/change;拉动经济增长5.5个百分点=拉动5.5个百分点/change;126亿元=126亿元/level;126亿元=126亿元/level;"},
	/* b61 (opened): 计划完成 and an object plans (计划完成情况 looks back); 今后N年, 今后2—3年 */
	{"我市今年冬春水利建设计划完成土石方1325.2万立方米,投资3.14亿元。\n计划完成情况:完成投资500亿元。",
	 "1325.2万立方米=1325.2万立方米/target;3.14亿元=3.14亿元/target;500亿元=500亿元/level;"},
	{"今后2—3年全省交通重点建设项目53个,总投资2284亿元。今後五年,GDP年均增长6%。今后,全市GDP增长5%。",
	 "53个=53个/target;2284亿元=2284亿元/target;年均增长6%=年均增长6%/target;增长5%=增长5%/change;"},
	/* the reference in a sentence, and in a list after 分别 */
	{"高技术制造业增加值增长12.1%,快于全部规模以上工业4.2个百分点。",
	 "增长12.1%=增长12.1%/change;快于全部规模以上工业4.2个百分点=比规上工业快4.2个百分点/change;"},
};

void
test_opened_round25(void)
{
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		ut_check_form(&cases[i]);
	for (size_t i = 0; i < sizeof(xcases) / sizeof(xcases[0]); i++)
		ut_check_rows(&xcases[i]);
	/* every basis byte names a basis now (97 was the last free id) */
	CHECK(ind_basis(97) != NULL && strcmp(ind_basis(97)->word, "比规上工业") == 0,
		  "basis 97 is 比规上工业");
}
