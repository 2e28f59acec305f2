/*
 * test_extract_unseen20.c: forms helper tune20 rebuilt by rule for indicator_extract (each
 * from example sentences of its own): an amount in 万/亿 directly before a verb of the year or
 * month (營收1,234億年減3%) keeps its figure; 多/余 after the unit is more than the figure
 * (三成多), but 个多 before a noun counts something else (3个多月: a length of time, no
 * figure); a parenthetical before a suffix qualifier is read with it (1700億元(人民幣,下同)以上);
 * a bound that closes a bracket defining a class (规模以上工业（年主营业务收入2000万元及以上）)
 * or ends a range of ranks (第1至3名以上) gives no row; a 分别 list inherits the prefix
 * qualifier written right after 分别 (分别突破300亿元和3000亿元).  Both sides of every rule:
 * every row as "text=canonical/kind;".
 */
#include "unit.h"
#include "extract.h"

#include <stdlib.h>
#include <string.h>

void		test_extract_unseen20(void);

static const RowsCase xcases[] = {
	/* an amount in 万/亿 before 年增/年减/年升/月跌 …: a figure, not a span of years */
	{"出口345.6億年增5.2%。",
	 "345.6億=345.6亿/level;年增5.2%=年增5.2%/change;"},
	{"營收1,234億年減3%，月增2%。",
	 "1,234億=1234亿/level;年減3%=年减3%/change;月增2%=月增2%/change;"},
	{"人數12.3萬年升3%。",
	 "12.3萬=12.3万/level;年升3%=年升3%/change;"},
	{"人数12.3万月跌2%。",
	 "12.3万=12.3万/level;月跌2%=月跌2%/change;"},
	/* a span of years, or 年 not of a verb: no figure, as before */
	{"1万年前的遗址。",
	 ""},
	{"3亿年前形成。",
	 ""},
	{"距今5万年。",
	 ""},
	/* 多/余 after the unit: more than the figure, when no word could begin with it */
	{"其中三成多为女性。",
	 "三成多=3成多/level;"},
	{"种了3亩多。",
	 "3亩多=3亩多/level;"},
	{"增长三成多，",
	 "增长三成多=增长3成多/change;"},
	{"增加3个多。",
	 "增加3个多=增加3个多/change;"},
	{"3亩多种植。",
	 "3亩=3亩/level;"},
	/* 个多 before a noun: a length of time or a count of something else, no figure */
	{"用了3个多月。",
	 ""},
	{"耗时3个多小时完成。",
	 ""},
	{"10个多百分点。",
	 ""},
	/* a parenthetical before a suffix qualifier; a bound closing a bracket that defines a class */
	{"销售额1700億元(人民幣,下同)以上。",
	 "1700億元(人民幣,下同)以上=1700亿元以上/level;"},
	{"收入达到3000万元（含）以上。",
	 "3000万元（含）以上=3000万元以上/level;"},
	{"投资3000万元(含)以上项目120个。",
	 "120个=120个/level;"},
	{"规模以上工业（年主营业务收入2000万元及以上）增长5%。",
	 "增长5%=增长5%/change;"},
	{"工业投资增长（5%以上）。",	/* (since stop 26 the verb before the bracket is its change) */
	 "5%以上=增长5%以上/change;"},
	/* the far end of a range of ranks is an ordinal, not a threshold; ranges of rates stay */
	{"第1至3名以上的企业。", ""},
	{"前3-5位企业。", ""},
	{"提高1至2个百分点。", "提高1至2个百分点=提高1至2个百分点/target;"},
	/* 分别 distributes the first value's prefix qualifier; a list without 分别 does not */
	{"销售额和利润分别突破300亿元和3000亿元。",
	 "突破300亿元=突破300亿元/level;3000亿元=突破3000亿元/level;"},
	{"两市人口分别超过5万人、8万人和10万人。",
	 "超过5万人=超过5万人/level;8万人=超过8万人/level;10万人=超过10万人/level;"},
	{"两地分别不足3万人和5万人。",
	 "不足3万人=不足3万人/level;5万人=不足5万人/level;"},
	{"收入分别增长5%和8%。",
	 "增长5%=增长5%/change;8%=增长8%/change;"},
	{"出口和进口分别达到300亿元、200亿元。",
	 "300亿元=300亿元/level;200亿元=200亿元/level;"},
	{"甲類及乙類消費物價指數分別涵蓋約50%和30%的住戶。",	/* a verb between: the first value's own */
	 "約50%=约50%/level;30%=30%/level;"},
	{"两市人口分别为超过5万人和8万人。",
	 "超过5万人=超过5万人/level;8万人=超过8万人/level;"},
	{"出口突破300亿元，进口200亿元。",
	 "突破300亿元=突破300亿元/level;200亿元=200亿元/level;"},
	{"出口突破300亿元和200亿元。",
	 "突破300亿元=突破300亿元/level;200亿元=200亿元/level;"},
};

void
test_extract_unseen20(void)
{
	ut_check_rows_each(xcases, UT_COUNT(xcases));
}
