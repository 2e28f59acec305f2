/*
 * test_parse_unseen16.c: forms of unseen Macau, Taiwan and mainland texts the type reads
 * (issue 16): a sign for the direction, bases of a survey period or a month of last year,
 * adverbs after a basis, qualifiers, Taiwan month and quarter verbs, 一成半, 百分八,
 * middle-dot decimals and a Latin O for zero.  Each case gives its kind (change or level)
 * and basis class, both sides of every rule, and the fast path agrees with ind_parse.
 */
#include "unit.h"
#include "ind.h"

#include <string.h>

void		test_parse_unseen16(void);

typedef FormCase Case16;	/* unit.h */

static const Case16 cases[] = {
	/* a + before a rate is a change; a - stays a level (a negative rate is written so) */
	{"+3.2%", "+3.2%", "3.2", "%", "exact", "change", BC_NONE},
	{"+0.95%", "+0.95%", "0.95", "%", "exact", "change", BC_NONE},
	{"＋0.3個百分點", "+0.3个百分点", "0.3", "个百分点", "exact", "change", BC_NONE},
	{"+0.5‰", "+0.5‰", "0.5", "‰", "exact", "change", BC_NONE},
	{"+3.2%左右", "+3.2%左右", "3.2", "%", "approx", "change", BC_NONE},
	{"-1.4%", "-1.4%", "-1.4", "%", "exact", "level", BC_NONE},
	{"-2.18‰", "-2.18‰", "-2.18", "‰", "exact", "level", BC_NONE},
	{"3.2%", "3.2%", "3.2", "%", "exact", "level", BC_NONE},
	{"+5℃", "5℃", "5", "℃", "exact", "level", BC_NONE},	/* not a rate: the sign of a level */
	{"+120亿元", "120亿元", "12000000000", "元", "exact", "level", BC_NONE},
	{"+1.2倍", "1.2倍", "1.2", "倍", "exact", "level", BC_NONE},
	{"+3%的增幅", "增幅3%", "3", "%", "exact", "change", BC_NONE},	/* the noun gives it */
	{"增长+3%", "增长3%", "3", "%", "exact", "change", BC_NONE},	/* a sign after a rise (stop 29) */
	{"下降+3%", NULL, NULL, NULL, NULL, NULL, 0},	/* after a fall it stays an error */
	/* after a basis a sign is the direction, both ways */
	{"同比-1.4%", "同比-1.4%", "-1.4", "%", "exact", "change", BC_YOY},
	{"同比+1.4%", "同比+1.4%", "1.4", "%", "exact", "change", BC_YOY},
	{"按年+3.2%", "按年+3.2%", "3.2", "%", "exact", "change", BC_YOY},
	{"比上年-3万吨", "比上年-3万吨", "-30000", "吨", "exact", "change", BC_PREV_YEAR},
	{"同比-", NULL, NULL, NULL, NULL, NULL, 0},
	/* bases of Macau and Taiwan releases */
	{"較上一期下跌0.3個百分點", "比上一期下跌0.3个百分点", "-0.3", "个百分点", "exact", "change", BC_PREV_PERIOD},
	{"较前一期上升1.27%", "比前一期上升1.27%", "1.27", "%", "exact", "change", BC_PREV_PERIOD},
	{"較前月下降0.02個百分點", "比前月下降0.02个百分点", "-0.02", "个百分点", "exact", "change", BC_PREV_PERIOD},
	{"較前年上升百分之十七點六", "比前年上升17.6%", "17.6", "%", "exact", "change", BC_NAMED_PERIOD},
	{"較一年前同期上升1.02%", "比一年前同期上升1.02%", "1.02", "%", "exact", "change", BC_YOY},
	{"比去年一月增长5%", "比去年1月增长5%", "5", "%", "exact", "change", BC_NAMED_PERIOD},
	{"比去年1月份增长5%", "比去年1月增长5%", "5", "%", "exact", "change", BC_NAMED_PERIOD},
	{"與去年十二月相比下降3%", "比去年12月下降3%", "-3", "%", "exact", "change", BC_NAMED_PERIOD},
	{"比上年十月增长2%", "比去年10月增长2%", "2", "%", "exact", "change", BC_NAMED_PERIOD},
	{"比去年十三月增长5%", NULL, NULL, NULL, NULL, NULL, 0},
	{"比去年13月增长5%", NULL, NULL, NULL, NULL, NULL, 0},
	{"增幅比9月末微幅回落0.1個百分點", "比9月份回落0.1个百分点", "-0.1", "个百分点", "exact", "change", BC_NAMED_PERIOD},
	{"比上月末增加3亿元", "比上月末增加3亿元", "300000000", "元", "exact", "change", BC_PREV_PERIOD},
	{"比2022年减低5%", "比2022年减低5%", "-5", "%", "exact", "change", BC_NAMED_PERIOD},
	/* adverbs between a basis and its verb: read, not kept */
	{"比去年同期則增長百分之二十二點六", "比去年同期增长22.6%", "22.6", "%", "exact", "change", BC_YOY},
	{"較上一期再減少300人", "比上一期减少300人", "-300", "人", "exact", "change", BC_PREV_PERIOD},
	{"比上年亦增长3%", "比上年增长3%", "3", "%", "exact", "change", BC_PREV_YEAR},
	{"比上年也下降3%", "比上年下降3%", "-3", "%", "exact", "change", BC_PREV_YEAR},
	{"比上年则", NULL, NULL, NULL, NULL, NULL, 0},
	/* qualifiers */
	{"約有8.83萬人", "约有8.83万人", "88300", "人", "approx", "level", BC_NONE},
	{"约有八百人", "约有800人", "800", "人", "approx", "level", BC_NONE},
	{"大致五成半", "大致5.5成", "5.5", "成", "approx", "level", BC_NONE},
	{"最少3家", "最少3家", "3", "家", "ge", "level", BC_NONE},
	{"突破了1000万", "突破了1000万", "10000000", "", "ge", "level", BC_NONE},
	/* Taiwan: against the month or quarter before */
	{"月減0.03個百分點", "月减0.03个百分点", "-0.03", "个百分点", "exact", "change", BC_NONE},
	{"月增4000人", "月增4000人", "4000", "人", "exact", "change", BC_NONE},
	{"季增1.2%", "季增1.2%", "1.2", "%", "exact", "change", BC_NONE},
	{"季減0.5%", "季减0.5%", "-0.5", "%", "exact", "change", BC_NONE},
	/* 成 with 半, percent without 之 */
	{"一成半", "1.5成", "1.5", "成", "exact", "level", BC_NONE},
	{"7成4", "7.4成", "7.4", "成", "exact", "level", BC_NONE},
	{"一成半半", NULL, NULL, NULL, NULL, NULL, 0},
	{"一万成半", NULL, NULL, NULL, NULL, NULL, 0},
	{"百分八", "8%", "8", "%", "exact", "level", BC_NONE},
	{"跌近百分八", "跌近8%", "-8", "%", "approx_below", "change", BC_NONE},
	{"百分之八", "8%", "8", "%", "exact", "level", BC_NONE},
	{"百分点", NULL, NULL, NULL, NULL, NULL, 0},
	{"百分8", NULL, NULL, NULL, NULL, NULL, 0},	/* 百分 then an ASCII digit: not this form */
	/* a sign after a rate of growth; copulas after a rate noun or a verb */
	{"增速-2.3%", "降幅2.3%", "-2.3", "%", "exact", "change", BC_NONE},
	{"增速为-2.3%", "降幅2.3%", "-2.3", "%", "exact", "change", BC_NONE},
	{"年增率-1.66%", "年减1.66%", "-1.66", "%", "exact", "change", BC_NONE},
	{"年增率僅0.58%", "年增率0.58%", "0.58", "%", "exact", "change", BC_NONE},
	{"年增率高達17.65%", "年增率17.65%", "17.65", "%", "exact", "change", BC_NONE},
	{"增速比上年高2%", "比上年高2%", "2", "%", "exact", "change", BC_PREV_YEAR},
	{"降幅-2%", NULL, NULL, NULL, NULL, NULL, 0},	/* a falling rate takes no sign */
	{"增长达12%", "增长12%", "12", "%", "exact", "change", BC_NONE},
	{"減少達到7個百份點", "减少7个百分点", "-7", "个百分点", "exact", "change", BC_NONE},
	{"增长高达50%", "增长50%", "50", "%", "exact", "change", BC_NONE},
	{"提高到58.8%", "58.8%", "58.8", "%", "exact", "level", BC_NONE},
	{"约为75亿澳门元", "约为75亿澳门元", "7500000000", "澳门元", "approx", "level", BC_NONE},
	{"比第二季升百分之四", "比二季度升4%", "4", "%", "exact", "change", BC_NAMED_PERIOD},
	{"比第2季度增长3%", "比二季度增长3%", "3", "%", "exact", "change", BC_NAMED_PERIOD},
	{"比第五季增长3%", NULL, NULL, NULL, NULL, NULL, 0},
	/* decimal marks and zero */
	{"1·8%", "1.8%", "1.8", "%", "exact", "level", BC_NONE},
	{"年增1‧8%", "年增1.8%", "1.8", "%", "exact", "change", BC_NONE},
	{"一‧二倍", "1.2倍", "1.2", "倍", "exact", "level", BC_NONE},
	{"二‧八七％", "2.87%", "2.87", "%", "exact", "level", BC_NONE},
	{"三・五万人", "3.5万人", "35000", "人", "exact", "level", BC_NONE},
	{"三O七億元", "307亿元", "30700000000", "元", "exact", "level", BC_NONE},
	{"二OO億元", "200亿元", "20000000000", "元", "exact", "level", BC_NONE},
	{"一o五", "105", "105", "", "exact", "level", BC_NONE},
	{"O七", NULL, NULL, NULL, NULL, NULL, 0},	/* no Chinese digit before: a letter */
	{"1·", NULL, NULL, NULL, NULL, NULL, 0},
};

/* a middle dot or an O that is not between digits stays as written */
static void
check_normalise16(void)
{
	static const struct
	{
		const char *in;
		const char *out;
	}			n[] = {
		{"马克·吐温", "马克·吐温"}, {"3·乙", "3·乙"}, {"1·8", "1.8"}, {"一‧二", "一点二"},
		{"二O二三年", "二〇二三年"}, {"五OK", "五OK"}, {"CO2", "CO2"}, {"三O%", "三O%"},
		{"1 · 8", "1.8"}, {"百份点", "百分点"}, {"百份比", "百分比"}, {"三份", "三份"},
	};

	for (size_t k = 0; k < sizeof(n) / sizeof(n[0]); k++)
	{
		uint32_t	cp[64];
		IndError	e;
		char		out[256];
		int			len = ind_utf8_decode(n[k].in, strlen(n[k].in), cp, 64, &e),
					o = 0;

		len = ind_normalise(cp, len, cp, NULL, IND_NORM_VALUE);
		for (int i = 0; i < len; i++)
			o += ind_utf8_encode(cp[i], out + o);
		out[o] = '\0';
		CHECK_STR(out, n[k].out, "normalised \"%s\"", n[k].in);
	}
}

/* the sign rule's two readings are equal to the verbs they stand for, and differ from a level */
static void
check_sign_equality(void)
{
	Indicator	a,
				b,
				c;
	IndError	e;

	CHECK(ind_parse("+3.2%", 5, &a, &e) && ind_parse("增长3.2%", strlen("增长3.2%"), &b, &e) &&
		  ind_equal(&a, &b), "+3.2%% equals 增长3.2%%");
	CHECK(ind_parse("3.2%", 4, &c, &e) && !ind_equal(&a, &c), "+3.2%% is not the level 3.2%%");
	CHECK(ind_parse("同比-1.4%", strlen("同比-1.4%"), &a, &e) &&
		  ind_parse("同比下降1.4%", strlen("同比下降1.4%"), &b, &e) && ind_equal(&a, &b),
		  "同比-1.4%% equals 同比下降1.4%%");
}

/* a sign as the change word exists only after a basis or as + before a rate: bytes with
 * it elsewhere (binary input, the fuzzer's 16 bytes) are refused, as they would print a
 * text that reads back as another value (+27021597764234801元/港元 read a level) */
static void
check_sign_validate(void)
{
	Indicator	x,
				y;
	IndError	e;

	CHECK(ind_parse("+3.2%", 5, &x, &e) && ind_validate(&x, &e), "+3.2%% validates");
	CHECK(ind_parse("同比+5万元", strlen("同比+5万元"), &y, &e) && ind_validate(&y, &e),
		  "同比+5万元 validates");
	y = x;
	y.unit = 1;					/* 元 */
	CHECK(!ind_validate(&y, &e) && e.code == IND_ERR_CORRUPT, "+ with 元 and no basis refused");
	y = x;
	y.verb = (uint8_t) ind_verb_sign(false);
	y.coef = -y.coef;
	CHECK(!ind_validate(&y, &e) && e.code == IND_ERR_CORRUPT, "- with no basis refused");
	y = x;
	y.per_unit = 1;
	CHECK(!ind_validate(&y, &e), "+ with a denominator refused");
}

void
test_parse_unseen16(void)
{
	ut_check_forms(cases, UT_COUNT(cases));
	check_normalise16();
	check_sign_equality();
	check_sign_validate();
}
