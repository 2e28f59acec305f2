/*
 * test_opened_round24.c: the classes blind batches 40, 41 and 45 missed at their first run
 * (opened at stop 29), each read by a rule, our own sentences, both sides of every rule.
 * The type: a sign after a verb of rising (增长-12.7%: negative growth), 收缩/萎缩 (a fall),
 * 日均/月均 before a verb, a rate noun with 维持在, a remark on a rate's size before its copula
 * (升幅較大,達16.7%), 年度 after a year in a basis, 大关 after a figure with a qualifier.  The
 * reader: the same in a sentence, 约 before a change's words, 半成 and 半个百分点, a list after
 * 分别 opening its clause (the change noun ends the clause before), a rate in brackets after a
 * basis (the compared period's rate of the change).  Then from b46 and b48: units mm, cm,
 * 公尺, 平方公尺, 立方公尺, 公分; a bracket after a basis restating its period or adding a note;
 * 比常年值; 比去年全年; a reference's own 增速; 攀升, 净减; in the reader, rates in brackets
 * after names following a change noun with no figure (錄得升幅,尤其是馬來西亞(139.4%)).  Then
 * from b51 (plans): 年增長, 比全中国; in the reader, a line of its own ending with a colon and
 * naming 任务/实事/目标 heads a list of targets, a group heading (…方面) keeps the list going,
 * 未来五年 plans its sentence, 以内等 (etc.) is no class bound, and 指标 before a change is no
 * count of indicators.  Last, from b50: the unit 头(只) (as 头只), and 减少/增加 after a falling
 * rate noun (降幅减少 = 降幅缩小, a rise).  From b52 (opened at the very end): a year in Chinese
 * digits in a basis (較二零二零年同月), 录得 after an adverb (按年則錄得增加22%), and names with
 * rates in brackets before the change they are (…(-5.7%)的整體出口貨量錄得跌幅).
 */
#include "unit.h"
#include "ind.h"

void		test_opened_round24(void);

#define NO NULL, NULL, NULL, NULL, NULL, 0
static const FormCase cases[] = {
	/* a sign after a verb of rising is the change's sign; after a fall it stays an error */
	{"增长-12.7%", "下降12.7%", "-12.7", "%", "exact", "change", BC_NONE},
	{"年增-5.8%", "年减5.8%", "-5.8", "%", "exact", "change", BC_NONE},
	{"比上年同期增长-8.7%", "比上年同期下降8.7%", "-8.7", "%", "exact", "change", BC_YOY},
	{"增长负3%", "下降3%", "-3", "%", "exact", "change", BC_NONE},
	{"提高-0.5个百分点", "降低0.5个百分点", "-0.5", "个百分点", "exact", "change", BC_NONE},
	{"增长-12.7万元", "下降12.7万元", "-127000", "元", "exact", "change", BC_NONE},
	{"下降-3%", NO},
	{"回落-1%", NO},
	/* 收缩, 萎缩 (shrank) are falls; 实质收缩 as 实质下降 */
	{"按年實質收縮23.4%", "按年实质收缩23.4%", "-23.4", "%", "exact", "change", BC_YOY},
	{"實質收縮逾26%", "实质收缩逾26%", "-26", "%", "gt", "change", BC_NONE},
	{"萎缩5%", "萎缩5%", "-5", "%", "exact", "change", BC_NONE},
	{"收缩", NO},
	/* 日均, 月均 before a verb, as 平均每月 (the average's change) */
	{"較去年日均亦上升1.9%", "较去年上升1.9%", "1.9", "%", "exact", "change", BC_PREV_YEAR},
	{"較2019年同期日均增長2.8%", "比2019年同期增长2.8%", "2.8", "%", "exact", "change", BC_NAMED_PERIOD},
	{"月均增速5%", "增速5%", "5", "%", "exact", "change", BC_NONE},
	{"日均5万人", NO},
	/* a rate noun held at a value (维持在, 保持在), as a level is */
	{"成長率則維持在0.6%", "成长率0.6%", "0.6", "%", "exact", "change", BC_NONE},
	{"增速保持在5%以上", "增速5%以上", "5", "%", "ge", "change", BC_NONE},
	{"增速维持5%", "增速5%", "5", "%", "exact", "change", BC_NONE},	/* (stop 37: as 维持在) */
	{"增速维持", NO},
	/* a remark on the rate's size between the noun and its copula */
	{"升幅較大,達16.7%", "升幅16.7%", "16.7", "%", "exact", "change", BC_NONE},
	{"減幅更大,達33%", "减幅33%", "-33", "%", "exact", "change", BC_NONE},
	{"增幅明显,为8%", "增幅8%", "8", "%", "exact", "change", BC_NONE},
	{"升幅較大,16.7%", NO},
	{"增幅较大", NO},
	/* 年度 after a year of a basis: the year */
	{"較113年度同期增加39億元", "比2024年同期增加39亿元", "3900000000", "元", "exact", "change", BC_NAMED_PERIOD},
	{"比2019年度增长5%", "比2019年增长5%", "5", "%", "exact", "change", BC_NAMED_PERIOD},
	/* 大关 (the mark) after a figure with a qualifier; without one it is no unit */
	{"突破10萬大關", "突破10万", "100000", "", "ge", "level", BC_NONE},
	{"突破1万亿元的大关", "突破1万亿元", "1000000000000", "元", "ge", "level", BC_NONE},
	{"10万大关", NO},
	/* b46, b48: units of rainfall and Taiwan's metric words */
	{"610.8mm", "610.8mm", "610.8", "mm", "exact", "level", BC_NONE},
	{"5cm", "5cm", "5", "cm", "exact", "level", BC_NONE},
	{"5.03平方公尺", "5.03平方公尺", "5.03", "平方公尺", "exact", "level", BC_NONE},
	{"較112年底增加0.27平方公尺", "比2023年末增加0.27平方公尺", "0.27", "平方公尺", "exact", "change", BC_NAMED_PERIOD},
	{"5mm2", NO},
	/* a bracket after a basis restating its period, or a note without digits; not a figure */
	{"較上一期(7月至9月)下跌0.1個百分點", "比上一期下跌0.1个百分点", "-0.1", "个百分点", "exact", "change", BC_PREV_PERIOD},
	{"較去年同期(2018年9月22至24日) 上升3.4%", "较去年同期上升3.4%", "3.4", "%", "exact", "change", BC_YOY},
	{"比常年值(多年平均值,下同)偏少4.9%", "比常年偏少4.9%", "-4.9", "%", "exact", "change", BC_REFERENCE},
	{"较上年同期(3.2%)增长5%", NO},
	{"比上年(2023年第三季度)增长5%", NO},
	/* 比去年全年 as 比去年; a reference's own 增速 */
	{"比去年全年加快4.5個百分點", "比去年加快4.5个百分点", "4.5", "个百分点", "exact", "change", BC_PREV_YEAR},
	{"高于全区增速2个百分点", "比全区高2个百分点", "2", "个百分点", "exact", "change", BC_REFERENCE},
	{"比全省增速快0.2个百分点", "比全省快0.2个百分点", "0.2", "个百分点", "exact", "change", BC_REFERENCE},
	{"比全省生产总值增速快0.2个百分点", NO},
	/* 攀升 (climbed), 净减 (net decrease) */
	{"攀升5%", "攀升5%", "5", "%", "exact", "change", BC_NONE},
	{"攀升至58.93%", "58.93%", "58.93", "%", "exact", "level", BC_NONE},
	{"凈減1074公里", "净减1074公里", "-1074", "公里", "exact", "change", BC_NONE},
	{"年增長5.4%", "年增5.4%", "5.4", "%", "exact", "change", BC_NONE},
	{"年增长-1%", "年减1%", "-1", "%", "exact", "change", BC_NONE},
	{"高於全中國0.4個百分點", "比全国高0.4个百分点", "0.4", "个百分点", "exact", "change", BC_REFERENCE},
	{"比全中国", NO},
	{"609525头(只)", "609525头(只)", "609525", "头(只)", "exact", "level", BC_NONE},
	{"182524 头(只)", "182524头(只)", "182524", "头(只)", "exact", "level", BC_NONE},
	{"降幅比前5個月減少1.7%", "比1-5月降幅缩小1.7%", "1.7", "%", "exact", "change", BC_NAMED_PERIOD},
	{"降幅增加2个百分点", "降幅扩大2个百分点", "-2", "个百分点", "exact", "change", BC_NONE},
	{"跌幅减少1%", "跌幅收窄1%", "1", "%", "exact", "change", BC_NONE},
	{"增速减少1个百分点", "减少1个百分点", "-1", "个百分点", "exact", "change", BC_NONE},
	{"較二零二零年同月上升26.4%", "比2020年同期上升26.4%", "26.4", "%", "exact", "change", BC_NAMED_PERIOD},
	{"比二〇一九年增长5%", "比2019年增长5%", "5", "%", "exact", "change", BC_NAMED_PERIOD},
	{"比二零二年增长5%", NO},
	{"按年則錄得增加22%", "按年增加22%", "22", "%", "exact", "change", BC_YOY},
	/* the opened batches' remaining fixed words: 各占/分别占, (的)水平, a reference's 平均增幅, 担 */
	{"各占11.2%", "占比11.2%", "11.2", "%", "exact", "level", BC_NONE},
	{"分别占30%", "占比30%", "30", "%", "exact", "level", BC_NONE},
	{"分別占總量的1.2%", "占比1.2%", "1.2", "%", "exact", "level", BC_NONE},	/* the whole read, not kept (stop 30) */
	{"保持在1.6%的水平", "1.6%", "1.6", "%", "exact", "level", BC_NONE},
	{"5%水平", "5%", "5", "%", "exact", "level", BC_NONE},
	{"5水平", NO},
	{"增幅比全国平均增幅高8.7个百分点", "比全国高8.7个百分点", "8.7", "个百分点", "exact", "change", BC_REFERENCE},
	{"30万担以上", "30万担以上", "300000", "担", "ge", "level", BC_NONE},
};

static const RowsCase xcases[] = {
	/* a sign after a verb of rising in a sentence; in a list after it */
	{"第二产业增加值增长-12.7%;餐飲業年增-5.8%。瓜果产量分别增长39.3%、-97.7%。",
	 "增长-12.7%=下降12.7%/change;年增-5.8%=年减5.8%/change;增长39.3%=增长39.3%/change;-97.7%=下降97.7%/change;"},
	{"下降-3%。", "-3%=-3%/level;"},
	/* 约 before the change words is the figure's; the 約 of 契約 is not */
	{"過關人次約減少1200人。人口約較上年同月減少12萬人。契約增加5宗。",
	 "約減少1200人=减少约1200人/change;約較上年同月減少12萬人=比上年同月减少约12万人/change;增加5宗=增加5宗/change;"},
	/* 半 before 成 after a change word, or before percentage points */
	{"利率提高半个百分点。价值下跌半成。半成品增加3%。一半成本。",
	 "提高半个百分点=提高0.5个百分点/change;下跌半成=下跌0.5成/change;增加3%=增加3%/change;"},
	/* the type's new words in a sentence */
	{"機場升幅較大,達16.7%。全年人口成長率則維持在0.6%。",
	 "升幅較大,達16.7%=升幅16.7%/change;成長率則維持在0.6%=成长率0.6%/change;"},
	/* 分别 opening its clause after a comma: the change noun ending the clause before */
	{"陸路口岸有輕微升幅,分別是0.9%、2.1%及1.4%。入境訪客升幅明顯,分別是18.7%、17.6%。",
	 "0.9%=升幅0.9%/change;2.1%=升幅2.1%/change;1.4%=升幅1.4%/change;18.7%=升幅18.7%/change;17.6%=升幅17.6%/change;"},
	{"口岸有3个,分別是5个、6个。", "3个=3个/level;5个=5个/level;6个=6个/level;"},
	/* a rate in brackets after a basis: the compared period's rate of the change before */
	{"增加值增长11.6%,较上年同期(3.2%)大幅增长。投资增幅较1-2月(-0.6%)提高18.0个百分点。",
	 "增长11.6%=增长11.6%/change;3.2%=增长3.2%/change;-0.6%=降幅0.6%/change;提高18.0个百分点=提高18.0个百分点/change;"},
	/* b46, b48: rates in brackets after names, following a change noun with no figure */
	{"出口貨值錄得升幅,尤其是馬來西亞(139.4%)、越南(56%)。出口市场包括美国(30%)。",
	 "139.4%=升幅139.4%/change;56%=升幅56%/change;30%=30%/level;"},
	{"全市平均降水量610.8mm,比常年值(多年平均值,下同)偏少4.9%。公園面積5.03平方公尺。",
	 "610.8mm=610.8mm/level;比常年值(多年平均值,下同)偏少4.9%=比常年偏少4.9%/change;5.03平方公尺=5.03平方公尺/level;"},
	/* a hyphen between two numbers, without spaces, is a range as ～ is (before, 3-5万吨 read as
	 * 5万吨: a wrong number); dates and periods stay traps */
	{"预计全年增长5-8%。粮食产量3-5万吨。0-3岁婴幼儿。1-8月份增长5%。2023-2025年。",
	 "增长5-8%=增长5-8%/target;3-5万吨=3-5万吨/target;增长5%=增长5%/change;"},
	/* a signed item after a list's mark: the first item shares its unit (it was dropped) */
	{"增速分别为5.4、-2.3%。", "5.4=增速5.4%/change;-2.3%=降幅2.3%/change;"},
	/* b51: a colon line naming the tasks heads a list; a group heading (…方面) keeps it going */
	{"2024年为民实事实施方案\n为民实事主要任务:\n交通出行方面\n1。新开公交线路80条,增加公交300辆。\n\n去年新开线路50条。\n",
	 "80条=80条/target;300辆=300辆/target;50条=50条/level;"},
	{"市政府发布\n主要任务完成情况:\n新开线路60条。\n", "60条=60条/level;"},
	/* 未来五年 plans its sentence; 预计 before it forecasts; 过去五年 reports */
	{"未来五年,全市GDP年均增长6%,研发投入占比6%以上。预计未来五年GDP年均增长5%。过去五年,GDP年均增长7%。",
	 "年均增长6%=年均增长6%/target;6%以上=6%以上/target;年均增长5%=年均增长5%/change;年均增长7%=年均增长7%/change;"},
	/* 以内等 (etc.) is no class bound; 以上等级 still is */
	{"城镇调查失业率控制在5%以内等。三级以上等级公路100公里。",
	 "5%以内=5%以内/level;100公里=100公里/level;"},
	/* 指标 before a change is the indicator's change (a target in a plan), not a count */
	{"今年主要预期目标为:\n2.培育10家企业,娱乐业指标增长12%。\n全年约束性指标9个。\n",
	 "10家=10家/target;增长12%=增长12%/target;9个=9个/level;"},
	/* b52: names with rates in brackets, then the change they are, after a list mark or 的 */
	{"輸往印度(-19.8%)、美國(-5.7%)的整體出口貨量錄得跌幅。來自內地(5.7%)、美國(2.9%)的進口價格上升。出口(5.6%)增长。",
	 "-19.8%=跌幅19.8%/change;-5.7%=跌幅5.7%/change;5.7%=上升5.7%/change;2.9%=上升2.9%/change;5.6%=5.6%/level;"},
	{"就业增长5%,失业率较上年同期(5.2%)下降0.3个百分点。",
	 "增长5%=增长5%/change;5.2%=5.2%/level;下降0.3个百分点=下降0.3个百分点/change;"},
};

void
test_opened_round24(void)
{
	ut_check_forms(cases, UT_COUNT(cases));
	ut_check_rows_each(xcases, UT_COUNT(xcases));
}
