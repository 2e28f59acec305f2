/*
 * test_opened_round21.c: classes still missed in the opened blind batches (1-7, 11, 13, 14,
 * 17-19) after their last round, each read by a rule, our own sentences, both sides of every
 * rule: 邁 and 進 in traditional script (邁進), 来到/冲上 as copulas, 也/亦 between a rate
 * noun and its copula, 高达 after a rate noun or a verb in the reader, a comparison against
 * a name the basis words do not know (比南韓少了…), 即 restating a change, a count in 万 that
 * opens a clause, an age after 寿命/年龄, (预期)目标为 after a verb in the reader, and a bare
 * year heading after the year looked back on (a bulleted work report); 2 and 3 after a
 * metre symbol (km2 = km²), 分别/均 before a basis, 平均 before a rate noun, a change word
 * before a rate in brackets (增長(5.6%)).
 */
#include "unit.h"
#include "ind.h"

void		test_opened_round21(void);

#define NO NULL, NULL, NULL, NULL, NULL, 0
static const FormCase cases[] = {
	{"邁進兩萬億元", "迈进2万亿元", "2000000000000", "元", "ge", "level", BC_NONE},
	{"增幅來到一點二倍", "增幅1.2倍", "1.2", "倍", "exact", "change", BC_NONE},
	{"来到5亿元", "5亿元", "500000000", "元", "exact", "level", BC_NONE},
	{"衝上五八四點九億美元", "584.9亿美元", "58490000000", "美元", "exact", "level", BC_NONE},
	{"增幅也达到1.2倍", "增幅1.2倍", "1.2", "倍", "exact", "change", BC_NONE},
	{"年增率也高達百分之五十五", "年增率55%", "55", "%", "exact", "change", BC_NONE},
	{"也为5%", NO},					/* 也 needs the rate noun before it */
	{"增幅来到", NO},
	{"冲上", NO},
	/* 2 and 3 after a metre symbol are its power (plain text for ² ³) */
	{"145.5 km/万km2", "145.5km/万km²", "145.5", "km/万km²", "exact", "level", BC_NONE},
	{"5万m3", "5万m³", "50000", "m³", "exact", "level", BC_NONE},
	{"5m2", "5m²", "5", "m²", "exact", "level", BC_NONE},
	{"M2", NO},						/* the money supply: no metre */
	{"5m25", NO},
	/* 分别/均 before a basis, 平均 before a rate noun: read, not kept */
	{"分別比上年上漲3.7%", "比上年上涨3.7%", "3.7", "%", "exact", "change", BC_PREV_YEAR},
	{"均比上年增长3%", "比上年增长3%", "3", "%", "exact", "change", BC_PREV_YEAR},
	{"平均增速8.7%", "增速8.7%", "8.7", "%", "exact", "change", BC_NONE},
	{"平均增长8.7%", "平均增长8.7%", "8.7", "%", "exact", "change", BC_NONE},
	{"平均5%", NO},
	/* press adverbs: 续 仍 都 劲 before a verb, 仍 before a lead word, up to two of 也 亦 都 仍
	 * between a rate noun and its qualifier (blind batch 20) */
	{"續增加百分之二十六點七", "增加26.7%", "26.7", "%", "exact", "change", BC_NONE},
	{"較去年同月勁升百分之六十九點四", "比去年同月升69.4%", "69.4", "%", "exact", "change", BC_YOY},
	{"仍達百分之七十一點六", "达71.6%", "71.6", "%", "exact", "level", BC_NONE},
	{"增幅都也超過5%", "增幅超过5%", "5", "%", "gt", "change", BC_NONE},
	{"都5%", NO},
	{"仍5%", NO},
	{"劲5%", NO},
	/* 目标(均|都)(确定|定)(为) after a change word or rate noun (blind batch 21) */
	{"增速目标均为10%以上", "增速10%以上", "10", "%", "ge", "change", BC_NONE},
	{"预期增长目标均确定为10%以上", "增长10%以上", "10", "%", "ge", "change", BC_NONE},
	{"增长目标定为5%", "增长5%", "5", "%", "exact", "change", BC_NONE},
	{"目标均为5%", NO},
	/* blind batch 23: 挫 (fell, verb id 107), 显著 before a verb, 与X比较 as 与X相比, 各 before
	 * a basis */
	{"挫40.4%", "挫40.4%", "-40.4", "%", "exact", "change", BC_NONE},
	{"顯著下跌24.2%", "下跌24.2%", "-24.2", "%", "exact", "change", BC_NONE},
	{"與5月比較則微跌0.2%", "比5月份跌0.2%", "-0.2", "%", "exact", "change", BC_NAMED_PERIOD},
	{"与上年比较增长5%", "比上年增长5%", "5", "%", "exact", "change", BC_PREV_YEAR},
	{"各較上年增加0.88%", "较上年增加0.88%", "0.88", "%", "exact", "change", BC_PREV_YEAR},
	{"比较5%", NO},
	{"各5%", NO},
	/* 落在 as a copula, also after a qualifier; 是 after a qualifier */
	{"增速落在5%左右", "增速5%左右", "5", "%", "approx", "change", BC_NONE},
	{"落在3%以内", "3%以内", "3", "%", "le", "level", BC_NONE},
	{"约是3%", "约3%", "3", "%", "approx", "level", BC_NONE},
	{"约是", NO},
	{"落在", NO},
	/* a rate noun, a verb and 至/到: the level the rate reached, the rate's own value, a change
	 * (a level until stop 34; b73 and b175 labelled it the change) */
	{"升幅擴大至3.2%", "升幅3.2%", "3.2", "%", "exact", "change", BC_NONE},
	{"增速回落至5%", "增速5%", "5", "%", "exact", "change", BC_NONE},
	{"降幅收窄至2.1%", "降幅2.1%", "-2.1", "%", "exact", "change", BC_NONE},
	{"提高到58.8%", "58.8%", "58.8", "%", "exact", "level", BC_NONE},
	{"增速回落为5%", NO},
	/* blind batch 25: 录得 before a rate noun or verb, 通胀/通胀率 (rate nouns, ids 111-112),
	 * 上扬 飙升 年涨 (ids 108-110), 狂 before a verb, 则 before a rate's copula, 年比 as 同比 */
	{"按年錄得通脹2.4%", "按年通胀2.4%", "2.4", "%", "exact", "change", BC_YOY},
	{"按年錄得升幅2.0%", "按年升幅2.0%", "2.0", "%", "exact", "change", BC_YOY},
	{"錄通脹2.6%", "通胀2.6%", "2.6", "%", "exact", "change", BC_NONE},
	{"通脹率-0.5%", "降幅0.5%", "-0.5", "%", "exact", "change", BC_NONE},
	{"上揚125.9%", "上扬125.9%", "125.9", "%", "exact", "change", BC_NONE},
	{"飆升了484.4%", "飙升484.4%", "484.4", "%", "exact", "change", BC_NONE},
	{"年漲0.88%", "年涨0.88%", "0.88", "%", "exact", "change", BC_NONE},
	{"狂漲25%以上", "涨25%以上", "25", "%", "ge", "change", BC_NONE},
	{"跌幅則爲1.45%", "跌幅1.45%", "-1.45", "%", "exact", "change", BC_NONE},
	{"年比上升5.0%", "同比上升5.0%", "5.0", "%", "exact", "change", BC_YOY},
	{"今年比上年增长5%", NO},			/* 年比 only where no basis follows */
	{"录得5%", NO},
	/* 负 before digits after a rate noun is its minus */
	{"年增率負0.5%", "年减0.5%", "-0.5", "%", "exact", "change", BC_NONE},
	{"增长率为负0.5%", "降幅0.5%", "-0.5", "%", "exact", "change", BC_NONE},
};

static const RowsCase xcases[] =
{
	/* 高达 after a rate noun (and 也) is its link; after a verb, its "to"; after 比…高, 达 */
	{"年增率也高達百分之五十五。", "年增率也高達百分之五十五=年增率55%/change;"},
	{"年增率高达17.65%。", "年增率高达17.65%=年增率17.65%/change;"},
	{"经济成长率为4.2%。", "4.2%=4.2%/level;"},
	{"出口比上年增长高达5%。", "比上年增长高达5%=比上年增长5%/change;"},
	{"比上年高达5个百分点。", "比上年高达5个百分点=比上年高5个百分点/change;"},
	{"金额高达5亿元。", "达5亿元=达5亿元/level;"},
	{"增幅也來到一點二倍。", "增幅也來到一點二倍=增幅1.2倍/change;"},
	/* 比 and a name the basis words do not know, then a comparative */
	{"出口比南韓少了約一七一億美元。", "少了約一七一億美元=少约171亿美元/change;"},
	{"较日本高2个百分点。", "高2个百分点=高2个百分点/change;"},
	{"所占比重高5%。", "5%=5%/level;"},	/* 比重 is a share */
	/* 即 restates the change before it */
	{"新增就业增加0.5万人，即5000人。", "增加0.5万人=增加0.5万人/change;5000人=增加5000人/change;"},
	{"下降3%，即回落到5000人。", "下降3%=下降3%/change;5000人=5000人/level;"},
	/* a count in 万 or with decimals opening its clause is reported; 31个 names a subject */
	{"全国54.2万个行政村共设62.2万个村卫生室。", "54.2万个=54.2万个/level;62.2万个=62.2万个/level;"},
	{"31个大城市城镇调查失业率为5.0%。", "5.0%=5.0%/level;"},
	/* an age measured (寿命, 年龄) is a figure; 60岁以上 stays a bound */
	{"人均预期寿命由76.7岁提高到2018年的77岁。", "76.7岁=76.7岁/level;77岁=77岁/level;"},
	{"职工平均年龄38岁。", "38岁=38岁/level;"},
	{"全市60岁以上老人12万人。", "12万人=12万人/level;"},
	/* (预期)目标为 between a verb and the number */
	{"地区生产总值增长目标为7.5%以上。", "增长目标为7.5%以上=增长7.5%以上/target;"},
	{"增長預期目標為5%左右。", "增長預期目標為5%左右=增长5%左右/target;"},
	/* a change word, then a rate in brackets: the rate is that change */
	{"人均收入增長(5.6%)和收入增长(6.6%)。", "5.6%=增长5.6%/change;6.6%=增长6.6%/change;"},
	{"較11月的升幅(2.6%)為小。", "2.6%=升幅2.6%/change;"},
	{"比上年高(3%)。出口(5.6%)增长。", "3%=3%/level;5.6%=5.6%/level;"},
	/* 目标均为 plans; 指标(体系)安排 plans, its colon may close the next short clause; 安排
	 * alone allocates */
	{"经济增速目标均为10%以上。", "增速目标均为10%以上=增速10%以上/target;"},
	{"他提出了2021年指标体系安排，具体为：地区生产总值增长6.5%左右；获批高新技术企业80家。",
	 "增长6.5%左右=增长6.5%左右/target;80家=80家/target;"},
	{"今年安排资金5亿元，具体为：新建学校10所。", "5亿元=5亿元/level;10所=10所/level;"},
	{"主要指标安排如下：粮食产量500万吨以上。", "500万吨以上=500万吨以上/target;"},
	/* a noun between the magnitude and 人次 (Macau and Taiwan press): the figure is in 人次 */
	{"當地共錄得24.47萬入境旅客人次。", "24.47萬入境旅客人次=24.47万人次/level;"},
	{"共3万名旅客，100万元人次。", "3万名=3万名/level;100万元=100万元/level;"},
	/* 今年…将 plans from 今年 on: a headline's result before it stays a result */
	{"年增56％、連25紅 今年第3度超車南韓 全年出、進口將同創新高", "年增56％=年增56%/change;"},
	{"今年全市将新增就业5万人。", "5万人=5万人/target;"},
	/* counts of the text's own parts, of the names just listed, a road's number: no figure;
	 * a count of administrative units listed stays */
	{"上述7个主要指标，有5个居全省前3位次。", ""},
	{"涉及10个方面的重点任务。10个关键句。", ""},
	{"支持吉光、三江、长白山3个创新型省实验室。", ""},
	{"推动102国道绕越线开工。", ""},
	{"辖7个镇、3个乡、179个村。", "7个=7个/level;3个=3个/level;179个=179个/level;"},
	{"粮食、棉花、油料产量5000万吨。", "5000万吨=5000万吨/level;"},
	/* a magnitude alone: after a qualifier one of it; before a noun or 的 a class of size */
	{"首次突破万元大关。收入突破万亿元。超過億元。", "突破万元=突破1万元/level;突破万亿元=突破1万亿元/level;超過億元=超过1亿元/level;"},
	{"全省首个超百亿元水利工程开工。新增百亿企业10家。超万亿元的产业集群。", "10家=10家/level;"},
	{"每万元GDP能耗下降3%。", "下降3%=下降3%/change;"},
	/* 廿 卅 卌 start a numeral in the reader too (廿九億 was read as 九億: a wrong number) */
	{"公共財政收入達廿九億六千五百七十萬元，年增率廿三點○三%。廿一世紀。",
	 "廿九億六千五百七十萬元=29.657亿元/level;年增率廿三點○三%=年增率23.03%/change;"},
	{"港產品出口貨量則挫40.4%。", "則挫40.4%=挫40.4%/change;"},
	/* an order of magnitude (数 几 上 before the numeral) is no figure: the reader read
	 * 数十億元 as 10亿元 */
	{"數十億元。几百万人。上千家企业。上百亿元投资。", ""},
	{"上年末3万人。比上月增长5%。", "3万人=3万人/level;比上月增长5%=比上月增长5%/change;"},
	/* a sign after a rate noun or a basis: the change, as the type reads it */
	{"年增率-0.5%。增速为-2.3%。年增率負0.5%。", "年增率-0.5%=年减0.5%/change;增速为-2.3%=降幅2.3%/change;年增率負0.5%=年减0.5%/change;"},
	{"同比-1.4%。按年+3.2%。比上年-3%。", "同比-1.4%=同比-1.4%/change;按年+3.2%=按年+3.2%/change;比上年-3%=比上年-3%/change;"},
	{"增长率为负0.5%。为-0.5‰。", "增长率为负0.5%=降幅0.5%/change;-0.5‰=-0.5‰/level;"},	/* stop 33: a three-character rate noun with 为 is the change too */
	/* a single Chinese numeral before 个百分点 */
	{"下降十個百分點。提高两个百分点。", "下降十個百分點=下降10个百分点/change;提高两个百分点=提高2个百分点/change;"},
	/* bracketed rates: after a rate noun and a superlative, signed after a falling noun, and
	 * the sentence's later bracketed rates (Hong Kong releases) */
	{"按年升幅最大（12.1%），其次為煙酒（8.2%）、外賣（4.0%）。", "12.1%=升幅12.1%/change;8.2%=升幅8.2%/change;4.0%=升幅4.0%/change;"},
	{"衣履價格錄得按年跌幅（-0.5%）。", "-0.5%=跌幅0.5%/change;"},
	/* stop 28: a signed rate after a verb of its direction is that change (b34's labellers);
	 * a sign against the verb leaves a level */
	{"美國(8.6%)。下跌(-0.5%)。", "8.6%=8.6%/level;-0.5%=降幅0.5%/change;"},
	{"上升(-0.5%)。", "-0.5%=-0.5%/level;"},
	/* a change against a target compares plans: no target itself */
	{"今年主要预期目标是：地区生产总值增长6%左右，比上年目标提高0.5个百分点；城镇新增就业5万人。",
	 "增长6%左右=增长6%左右/target;提高0.5个百分点=提高0.5个百分点/change;5万人=5万人/target;"},
	/* 上调/下调 after 目标: a target adjusted, a change for the rest of the clause; the list's
	 * unit carries to a target item too */
	{"与上年确定的预期目标相比，今年调高了GDP、收入的增速目标，分别上调0.5个、5个、4个百分点，社会消费品零售总额增长目标则下调1个百分点。",
	 "上调0.5=上调0.5个百分点/change;5=上调5个百分点/change;4个百分点=上调4个百分点/change;下调1个百分点=下调1个百分点/change;"},
	{"今年主要预期目标：城镇化率、研发投入强度、森林覆盖率分别提高0.5个、1个、0.2个百分点。",
	 "提高0.5=提高0.5个百分点/target;1=提高1个百分点/target;0.2个百分点=提高0.2个百分点/target;"},
	/* a line stating a figure with a prefix qualifier is no heading: the section still plans */
	{"预期目标\n\n生产总值增长10.5%\n\n农业:粮食总产突破80亿斤\n", "增长10.5%=增长10.5%/target;突破80亿斤=突破80亿斤/target;"},
	/* a longer name before a comparative */
	{"增速比全部规模以上工业快2.1个百分点。", "快2.1个百分点=快2.1个百分点/change;"},
	/* a bare year heading after the year looked back on: its lines are targets */
	{"辽宁亮点\n\n2025年\n\n城镇新增就业48万人\n\n辽宁落点\n\n2026年\n\n城镇新增就业45万人以上\n\n一般公共预算收入增长2.5%左右\n",
	 "48万人=48万人/level;45万人以上=45万人以上/target;增长2.5%左右=增长2.5%左右/target;"},
	{"2025年\n\n城镇新增就业48万人\n\n2024年\n\n城镇新增就业45万人\n",
	 "48万人=48万人/level;45万人=45万人/level;"},
};

void
test_opened_round21(void)
{
	ut_check_forms(cases, UT_COUNT(cases));
	ut_check_rows_each(xcases, UT_COUNT(xcases));
}
