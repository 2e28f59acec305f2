/*
 * test_opened_round25.c: stop 30's classes, each read by a rule, our own sentences, both
 * sides of every rule.  The type: all industry above the designated size as the reference of
 * an industry's rate (basis id 97, 比规上工业: 快于全部规模以上工业4.2个百分点, 较规上工业增加值增速
 * 高18.5个百分点); 规模以上 alone stays an error.  From b56 and b54: 压减, 保持/维持/稳定 before
 * the number, 累计 before 达, 贡献率 (a level in a rate).  From b58: a share of a named whole,
 * 拉动/下拉 and the whole pulled (in points).  From b62 and b65: ℅, μg, 比(年度)计划 as 比目标, 比起,
 * a Chinese month in a basis, 累积, 比率, 平均为, 修订为, 强劲.  The reader, from b60: a deadline alone
 * opening a clause (到2010年，) plans; from b61, 计划完成 with an object and 今后N年 plan.
 */
#include <string.h>

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
	{"高于规模以上4个百分点", "高出4个百分点", "4", "个百分点", "exact", "change", BC_NONE},	/* stop 33: an unnamed reference */
	{"高于规上企业4个百分点", "高出4个百分点", "4", "个百分点", "exact", "change", BC_NONE},	/* not 规上工业: unnamed (stop 33) */
	{"比规上工业", NO},				/* a basis without a change */
	/* from b56 and b54 (opened): 压减 (cut back), 保持/维持/稳定 right before the number, 累计
	 * before 达, and the contribution rate 贡献率 (a level in a rate, the noun not kept) */
	{"压减5%以上", "压减5%以上", "-5", "%", "ge", "change", BC_NONE},
	{"保持98%以上", "98%以上", "98", "%", "ge", "level", BC_NONE},
	{"稳定3%", "3%", "3", "%", "exact", "level", BC_NONE},
	{"维持5亿元", "5亿元", "500000000", "元", "exact", "level", BC_NONE},
	{"保持增长5%", NO},			/* 保持 before a verb: not read */
	{"累計達20881.79億元", "达20881.79亿元", "2088179000000", "元", "exact", "level", BC_NONE},
	{"累计500亿元", "500亿元", "50000000000", "元", "exact", "level", BC_NONE},	/* to date (stop 36) */
	{"累计5%", NO},				/* growth or a level? */
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
	{"只有5%", "5%", "5", "%", "exact", "level", BC_NONE},	/* only: read since stop 35 (b225) */
	{"只有", NO},
	/* b71 and b73 (opened): the whole right before the digits (占全國16%, 占计划130%), not a
	 * qualifier nor a change word as the whole; 倒退 (fell back) */
	{"占全國16%", "占比16%", "16", "%", "exact", "level", BC_NONE},
	{"占市级计划144%", "占比144%", "144", "%", "exact", "level", BC_NONE},
	{"占约30%", "占比约30%", "30", "%", "approx", "level", BC_NONE},
	{"占全市增长5%", NO},
	{"倒退9.7%", "倒退9.7%", "-9.7", "%", "exact", "change", BC_NONE},
	{"刪減14.11億元", "删减14.11亿元", "-1411000000", "元", "exact", "change", BC_NONE},
	/* b80 (opened): a position without a digit right after a multiplier ends the numeral
	 * (2828.08万千伏安 had read 2828.18万: a wrong number); 三万二千 keeps its 二 */
	{"2828.08万千", NO},
	{"三万二千元", "3.2万元", "32000", "元", "exact", "level", BC_NONE},
	{"3万千克", "3万千克", "30000", "千克", "exact", "level", BC_NONE},
	/* b85 (opened): $ (and HK$, US$, NT$) before the number is its currency (Hong Kong press) */
	{"$5,317億", "5317亿元", "531700000000", "元", "exact", "level", BC_NONE},
	{"HK$3億", "3亿港元", "300000000", "港元", "exact", "level", BC_NONE},
	{"US$5億", "5亿美元", "500000000", "美元", "exact", "level", BC_NONE},
	{"$5,317萬美元", NO},			/* the currency written twice */
	{"$", NO},
	/* fuzz: nothing after a comparative's basis, the qualifier and a figure (as the fast path) */
	{"少于2023年", "少于2023年", "2023", "年", "lt", "level", BC_NONE},
	/* b58 (opened): 拉动/下拉 and the whole pulled (read, not kept), in points */
	{"拉动全市工业增长6.1个百分点", "拉动6.1个百分点", "6.1", "个百分点", "exact", "change", BC_NONE},
	{"下拉规上工业产值增速1.1个百分点", "下拉1.1个百分点", "-1.1", "个百分点", "exact", "change", BC_NONE},
	{"拉動全市規上工業增長8.4個百分點", "拉动8.4个百分点", "8.4", "个百分点", "exact", "change", BC_NONE},
	{"下拉全市工业0.5个百分点", "下拉0.5个百分点", "-0.5", "个百分点", "exact", "change", BC_NONE},
	{"拉动消费126亿元", NO},		/* an amount generated, not a pull in points */
	{"拉动0.5%", NO},
	{"拉动全市,工业0.5个百分点", NO},
	/* b62 and b65 (opened): ℅ typed for %, μg, a plan as the reference (as 比目标), 比起, a month
	 * in Chinese numerals in a basis, 累积/累计到, 比率, 平均为, 修订为 at the start, 强劲 */
	{"同比增长15℅", "同比增长15%", "15", "%", "exact", "change", BC_YOY},
	{"分别低于47μg/m3", "低于47μg/m³", "47", "μg/m³", "lt", "level", BC_NONE},
	{"比年度计划高20.3个百分点", "比目标高20.3个百分点", "20.3", "个百分点", "exact", "change", BC_REFERENCE},
	{"比计划投资高17.1个百分点", "比目标高17.1个百分点", "17.1", "个百分点", "exact", "change", BC_REFERENCE},
	{"与年度计划持平", "比目标持平", "0", "", "exact", "change", BC_REFERENCE},
	{"比起五月份成長486億元", "比5月份成长486亿元", "48600000000", "元", "exact", "change", BC_NAMED_PERIOD},
	{"比十二月增长1%", "比12月份增长1%", "1", "%", "exact", "change", BC_NAMED_PERIOD},
	{"累積369.20億元", "369.20亿元", "36920000000", "元", "exact", "level", BC_NONE},
	{"累積到69.08億元", "69.08亿元", "6908000000", "元", "exact", "level", BC_NONE},
	{"累计3%", NO},				/* growth or a level? */
	{"比率爲64%", "64%", "64", "%", "exact", "level", BC_NONE},
	{"比率为5亿元", NO},
	{"平均為 813 萬人", "813万人", "8130000", "人", "exact", "level", BC_NONE},
	{"修訂爲6915700人", "6915700人", "6915700", "人", "exact", "level", BC_NONE},
	{"強勁增長4.6%", "增长4.6%", "4.6", "%", "exact", "change", BC_NONE},
	{"比一季度增长2%", "比一季度增长2%", "2", "%", "exact", "change", BC_NAMED_PERIOD},
	/* fuzz findings of stop 30: a reference and the rate noun as the change word read back
	 * (比全国增速5% had read 增速 as the reference's own rate, then found no change word); the
	 * reference's own rate before a comparative or after 高于 stays read */
	{"比目标增速5%", "比目标增速5%", "5", "%", "exact", "change", BC_REFERENCE},
	{"比全国增速5%", "比全国增速5%", "5", "%", "exact", "change", BC_REFERENCE},
	{"高于全区增速2个百分点", "比全区高2个百分点", "2", "个百分点", "exact", "change", BC_REFERENCE},
	{"比全省增速快5个百分点", "比全省快5个百分点", "5", "个百分点", "exact", "change", BC_REFERENCE},
	{"比去年拉动大于5个百分点", "比去年拉动大于5个百分点", "5", "个百分点", "gt", "change", BC_PREV_YEAR},
	{"达至多5吨", "达至多5吨", "5", "吨", "le", "level", BC_NONE},	/* 达 and 至多, not 达至 and 多 */
	{"比规上工业增幅不超过5%", "比规上工业增幅不超过5%", "5", "%", "le", "change", BC_REFERENCE},
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
	/* b62 (opened): 目标任务： as 目标： (the targets of the tasks); 完成目标任务： looks back */
	{"二、公共文化设施建设项目\n目标任务:建设村级文化大院100个,乡镇文化站2个。\n目前进度:北冶镇文化站完成5个。\n完成目标任务:建成文化站3个。",
	 "100个=100个/target;2个=2个/target;5个=5个/level;3个=3个/level;"},
	/* b67 (opened): a sentence opening with 今年…将 plans the rest of its paragraph, but not a
	 * sentence naming its own period (去年, 预计今年); 拟投资 plans */
	{"去年完成投资5亿元。今年我省将以河长制为统领,安排水利建设126亿元。加快农村水利工程建设,新增节水灌溉面积55万亩。去年,全省新增3万亩。预计今年将增长5%左右。\n新建农田2万亩。\n江苏水利建设拟投资126亿元\n",
	 "5亿元=5亿元/level;126亿元=126亿元/target;55万亩=55万亩/target;新增3万亩=新增3万亩/change;增长5%左右=增长5%左右/change;2万亩=2万亩/level;126亿元=126亿元/target;"},
	/* b69 (opened): 至 and a smaller amount after a decrease is the level left, not a range */
	{"財政儲備減少74.18億元至2.87億元。預計增長5億元至8億元。",
	 "減少74.18億元=减少74.18亿元/change;2.87億元=2.87亿元/level;增長5億元至8億元=增长5亿元至8亿元/target;"},
	/* b63 and b66 (opened): 投资目标 and 任务 before their number plan (其中 goes on with them);
	 * 《规划》明确 plans; 计划报告 is a name; an amount after an abbreviation (GDP4408.1亿元) */
	{"2024年,四川公路水运建设投资目标2600亿元。其中,高速公路1500亿元。增速高于目标2.1个百分点,增长5%。\n厅下达我市投资任务33.9亿元,其中国省干线26.5亿元。截至8月底,已完成投资29.3亿元,完成目标任务的86.4%。\n《规划》明确新增城市轨道交通运营里程3000公里以上。\n根据批准的计划报告的决议,全省完成GDP4408.1亿元。",
	 "2600亿元=2600亿元/target;1500亿元=1500亿元/target;高于目标2.1个百分点=比目标高2.1个百分点/change;增长5%=增长5%/change;33.9亿元=33.9亿元/target;26.5亿元=26.5亿元/target;29.3亿元=29.3亿元/level;86.4%=86.4%/level;3000公里以上=3000公里以上/target;4408.1亿元=4408.1亿元/level;"},
	/* b85: $ in a sentence */
	{"總額$5,317億,上升74.2%。其中HK$3億。", "$5,317億=5317亿元/level;上升74.2%=上升74.2%/change;HK$3億=3亿港元/level;"},
	/* b59, b73 (opened): a bound or a range of sizes in brackets after a name defines a class
	 * (no row); a rate in brackets, a sign, or a change's figure in brackets stays a figure */
	{"中小型單位(100平方米以下)售價指數按月升0.44%;較大面積單位(100平方米或以上)。B類物業(40至69.9平方米)售價。工业投资增长（5%以上）。商品房(-1.4%)回落。",
	 "按月升0.44%=按月升0.44%/change;5%以上=增长5%以上/change;-1.4%=下降1.4%/change;"},
	/* b74 (opened): 低于年度预期目标 is a comparison, it plans nothing (it had made the report's
	 * results targets); under a title of pledges, 截至6月底 reports progress */
	{"一、2009年计划执行情况 据初步统计,全年实现本地生产总值1037.69亿元,比上年增长6.6%,低于年度预期目标1.9个百分点。人均GDP增长5.3%。",
	 "1037.69亿元=1037.69亿元/level;比上年增长6.6%=比上年增长6.6%/change;低于年度预期目标1.9个百分点=降低1.9个百分点/change;增长5.3%=增长5.3%/change;"},
	{"2017年为民办25项实事\n全省全年完成10万人搬迁任务。\n截至6月底,农村幸福院建设项目开工229个,开工率76.3%。\n",
	 "10万人=10万人/target;229个=229个/level;76.3%=76.3%/level;"},
	/* b67 (opened): 争取 before 实现/达到/完成/突破 plans; 争取 before what was obtained does not */
	{"2010年我区争取实现社会消费品零售总额增长18%,达到180亿元。\n\n上年市里争取补助资金23.8亿元。",
	 "增长18%=增长18%/target;180亿元=180亿元/target;23.8亿元=23.8亿元/level;"},
	/* b71: 占计划130% is a result set against the plan, not a plan */
	{"项目完成投资28.62亿元,占计划130%。", "28.62亿元=28.62亿元/level;130%=130%/level;"},
	/* b61 (opened): 计划完成 and an object plans (计划完成情况 looks back); 今后N年, 今后2—3年 */
	{"我市今年冬春水利建设计划完成土石方1325.2万立方米,投资3.14亿元。\n计划完成情况:完成投资500亿元。",
	 "1325.2万立方米=1325.2万立方米/target;3.14亿元=3.14亿元/target;500亿元=500亿元/level;"},
	/* (今后 alone plans nothing; in a paragraph of its own since stop 39, when 今後五年， opening
	 * a sentence plans the rest of its paragraph) */
	{"今后2—3年全省交通重点建设项目53个,总投资2284亿元。今後五年,GDP年均增长6%。\n\n今后,全市GDP增长5%。",
	 "53个=53个/target;2284亿元=2284亿元/target;年均增长6%=年均增长6%/target;增长5%=增长5%/change;"},
	/* the reference in a sentence, and in a list after 分别 */
	{"高技术制造业增加值增长12.1%,快于全部规模以上工业4.2个百分点。",
	 "增长12.1%=增长12.1%/change;快于全部规模以上工业4.2个百分点=比规上工业快4.2个百分点/change;"},
};

void
test_opened_round25(void)
{
	ut_check_forms(cases, UT_COUNT(cases));
	ut_check_rows_each(xcases, UT_COUNT(xcases));
	/* values no text can give are refused from outside (fuzz findings): 拉动 in another unit
	 * than points, and a change word running into its qualifier (减 + 低于 prints 减低于) */
	{
		Indicator	x;
		IndError	e;

		memset(&x, 0, sizeof(x));
		CHECK(ind_parse("拉动5个百分点", strlen("拉动5个百分点"), &x, &e), "拉动5个百分点 reads");
		x.unit = (uint8_t) ind_unit_id("%");
		CHECK(!ind_validate(&x, &e) && e.code == IND_ERR_CORRUPT, "拉动 in %% is refused");
		CHECK(ind_parse("低于5%", strlen("低于5%"), &x, &e), "低于5%% reads");
		{
			uint8_t		below = x.qual;

			CHECK(ind_parse("减5%", strlen("减5%"), &x, &e), "减5%% reads");
			x.qual = below;
			CHECK(below != 0 && !ind_validate(&x, &e) && e.code == IND_ERR_CORRUPT,
				  "减 + 低于 (printed 减低于) is refused");
			CHECK(ind_parse("降5%", strlen("降5%"), &x, &e), "降5%% reads");
			x.qual = below;
			CHECK(!ind_validate(&x, &e) && e.code == IND_ERR_CORRUPT, "降 + 低于 is refused");
			CHECK(ind_parse("增长5%", strlen("增长5%"), &x, &e), "增长5%% reads");
			x.qual = below;
			CHECK(ind_validate(&x, &e), "增长 + 低于 (增长低于5%%) is a value");
		}
	}
	CHECK(strcmp(ind_verb(IND_VERB_LADONG)->word, "拉动") == 0 &&
		  strcmp(ind_verb(IND_VERB_XIALA)->word, "下拉") == 0, "ind.h's ids of 拉动 and 下拉");
	/* every basis byte names a basis now (97 was the last free id) */
	CHECK(ind_basis(97) != NULL && strcmp(ind_basis(97)->word, "比规上工业") == 0,
		  "basis 97 is 比规上工业");
}
