/*
 * test_opened_round28.c: stop 33's classes, each read by a rule, our own sentences, both
 * sides of every rule.  The reader, from the opened batches' misses (b9, b15, b45, b65, b73,
 * b96): a growth-rate noun of three characters linked to its number by one character
 * (增加率為1.91%, 成長率爲1.5%) is the change, as the type reads it; 经济成长率 and 通胀率
 * linked so stay the headline level.  From b54, b80, b86, b90: a rate noun right before
 * percentage points after a comparison with another holder (低于全州增速0.3个百分点) is the
 * holder's rate: the row is the difference, down after 低于/慢于/落后.
 */
#include "unit.h"
#include "ind.h"

void		test_opened_round28(void);

static const RowsCase xcases[] = {
	/* a growth-rate noun and one linking character: the change */
	{"全年人口增加率為1.91%，住宅用電成長率爲-2.6%。",
	 "增加率為1.91%=增加率1.91%/change;成長率爲-2.6%=降幅2.6%/change;"},
	{"人口增加率為千分之3.25。", "增加率為千分之3.25=增加率3.25‰/change;"},
	/* …but the economy's growth rate and inflation so linked stay the headline level */
	{"经济成长率为4.2%,整体通胀率为1.5%。", "4.2%=4.2%/level;1.5%=1.5%/level;"},
	/* the other holder's rate noun before percentage points is not the row's change */
	{"增速低于全州增速0.3个百分点。", "0.3个百分点=降低0.3个百分点/change;"},
	{"全年增长5.5%，低于GDP增幅6.8个百分点。",
	 "增长5.5%=增长5.5%/change;6.8个百分点=降低6.8个百分点/change;"},
	{"全县增速高于全州增速0.1个百分点。", "0.1个百分点=高出0.1个百分点/change;"},
	/* with no comparison before it the noun is the row's own (增速 is the change) */
	{"全县增速0.1个百分点。", "增速0.1个百分点=增速0.1个百分点/change;"},
};

void
test_opened_round28(void)
{
	for (size_t i = 0; i < sizeof(xcases) / sizeof(xcases[0]); i++)
		ut_check_rows(&xcases[i]);
}
