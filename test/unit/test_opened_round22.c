/*
 * test_opened_round22.c: the classes blind batches 26 and 27 missed at their first run, each
 * read by a rule, our own sentences, both sides of every rule: 变动 (a change whose direction
 * is its sign) and 修订为/修订至 (revised to) after a rate noun, 达至 as 达到, 同口径 before a
 * verb; in the reader, a rate in brackets right after a change, a plan word closing a name in
 * quotes, a count with a measure word before 以上 and its noun, a cap on a price index in
 * percent, and how many of a ranking are named (最低3名).  Then from b9 and b15 (opened in the
 * same round): a run below 萬 written digit by digit, 首季 and 今年 in a basis, 同期间, 零成长,
 * the words between a rate noun and its copula (相应, a note in brackets, 则 均 分别), and 陸
 * before Arabic digits in the reader.  Then from b30 (plans): a heading saying what was done,
 * 目标 before an ASCII colon and blank lines before a list's first item, 实现预期目标, a plan
 * word after a figure's 的 or right before its number, and 到 a year then 将.
 */
#include "unit.h"
#include "ind.h"

void		test_opened_round22(void);

#define NO NULL, NULL, NULL, NULL, NULL, 0
static const FormCase cases[] = {
	{"實質變動修訂為 -21.4%", "降幅21.4%", "-21.4", "%", "exact", "change", BC_NONE},
	{"按年實質變動分別修訂至32.3%", "按年变动32.3%", "32.3", "%", "exact", "change", BC_YOY},
	{"变动率为-3%", "降幅3%", "-3", "%", "exact", "change", BC_NONE},
	{"增速修正为5.2%", "增速5.2%", "5.2", "%", "exact", "change", BC_NONE},
	{"修订为5%", "5%", "5", "%", "exact", "level", BC_NONE},	/* revised to (at the start since stop 30) */
	{"变动", NO},
	{"達至3582億港元", "达到3582亿港元", "358200000000", "港元", "exact", "level", BC_NONE},
	{"达至", NO},
	{"同口徑增長9%", "增长9%", "9", "%", "exact", "change", BC_NONE},
	{"同比同口径增长9%", "同比增长9%", "9", "%", "exact", "change", BC_YOY},
	{"同口径9%", NO},
	{"同口增长9%", NO},
	/* from b9 and b15, opened after this round's first rules: a run below 萬 written digit
	 * by digit after a lone digit (positional words before it stay an error, as before) */
	{"增加三萬五九一五人", "增加3.5915万人", "35915", "人", "exact", "change", BC_NONE},
	{"三萬○九一五人", "3.0915万人", "30915", "人", "exact", "level", BC_NONE},
	{"三萬五九人", NO},
	/* 首季 is 一季度; 今年 before a named period is read and not kept; 同期间 is 同期 */
	{"較今年首季跌6.97%", "比一季度跌6.97%", "-6.97", "%", "exact", "change", BC_NAMED_PERIOD},
	{"比首季度增长5%", "比一季度增长5%", "5", "%", "exact", "change", BC_NAMED_PERIOD},
	{"比今年1-5月回落1个百分点", "比1-5月回落1个百分点", "-1", "个百分点", "exact", "change", BC_NAMED_PERIOD},
	{"比今年增长5%", NO},
	{"比首都增长5%", NO},
	{"較上年同期間減少12,261人", "较上年同期减少12261人", "-12261", "人", "exact", "change", BC_YOY},
	/* 零成长: the verb 成长, not 成 = 10 % */
	{"零成長", "成长0", "0", "", "exact", "change", BC_NONE},
	{"三成为", NO},
	/* between a rate noun and its copula: 相应(的) before it, a note in brackets after it, and
	 * up to three of 也 亦 都 仍 则 均 分别 */
	{"相應的升幅均爲0.1%", "升幅0.1%", "0.1", "%", "exact", "change", BC_NONE},
	{"相應升幅則分別爲8.9%", "升幅8.9%", "8.9", "%", "exact", "change", BC_NONE},
	{"同比升幅(即基本通脹率)爲1.7%", "同比升幅1.7%", "1.7", "%", "exact", "change", BC_YOY},
	{"升幅(3)为5%", NO},
	{"升幅(即通胀率)5%", NO},
	{"相应5%", NO},
	/* the opened batches' remaining type misses: 约…上下 said twice, 在/将/预期 before the
	 * number, energy in MWh/GWh/TWh */
	{"約落在 3% 上下", "约3%", "3", "%", "approx", "level", BC_NONE},
	{"约3%左右", "约3%", "3", "%", "approx", "level", BC_NONE},
	{"近3%左右", NO},
	{"约3%以上", NO},
	{"在5%左右", "5%左右", "5", "%", "approx", "level", BC_NONE},
	{"在", NO},
	{"将达到3.5万亿元", "达到3.5万亿元", "3500000000000", "元", "exact", "level", BC_NONE},
	{"将近3万人", "将近3万人", "30000", "人", "approx_below", "level", BC_NONE},
	{"将5亿元", NO},
	{"預期3%以內", "3%以内", "3", "%", "le", "level", BC_NONE},
	{"達35GWh", "达35GWh", "35", "GWh", "exact", "level", BC_NONE},
	{"1.5TWh", "1.5TWh", "1.5", "TWh", "exact", "level", BC_NONE},
};

static const RowsCase xcases[] =
{
	/* a rate in brackets right after a change is its rate; after a level it stays a level */
	{"人口較107年底增加1.2千人(15.0%)。", "較107年底增加1.2千人=比2018年末增加1.2千人/change;15.0%=增加15.0%/change;"},
	{"人口为400万人(15.0%)。", "400万人=400万人/level;15.0%=15.0%/level;"},
	{"人口增加1.2千人，(15.0%)。", "增加1.2千人=增加1.2千人/change;15.0%=15.0%/level;"},
	/* a plan word that closes a name in quotes does not plan; unquoted it does */
	{"支出由於“生活補貼計劃”措施完結而下跌6.4%。", "下跌6.4%=下跌6.4%/change;"},
	{"实施《乡村振兴计划》，粮食产量增长5%。", "增长5%=增长5%/change;"},
	{"今年计划投资增长8%。", "增长8%=增长8%/target;"},
	/* a count with a measure word before 以上 counts the noun after it; other units class it */
	{"计划招引20个以上过亿项目。", "20个以上=20个以上/target;"},
	{"引进3家以上银行。", "3家以上=3家以上/level;"},
	{"100人以上企业30家。50亿元以上项目12个。", "30家=30家/level;12个=12个/level;"},
	/* a cap on a price index in percent caps its rise; other caps stay as read */
	{"主要预期目标是：居民消费价格指数控制在3.5%以内，城镇登记失业率控制在4%以内。",
	 "3.5%以内=涨幅3.5%以内/target;4%以内=4%以内/target;"},
	{"全年CPI控制在3%左右。物价总水平控制在3%。", "3%左右=涨幅3%左右/change;3%=涨幅3%/change;"},
	{"价格调整后控制在5%以内。", "5%以内=5%以内/level;"},
	/* how many of a ranking are named: no figure */
	{"最高前3名分別為烏來區10.26‰，最低3名則為平溪區3.04‰，後5名為林口區。",
	 "10.26‰=10.26‰/level;3.04‰=3.04‰/level;"},
	{"共有3名代表。", "3名=3名/level;"},
	/* 陸 (the financial numeral 陆) before Arabic digits starts no numeral that swallows them:
	 * 417 萬 2,704 was read as 704 */
	{"中國大陸 417 萬 2,704 人次、香港 169 萬人次。",
	 "417 萬 2,704 人次=417.2704万人次/level;169 萬人次=169万人次/level;"},
	{"較上年同月增加三萬五九一五人。", "較上年同月增加三萬五九一五人=比上年同月增加3.5915万人/change;"},
	/* zero growth is a change of 0 */
	{"出口零成長。零售额零增长。零下5度。", "零成長=成长0/change;零增长=增长0/change;5度=5度/level;"},
	/* the type's words between a rate noun and its link, in the reader too */
	{"食品相應升幅則爲0.1%。整體同比升幅(即基本通脹率)爲1.7%。升幅則分別爲1.8%、1.7%。",
	 "升幅則爲0.1%=升幅0.1%/change;升幅(即基本通脹率)爲1.7%=升幅1.7%/change;1.8%=升幅1.8%/change;1.7%=升幅1.7%/change;"},
	{"出口(美元)为5亿。", "5亿=5亿/level;"},
	/* from b30 (plans), opened after its first run: a heading that says what was done (了)
	 * looks back; one naming tasks plans */
	{"去年GDP增長4.9%\n牢牢守住了底線任務\n全年地區生產總值增長4.9%。\n",
	 "增長4.9%=增长4.9%/change;增長4.9%=增长4.9%/change;"},
	{"去年GDP增長4.9%\n今年主要任务\n全年地區生產總值增長5%。\n",
	 "增長4.9%=增长4.9%/change;增長5%=增长5%/target;"},
	/* 目标 before an ASCII colon plans; blank lines before the first item end no list, one
	 * after an item does */
	{"“八个新”的确切目标:\n\n年均增长6%左右。\n\n工业增加值增长5%。\n",
	 "年均增长6%左右=年均增长6%左右/target;增长5%=增长5%/change;"},
	/* 实现预期目标 reports a result; a plan word after a figure and 的, or right before the
	 * number, names that figure alone */
	{"收入增长6%左右,实现预期目标。", "增长6%左右=增长6%左右/change;"},
	{"好于下降7%的预期;居民收入增长6%左右。", "下降7%=下降7%/target;增长6%左右=增长6%左右/change;"},
	{"失业率3.52%,控制在预期4.2%以内;物价涨幅1.1%。",
	 "3.52%=3.52%/level;4.2%以内=4.2%以内/target;涨幅1.1%=涨幅1.1%/change;"},
	{"预期增长6%。", "增长6%=增长6%/target;"},
	/* 到 a year, then 将: a deadline plans; 到 a year alone reports */
	{"到2025年地区生产总值将达到3.5万亿元。到2025年底全市共有学校10所。",
	 "3.5万亿元=3.5万亿元/target;10所=10所/level;"},
	/* 今年…要求 plans as 今年…将; this year to date (今年以来, 今年1-5月) does not */
	{"对于今年政府工作要求,会议提出,地区生产总值增长6%,城镇新增就业60万人以上。",
	 "增长6%=增长6%/target;60万人以上=60万人以上/target;"},
	{"今年以来,全市将新增就业5万人。今年1-5月将增长3%。", "5万人=5万人/level;增长3%=增长3%/change;"},
};

void
test_opened_round22(void)
{
	ut_check_forms(cases, UT_COUNT(cases));
	ut_check_rows_each(xcases, UT_COUNT(xcases));
}
