/*
 * test_opened_round35.c: stop 40's classes from the opened batches, each read by a rule, our
 * own sentences, both sides of every rule.  b356: rates printed without % (增长48,) read as
 * changes without a unit when the text does so twice and its sentence prints no %; b354: a
 * list of counts after a list of names answers each name (not their total).
 */
#include "unit.h"
#include <string.h>
#include "ind.h"

void		test_opened_round35(void);

static const RowsCase xcases[] = {
	/* b356: a communiqué that prints its rates without %: changes without a unit */
	{"邮电业务总量74791万元,比上年增长5.2,其中邮政业务总量3367万元,增长48。",
	 "74791万元=74791万元/level;比上年增长5.2=比上年增长5.2/change;3367万元=3367万元/level;增长48=增长48/change;"},
	{"主要预期目标为:地区生产总值增长7.5左右;固定资产投资增长10左右。",
	 "增长7.5左右=增长7.5左右/target;增长10左右=增长10左右/target;"},
	/* one alone, or beside rates printed with %, counts something: no row */
	{"全市新增企业3家,比上年增加1。", "3家=3家/level;"},
	{"出口增长5%,品种增加2,进口增长3。", "增长5%=增长5%/change;"},
	/* a counting verb (新增) or a one-character verb (高) is no lost rate */
	{"全年新增12,净增5。", ""},
	/* a thousands separator after the number is no clause end */
	{"人口增加1,234人,比上年增长2.1,增长3.2。",
	 "增加1,234人=增加1234人/change;比上年增长2.1=比上年增长2.1/change;增长3.2=增长3.2/change;"},
	/* b354: counts after a list of names, one per name, are figures; one count after the
	 * names (等3个城市) is their total and no figure */
	{"预计新签约、新开工、新竣工亿元以上项目160个、100个、60个。",
	 "160个=160个/level;100个=100个/level;60个=60个/level;"},
	{"北京、上海、广州等3个城市。", ""},
};

void
test_opened_round35(void)
{
	for (size_t i = 0; i < sizeof(xcases) / sizeof(xcases[0]); i++)
		ut_check_rows(&xcases[i]);
}
