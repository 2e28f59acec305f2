/*
 * test_parse.c: the parser core reads every form of the spec's input table, prints
 * the canonical text, and that text reads back to an equal value.
 */
#include "unit.h"
#include "ind.h"

void		test_parse(void);

typedef struct Case
{
	const char *in;
	const char *out;			/* canonical text */
	const char *value;			/* value in its own unit, magnitude applied */
	const char *unit;
	const char *qual_class;
} Case;

static const Case cases[] = {
	/* figures of the sample report */
	{"超过1800亿元", "超过1800亿元", "180000000000", "元", "gt"},
	{"1.4万亿元", "1.4万亿元", "1400000000000", "元", "exact"},
	{"3万多亩", "3万多亩", "30000", "亩", "open"},
	{"200余个", "200余个", "200", "个", "open"},
	{"突破6600家", "突破6600家", "6600", "家", "ge"},
	{"超过7000家", "超过7000家", "7000", "家", "gt"},
	{"突破260万", "突破260万", "2600000", "", "ge"},
	{"同比下降15.3%", "同比下降15.3%", "-15.3", "%", "exact"},
	{"同比提升3.6%", "同比提升3.6%", "3.6", "%", "exact"},
	{"36.4万人", "36.4万人", "364000", "人", "exact"},
	{"27701元", "27701元", "27701", "元", "exact"},
	{"提高10%", "提高10%", "10", "%", "exact"},
	{"50亿元以上", "50亿元以上", "5000000000", "元", "ge"},
	{"达到20个", "达到20个", "20", "个", "exact"},
	{"565个", "565个", "565", "个", "exact"},
	{"112所", "112所", "112", "所", "exact"},
	/* digits */
	{"27,701元", "27701元", "27701", "元", "exact"},
	{"１８００亿元", "1800亿元", "180000000000", "元", "exact"},
	{"３６．４万人", "36.4万人", "364000", "人", "exact"},
	{"２７，７０１元", "27701元", "27701", "元", "exact"},
	{"36.40万人", "36.40万人", "364000", "人", "exact"},
	{"-3", "-3", "-3", "", "exact"},
	{"0.5", "0.5", "0.5", "", "exact"},
	/* Chinese numerals */
	{"一千八百", "1800", "1800", "", "exact"},
	{"三十六点四", "36.4", "36.4", "", "exact"},
	{"两万", "2万", "20000", "", "exact"},
	{"十四", "14", "14", "", "exact"},
	{"零点五", "0.5", "0.5", "", "exact"},
	{"负三", "-3", "-3", "", "exact"},
	{"壹仟捌佰元", "1800元", "1800", "元", "exact"},
	{"贰拾叁亿伍仟万元", "23.5亿元", "2350000000", "元", "exact"},
	{"二十三亿五千万元", "23.5亿元", "2350000000", "元", "exact"},
	{"3万5千", "3.5万", "35000", "", "exact"},
	{"一百零五", "105", "105", "", "exact"},
	{"一千八百五", "1850", "1850", "", "exact"},
	{"一万五", "1.5万", "15000", "", "exact"},
	{"一万亿元", "1万亿元", "1000000000000", "元", "exact"},
	{"一万四千亿元", "14000亿元", "1400000000000", "元", "exact"},
	{"二〇二二", "2022", "2022", "", "exact"},
	{"三十多万人", "30多万人", "300000", "人", "open"},
	{"1800多亿元", "1800多亿元", "180000000000", "元", "open"},
	{"百余个", "100余个", "100", "个", "open"},
	{"3亩多", "3亩多", "3", "亩", "open"},
	/* found by the peer cases and the fuzzer */
	{"一千零十", "1010", "1010", "", "exact"},
	{"零十", "10", "10", "", "exact"},
	{"两千三点一", "2300.1", "2300.1", "", "exact"},
	{"二十点五", "20.5", "20.5", "", "exact"},
	{"一百点123", "100.123", "100.123", "", "exact"},
	{"1千8", "1800", "1800", "", "exact"},
	{"3万5", "3.5万", "35000", "", "exact"},
	{"1千零1", "1001", "1001", "", "exact"},
	{"2千零30万", "2030万", "20300000", "", "exact"},
	{"一百十一", "111", "111", "", "exact"},
	{"一万零百一十一", "1.0111万", "10111", "", "exact"},
	{"仟分之贰", "2‰", "2", "‰", "exact"},
	{"七十五万个百分点", "750000个百分点", "750000", "个百分点", "exact"},
	{"十 余 万", "10余万", "100000", "", "open"},
	{"五百 余万", "500余万", "5000000", "", "open"},
	{"3万 多亩", "3万多亩", "30000", "亩", "open"},
	{"66多十八", NULL, NULL, NULL, NULL},
	{"0多百01", NULL, NULL, NULL, NULL},
	/* white space between tokens is dropped (normalise.c): 2 千 瓦 is 2千瓦, the same 2000 W */
	{"2 千 瓦", "2千瓦", "2", "千瓦", "exact"},
	/* magnitudes and units */
	{"3千米", "3千米", "3", "千米", "exact"},
	{"5千万元", "5千万元", "50000000", "元", "exact"},
	{"2万千瓦时", "2万千瓦时", "20000", "千瓦时", "exact"},
	{"5千瓦", "5千瓦", "5", "千瓦", "exact"},
	{"3十亿", "3十亿", "3000000000", "", "exact"},
	{"15亩", "15亩", "15", "亩", "exact"},
	{"1公顷", "1公顷", "1", "公顷", "exact"},
	{"1.5万元/人", "1.5万元/人", "15000", "元/人", "exact"},
	{"0.5吨/万元", "0.5吨/万元", "0.5", "吨/万元", "exact"},
	{"300人/平方公里", "300人/平方公里", "300", "人/平方公里", "exact"},
	{"3个月", "3个月", "3", "个月", "exact"},
	{"12万人次", "12万人次", "120000", "人次", "exact"},
	{"1兆瓦", "1兆瓦", "1", "兆瓦", "exact"},
	/* qualifiers */
	{"不到3%", "不到3%", "3", "%", "lt"},
	{"不超过3%", "不超过3%", "3", "%", "le"},
	{"3%以内", "3%以内", "3", "%", "le"},
	{"约5%", "约5%", "5", "%", "approx"},
	{"5%左右", "5%左右", "5", "%", "approx"},
	{"近3万人", "近3万人", "30000", "人", "approx_below"},
	{"将近3万人", "将近3万人", "30000", "人", "approx_below"},
	{"不满18岁", "不满18岁", "18", "岁", "lt"},	/* 岁 is a unit (age) since 0.2.0 */
	{"不满18周岁", "不满18周岁", "18", "周岁", "lt"},
	{"2000万元及以上", "2000万元及以上", "20000000", "元", "ge"},
	{"65歲及以下", "65岁及以下", "65", "岁", "le"},
	{"十四五", NULL, NULL, NULL, NULL},	/* a plan name, not 55 */
	{"一二三四六十", NULL, NULL, NULL, NULL},
	{"三十二〇", NULL, NULL, NULL, NULL},
	{" 超过 1800 亿元 ", "超过1800亿元", "180000000000", "元", "gt"},
	/* percent forms */
	{"15.3％", "15.3%", "15.3", "%", "exact"},
	{"百分之十五点三", "15.3%", "15.3", "%", "exact"},
	{"5‰", "5‰", "5", "‰", "exact"},
	{"千分之五", "5‰", "5", "‰", "exact"},
	{"2个百分点", "2个百分点", "2", "个百分点", "exact"},
	{"2百分点", "2百分点", "2", "百分点", "exact"},
	{"1倍", "1倍", "1", "倍", "exact"},
	/* changes */
	{"同比增长5.2%", "同比增长5.2%", "5.2", "%", "exact"},
	{"比上年增长3.0%", "比上年增长3.0%", "3.0", "%", "exact"},
	{"环比回落0.2个百分点", "环比回落0.2个百分点", "-0.2", "个百分点", "exact"},
	{"增加1.2万人", "增加1.2万人", "12000", "人", "exact"},
	{"增长1倍", "增长1倍", "1", "倍", "exact"},
	{"翻一番", "翻一番", "1", "倍", "exact"},
	{"翻两番", "翻两番", "3", "倍", "exact"},
	{"持平", "持平", "0", "", "exact"},
	{"同比持平", "同比持平", "0", "", "exact"},
	{"增长超过5%", "增长超过5%", "5", "%", "gt"},
	{"下降3%以上", "下降3%以上", "-3", "%", "ge"},
	{"同比增长了12.9%", "同比增长12.9%", "12.9", "%", "exact"},
	/* issue 16: forms of unseen published texts */
	{"负增长1.8%", "负增长1.8%", "-1.8", "%", "exact"},
	{"負增長1.8%", "负增长1.8%", "-1.8", "%", "exact"},
	{"-0.5‰", "-0.5‰", "-0.5", "‰", "exact"},
	{"七成三", "7.3成", "7.3", "成", "exact"},
	{"7成3", "7.3成", "7.3", "成", "exact"},
	{"七成多", "7成多", "7", "成", "open"},
	{"七成三四", NULL, NULL, NULL, NULL},
	{"千兆宽带", NULL, NULL, NULL, NULL},	/* gigabit, not 10^15 */
	{"5兆焦", NULL, NULL, NULL, NULL},	/* SI mega: no unit 焦 */
	{"1兆瓦", "1兆瓦", "1", "兆瓦", "exact"},
	{"出超1,571.4億美元", NULL, NULL, NULL, NULL},	/* a trade surplus, not 超 */
	{"入超50亿美元", NULL, NULL, NULL, NULL},
	{"比上年同期高2.6个百分点", "比上年同期高2.6个百分点", "2.6", "个百分点", "exact"},
	{"比上年低0.3个百分点", "比上年低0.3个百分点", "-0.3", "个百分点", "exact"},
	/* a prefix qualifier longer than a verb wins: 低于 after the rate noun, not the verb 低 */
	{"增速低于5%", "增速低于5%", "5", "%", "lt"},
	{"比年初增速低于5%", "比年初增速低于5%", "5", "%", "lt"},
	{"增速高于5%", "增速高于5%", "5", "%", "gt"},
	{"比上年多5人", "比上年多5人", "5", "人", "exact"},
	{"比上月快0.3个百分点", "比上月快0.3个百分点", "0.3", "个百分点", "exact"},
	{"比2015年末增长10%", "比2015年末增长10%", "10", "%", "exact"},
	{"比2015年底增长10%", "比2015年末增长10%", "10", "%", "exact"},
	{"比1999年末增长10%", NULL, NULL, NULL, NULL},	/* year ends 2000 .. 2029 */
	{"同比去年增长5%", "同比去年增长5%", "5", "%", "exact"},
	{"比1至8月份回落0.5个百分点", "比1-8月回落0.5个百分点", "-0.5", "个百分点", "exact"},
	{"比1到8月回落0.5个百分点", "比1-8月回落0.5个百分点", "-0.5", "个百分点", "exact"},
	{"较上年度修订预算上升百分之二十三点三", "比上年度修订预算上升23.3%", "23.3", "%", "exact"},
	{"净增1.2万人", "净增1.2万人", "12000", "人", "exact"},
	{"递增5%", "递增5%", "5", "%", "exact"},
	{"削减10%", "削减10%", "-10", "%", "exact"},
	{"縮減2%", "缩减2%", "-2", "%", "exact"},
	{"缩短0.7日", "缩短0.7日", "-0.7", "日", "exact"},
	{"平均上涨2.1%", "平均上涨2.1%", "2.1", "%", "exact"},
	{"按年实质增长116.1%", "按年实质增长116.1%", "116.1", "%", "exact"},
	{"减幅为6.5%", "减幅6.5%", "-6.5", "%", "exact"},
	{"增幅達48.3%", "增幅48.3%", "48.3", "%", "exact"},
	{"升幅达284.1%", "升幅284.1%", "284.1", "%", "exact"},
	{"增加率17.6%", "增加率17.6%", "17.6", "%", "exact"},
	{"减幅收窄2个百分点", "降幅收窄2个百分点", "2", "个百分点", "exact"},
	{"同比分别增长30.5%", "同比增长30.5%", "30.5", "%", "exact"},
	{"同比分别大增10.4倍", "同比增10.4倍", "10.4", "倍", "exact"},
	{"微跌0.2%", "跌0.2%", "-0.2", "%", "exact"},
	{"减至约18.8万个", "约18.8万个", "188000", "个", "approx"},
	{"破8%", "破8%", "8", "%", "ge"},
	{"约占30%", "约占30%", "30", "%", "approx"},
	{"7.5億歐元或以上", "7.5亿欧元或以上", "750000000", "欧元", "ge"},
	{"27.4%的增幅", "增幅27.4%", "27.4", "%", "exact"},
	{"3.8%升幅", "升幅3.8%", "3.8", "%", "exact"},
	{"23.6%的跌幅", "跌幅23.6%", "-23.6", "%", "exact"},
	{"16.6%的增長", "增长16.6%", "16.6", "%", "exact"},
	{"61.5%之按年增幅", "按年增幅61.5%", "61.5", "%", "exact"},
	{"-5%的降幅", NULL, NULL, NULL, NULL},	/* a sign and a change word */
	{"5%的", NULL, NULL, NULL, NULL},
	{"7264亿元人民币", "7264亿元人民币", "726400000000", "元人民币", "exact"},
	{"3316.17億人民幣", "3316.17亿人民币", "331617000000", "人民币", "exact"},
	{"3兆新台幣", "3万亿新台币", "3000000000000", "新台币", "exact"},
	{"3794.78億澳門元", "3794.78亿澳门元", "379478000000", "澳门元", "exact"},
	{"1.5晚", "1.5晚", "1.5", "晚", "exact"},
	{"3.5万头只", "3.5万头只", "35000", "头只", "exact"},
	{"50口", "50口", "50", "口", "exact"},
	{"2.1亿单", "2.1亿单", "210000000", "单", "exact"},
	{"突破万亿元", "突破1万亿元", "1000000000000", "元", "ge"},
	{"超過億元", "超过1亿元", "100000000", "元", "gt"},
	{"基本持平", "基本持平", "0", "", "approx"},
	{"同比基本持平", "同比基本持平", "0", "", "approx"},
	{"基本3%", NULL, NULL, NULL, NULL},			/* 基本 is read only as part of 基本持平 */
	{"约基本持平", NULL, NULL, NULL, NULL},
	{"与上年持平", "比上年持平", "0", "", "exact"},
	{"同比下降 6.4%", "同比下降6.4%", "-6.4", "%", "exact"},
	{"增长12 %", "增长12%", "12", "%", "exact"},
	{"增长接近  40%", "增长接近40%", "40", "%", "approx_below"},
};

static void
check_case(const Case *c)
{
	Indicator	x,
				y;
	IndError	err;
	char		buf[IND_OUT_MAX],
				val[128],
				unit[64];
	bool		ok = ind_parse(c->in, strlen(c->in), &x, &err);

	if (c->out == NULL)
	{
		CHECK(!ok, "\"%s\" must be rejected", c->in);
		return;
	}
	CHECK(ok, "\"%s\" parses: %s (at %d)", c->in, err.detail, err.position);
	if (!ok)
		return;
	ind_format(&x, buf, sizeof(buf));
	CHECK_STR(buf, c->out, "output of \"%s\"", c->in);
	ind_value_string(&x, val, sizeof(val));
	CHECK_STR(val, c->value, "value of \"%s\"", c->in);
	ind_format_unit(&x, unit, sizeof(unit));
	CHECK_STR(unit, c->unit, "unit of \"%s\"", c->in);
	CHECK_STR(ind_qual_class_name(ind_qual_class(&x)), c->qual_class, "qualifier of \"%s\"", c->in);
	/* the output re-reads to an equal value with the same fields */
	ok = ind_parse(buf, strlen(buf), &y, &err);
	CHECK(ok, "output \"%s\" of \"%s\" re-reads: %s", buf, c->in, err.detail);
	if (ok)
	{
		char		buf2[IND_OUT_MAX];

		CHECK(ind_equal(&x, &y), "\"%s\" equals its re-read output", c->in);
		CHECK(ind_hash(&x, 0) == ind_hash(&y, 0), "hash of \"%s\" is stable", c->in);
		ind_format(&y, buf2, sizeof(buf2));
		CHECK_STR(buf2, buf, "output is a fixed point for \"%s\"", c->in);
		CHECK(x.mag == y.mag && x.unit == y.unit && x.qual == y.qual && x.scale == y.scale,
			  "\"%s\" keeps magnitude, unit, qualifier and scale", c->in);
	}
}

/* every change word has an opposite of the other direction (arithmetic flips signs) */
static void
check_verb_opposites(void)
{
	for (int id = 1; id < ind_verb_count(); id++)
	{
		int			cls = ind_verb(id)->cls,
					o = ind_verb_opposite(id);

		if (cls != CD_UP && cls != CD_DOWN)
			continue;
		CHECK(o > 0 && o < ind_verb_count() &&
			  ind_verb(o)->cls == (cls == CD_UP ? CD_DOWN : CD_UP),
			  "the opposite of %s (%d) is %d", ind_verb(id)->word, id, o);
	}
}

void
test_parse(void)
{
	check_verb_opposites();
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		check_case(&cases[i]);

	/* more than 256 characters is an error, ASCII or not, never a silent truncation */
	{
		char		buf[1024];
		Indicator	x;
		IndError	e;

		memset(buf, '1', 300);
		CHECK(!ind_parse(buf, 300, &x, &e) && e.code == IND_ERR_SYNTAX &&
			  strstr(e.detail, "longer") != NULL, "300 ASCII digits: %s", e.detail);
		for (int k = 0; k < 100; k++)
			memcpy(buf + 3 * k, "亿", 3);
		CHECK(!ind_parse(buf, 300, &x, &e) && strstr(e.detail, "longer") == NULL,
			  "100 CJK characters are within the limit and fail for another reason: %s", e.detail);
		for (int k = 0; k < 300; k++)
			memcpy(buf + 3 * k, "亿", 3);
		CHECK(!ind_parse(buf, 900, &x, &e) && strstr(e.detail, "longer") != NULL,
			  "300 CJK characters: %s", e.detail);
	}
}
