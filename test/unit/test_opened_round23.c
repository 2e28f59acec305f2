/*
 * test_opened_round23.c: the classes blind batches 32 and 33 missed at their first run, each
 * read by a rule, our own sentences, both sides of every rule.  The type: 跌破/跌穿 (fell
 * below: a level under the mark), 不得超过 and the other caps and floors with 不得, 多达 as
 * 高达, 共有 as 共, 录得 before a figure that names its change after it, 流失 (a fall), 各
 * before a verb, a share's change counted in points, an intensity word between 的 and the
 * change named after the figure.  The reader: a change verb after a rate, 数/几 before a
 * digit, the tenth after 成 before the particle 所, 今年 alone before the clause with 将, a
 * clause naming results before a colon, a task paragraph naming who carries it out.  Then
 * from b34 and b36: 约达, 计, 按可比价计算 in the type; in the reader, a bracket pairing a rate
 * and a count with 或, a rate after a change's comma, a Chinese-written count alone in
 * brackets, the 約 of 契約, and 其中/全年 going on with a sentence of targets.  Then from b38
 * and b39: 完成/实现, 前N个月; list items sharing a magnitude, 目标主要是, budget headings, lines
 * running on after ；or ，, 全年 opening a clause.
 */
#include "unit.h"
#include "ind.h"

void		test_opened_round23(void);

#define NO NULL, NULL, NULL, NULL, NULL, 0
static const FormCase cases[] = {
	{"跌破124萬人", "跌破124万人", "1240000", "人", "lt", "level", BC_NONE},
	{"跌穿3万人", "跌穿3万人", "30000", "人", "lt", "level", BC_NONE},
	{"跌5%", "跌5%", "-5", "%", "exact", "change", BC_NONE},
	{"不得超過8個", "不得超过8个", "8", "个", "le", "level", BC_NONE},
	{"不得低于90%", "不得低于90%", "90", "%", "ge", "level", BC_NONE},
	{"不得少于3个", "不得少于3个", "3", "个", "ge", "level", BC_NONE},
	{"不得8个", NO},
	{"多達二〇七萬人次", "达207万人次", "2070000", "人次", "exact", "level", BC_NONE},
	{"多207万人次", "多207万人次", "2070000", "人次", "exact", "change", BC_NONE},
	{"共有32.64万个", "32.64万个", "326400", "个", "exact", "level", BC_NONE},
	{"共有", NO},
	{"錄得4.8%的增長", "增长4.8%", "4.8", "%", "exact", "change", BC_NONE},
	{"录得5%", NO},				/* level or change: 录得 alone does not say */
	{"流失約600人", "流失约600人", "-600", "人", "approx", "change", BC_NONE},
	{"各增2千人", "增2千人", "2000", "人", "exact", "change", BC_NONE},
	{"各2千人", NO},
	{"比重比上年提高0.01个百分点", "比上年提高0.01个百分点", "0.01", "个百分点", "exact", "change", BC_PREV_YEAR},
	{"占比提高2个百分点", "提高2个百分点", "2", "个百分点", "exact", "change", BC_NONE},
	{"占比增长3%", NO},
	{"20.3%的強勁增幅", "增幅20.3%", "20.3", "%", "exact", "change", BC_NONE},
	{"4.8%的正增长", "增长4.8%", "4.8", "%", "exact", "change", BC_NONE},
	{"20.3%的企业增幅", NO},
	/* from b34 and b36 (opened in the same round): 约达 (达 after 约 only), 计 before a
	 * number, 按可比价(格)计算 before a verb */
	{"減少約達7.29%", "减少约7.29%", "-7.29", "%", "approx", "change", BC_NONE},
	{"约达1.95%", "约1.95%", "1.95", "%", "approx", "level", BC_NONE},
	{"超过达5%", NO},
	{"計239人", "239人", "239", "人", "exact", "level", BC_NONE},
	{"计划", NO},
	{"按可比价计算增长8.5%", "增长8.5%", "8.5", "%", "exact", "change", BC_NONE},
	/* refused until stop 34; b178 labels 可比价增长1.0% as the change (skip_price_basis) */
	{"按可比价增长8.5%", "增长8.5%", "8.5", "%", "exact", "change", BC_NONE},
	/* from b38 and b39: 完成/实现 (achieved) before a number, a qualifier, a basis or a verb;
	 * 前N个月 as a basis (the months to date) */
	{"完成1.89亿吨", "1.89亿吨", "189000000", "吨", "exact", "level", BC_NONE},
	{"分别完成2.92亿吨", "2.92亿吨", "292000000", "吨", "exact", "level", BC_NONE},
	{"实现同比增长5%", "同比增长5%", "5", "%", "exact", "change", BC_YOY},
	{"完成投资5亿元", NO},
	{"降幅较前10个月收窄0.3个百分点", "比1-10月降幅收窄0.3个百分点", "0.3", "个百分点", "exact", "change", BC_NAMED_PERIOD},
	{"比前三个月增长5%", "比1-3月增长5%", "5", "%", "exact", "change", BC_NAMED_PERIOD},
	{"较前年上升5%", "比前年上升5%", "5", "%", "exact", "change", BC_NAMED_PERIOD},
	{"比前1个月增长5%", NO},
	/* a basis naming a year of the Republic in three digits (Taiwan) is that year; two digits
	 * (較96年: 1996 or 2007?) stay an error */
	{"較104年增加5萬5432元", "比2015年增加5.5432万元", "55432", "元", "exact", "change", BC_NAMED_PERIOD},
	{"較113年同期增1成", "比2024年同期增1成", "1", "成", "exact", "change", BC_NAMED_PERIOD},
	{"較107年底增加1.2千人", "比2018年末增加1.2千人", "1200", "人", "exact", "change", BC_NAMED_PERIOD},
	{"較96年降低3.31%", "比2007年降低3.31%", "-3.31", "%", "exact", "change", BC_NAMED_PERIOD},	/* stop 33: two digits from 80 too */
	{"較79年降低3.31%", NO},
	{"较140年增长5%", NO},
	/* the rate of a change word in brackets; 平均每月, 月平均 before a rate noun */
	{"增長(5.6%)", "增长5.6%", "5.6", "%", "exact", "change", BC_NONE},
	{"增长（5.6%）", "增长5.6%", "5.6", "%", "exact", "change", BC_NONE},
	{"增长(5.6%", NO},
	{"(5.6%)", NO},
	{"平均每月升幅爲0.2%", "升幅0.2%", "0.2", "%", "exact", "change", BC_NONE},
	{"月平均增速8.7%", "增速8.7%", "8.7", "%", "exact", "change", BC_NONE},
	{"平均增长5%", "平均增长5%", "5", "%", "exact", "change", BC_NONE},
	/* a plan's target as the reference of a comparison (basis id 96) */
	{"高于目标2.1个百分点", "比目标高2.1个百分点", "2.1", "个百分点", "exact", "change", BC_REFERENCE},
	{"增速低于目标1.8个百分点", "比目标低1.8个百分点", "-1.8", "个百分点", "exact", "change", BC_REFERENCE},
	{"目标增长5%", NO},
};

static const RowsCase xcases[] = {
	/* a change verb after a rate names its change; one followed by its own figure does not */
	{"存款在六月底錄得4.8%的增長。", "4.8%的增長=增长4.8%/change;"},
	{"比去年同期5.0%增長有所回落。若以九％成長推估。",
	 "5.0%增長=增长5.0%/change;九％成長=成长9%/change;"},
	{"出口錄得20.3%的強勁增幅。", "20.3%的強勁增幅=增幅20.3%/change;"},
	{"由5%增长到8%。从5%提高至8%。", "5%=5%/level;8%=8%/level;5%=5%/level;8%=8%/level;"},
	{"占比5%，增长较快。", "5%=5%/level;"},
	/* 数/几 before 十 百 千 万 亿 is an order of magnitude; before a digit a figure follows */
	{"遊客總數六〇八萬九千人次。损失数十亿元。", "六〇八萬九千人次=608.9万人次/level;"},
	/* the tenth after 成 before the particle 所 (所带动); 所 before a noun counts */
	{"按年升兩成二所帶動。新建三成五所学校。", "按年升兩成二=按年升2.2成/change;三成=3成/level;"},
	/* the type's new words in the reader */
	{"人口首度跌破125萬。各鄉鎮不得超过6个。製造業各增2千人。",
	 "跌破125萬=跌破125万/level;不得超过6个=不得超过6个/level;各增2千人=增2千人/change;"},
	/* 今年 alone, then the clause with 将: the plan's year */
	{"今年,市农业农村局将新建高标准农田16万亩左右。去年,全市新建农田12万亩。",
	 "16万亩左右=16万亩左右/target;12万亩=12万亩/level;"},
	/* after the main targets, a clause naming results before a colon ends their tasks */
	{"今年主要预期目标也定了,其中地区生产总值增长5%以上。\n报告展示了去年取得的新成绩:一般公共预算收入9930亿元、增长7.3%。\n",
	 "增长5%以上=增长5%以上/target;9930亿元=9930亿元/level;增长7.3%=增长7.3%/change;"},
	{"今年主要预期目标也定了,其中地区生产总值增长5%以上。\n全年实施项目1400个。\n",
	 "增长5%以上=增长5%以上/target;1400个=1400个/target;"},
	/* a numbered task paragraph naming who carries it out (责任单位) is the plan's; not numbered,
	 * or without it, it reports */
	{"一、实施好2个省级项目,落实油菜面积85万亩。(责任单位:市农业中心;完成时限:年底前)\n去年落实油菜面积80万亩。\n",
	 "2个=2个/target;85万亩=85万亩/target;80万亩=80万亩/level;"},
	{"（二）落实油菜面积85万亩。（牵头单位：市农业中心）\n", "85万亩=85万亩/target;"},
	{"落实油菜面积85万亩。(责任单位:市农业中心)\n二、落实油菜面积85万亩。\n", "85万亩=85万亩/level;85万亩=85万亩/level;"},
	/* b34: a bracket pairing a rate and a count with 或 after a change word of its clause is
	 * that change; signed, its sign; without the change word, levels */
	{"就业人数增加的行业主要有建筑业(18.1%或15 700人)、保健业(4.1%或4 600人)。",
	 "18.1%=增加18.1%/change;15 700人=增加15700人/change;4.1%=增加4.1%/change;4 600人=增加4600人/change;"},
	{"减少主要见于餐饮业(-2 050个或-15%)。", "-2 050个=降幅2050个/change;-15%=降幅15%/change;"},
	{"主要行业有建筑业(18.1%或15 700人)。", "18.1%=18.1%/level;15 700人=15700人/level;"},
	/* a rate right after a change's comma, with 约 or 即, is that change's rate; 约占 is a share */
	{"储蓄较上年增加7631元,約達1.95%。出口上升7.0%，约占18.5%。",
	 "较上年增加7631元=较上年增加7631元/change;約達1.95%=增加约1.95%/change;上升7.0%=上升7.0%/change;约占18.5%=约占18.5%/level;"},
	/* a Chinese-written count alone in brackets is a figure; 約 ending 契約 is no qualifier */
	{"死因是肿瘤(二百四十七人)及呼吸系统疾病(六十二人)。契約有六千四百二十七宗。",
	 "二百四十七人=247人/level;六十二人=62人/level;六千四百二十七宗=6427宗/level;"},
	/* 其中 and 全年 opening a sentence go on with the last sentence with rows, if it planned
	 * (a sentence without figures between); inside a sentence, 其中 does not */
	{"确保施工总产值达280亿元。以现代农业促进转型升级。全年新增农业面积5万亩。",
	 "280亿元=280亿元/target;5万亩=5万亩/target;"},
	{"收入增长5%。数量远超预期。全年销售额601.7亿元。", "增长5%=增长5%/change;601.7亿元=601.7亿元/level;"},
	{"计划新建学校3所。共收到建议875件,其中解决204件。",
	 "3所=3所/target;875件=875件/level;204件=204件/level;"},
	/* b38 and b39: list items share the last one's magnitude with its unit (31.4吨 was a wrong
	 * number) */
	{"分别实现零售额31.4、15.7、34.9亿元。分别为31.4、15.7万吨。",
	 "31.4=31.4亿元/level;15.7=15.7亿元/level;34.9亿元=34.9亿元/level;31.4=31.4万吨/level;15.7万吨=15.7万吨/level;"},
	/* 目标主要是 plans; a heading arranging a budget does not, one arranging work does */
	{"奋斗目标主要是:地区生产总值增长10%,力争11.5%。", "增长10%,力争11.5%=增长10%，力争11.5%/target;"},
	{"去年\n2024年全市一般公共预算收入安排306.74亿元\n支出安排532.2亿元,增长1%左右。\n",
	 "306.74亿元=306.74亿元/level;532.2亿元=532.2亿元/level;增长1%左右=增长1%左右/change;"},
	{"去年\n二、2024年工作安排\n全年地区生产总值增长6%。\n", "增长6%=增长6%/target;"},
	/* a long line ending in ；or ，runs on into the next; a short next line is its own */
	{"到2025年，力争接待游客10亿人次以上，年均增长13.6%左右；\n文化和旅游总收入2.2万亿元以上，年均增长23.7%左右，产业增加值突破3500亿元。\n",
	 "10亿人次以上=10亿人次以上/target;年均增长13.6%左右=年均增长13.6%左右/target;2.2万亿元以上=2.2万亿元以上/target;年均增长23.7%左右=年均增长23.7%左右/target;突破3500亿元=突破3500亿元/target;"},
	{"力争接待游客10亿人次以上；\n去年游客增长5%。\n", "10亿人次以上=10亿人次以上/target;增长5%=增长5%/change;"},
	/* 全年 opening a clause goes on with a sentence of targets */
	{"上半年地区生产总值增长6.1%，高于目标2.1个百分点。",
	 "增长6.1%=增长6.1%/change;高于目标2.1个百分点=比目标高2.1个百分点/change;"},
	/* b42: a plan's deadline after what it proposes plans, the base year's value does not */
	{"《规划》提出,到2025年,比重从2020年的7.8%提高到10%,比例由2020年底的48.3%提高到60%。",
	 "7.8%=7.8%/level;10%=10%/target;48.3%=48.3%/level;60%=60%/target;"},
	{"到2025年底全市共有学校10所。", "10所=10所/level;"},
	/* a result set against the plan (超…计划, 完成…目标) plans nothing, 确保完成 does */
	{"公路投资达421亿元,超年度计划5%。全年建成公路228公里。",
	 "421亿元=421亿元/level;5%=5%/level;228公里=228公里/level;"},
	{"确保完成年度目标300公里。", "300公里=300公里/target;"},
	/* a heading of pledges (实事) plans; a byline keeps the section; 本报X讯 opens an article */
	{"2019年为民兴办10件实事\n日报记者魏奇峰\n一是新建和改扩建中小学20所,完成13万名农村妇女检查和500名妇女救助。\n",
	 "20所=20所/target;13万名=13万名/target;500名=500名/target;"},
	{"主要预期目标是:增长6%。\n2024年03月01日\n今年我市计划新建中小学28所\n本报济宁讯 2023年我市新建幼儿园32所。\n",
	 "增长6%=增长6%/target;28所=28所/target;32所=32所/level;"},
	/* b44: a five-year plan's period (十四五期间, 时期) with 将 or 要, a year alone before 将,
	 * 计划完成 with its object; the rates compared in a bracket after a change */
	{"“十四五”期間,延安將新建項目,高速公路通車里程將達到1300公里以上。“十三五”期間,公路總里程達到21036公里。",
	 "1300公里以上=1300公里以上/target;21036公里=21036公里/level;"},
	{"该规划提出,十四五时期,江苏要实现人均体育场地面积达到3.6平方米。", "3.6平方米=3.6平方米/target;"},
	{"李小鹏表示,2019年,交通运输行业将完成投资1.8万亿元左右。2018年,全市完成投资500亿元。",
	 "1.8万亿元左右=1.8万亿元左右/target;500亿元=500亿元/level;"},
	{"“十四五”期間,計劃完成投資700億元以上。计划完成情况较好,完成投资500亿元。",
	 "700億元以上=700亿元以上/target;500亿元=500亿元/level;"},
	{"零售总额增长11.0%(全国10.7%、全省10.1%);进口下降8%(全国-13.2%,全省-10.8%)。",
	 "增长11.0%=增长11.0%/change;10.7%=增长10.7%/change;10.1%=增长10.1%/change;下降8%=下降8%/change;-13.2%=降幅13.2%/change;-10.8%=降幅10.8%/change;"},
	/* a rate right after an abbreviation of two letters or more is a figure (占GDP2%以上);
	 * PM2.5 and 5G stay names */
	{"全省体育产业增加值占GDP2%以上。PM2.5浓度下降5%。", "2%以上=2%以上/level;下降5%=下降5%/change;"},
	{"确保全年粮食总产达到6万吨。二是减少贫困人口。综合开展扶贫工作,全年实现8500人稳定脱贫。",
	 "6万吨=6万吨/target;8500人=8500人/target;"},
};

void
test_opened_round23(void)
{
	ut_check_forms(cases, UT_COUNT(cases));
	ut_check_rows_each(xcases, UT_COUNT(xcases));
}
