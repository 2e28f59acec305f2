/*
 * test_opened17_19.c: the classes of blind batches 17, 18 and 19 (opened after their first blind
 * score), each read by a rule, our own sentences: a lone Chinese digit does not go on from
 * Arabic digits (1,520萬參觀人次: 參 of 參觀 is no 3), a run written digit by digit after a
 * multiplier a run came before (一○九萬八一八七噸), 已 before a lead word or a qualifier,
 * 迈进/迈上 as 突破,
 * units 公吨, 台币 and 人·km, and Latin unit symbols after a number in the reader (13.9万km is
 * a figure; 5G, 4A级 stay none).  Both sides of every rule.
 */
#include "unit.h"
#include "ind.h"

void		test_opened17_19(void);

#define NO NULL, NULL, NULL, NULL, NULL, 0
static const FormCase cases[] = {
	/* a run after a multiplier that a run came before: as many digits as its zeros */
	{"一○九萬八一八七噸", "109.8187万吨", "1098187", "吨", "exact", "level", BC_NONE},
	{"一○九萬○八一八噸", "109.0818万吨", "1090818", "吨", "exact", "level", BC_NONE},
	{"二兆三四一億元", "2.0341万亿元", "2034100000000", "元", "exact", "level", BC_NONE},
	{"一○九萬八一八噸", NO},		/* three digits below 万: not a place value */
	{"一百零九萬八一八七噸", NO},	/* positional before 万: the run is no part of it */
	{"2亿三四五六万", "2.3456亿", "234560000", "", "exact", "level", BC_NONE},
	/* Arabic digits, then a lone Chinese digit: the numeral ends before it */
	{"1,520萬參觀人次", NO},
	{"1万三", NO},
	{"100万三千", "100.3万", "1003000", "", "exact", "level", BC_NONE},
	{"1千零1人", "1001人", "1001", "人", "exact", "level", BC_NONE},
	{"一万三", "1.3万", "13000", "", "exact", "level", BC_NONE},
	/* 已 (already) before a lead word or a qualifier: read, not kept */
	{"已達870家", "达870家", "870", "家", "exact", "level", BC_NONE},
	{"已达20億1400萬元", "达20.14亿元", "2014000000", "元", "exact", "level", BC_NONE},
	{"已超过3万人", "超过3万人", "30000", "人", "gt", "level", BC_NONE},
	{"已增至307万人", "307万人", "3070000", "人", "exact", "level", BC_NONE},
	{"已3万人", NO},
	/* 迈进/迈进了/迈上 (strode past): as 突破 (blind batch 18) */
	{"迈进两万亿元", "迈进2万亿元", "2000000000000", "元", "ge", "level", BC_NONE},
	{"迈进了三万元", "迈进了3万元", "30000", "元", "ge", "level", BC_NONE},
	{"迈上1000億元", "迈上1000亿元", "100000000000", "元", "ge", "level", BC_NONE},
	{"迈进", NO},
	/* units: 公吨 (metric ton), 台币, 人·km */
	{"3萬4687公噸", "3.4687万公吨", "34687", "公吨", "exact", "level", BC_NONE},
	{"約七七八億台幣", "约778亿台币", "77800000000", "台币", "approx", "level", BC_NONE},
	{"35 349.06亿人·km", "35349.06亿人·km", "3534906000000", "人·km", "exact", "level", BC_NONE},
};

static const RowsCase xcases[] = {
	{"2024燈會創造1,520萬參觀人次、247億元觀光產值。",
	 "1,520萬參觀人次=1520万人次/level;247億元=247亿元/level;"},
	{"出口量達一○九萬八一八七噸，出口值約七七八億台幣。",
	 "一○九萬八一八七噸=109.8187万吨/level;約七七八億台幣=约778亿台币/level;"},
	/* Latin unit symbols after the number are figures; a letter that is no unit stays a name */
	{"铁路营业里程达到13.9万km,比上年增加172 km,货运量462.24亿t。",
	 "13.9万km=13.9万km/level;比上年增加172 km=比上年增加172km/change;"
	 "462.24亿t=462.24亿t/level;"},
	{"5G基站3.2万个,4A级景区12个,PM2.5浓度30微克。", "3.2万个=3.2万个/level;12个=12个/level;30微克=30微克/level;"},
	{"建成5km绿道,另有3kV线路。", "5km=5km/level;"},
	/* 此外 goes on with a sentence of targets; 目标 before a change verb plans (a headline) */
	{"报告提出了新的预期目标，其中包括地区生产总值增长6%左右。此外，地方财政收入增长6%，投资增长5%。",
	 "增长6%左右=增长6%左右/target;增长6%=增长6%/target;增长5%=增长5%/target;"},
	{"去年地区生产总值增长4.6%。此外，地方财政收入增长8.3%。",
	 "增长4.6%=增长4.6%/change;增长8.3%=增长8.3%/change;"},
	{"2024年GDP目标增长6%左右\n\n去年GDP增长4.6%。",
	 "增长6%左右=增长6%左右/target;增长4.6%=增长4.6%/change;"},
	/* 目标 right after the figure: the target it names */
	{"圍繞2021年産能達到30萬輛目標,大力發展汽車産業。", "30萬輛=30万辆/target;"},
	{"去年完成投資30億元,目標任務全面完成。", "30億元=30亿元/level;"},
	{"GDP比目标增长多1个百分点。", "多1个百分点=多1个百分点/change;"},	/* 比目标: no plan */
};

void
test_opened17_19(void)
{
	ut_check_forms(cases, UT_COUNT(cases));
	ut_check_rows_each(xcases, UT_COUNT(xcases));
}
