/*
 * test_opened_round37.c: stop 42's classes from the opened batches, each read by a rule, our
 * own sentences, both sides of every rule.  The reader, b429: a review's 年初 between the
 * comparison and the plan word (低于年初预期目标) measures a result; the goal's own figure in a
 * bracket right after 目标 is the target; 今年要 ending its clause with a colon introduces the
 * year's tasks (主要 and 重要 are no modal), and a short bracketed remark after the colon
 * (以下是节选) still leaves the list on the lines below.
 */
#include "unit.h"
#include <string.h>
#include "ind.h"

void		test_opened_round37(void);

static const RowsCase xcases[] = {
	/* b429: 年初 between a comparison and 预期目标: the gap is a result; the bracketed figure
	 * after 目标 is the goal itself */
	{"投资增长5.8%，低于年初预期目标(10%)4.2个百分点。",
	 "增长5.8%=增长5.8%/change;10%=10%/target;4.2个百分点=降低4.2个百分点/change;"},
	{"投资增长5.8%，低于预期4.2个百分点。",
	 "增长5.8%=增长5.8%/change;低于预期4.2个百分点=比预期低4.2个百分点/change;"},
	/* b429: 今年要…： introduces the year's tasks, even with a remark in a bracket after the
	 * colon; 主要有： after 今年 does not (b251: the industries that fell) */
	{"今年要做好十方面的工作:(以下是节选)\n一是做大煤焦。使全市煤炭总产量达到1.5亿吨以上。",
	 "1.5亿吨以上=1.5亿吨以上/target;"},
	{"今年要做好以下工作：\n建成公园5个。", "5个=5个/target;"},
	{"今年第三季生产量下跌的行业主要有：纺织制品业，下跌13.2%。",
	 "下跌13.2%=下跌13.2%/change;"},
	{"今年这1万多亿元的投资投向主要在4个领域：\n一是防洪工程。完成投资1921亿元。",
	 "1万=1万/level;1921亿元=1921亿元/level;"},
};

void
test_opened_round37(void)
{
	for (size_t i = 0; i < sizeof(xcases) / sizeof(xcases[0]); i++)
		ut_check_rows(&xcases[i]);
}
