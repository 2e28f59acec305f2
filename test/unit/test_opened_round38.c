/*
 * test_opened_round38.c: stop 43's classes from the opened batches, each read by a rule, our
 * own sentences, both sides of every rule.  b441: a change verb and 幅度 or 比率 (增长幅度为,
 * 減少比率為) name the size of that change, as 增幅 does: 为 after them is their copula, not
 * the "to" of a level reached.  b457: 在, a year ahead and 前 (by then) opening a clause is a
 * deadline, as 到 and a year is; so after a word of hope (期盼 希望 期望 盼望); 目标 right
 * before a year sets it; a quotation right after 目标 (and 为 or 是) holds the goal's figure,
 * not a name.  b462: 港仙 (the Hong Kong cent, a hundredth of 港元); 持平 before a space and
 * more words is 持平 (a headline's 按月持平　結束…).  b461: a bound before 等 and the name of
 * the goals listed (5%以内等指标任务) is a figure, not a class; a year after every year the
 * text is known to be in, opening a sentence with 将 (or after who says it: 陈雷说，) plans the
 * rest of its paragraph, as 今年 does; 争取 plans when 达到 (实现 完成 突破) follows what is
 * sought, a year between, before any other number.  b471: a plan word after a figure, its
 * suffix qualifier and 的 (低于5.5%左右的预期目标) is that figure's target, and neither plans
 * the rest of the sentence nor announces the report's targets.  b471: a holder the tables do
 * not name may hold a numeral before its own ideograph (第二产业, 一季度), not before a time or a
 * count it measures (疫情三年); a rate noun, 比, such a holder and a comparative is the
 * difference (增速比第二产业快1.5个百分点), and the reader takes the whole.  b470: a heading
 * saying there is no plan (未有發展計劃; 未来 is no negation) plans nothing; a share in the
 * bracket after a change (增加24億元(占比0.06%)) is a level, not that change; 0增長 is 零增长.
 * b473: 到, a year and a comma opening a sentence plans the rest of its paragraph (至 does not:
 * a review's "as of"); 计划任务的, 计划目标的 before a share are the whole a result is set against.
 * b481: a numbered sub-heading naming a year before its heading's (2024年…工作计划, then
 * 一、2023年亮点工作) looks back, and the next year's heading after it plans again.  b482: an
 * age after 年龄 named by a rule (合資格年齡, 退休年齡, 受惠年齡) is the threshold the rule sets,
 * a bound; 平均年龄 stays measured.  b489: 日元 after a number is the yen, not a date's 日;
 * 计划 after 刺激 names a stimulus package, not a plan, in a heading too.
 */
#include "unit.h"
#include <string.h>
#include "ind.h"

void		test_opened_round38(void);

#define NO NULL, NULL, NULL, NULL, NULL, 0
static const FormCase cases[] = {
	/* b441: a verb and 幅度/比率, then a copula: the change's size */
	{"增长幅度为21.3%", "增长21.3%", "21.3", "%", "exact", "change", BC_NONE},
	{"減少比率為3%", "减少3%", "-3", "%", "exact", "change", BC_NONE},
	{"下跌幅度達2%", "下跌2%", "-2", "%", "exact", "change", BC_NONE},
	{"成長幅度約6%", "成长约6%", "6", "%", "approx", "change", BC_NONE},
	{"增长为21.3%", "21.3%", "21.3", "%", "exact", "level", BC_NONE},	/* 为: the level reached */
	{"增长幅度", NO},
	{"幅度为3%", NO},
	/* b462: 港仙, a hundredth of 港元 */
	{"126.88港仙", "126.88港仙", "126.88", "港仙", "exact", "level", BC_NONE},
	{"3仙", NO},
	/* b481: 载重吨, its own dimension, longer than 吨; traditional too */
	{"突破1100万载重吨", "突破1100万载重吨", "11000000", "载重吨", "ge", "level", BC_NONE},
	{"1100萬載重噸", "1100万载重吨", "11000000", "载重吨", "exact", "level", BC_NONE},
	/* b471: holders with a numeral in their names */
	{"快于第二产业1.5个百分点", "高出1.5个百分点", "1.5", "个百分点", "exact", "change", BC_NONE},
	{"增速比第二产业快1.5个百分点", "高出1.5个百分点", "1.5", "个百分点", "exact", "change", BC_NONE},
	{"高于全國一季度增速0.3個百分點", "高出0.3个百分点", "0.3", "个百分点", "exact", "change", BC_NONE},
	{"快于疫情三年年均4.5%", NO},
	{"高于规模以上4个百分点", "高出4个百分点", "4", "个百分点", "exact", "change", BC_NONE},
};

static const RowsCase xcases[] = {
	/* b441: the reader takes the verb, 幅度/比率 and the copula before the number */
	{"地区生产总值累计增長幅度為 21.3%，年均增長比率為5.9%。",
	 "增長幅度為 21.3%=增长21.3%/change;增長比率為5.9%=增长5.9%/change;"},
	{"波动幅度为2%。", "2%=2%/level;"},	/* 波动 is no change verb */
	/* b457: 在…年前 and a comma, alone or after a word of hope, a deadline; not a part of
	 * a year (前三季度), not a year behind the text's */
	{"期盼在2028年前，经济增长率达3%以上、失业率低于3%。",
	 "3%以上=3%以上/target;低于3%=低于3%/target;"},
	{"在2028年前，人均GDP逾4万美元。", "逾4万美元=逾4万美元/target;"},
	{"期盼到2028年，人均GDP逾4万美元。", "逾4万美元=逾4万美元/target;"},
	{"2025年统计公报\n在2018年前，人均GDP逾4万美元。", "逾4万美元=逾4万美元/level;"},
	{"在2028年前三季度，人均GDP逾4万美元。", "逾4万美元=逾4万美元/level;"},
	{"他说到2028年，人均GDP逾4万美元。", "逾4万美元=逾4万美元/level;"},
	/* b457: 目标 and a year */
	{"行动方案目标2026年产业规模超3000亿元。", "超3000亿元=超3000亿元/target;"},
	{"行动方案2026年产业规模超3000亿元。", "超3000亿元=超3000亿元/level;"},
	/* b457: the goal quoted after 目标; a figure quoted elsewhere stays a name's */
	{"北京2026年GDP成長目標為「5％左右」。", "5％左右=5%左右/target;"},
	{"经济成长目标「5%左右」。", "5%左右=5%左右/target;"},
	{"打造“5亿元”品牌。", ""},
	/* b462: a space after 持平 ends the word; without one 持平台 is no change */
	{"本港10月租金按月持平\u3000結束10個月升勢", "按月持平=按月持平/change;"},
	{"租金按月持平 結束升勢", "按月持平=按月持平/change;"},
	{"搭建持平台。", ""},
	/* b461: 等 and the goals' name after a bound; 等 and a class of things stays a class */
	{"2026年确保完成新增就业60万人以上、城镇调查失业率5%以内等指标任务。",
	 "60万人以上=60万人以上/target;5%以内=5%以内/target;"},
	{"投资50亿元以上等重大项目。", ""},
	/* b461: the year ahead opening a sentence with 将, after who says it, plans its paragraph;
	 * the text's own year does not */
	{"2017年新增灌溉面积2165万亩。\n陈雷说,2018年水利部门将夯实水利基础。具体包括:新增灌溉面积2000万亩。",
	 "2165万亩=2165万亩/level;2000万亩=2000万亩/target;"},
	/* b470: a negated plan word in a heading; 未来 plans */
	{"逾千公頃棕土未有發展計劃\n全港棕地共1,300公頃。", "1,300公頃=1300公顷/level;"},
	{"未来五年发展目标\n全港棕地共1,300公頃。", "1,300公頃=1300公顷/target;"},
	/* b470: a share in the bracket after a change; other rates there are that change */
	{"農業增加24億元(占比0.06%)。", "增加24億元=增加24亿元/change;0.06%=0.06%/level;"},
	{"增长11.0%(全国10.7%)。", "增长11.0%=增长11.0%/change;10.7%=增长10.7%/change;"},
	/* b470: 0增長 as 零增长; not a digit of a longer number */
	{"相當於0增長。預算撥款卻零增长。", "0增長=增长0/change;零增长=增长0/change;"},
	{"增长10增长。", ""},
	/* b473: a deadline opening a sentence plans its paragraph; 至 in a review does not */
	{"规划研究起降设施布局。到2026年,新建通用机场5个。拓展应用场景,培育10个以上创新应用场景。",
	 "5个=5个/target;10个以上=10个以上/target;"},
	{"园区发展良好。至2025年,主导产业集中度超过78%。项目从开工至投产仅用108天。",
	 "超过78%=超过78%/target;108天=108天/level;"},
	/* b473: 目标到 and a year sets it, as 目标在 */
	{"2015年造林1.7万亩。\n常州:目标到2026年引育一批头部企业 产业规模超过300亿元", "1.7万亩=1.7万亩/level;超过300亿元=超过300亿元/target;"},
	/* b481: a work plan's look back at the year before under its own numbered heading */
	{"交通运输工作要点\n1.新建公交站8个。\n\n2024年平阳县交通运输局工作计划\n一、2023年亮点工作\n"
	 "4个项目列入省重点,获上级补助资金3.7亿元。\n二、2024年重点工作\n新建公交站10个。",
	 "8个=8个/level;4个=4个/level;3.7亿元=3.7亿元/level;10个=10个/target;"},
	/* b482: a rule's age is a bound, an age measured a figure */
	{"將領取長者綜援的合資格年齡由60歲提高至65歲。居民平均年齡38.5歲。", "38.5歲=38.5岁/level;"},
	/* b489: 日元 (and 日圆) is a currency; 日 alone after a number stays a date */
	{"防卫省列入8472亿日元。约11万亿日圆。3月5日召开。", "8472亿日元=8472亿日元/level;约11万亿日圆=约11万亿日圆/level;"},
	/* b489: a headline naming a stimulus package plans nothing; a work plan's heading does */
	{"日本推出1360亿美元的史上最大规模经济刺激计划\n日本政府批准了总额高达21.3万亿日元的经济刺激。",
	 "1360亿美元=1360亿美元/level;达21.3万亿日元=达21.3万亿日元/level;"},
	{"交通运输局2024年工作计划\n新建公交站10个。", "10个=10个/target;"},
	/* b473: a share of the plan's task is a result */
	{"完成森林抚育12550万亩,为年度计划任务的105%。", "12550万亩=12550万亩/level;105%=105%/level;"},
	/* b471: the reader takes 比, the holder and the comparative with the rate noun */
	{"第三产业增速比第二产业快1.5个百分点。", "增速比第二产业快1.5个百分点=高出1.5个百分点/change;"},
	/* b471: 5.5%左右的预期目标 names that figure's target only */
	{"失业率平均为5.2%,低于5.5%左右的预期目标;居民消费价格同比上涨0.5%。工业增长11.4%。",
	 "5.2%=5.2%/level;5.5%左右=5.5%左右/target;同比上涨0.5%=同比上涨0.5%/change;增长11.4%=增长11.4%/change;"},
	{"今年的主要预期目标是:工业增长11.4%。", "增长11.4%=增长11.4%/target;"},
	/* b461: 争取, what is sought, then 达到 */
	{"當地擬爭取非博彩業增加值比重料到2028年達到60%水平。", "60%=60%/target;"},
	{"全年争取补助资金23.8亿元，达到历史新高。", "23.8亿元=23.8亿元/level;"},
	/* b449: a year, a comma and a review's 工作要求 plan nothing after it; b256: a year, a comma,
	 * who acts and 将 do */
	{"2023年新增里程50公里。\n會議指出,2024年,全省交通運輸行業認真落實穩支撐的工作要求,取得積極成效。全省高速公路通車里程達10758公里。",
	 "50公里=50公里/level;10758公里=10758公里/level;"},
	{"2024年新增里程50公里。\n孙奇志表示,2025年,寿县将坚持干字当头。谋划实施城市更新项目100个以上。",
	 "50公里=50公里/level;100个以上=100个以上/target;"},
	{"2019年新增灌溉面积2165万亩。\n陈雷说,2018年水利部门将夯实水利基础。具体包括:新增灌溉面积2000万亩。",
	 "2165万亩=2165万亩/level;2000万亩=2000万亩/level;"},
};

void
test_opened_round38(void)
{
	ut_check_forms(cases, UT_COUNT(cases));
	ut_check_rows_each(xcases, UT_COUNT(xcases));
}
