/* test_arith.c: the arithmetic rules of arith.c on values, units and qualifiers. */
#include "unit.h"
#include "ind.h"

#include <stdlib.h>

void		test_arith(void);

#define P ut_parse

static const char *
S(const Indicator *x)
{
	static char buf[8][IND_OUT_MAX];
	static int	k = 0;

	k = (k + 1) % 8;
	ind_format(x, buf[k], IND_OUT_MAX);
	return buf[k];
}

typedef struct
{
	const char *a;
	char		op;
	const char *b;
	const char *want;			/* canonical text, or "!CODE" for an error */
} ArithCase;

static const ArithCase cases[] = {
	{"1800亿元", '+', "1.4万亿元", "1.58万亿元"},
	{"1公顷", '+', "15亩", "2公顷"},
	{"15亩", '+', "1公顷", "30亩"},
	{"1平方米", '+', "1亩", "1.0015亩"},
	{"36.40万人", '+', "1万人", "37.40万人"},
	{"7.2%", '-', "5.2%", "2.0个百分点"},
	{"5%", '+', "2个百分点", "7%"},
	{"5%", '-', "2个百分点", "3%"},
	{"2个百分点", '+', "3个百分点", "5个百分点"},
	{"3万多亩", '+', "200亩", "超过3.02万亩"},
	{"超过5%", '+', "不到3%", "约8%"},
	{"突破6600家", '+', "超过7000家", "超过13600家"},
	{"突破6600家", '+', "6600家以上", "突破13200家"},
	{"3%以内", '+', "不到2%", "不到5%"},
	{"约5%", '+', "5%", "约10%"},
	{"近5万人", '+', "1万人", "近6万人"},
	{"超过1800亿元", '-', "100亿元", "超过1700亿元"},
	{"超过1800亿元", '-', "超过100亿元", "约1700亿元"},
	{"同比下降15.3%", '+', "同比增长3%", "同比下降12.3%"},
	{"同比增长5.2%", '-', "同比增长3.0%", "同比增长2.2个百分点"},
	{"27701元", '+', "增加1000元", "!4"},	/* a level plus a change: apply_change() */
	{"1.4万亿元", '/', "1000万人", "14万元/人"},
	{"1.5万元/人", '*', "36.4万人", "546000万元"},
	{"36.4万人", '*', "2", "72.8万人"},
	{"超过5%", '*', "-2", "不到-10%"},
	{"1800亿元", '+', "3万多亩", "!4"},
	{"5家", '+', "5所", "!4"},
	{"1800亿元", '/', "0", "!6"},
	{"999999999999999999", '+', "999999999999999999", "!3"},
	/* found by fuzzing: 翻番 divided is an ordinary 增长 in 倍; a quotient past 36 digits */
	{"翻番", '/', "5", "增长0.2倍"},
	{"53866980头", '/', "0.00000000000000000000000000000288669805", "!3"},
	{"900000000000000000", '+', "900000000000000000", "1800000000000000000"},
};

static void
run(const ArithCase *c)
{
	Indicator	a = P(c->a),
				b = P(c->b),
				r;
	IndError	e;
	bool		ok,
				isnum = false;
	ind_i128	nd;
	int			ns;

	memset(&e, 0, sizeof(e));
	switch (c->op)
	{
		case '+':
			ok = ind_add(&a, &b, false, &r, &e);
			break;
		case '-':
			ok = ind_add(&a, &b, true, &r, &e);
			break;
		case '/':
			ok = ind_divide(&a, &b, &r, &isnum, &nd, &ns, &e);
			break;
		default:
			ok = ind_multiply(&a, &b, &r, &e);
			break;
	}
	if (c->want[0] == '!')
	{
		CHECK(!ok && (int) e.code == atoi(c->want + 1), "%s %c %s fails with code %s (got ok=%d code %d: %s)",
			  c->a, c->op, c->b, c->want + 1, ok, e.code, e.detail);
		return;
	}
	CHECK(ok && !isnum, "%s %c %s: %s", c->a, c->op, c->b, e.detail);
	if (ok && !isnum)
	{
		Indicator	w = P(c->want);

		CHECK_STR(S(&r), c->want, "%s %c %s", c->a, c->op, c->b);
		CHECK(ind_equal(&r, &w), "%s %c %s equals %s", c->a, c->op, c->b, c->want);
		CHECK(ind_validate(&r, &e), "%s %c %s is a valid value: %s", c->a, c->op, c->b, e.detail);
	}
}

void
test_arith(void)
{
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		run(&cases[i]);

	/* a + b = b + a and (a + b) - b = a on exact values of one unit */
	{
		const char *vals[] = {"1800亿元", "1.4万亿元", "27701元", "-3.5万元", "0元", "36.40万元"};

		for (int i = 0; i < 6; i++)
			for (int j = 0; j < 6; j++)
			{
				Indicator	a = P(vals[i]),
							b = P(vals[j]),
							ab,
							ba,
							back;
				IndError	e;

				CHECK(ind_add(&a, &b, false, &ab, &e) && ind_add(&b, &a, false, &ba, &e) &&
					  ind_equal(&ab, &ba), "%s + %s commutes", vals[i], vals[j]);
				CHECK(ind_add(&ab, &b, true, &back, &e) && ind_equal(&back, &a),
					  "(%s + %s) - %s", vals[i], vals[j], vals[j]);
			}
	}
	/* 1800亿元 / 1.4万亿元 is a number, to 18 significant digits */
	{
		Indicator	a = P("1800亿元"),
					b = P("1.4万亿元"),
					r;
		IndError	e;
		bool		isnum;
		ind_i128	d;
		int			s;
		char		buf[128];

		CHECK(ind_divide(&a, &b, &r, &isnum, &d, &s, &e) && isnum, "same-dimension quotient");
		ind_i128_to_string(d, s, buf, sizeof(buf));
		CHECK_STR(buf, "0.128571428571428571", "1800亿元 / 1.4万亿元");
	}
	/* negation swaps the bounds; an open range stays open, mirrored */
	{
		Indicator	a = P("超过5%"),
					b = P("3万多亩"),
					r;
		IndError	e;

		CHECK(ind_negate(&a, &r, &e), "negate");
		CHECK_STR(S(&r), "不到-5%", "-超过5%%");
		CHECK(ind_negate(&b, &r, &e), "negate");
		CHECK_STR(S(&r), "-3万多亩", "-3万多亩");
	}
}
