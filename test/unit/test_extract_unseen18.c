/*
 * test_extract_unseen18.c: forms of helper tune18's unseen texts (test/extract/read18) that
 * indicator_extract read wrong, each read by a rule for its class: Hong Kong's lists of rates
 * in parentheses after a change word and a colon (均錄得跌幅：美國(-25.3%)、…) are changes;
 * 百分之…個百分點 keeps its points; a verb, then 控制在, in a plan (上漲控制在3%左右) is
 * the capped change; 个 before a list ending in 个百分点 is that unit cut short
 * (提升1.4个、6.6个百分点); a count naming the scope of the next clause's count
 * (36个大类行业中，9个行业…) is no figure.  Both sides of every rule: every row as "text=canonical/kind;".
 */
#include "unit.h"

void		test_extract_unseen18(void);

static const RowsCase xcases[] = {
	/* a colon list of rates in parentheses after a change word: each rate is that change */
	{"整體出口貨量均錄得跌幅：美國(-25.3%)、中國內地(-19.4%)及越南(10.3%)。",
	 "-25.3%=降幅25.3%/change;-19.4%=降幅19.4%/change;10.3%=跌幅10.3%/change;"},
	{"整體出口價格均上升:美國(8.6%)、中國內地(7.7%)。",
	 "8.6%=上升8.6%/change;7.7%=上升7.7%/change;"},
	{"出口貨量均錄得升幅：美國（5.2%）及日本（-1.0%）。",
	 "5.2%=升幅5.2%/change;-1.0%=降幅1.0%/change;"},
	/* not after a colon, not after a change word, not in parentheses, not a rate: as before */
	{"主要市場：美國(8.6%)、中國內地(7.7%)。",
	 "8.6%=8.6%/level;7.7%=7.7%/level;"},
	{"出口上升，美國(8.6%)。", "8.6%=8.6%/level;"},
	{"出口均上升：美國8.6%。", "8.6%=8.6%/level;"},
	{"出口均上升：美國(86億元)。", "86億元=86亿元/level;"},
	{"出口均上升。美國(8.6%)。", "8.6%=8.6%/level;"},
	/* 百分之…個百分點: the points are the unit */
	{"失業率較去年同期下降百分之一點一個百分點。",
	 "較去年同期下降百分之一點一個百分點=较去年同期下降1.1个百分点/change;"},
	{"失業率下降百分之零點二。", "下降百分之零點二=下降0.2%/change;"},
	/* 个 before a list that ends in 个百分点 is that unit cut short; counts in 个 stay counts */
	{"增速分别比一季度提升1.4个、6.6个百分点。",
	 "比一季度提升1.4=比一季度提升1.4个百分点/change;6.6个百分点=比一季度提升6.6个百分点/change;"},
	{"下降0.5个、0.3个和0.2个百分点。",
	 "下降0.5=下降0.5个百分点/change;0.3=下降0.3个百分点/change;0.2个百分点=下降0.2个百分点/change;"},
	{"新增企业5个、项目3个。", "5个=5个/level;3个=3个/level;"},
	{"分别增加3个、5个。", "增加3个=增加3个/change;5个=增加5个/change;"},
	{"增加3个、5家。", "增加3个=增加3个/change;5家=增加5家/change;"},
	/* a count naming the scope (…中) of the next clause's count is no figure */
	{"从行业看,36个大类行业中,9个行业产值增长。", "9个=9个/level;"},
	{"从行业看,36个大类行业中，有9个行业产值增长。", "36个=36个/level;9个=9个/level;"},
	{"新增企业36个，其中，9个为外资企业。", "36个=36个/level;9个=9个/level;"},
	{"新建项目36个中,5个已投产。", "36个=36个/level;5个=5个/level;"},
	/* a verb or a change noun, then 控制在: the capped change; 自然增长率 the capped level */
	{"今年主要预期目标是：居民消费价格上涨控制在3%左右，居民消费价格涨幅控制在3%以内，"
	 "人口自然增长率控制在7.2‰以内。",
	 "上涨控制在3%左右=上涨3%左右/target;涨幅控制在3%以内=涨幅3%以内/target;7.2‰以内=7.2‰以内/target;"},
};

void
test_extract_unseen18(void)
{
	ut_check_rows_each(xcases, UT_COUNT(xcases));
}
