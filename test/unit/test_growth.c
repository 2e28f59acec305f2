/* test_growth.c: growth rates, applying and backing out changes. */
#include "unit.h"
#include "ind.h"

void		test_growth(void);

#define P ut_parse

static void
growth_case(const char *cur, const char *prev, bool bei, const char *want)
{
	Indicator	a = P(cur),
				b = P(prev),
				r;
	IndError	e;
	char		call[128],
				buf[IND_OUT_MAX];

	snprintf(call, sizeof(call), "growth(%s, %s)", cur, prev);
	ut_check_figure(ind_growth(&a, &b, 1, bei, 1, &r, &e), &r, &e, want, call, buf);
}

/* the result must equal want (not print as it: 105亿元 and 105.00亿元 are both right) */
static void
apply_case(const char *base, const char *change, bool inverse, const char *want)
{
	Indicator	a = P(base),
				c = P(change),
				r,
				w = P(want);
	IndError	e;
	char		call[128],
				buf[IND_OUT_MAX];

	snprintf(call, sizeof(call), "%s(%s, %s)", inverse ? "base_value" : "apply_change", base, change);
	ut_check_figure(ind_apply_change(&a, &c, inverse, &r, &e), &r, &e, NULL, call, buf);
	CHECK(buf[0] == '\0' || ind_equal(&r, &w), "%s = %s, got %s", call, want, buf);
}

void
test_growth(void)
{
	growth_case("27701元", "25986元", false, "同比增长6.6%");
	growth_case("100亿元", "120亿元", false, "同比下降16.7%");
	growth_case("1.4万亿元", "7000亿元", true, "同比增长1.0倍");
	growth_case("超过1800亿元", "1500亿元", false, "同比增长超过20.0%");
	growth_case("36.4万人", "36.4万人", false, "同比增长0.0%");
	/* half-even on the exact quotient: 1.0125 -> 1.2% at one decimal */
	growth_case("101.25元", "100元", false, "同比增长1.2%");

	apply_case("100亿元", "增长5%", false, "105亿元");
	apply_case("100亿元", "下降5%", false, "95亿元");
	apply_case("5%", "提高2个百分点", false, "7%");
	apply_case("100人", "增加20人", false, "120人");
	apply_case("100亿元", "翻两番", false, "400亿元");
	apply_case("100亿元", "增长1倍", false, "200亿元");
	apply_case("100亿元", "持平", false, "100亿元");
	apply_case("100亿元", "基本持平", false, "约100亿元");
	apply_case("100亿元", "基本持平", true, "约100亿元");
	apply_case("超过100亿元", "基本持平", false, "约100亿元");
	apply_case("100亿元", "增长超过5%", false, "超过105亿元");
	apply_case("105亿元", "增长5%", true, "100亿元");
	apply_case("7%", "提高2个百分点", true, "5%");
	apply_case("120人", "增加20人", true, "100人");
	apply_case("400亿元", "翻两番", true, "100亿元");
	apply_case("27701元", "增长6.6%", true, "25985.9287054409006元");

	/* errors */
	{
		Indicator	a = P("100亿元"),
					b = P("0元"),
					c = P("3万亩"),
					r;
		IndError	e;

		CHECK(!ind_growth(&a, &b, 0, false, 1, &r, &e) && e.code == IND_ERR_DIVISION_BY_ZERO,
			  "growth over zero");
		CHECK(!ind_growth(&a, &c, 0, false, 1, &r, &e) && e.code == IND_ERR_DIMENSION,
			  "growth across dimensions");
		b = P("下降100%");
		CHECK(!ind_apply_change(&a, &b, true, &r, &e) && e.code == IND_ERR_DIVISION_BY_ZERO,
			  "backing out a fall of 100%%");
	}
}
