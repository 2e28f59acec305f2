/*
 * test_parse_unseen18.c: forms of helper tune18's unseen texts (test/extract/read18) the type
 * rejected, each read by a rule for its class: a copula 为 or the 至 of a level reached
 * before the number (为9.2亿元, 至75.4亿元), bases naming a half-year or the average of last
 * year (較去年下半年), 百分之 before a count of percentage points (百分之零點二個百分點), and a
 * plan's 控制在 after change words or before 左右 (涨幅控制在3%左右); and, probed next to
 * the copula, 高达 as the lead 达 (高达3.2% was misread as the change 高3.2%), 仅/仅为, a
 * share's copula (占比为30%), 稳定在/保持在/维持在 and 预计/预期 before a verb.  Both sides of every rule; the fast path agrees.
 */
#include "unit.h"
#include "ind.h"

#include <string.h>

void		test_parse_unseen18(void);

typedef FormCase Case18;	/* unit.h */

#define NO NULL, NULL, NULL, NULL, NULL, 0
static const Case18 cases[] = {
	/* a copula 为 (為) or the 至 of a level reached, before the number: read, not kept */
	{"為9.2億元", "9.2亿元", "920000000", "元", "exact", "level", BC_NONE},
	{"为15016.91亿元", "15016.91亿元", "1501691000000", "元", "exact", "level", BC_NONE},
	{"為百分之四點一", "4.1%", "4.1", "%", "exact", "level", BC_NONE},
	{"為一百三十一萬三千人", "131.3万人", "1313000", "人", "exact", "level", BC_NONE},
	{"為45萬9,000人", "45.9万人", "459000", "人", "exact", "level", BC_NONE},
	{"为约3%", "约3%", "3", "%", "approx", "level", BC_NONE},
	{"至75.4億元", "75.4亿元", "7540000000", "元", "exact", "level", BC_NONE},
	{"至 3%", "3%", "3", "%", "exact", "level", BC_NONE},
	{"至少3%", "至少3%", "3", "%", "ge", "level", BC_NONE},	/* the qualifier */
	{"至多3%", "至多3%", "3", "%", "le", "level", BC_NONE},
	{"为增长5%", NO},			/* not before change words */
	{"为同比增长5%", NO},
	{"为", NO},
	{"至", NO},
	{"为为3%", NO},
	/* 高达 (as high as) is the lead 达, not the comparative 高 with 达 (was misread as a
	 * change); 仅/仅为 (only) read, not kept; a share's copula after 占比 */
	{"高达3.2%", "达3.2%", "3.2", "%", "exact", "level", BC_NONE},
	{"高達1.2萬億元", "达1.2万亿元", "1200000000000", "元", "exact", "level", BC_NONE},
	{"高达约3%", "达约3%", "3", "%", "approx", "level", BC_NONE},
	{"年增率高達17.65%", "年增率17.65%", "17.65", "%", "exact", "change", BC_NONE},
	{"比上年高3%", "比上年高3%", "3", "%", "exact", "change", BC_PREV_YEAR},
	{"高于3%", "高于3%", "3", "%", "gt", "level", BC_NONE},
	{"高达", NO},
	{"仅为3.2%", "3.2%", "3.2", "%", "exact", "level", BC_NONE},
	{"僅3.1%", "3.1%", "3.1", "%", "exact", "level", BC_NONE},
	{"仅增长3%", "增长3%", "3", "%", "exact", "change", BC_NONE},
	{"仅", NO},
	{"仅为", NO},
	{"仅仅3%", NO},
	{"占比为30%", "占比30%", "30", "%", "exact", "level", BC_NONE},
	{"占比高达35%", "占比35%", "35", "%", "exact", "level", BC_NONE},
	{"佔比達到30%", "占比30%", "30", "%", "exact", "level", BC_NONE},
	{"占比为增长3%", NO},
	/* 稳定在/保持在/维持在: the level held, read and not kept (no cap needed); 预计/预期
	 * before a verb (seen texts of read16, r1) */
	{"穩定在507萬噸", "507万吨", "5070000", "吨", "exact", "level", BC_NONE},
	{"保持在5%左右", "5%左右", "5", "%", "approx", "level", BC_NONE},
	{"維持在3%", "3%", "3", "%", "exact", "level", BC_NONE},
	{"稳定在1.3万亿斤以上", "1.3万亿斤以上", "1300000000000", "斤", "ge", "level", BC_NONE},
	{"稳定在", NO},
	{"保持在增长5%", NO},
	{"预计增长5%", "增长5%", "5", "%", "exact", "change", BC_NONE},
	{"預期增長6.5%", "增长6.5%", "6.5", "%", "exact", "change", BC_NONE},
	{"同比预计增长5%", "同比增长5%", "5", "%", "exact", "change", BC_YOY},
	{"预计5%", "5%", "5", "%", "exact", "level", BC_NONE},	/* since stop 27 (b30's 預期3%以內) */
	{"预期", NO},
	/* bases naming a half-year or the average of last year */
	{"較去年下半年增加九千人", "比去年下半年增加9000人", "9000", "人", "exact", "change", BC_NAMED_PERIOD},
	{"較去年下半年減少二千人", "比去年下半年减少2000人", "-2000", "人", "exact", "change", BC_NAMED_PERIOD},
	{"比去年上半年增长3%", "比去年上半年增长3%", "3", "%", "exact", "change", BC_NAMED_PERIOD},
	{"比上年下半年下降1.2%", "比上年下半年下降1.2%", "-1.2", "%", "exact", "change", BC_NAMED_PERIOD},
	{"較去年平均上升0.2個百分點", "比去年平均上升0.2个百分点", "0.2", "个百分点", "exact", "change", BC_NAMED_PERIOD},
	{"比上年平均提高1%", "比上年平均提高1%", "1", "%", "exact", "change", BC_NAMED_PERIOD},
	{"比上半年增长3%", "比上半年增长3%", "3", "%", "exact", "change", BC_NAMED_PERIOD},
	{"较去年下半年3%", NO},		/* a basis needs a change word */
	/* 百分之 before a count of percentage points: the points are the unit */
	{"較去年平均上升百分之零點二個百分點", "比去年平均上升0.2个百分点", "0.2", "个百分点", "exact", "change", BC_NAMED_PERIOD},
	{"較去年同期下降百分之一點一個百分點", "较去年同期下降1.1个百分点", "-1.1", "个百分点", "exact", "change", BC_YOY},
	{"百分之零点二个百分点", "0.2个百分点", "0.2", "个百分点", "exact", "level", BC_NONE},
	{"上升百分之零点五百分点", "上升0.5百分点", "0.5", "百分点", "exact", "change", BC_NONE},
	{"下降百分之零點二", "下降0.2%", "-0.2", "%", "exact", "change", BC_NONE},
	{"百分之五个千分点", NO},
	{"千分之二个百分点", NO},
	{"百分之零点二个百分点个百分点", NO},
	/* 控制在 after change words, and 控制在 … 左右 (a plan's cap) */
	{"涨幅控制在3%左右", "涨幅3%左右", "3", "%", "approx", "change", BC_NONE},
	{"上漲控制在3%左右", "上涨3%左右", "3", "%", "approx", "change", BC_NONE},
	{"降低控制在2%以内", "降低2%以内", "-2", "%", "le", "change", BC_NONE},
	{"控制在3.5%左右", "3.5%左右", "3.5", "%", "approx", "level", BC_NONE},
	{"控制在3%以内", "3%以内", "3", "%", "le", "level", BC_NONE},
	{"涨幅控制在3%", NO},		/* still a cap or 左右 */
	{"控制在3%", NO},
	{"控制在3%以上", NO},
	{"上涨控制在约3%", "上涨约3%", "3", "%", "approx", "change", BC_NONE},	/* 约 as 左右 */
	{"控制在增长3%以内", NO},	/* before the change words: still an error */
	{"控制在", NO},
};

/* the new rules keep their neighbours' messages */
static void
check_messages18(void)
{
	Indicator	x;
	IndError	e;

	CHECK(!ind_parse("控制在3%", strlen("控制在3%"), &x, &e) && strstr(e.detail, "控制在") != NULL,
		  "控制在3%%: %s", e.detail);
	CHECK(!ind_parse("涨幅控制在3%", strlen("涨幅控制在3%"), &x, &e) && strstr(e.detail, "控制在") != NULL,
		  "涨幅控制在3%%: %s", e.detail);
}

void
test_parse_unseen18(void)
{
	ut_check_forms(cases, UT_COUNT(cases));
	check_messages18();
}
