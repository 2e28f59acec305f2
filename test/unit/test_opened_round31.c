/*
 * test_opened_round31.c: stop 36's classes from the opened batches b236, b237 and b238, each
 * read by a rule, our own sentences, both sides of every rule.  The type: 每 between a measure
 * and its denominator (43微克每立方米 = 43微克/立方米), a note in words between a change verb
 * and its number (同比增长(下同)15%), a rate's name before its copula (失业率为3.67%: a level
 * in %), Taiwan's ping 坪, 累计 before an amount, 总体 before a verb, 推高 and 推升 (pushed up,
 * any unit), a pull whose whole ends in a fall as a drag (拉动…下降0.78个百分点 = 下拉); from b249
 * the ringgit (令吉 林吉特, with its sen 仙) and the Singapore dollar (新元), 报 before a
 * number, 略微/稍微, 扩张.  The
 * reader: the same in a sentence, and a sentence opening with 预计 under a title naming
 * targets is an estimate, 各位代表 opens a report of its own; a change of a rate then 至 the rate reached (增加0.7%至13.8%), a rate
 * after 或 restating a change in index points (按月下跌2.7或0.7%), a voucher's denomination
 * (五倍券) no figure; a comparative alone before percentage points (快0.2个百分点) a change.
 */
#include "unit.h"
#include <string.h>
#include "ind.h"

void		test_opened_round31(void);

#define NO NULL, NULL, NULL, NULL, NULL, 0
static const FormCase cases[] = {
	/* 每 between a measure and a unit: the denominator */
	{"43微克每立方米", "43微克/立方米", "43", "微克/立方米", "exact", "level", BC_NONE},
	{"1.4毫克每立方米", "1.4毫克/立方米", "1.4", "毫克/立方米", "exact", "level", BC_NONE},
	{"120公里每小时", "120公里/小时", "120", "公里/小时", "exact", "level", BC_NONE},
	{"3吨每", NO},
	{"500元每吨", NO},			/* money: what each costs is written 每吨500元 */
	{"5个每人", NO},
	/* a note in words between a change verb and the number */
	{"同比增长(下同)15%", "同比增长15%", "15", "%", "exact", "change", BC_YOY},
	{"增长（按可比价格计算）6.5%", "增长6.5%", "6.5", "%", "exact", "change", BC_NONE},
	{"增长(2)6.5%", NO},
	{"增长(kwh)6.9%", NO},		/* (增长(zhang) is a mirror's pinyin: round 32) */
	{"增速(下同)5%", NO},		/* a rate noun's note stands before its copula only */
	{"增长(下同)", NO},
	/* a rate's name before its copula: a level in a rate */
	{"失业率为3.67%", "3.67%", "3.67", "%", "exact", "level", BC_NONE},
	{"優良率為59.3%", "59.3%", "59.3", "%", "exact", "level", BC_NONE},
	{"断面比例为83.5%", "83.5%", "83.5", "%", "exact", "level", BC_NONE},
	{"对GDP贡献率达到63.9%", "63.9%", "63.9", "%", "exact", "level", BC_NONE},
	{"預算執行率為百分之五十三點四", "53.4%", "53.4", "%", "exact", "level", BC_NONE},
	{"比重为30%", "占比30%", "30", "%", "exact", "level", BC_NONE},
	{"失业率为3万人", NO},		/* a rate takes a rate's unit */
	{"失业率为增长5%", NO},
	{"實質增長率為27.3%", NO},	/* a change word in the name: left to the verb rules */
	{"失业率3.67%", "3.67%", "3.67", "%", "exact", "level", BC_NONE},	/* no copula: stop 37 */
	{"率为5%", NO},
	/* b237: Taiwan's ping (400/121 m²), 累计 before an amount, 总体 before a verb, 推高 推升 */
	{"50.95坪", "50.95坪", "50.95", "坪", "exact", "level", BC_NONE},
	{"達19萬坪", "达19万坪", "190000", "坪", "exact", "level", BC_NONE},
	{"累計7,248.82億元", "7248.82亿元", "724882000000", "元", "exact", "level", BC_NONE},
	{"累计1221万6000人次", "1221.6万人次", "12216000", "人次", "exact", "level", BC_NONE},
	{"累计3%", NO},
	{"累计3个百分点", NO},
	{"總體成長0.84%", "成长0.84%", "0.84", "%", "exact", "change", BC_NONE},
	{"总体", NO},
	{"推升逾8千億", "推升逾8千亿", "800000000000", "", "gt", "change", BC_NONE},
	{"推高通脹率4.2個百分點", "推高4.2个百分点", "4.2", "个百分点", "exact", "change", BC_NONE},
	{"推高", NO},
	/* b84: a pull whose whole ends in a fall is a drag */
	{"拉动居民消费价格总水平下降0.78个百分点", "下拉0.78个百分点", "-0.78", "个百分点", "exact", "change", BC_NONE},
	{"拉高通胀下降0.2个百分点", "拉低0.2个百分点", "-0.2", "个百分点", "exact", "change", BC_NONE},
	{"拉动全市工业增长6.1个百分点", "拉动6.1个百分点", "6.1", "个百分点", "exact", "change", BC_NONE},
	{"下拉工业下降1.1个百分点", "下拉1.1个百分点", "-1.1", "个百分点", "exact", "change", BC_NONE},
	{"拉动消费126亿元", NO},
	/* b249: Malaysia's and Singapore's currencies, the ringgit's sen, 报 (stood at), 略微 and
	 * 稍微 (slightly), 扩张 (expanded) */
	{"报1054亿7000万令吉", "1054.7亿令吉", "105470000000", "令吉", "exact", "level", BC_NONE},
	{"突破2兆林吉特", "突破2万亿林吉特", "2000000000000", "林吉特", "ge", "level", BC_NONE},	/* 突破 is ≥ (SPEC) */
	{"5亿新元", "5亿新元", "500000000", "新元", "exact", "level", BC_NONE},
	{"1令吉96仙", "1.96令吉", "1.96", "令吉", "exact", "level", BC_NONE},
	{"調高至2令吉零5仙", "2.05令吉", "2.05", "令吉", "exact", "level", BC_NONE},
	{"2令吉零50仙", NO},
	{"3元5仙", NO},				/* sen after the ringgit only */
	{"1.5令吉20仙", NO},			/* a whole number of ringgit before the sen */
	{"报告5", NO},
	{"略微增長0.7%", "增长0.7%", "0.7", "%", "exact", "change", BC_NONE},
	{"稍微下降0.2%", "下降0.2%", "-0.2", "%", "exact", "change", BC_NONE},
	{"扩张11.7%", "扩张11.7%", "11.7", "%", "exact", "change", BC_NONE},
	/* b243: 仅 只 刚好 恰好 between a basis and its verb */
	{"同比仅增长0.3%", "同比增长0.3%", "0.3", "%", "exact", "change", BC_YOY},
	{"按季僅多了41億", "按季多41亿", "4100000000", "", "exact", "change", BC_PREV_PERIOD},
	{"比8月剛好少6億元", "比8月份少6亿元", "-600000000", "元", "exact", "change", BC_NAMED_PERIOD},
	{"较上年只增长1%", "较上年增长1%", "1", "%", "exact", "change", BC_PREV_YEAR},
	{"同比仅", NO},
	{"同比刚5%", NO},
};

static const RowsCase xcases[] = {
	{"PM2.5平均浓度为43微克每立方米,同比下降5%。产量3吨每年增加5%。时速120公里每小时。",
	 "43微克每立方米=43微克/立方米/level;同比下降5%=同比下降5%/change;3吨=3吨/level;"
	 "增加5%=增加5%/change;120公里每小时=120公里/小时/level;"},
	{"全市地区生产总值同比增长(下同)15%,工业增长（按可比价格计算）6.5%。",
	 "同比增长(下同)15%=同比增长15%/change;增长（按可比价格计算）6.5%=增长6.5%/change;"},
	{"鲜菜类价格同比下降20.5%,拉动居民消费价格总水平下降0.78个百分点。住宅均價每坪50.95萬元,面積50.95坪。",
	 "同比下降20.5%=同比下降20.5%/change;拉动居民消费价格总水平下降0.78个百分点=下拉0.78个百分点/change;"
	 "每坪50.95萬元=50.95万元/坪/level;50.95坪=50.95坪/level;"},
	/* b236: under a title naming targets, a sentence opening with 预计 estimates (its own plan
	 * words still plan); the next sentence plans again */
	{"柳州经济目标锁定工业总产值净增300亿\n全会建议今年经济工作的目标为地区生产总值净增100亿元以上。预计2010年达到1800亿元左右,五年年均增长15%左右。财政收入2010年突破300亿元。",
	 "净增300亿=净增300亿/target;净增100亿元以上=净增100亿元以上/target;1800亿元左右=1800亿元左右/level;"
	 "年均增长15%左右=年均增长15%左右/change;突破300亿元=突破300亿元/target;"},
	/* b243: a change of a rate and 至 the rate reached (a range's ends are of one size and
	 * ascend); a rate after 或 restating a change in index points; a denomination naming a
	 * voucher */
	{"失業率增加0.7%至13.8%,就業不足率上升0.5%至8.3%。今年增长6%至7%,物价下降3%至1%。",
	 "增加0.7%=增加0.7%/change;13.8%=13.8%/level;上升0.5%=上升0.5%/change;8.3%=8.3%/level;"
	 "增长6%至7%=增长6%至7%/target;下降3%=下降3%/change;1%=1%/level;"},
	{"樓價指數按月下跌2.7或0.7%,年內累跌12.6點或3.2%,薪資略減8,000元或0.68%,另有2.7或0.7%。",
	 "0.7%=下跌0.7%/change;3.2%=跌3.2%/change;略減8,000元=减8000元/change;0.68%=减0.68%/change;0.7%=0.7%/level;"},
	{"台灣推五倍券每人領台幣5千元,去年三倍券發出1629億元,發放5元券100萬張。",
	 "台幣5千元=5千台币/level;1629億元=1629亿元/level;100萬張=100万张/level;"},
	{"汽油价格从1令吉96仙调高至2令吉零5仙,出口报1054亿7000万令吉。",
	 "1令吉96仙=1.96令吉/level;2令吉零5仙=2.05令吉/level;1054亿7000万令吉=1054.7亿令吉/level;"},
	/* b236: 各位代表 opens a report to a congress: another text's title naming targets does not
	 * plan it (its own headings and words still do) */
	{"柳州经济目标锁定工业总产值净增300亿\n全会建议今年的目标为地区生产总值净增100亿元以上。\n\n各位代表:\n我受县政府的委托,现将全县2022年计划执行情况及2023年计划(草案)报告如下,请予审议。\n2022年,全县地区生产总值同比增长4.3%;财政收入完成2.24亿元。",
	 "净增300亿=净增300亿/target;净增100亿元以上=净增100亿元以上/target;同比增长4.3%=同比增长4.3%/change;2.24亿元=2.24亿元/level;"},
	{"柳州经济目标锁定工业总产值净增300亿\n2022年,全县地区生产总值同比增长4.3%;财政收入完成2.24亿元。",
	 "净增300亿=净增300亿/target;同比增长4.3%=同比增长4.3%/target;2.24亿元=2.24亿元/target;"},
	/* b246: a comparative alone before percentage points is the difference (points are one);
	 * not after 最 (最高: at most, a qualifier since stop 41), and not before other units (a
	 * comparative needs its basis) */
	{"增速比全国（8.1%）快0.2个百分点。西藏低了2个百分点。最高2个百分点。价格高5%。",
	 "8.1%=增速8.1%/change;快0.2个百分点=快0.2个百分点/change;低了2个百分点=低2个百分点/change;"
	 "最高2个百分点=最高2个百分点/level;5%=5%/level;"},
};

void
test_opened_round31(void)
{
	ut_check_forms(cases, UT_COUNT(cases));
	ut_check_rows_each(xcases, UT_COUNT(xcases));
	/* a fuzz finding: 平方呎 is a denominator only (stop 35), so a value from outside holding it
	 * as its own unit is refused (it printed 5平方呎, which no text reads back) */
	{
		Indicator	x;
		IndError	e;
		int			sqft;

		CHECK(ind_parse("$18,695/呎", strlen("$18,695/呎"), &x, &e) && x.per_unit != 0 &&
			  ind_validate(&x, &e), "$18,695/呎 reads and validates");
		sqft = x.per_unit;
		CHECK(sqft == IND_UNIT_SQFT && strcmp(ind_unit(sqft)->name, "平方呎") == 0,
			  "平方呎 is unit %d, IND_UNIT_SQFT", sqft);
		memset(&x, 0, sizeof(x));
		CHECK(ind_parse("5亩", strlen("5亩"), &x, &e), "5亩 reads");
		x.unit = (uint8_t) sqft;
		CHECK(!ind_validate(&x, &e) && e.code == IND_ERR_CORRUPT, "平方呎 as a value's unit is refused");
	}
}
