/*
 * test_opened_round22.c: the classes blind batches 26 and 27 missed at their first run, each
 * read by a rule, our own sentences, both sides of every rule: 变动 (a change whose direction
 * is its sign) and 修订为/修订至 (revised to) after a rate noun, 达至 as 达到, 同口径 before a
 * verb; in the reader, a rate in brackets right after a change, a plan word closing a name in
 * quotes, a count with a measure word before 以上 and its noun, a cap on a price index in
 * percent, and how many of a ranking are named (最低3名).
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
	{"修订为5%", NO},				/* revised to: a copula after a rate noun only */
	{"变动", NO},
	{"達至3582億港元", "达到3582亿港元", "358200000000", "港元", "exact", "level", BC_NONE},
	{"达至", NO},
	{"同口徑增長9%", "增长9%", "9", "%", "exact", "change", BC_NONE},
	{"同比同口径增长9%", "同比增长9%", "9", "%", "exact", "change", BC_YOY},
	{"同口径9%", NO},
	{"同口增长9%", NO},
};

static const struct
{
	const char *doc;
	const char *rows;
}			xcases[] =
{
	/* a rate in brackets right after a change is its rate; after a level it stays a level */
	{"人口較107年底增加1.2千人(15.0%)。", "增加1.2千人=增加1.2千人/change;15.0%=增加15.0%/change;"},
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
};

void
test_opened_round22(void)
{
	char		got[4096];

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		ut_check_form(&cases[i]);
	for (size_t i = 0; i < sizeof(xcases) / sizeof(xcases[0]); i++)
		CHECK_STR(ut_extract_rows(xcases[i].doc, got, sizeof(got)), xcases[i].rows,
				  "rows of \"%s\"", xcases[i].doc);
}
