/*
 * test_opened_round38.c: stop 43's classes from the opened batches, each read by a rule, our
 * own sentences, both sides of every rule.  b441: a change verb and 幅度 or 比率 (增长幅度为,
 * 減少比率為) name the size of that change, as 增幅 does: 为 after them is their copula, not
 * the "to" of a level reached.
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
};

static const RowsCase xcases[] = {
	/* b441: the reader takes the verb, 幅度/比率 and the copula before the number */
	{"地区生产总值累计增長幅度為 21.3%，年均增長比率為5.9%。",
	 "增長幅度為 21.3%=增长21.3%/change;增長比率為5.9%=增长5.9%/change;"},
	{"波动幅度为2%。", "2%=2%/level;"},	/* 波动 is no change verb */
};

void
test_opened_round38(void)
{
	ut_check_forms(cases, UT_COUNT(cases));
	ut_check_rows_each(xcases, UT_COUNT(xcases));
}
