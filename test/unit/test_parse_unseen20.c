/*
 * test_parse_unseen20.c: forms helper tune20 rebuilt by rule (each from example sentences of
 * its own, not from a held-out batch): copulas 是/共/共计/折合 before an amount; 占/佔/比重
 * before a share read as 占比; Taiwan's and Hong Kong's 年升/年跌/月升/月跌; 相较 as 较; the
 * adverbs 可比/累积 and an adverb before a rate noun (累计增幅为5% was misread as the level
 * 5%); a rate noun before 高于/低于 a basis; 半成 and 半个百分点; 未满; and, from the seen
 * batch b14, 分别/均 before a qualifier or copula, 分别为 after a rate noun, 目标为 after a
 * verb and a parenthetical between the amount and its suffix qualifier.  Both sides of every
 * rule; the fast path agrees.
 */
#include "unit.h"
#include "ind.h"

#include <string.h>

void		test_parse_unseen20(void);

#define NO NULL, NULL, NULL, NULL, NULL, 0
static const FormCase cases[] = {
	/* copulas 是 共 共计 折合 before the amount: read, not kept; not before change words */
	{"是5.3亿元", "5.3亿元", "530000000", "元", "exact", "level", BC_NONE},
	{"是百分之三", "3%", "3", "%", "exact", "level", BC_NONE},
	{"共3万人", "3万人", "30000", "人", "exact", "level", BC_NONE},
	{"共計12.5萬人", "12.5万人", "125000", "人", "exact", "level", BC_NONE},
	{"折合人民币1.2亿元", "1.2亿人民币", "120000000", "人民币", "exact", "level", BC_NONE},
	{"折合10209美元", "10209美元", "10209", "美元", "exact", "level", BC_NONE},
	{"折合约1.4万美元", "约1.4万美元", "14000", "美元", "approx", "level", BC_NONE},
	{"是增长5%", NO},
	{"共同比增长5%", NO},
	{"共", NO},
	{"折合", NO},
	{"是是3%", NO},
	/* 占 佔 比重 before a share: read as 占比; not with a change word, not before other words */
	{"占30%", "占比30%", "30", "%", "exact", "level", BC_NONE},
	{"佔30.4%", "占比30.4%", "30.4", "%", "exact", "level", BC_NONE},
	{"占近三成", "占比近3成", "3", "成", "approx_below", "level", BC_NONE},
	{"占约30%", "占比约30%", "30", "%", "approx", "level", BC_NONE},
	{"比重为30%", "占比30%", "30", "%", "exact", "level", BC_NONE},
	{"比重达到45.2%", "占比45.2%", "45.2", "%", "exact", "level", BC_NONE},
	{"比重30%", "占比30%", "30", "%", "exact", "level", BC_NONE},
	{"约占30%", "约占30%", "30", "%", "approx", "level", BC_NONE},
	{"占全省30%", "占比30%", "30", "%", "exact", "level", BC_NONE},	/* the whole read, not kept (stop 30) */
	/* stop 28: a share's change in points is that change (b33's labellers); in % an error */
	{"比重提高2个百分点", "提高2个百分点", "2", "个百分点", "exact", "change", BC_NONE},
	{"比重增长3%", NO},
	{"占增长5%", NO},
	{"占", NO},
	/* Taiwan and Hong Kong: 年升 年跌 月升 月跌, as 年增 年减 */
	{"年升3%", "年升3%", "3", "%", "exact", "change", BC_NONE},
	{"年跌1.2%", "年跌1.2%", "-1.2", "%", "exact", "change", BC_NONE},
	{"月升0.5個百分點", "月升0.5个百分点", "0.5", "个百分点", "exact", "change", BC_NONE},
	{"月跌2%", "月跌2%", "-2", "%", "exact", "change", BC_NONE},
	{"年升", NO},
	{"按年升3%", "按年升3%", "3", "%", "exact", "change", BC_YOY},
	/* 相较 as 较 */
	{"相较上年增长5%", "较上年增长5%", "5", "%", "exact", "change", BC_PREV_YEAR},
	{"相較去年同期下降3%", "较去年同期下降3%", "-3", "%", "exact", "change", BC_YOY},
	{"相较2020年增长5%", "比2020年增长5%", "5", "%", "exact", "change", BC_NAMED_PERIOD},
	{"相较全国高1个百分点", "比全国高1个百分点", "1", "个百分点", "exact", "change", BC_REFERENCE},
	{"相较3%", NO},
	/* adverbs 可比 累积 before a verb; an adverb before a rate noun (was the level 5%) */
	{"可比增长5%", "增长5%", "5", "%", "exact", "change", BC_NONE},
	{"累积增长5%", "增长5%", "5", "%", "exact", "change", BC_NONE},
	{"累積增長5%", "增长5%", "5", "%", "exact", "change", BC_NONE},
	{"累计增幅为5%", "增幅5%", "5", "%", "exact", "change", BC_NONE},
	{"累计降幅比1-9月收窄0.3个百分点", "比1-9月降幅收窄0.3个百分点", "0.3", "个百分点", "exact", "change", BC_NAMED_PERIOD},
	{"累计增速-2.1%", "降幅2.1%", "-2.1", "%", "exact", "change", BC_NONE},
	{"累计分别增长5%", "增长5%", "5", "%", "exact", "change", BC_NONE},
	{"可比5%", NO},
	{"累积为5%", NO},
	/* a rate noun before 高于/低于 a basis: the change against it; before a number, the qualifier */
	{"增速高于全国0.5个百分点", "比全国高0.5个百分点", "0.5", "个百分点", "exact", "change", BC_REFERENCE},
	{"涨幅高于上年0.8个百分点", "比上年高0.8个百分点", "0.8", "个百分点", "exact", "change", BC_PREV_YEAR},
	{"增速低于全省1.2个百分点", "比全省低1.2个百分点", "-1.2", "个百分点", "exact", "change", BC_REFERENCE},
	{"增速低于3%", "增速低于3%", "3", "%", "lt", "change", BC_NONE},
	{"增幅高于5%", "增幅高于5%", "5", "%", "gt", "change", BC_NONE},
	{"降幅高于全国1个百分点", NO},
	/* 半成 = 5 %, 半个百分点 = 0.5 percentage points; 半 of other units is no figure */
	{"半成", "0.5成", "0.5", "成", "exact", "level", BC_NONE},
	{"近半成", "近0.5成", "0.5", "成", "approx_below", "level", BC_NONE},
	{"下降半成", "下降0.5成", "-0.5", "成", "exact", "change", BC_NONE},
	{"半个百分点", "0.5个百分点", "0.5", "个百分点", "exact", "level", BC_NONE},
	{"提高半个百分点", "提高0.5个百分点", "0.5", "个百分点", "exact", "change", BC_NONE},
	{"半個百分點", "0.5个百分点", "0.5", "个百分点", "exact", "level", BC_NONE},
	{"半年", NO},
	{"半个月", NO},
	{"半", NO},
	{"半%", NO},
	/* 未满 as 不满 */
	{"未满18岁", "未满18岁", "18", "岁", "lt", "level", BC_NONE},
	{"未滿1萬元", "未满1万元", "10000", "元", "lt", "level", BC_NONE},
	{"未满", NO},
	/* 分别/均 before a qualifier or copula; 分别为 after a rate noun; 目标为 after a verb */
	{"分别突破300亿元", "突破300亿元", "30000000000", "元", "ge", "level", BC_NONE},
	{"均为3%", "3%", "3", "%", "exact", "level", BC_NONE},
	{"分别达到5%", "达到5%", "5", "%", "exact", "level", BC_NONE},
	{"均超过1万人", "超过1万人", "10000", "人", "gt", "level", BC_NONE},
	{"分别", NO},
	{"均", NO},
	{"分别增长", NO},
	{"增速分别为-3.2%", "降幅3.2%", "-3.2", "%", "exact", "change", BC_NONE},
	{"增速分别为70.3%", "增速70.3%", "70.3", "%", "exact", "change", BC_NONE},
	{"增幅均达5%", "增幅5%", "5", "%", "exact", "change", BC_NONE},
	{"增长目标为7.5%以上", "增长7.5%以上", "7.5", "%", "ge", "change", BC_NONE},
	{"增長預期目標為5%左右", "增长5%左右", "5", "%", "approx", "change", BC_NONE},
	{"下降目标为3%", "下降3%", "-3", "%", "exact", "change", BC_NONE},
	{"增速目标为5%", "增速5%", "5", "%", "exact", "change", BC_NONE},
	{"增长目标", NO},
	{"增长为5%", "5%", "5", "%", "exact", "level", BC_NONE},
	/* a parenthetical without digits between the amount and a suffix qualifier */
	{"1700億元(人民幣,下同)以上", "1700亿元以上", "170000000000", "元", "ge", "level", BC_NONE},
	{"1700亿元（人民币，下同）以上", "1700亿元以上", "170000000000", "元", "ge", "level", BC_NONE},
	{"1700亿元(人民币)", NO},
	{"1700亿元(约合250亿美元)以上", NO},
	{"1700亿元()以上", NO},
	{"1700亿元(人民币以上", NO},
};

void
test_parse_unseen20(void)
{
	ut_check_forms(cases, UT_COUNT(cases));
}
