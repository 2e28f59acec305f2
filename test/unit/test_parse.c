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

void
test_parse(void)
{
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
