/*
 * test_opened_round29.c: stop 34's classes from the opened batches b167, b168 and b170, each
 * read by a rule, our own sentences, both sides of every rule.  The type: a cap or a floor
 * named (上限为, 为上限, 下限为, 为下限), 超越, totals (总计 合计 共计) and 现价 before a change verb,
 * 实为, 要 before 达, 发展到, 分别 before 稳定在, an unnamed holder after 比 and before a comparative.
 * The reader: 实事 only as counted pledges, a deadline before a year's end, 约占 and a whole
 * before 的, 十多 before a magnitude, the unnamed 比…高 in points.  From b175, b176 and b177:
 * a rate noun, its verb and 至 (the rate's new value, a change), 比去年同日, a change restated
 * in brackets in another unit, a rank moved or held (居全市第5位、比上季度上升2位), a task
 * quoted whole (“全年实现各类融资210亿元,新增…”).  From b178: 可比价 and 现价 before a basis, 位列
 * after an amount.  From b184: numbered sub-headings under a heading naming targets.
 */
#include "unit.h"
#include "ind.h"

void		test_opened_round29(void);

#define NO NULL, NULL, NULL, NULL, NULL, 0
static const FormCase cases[] = {
	/* b167: a cap or a floor named before or after the figure */
	{"上限為 6,000 元", "上限为6000元", "6000", "元", "le", "level", BC_NONE},
	{"1,500 元為上限", "1500元为上限", "1500", "元", "le", "level", BC_NONE},
	{"下限为5%", "下限为5%", "5", "%", "ge", "level", BC_NONE},
	{"5%为下限", "5%为下限", "5", "%", "ge", "level", BC_NONE},
	{"上限5%", NO},
	{"將超越1000萬人次", "超越1000万人次", "10000000", "人次", "gt", "level", BC_NONE},
	/* totals and current prices before a change verb; 实为 before a figure */
	{"總計減少15.35%", "减少15.35%", "-15.35", "%", "exact", "change", BC_NONE},
	{"共计增加3万人", "增加3万人", "30000", "人", "exact", "change", BC_NONE},
	{"合计37亿元", "37亿元", "3700000000", "元", "exact", "level", BC_NONE},
	{"现价增长3.6%", "增长3.6%", "3.6", "%", "exact", "change", BC_NONE},
	{"现价3.6%", NO},
	{"實為155,310人", "155310人", "155310", "人", "exact", "level", BC_NONE},
	{"实为增长5%", NO},
	/* b168: 要 before 达, 发展到, 分别 before 稳定在 */
	{"要达2750亿元", "达2750亿元", "275000000000", "元", "exact", "level", BC_NONE},
	{"要增长5%", NO},
	{"发展到400家", "400家", "400", "家", "exact", "level", BC_NONE},
	{"发展400家", NO},
	{"分别稳定在100万亩以上", "100万亩以上", "1000000", "亩", "ge", "level", BC_NONE},
	/* b170: an unnamed holder after 比, then a comparative before points: the difference */
	{"比棗莊市常住人口城鎮化率高3個百分點", "高出3个百分点", "3", "个百分点", "exact", "change", BC_NONE},
	{"较全州平均增速低0.5个百分点", "降低0.5个百分点", "-0.5", "个百分点", "exact", "change", BC_NONE},
	{"比全省高3个百分点", "比全省高3个百分点", "3", "个百分点", "exact", "change", BC_REFERENCE},
	{"比淮北高3亿元", NO},
	{"比增速高5%", NO},
	{"高于當年滕州市戶籍人口城鎮化率11.87個百分點", "高出11.87个百分点", "11.87", "个百分点", "exact",
	 "change", BC_NONE},
	{"高于当年滕州市户籍人口城镇化率与常住人口城镇化率1个百分点", NO},	/* 23 characters */
	/* b175: a rate noun (增速, a noun in 幅), its verb and 至: the rate's new value, a change;
	 * 成长率 (a headline rate) and a verb alone stay the level reached */
	{"升幅收窄至3.73%", "升幅3.73%", "3.73", "%", "exact", "change", BC_NONE},
	{"降幅收窄至2.1%", "降幅2.1%", "-2.1", "%", "exact", "change", BC_NONE},
	{"成長率降至1%以下", "1%以下", "1", "%", "le", "level", BC_NONE},
	{"收窄至3.3%", "3.3%", "3.3", "%", "exact", "level", BC_NONE},
	/* b178: at comparable or current prices before a basis or a change word */
	{"可比价同比增长5.1%", "同比增长5.1%", "5.1", "%", "exact", "change", BC_YOY},
	{"可比价增长1.0%", "增长1.0%", "1.0", "%", "exact", "change", BC_NONE},
	{"现价同比增长5%", "同比增长5%", "5", "%", "exact", "change", BC_YOY},
	{"可比价5%", NO},
	/* b187: 去年度 (a budget's last year) as 上年度 */
	{"比去年度增加65.48亿元", "比上年度增加65.48亿元", "6548000000", "元", "exact", "change", BC_PREV_YEAR},
	{"较去年度增加0.65亿元", "比上年度增加0.65亿元", "65000000", "元", "exact", "change", BC_PREV_YEAR},
	/* b177: the same day last year as the same period */
	{"比去年同日增長6.4%", "比去年同期增长6.4%", "6.4", "%", "exact", "change", BC_YOY},
};

static const RowsCase xcases[] = {
	/* b170: 干实事 in a slogan plans nothing; counted pledges still do */
	{"2013年统计公报\n2014年3月18日\n2013年,按照“鼓实劲、谋实招、干实事、求实效”的总体要求,全区经济稳中有进。\n"
	 "一、综合经济\n全区实现地区生产总值540亿元,较上年增长12.5%。\n",
	 "540亿元=540亿元/level;较上年增长12.5%=较上年增长12.5%/change;"},
	{"县政府2025年度十件民生实事项目正式出炉!\n一、村内基础设施提升工程\n硬化道路10万平方米。\n",
	 "10万平方米=10万平方米/target;"},
	/* b168: a deadline before the end of a year to come plans its clause and the next */
	{"今年年底前,全市快递服务通达率达80%以上;2025年年底前,普及率达到95%。\n",
	 "80%以上=80%以上/target;95%=95%/target;"},
	{"2030年统计公报\n2013年年底前,全市建成公园5个。\n", "5个=5个/level;"},
	/* b167: 约占 and a whole before 的 keep the qualifier */
	{"内部税收达到2440亿元,约占一般收入总额的70%。", "2440亿元=2440亿元/level;约占一般收入总额的70%=约70%/level;"},
	/* b167: more than ten of a magnitude is found; 十多个 is a word */
	{"年年增加负债十多亿元,新增十多个。", "十多亿元=10多亿元/level;"},
	/* b170: 比, an unnamed holder and 高 before points: the difference (its row takes in 比
	 * and the holder since stop 43) */
	{"城镇化率为60.16%,比枣庄市常住人口城镇化率高3个百分点。",
	 "60.16%=60.16%/level;比枣庄市常住人口城镇化率高3个百分点=高出3个百分点/change;"},
	/* b177: a change restated in brackets in another unit of its dimension is that change; a
	 * level's restatement stays a level */
	{"播种面积26438千公顷(39657万亩),比2020年增加265.5千公顷(398.2万亩),增长1.0%。",
	 "26438千公顷=26438千公顷/level;39657万亩=39657万亩/level;比2020年增加265.5千公顷=比2020年增加265.5千公顷/change;"
	 "398.2万亩=比2020年增加398.2万亩/change;增长1.0%=增长1.0%/change;"},
	{"增长5%(3亿元)。", "增长5%=增长5%/change;3亿元=3亿元/level;"},
	/* b176: a rank moved or held after a ranking is no figure; a count after one is */
	{"增速居全市第5位、比上季度上升2位,居全市第1位、与上季度持平。排名上升2位。居全省第2位,培训农民1.2万名,产量与上年持平。",
	 "1.2万名=1.2万名/level;与上年持平=比上年持平/change;"},
	/* b184: numbered sub-headings (一、…) plan under a heading naming targets; under a numbered
	 * heading that looks back, its parts ((一)…) report */
	{"上年工作回顾\n2022年乡村振兴重点工作目标任务\n一、全力确保粮食安全\n粮食播种面积不低于4.11万亩。\n二、稳产保供\n肉类总产量不低于3000吨。\n",
	 "不低于4.11万亩=不低于4.11万亩/target;不低于3000吨=不低于3000吨/target;"},
	{"2008年国民经济和社会发展计划\n一、2007年计划执行情况\n(一)产业加快发展\n全年实现工业增加值1055.18亿元,增长22.1%。\n",
	 "1055.18亿元=1055.18亿元/level;增长22.1%=增长22.1%/change;"},
	/* b196: (一) parts under a 一、 heading naming targets plan; under a 一、 looking back they report;
	 * b194: rank moves after 排名, a list of ranks, a signed rank in brackets, the count of the
	 * group a rank is given in */
	{"2024年度工作计划\n一、总体要求\n加快推进生态文明建设。\n二、主要目标\n(一)大力发展生态经济\n秸秆综合利用率≥97%。\n三、2023年工作回顾\n(一)经济发展\n全年生产总值500亿元。\n",
	 "≥97%=≥97%/target;500亿元=500亿元/level;"},
	{"综合排名再进6位,跃居全省80个县的第23位。人均生产总值32020元,分别居全省第41位、52位。增速(-19位)。在全省47个三类县中排第18名。新增企业47个。",
	 "32020元=32020元/level;47个=47个/level;"},
	/* b192: 其中 after a planning sentence without figures plans; after a report it reports */
	{"根据规划,到2025年,中国将基本建立资源循环型产业体系。其中,主要资源产出率比2020年提高约20%,大宗固废综合利用率达到60%。",
	 "比2020年提高约20%=比2020年提高约20%/target;60%=60%/target;"},
	{"2019年全市生产总值500亿元。其中,工业增加值200亿元。", "500亿元=500亿元/level;200亿元=200亿元/level;"},
	/* b178: 位列, 位居 after an amount are its rank, 位 no unit */
	{"哈尔滨以50.93亿位列全省第一,全县有4位院士。", "50.93亿=50.93亿/level;4位=4位/level;"},
	/* b176: a task quoted whole (a clause mark inside the quotes) is text; a short name is not */
	{"分别为“全年实现各类融资210亿元,新增金融机构2家”。实施“5个1”工程。",
	 "210亿元=210亿元/level;2家=2家/level;"},
};

void
test_opened_round29(void)
{
	ut_check_forms(cases, UT_COUNT(cases));
	ut_check_rows_each(xcases, UT_COUNT(xcases));
}
