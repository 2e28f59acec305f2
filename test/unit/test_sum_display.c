/*
 * test_sum_display.c: the display rule of sums (arith.c, ind_finest_exp): + and sum()
 * print a total alike, in any order and any split, down to the finest digit of the rows
 * (an integer's trailing zeros carry no precision, a written decimal's do); and the sum's
 * cached-shape fast path keeps the sign that decides a 多/余 row's bound.
 */
#include "unit.h"
#include "ind.h"

void		test_sum_display(void);

/* a + b + ... folded from the left (or from the right) */
static bool
fold(const char *const *vals, int n, bool from_right, Indicator *r, IndError *e)
{
	*r = ut_parse(vals[from_right ? n - 1 : 0]);
	for (int i = 1; i < n; i++)
	{
		Indicator	x = ut_parse(vals[from_right ? n - 1 - i : i]);

		if (!(from_right ? ind_add(&x, r, false, r, e) : ind_add(r, &x, false, r, e)))
			return false;
	}
	return true;
}

static bool
sum_of(const char *const *vals, int from, int to, IndSum *s, IndError *e)
{
	ind_sum_init(s);
	for (int i = from; i < to; i++)
	{
		Indicator	x = ut_parse(vals[i]);

		if (!ind_sum_add(s, &x, e))
			return false;
	}
	return true;
}

/* sum(), + from either side, every split of the states and of the printed partial sums */
static void
check_display(const char *const *vals, int n, const char *want)
{
	IndSum		s,
				left,
				right,
				resum;
	Indicator	r,
				a,
				b;
	IndError	e;
	char		buf[IND_OUT_MAX];

	ut_check_figure(sum_of(vals, 0, n, &s, &e) && ind_sum_result(&s, &r, &e), &r, &e, want,
					"sum()", buf);
	ut_check_figure(fold(vals, n, false, &r, &e), &r, &e, want, "+ from the left", buf);
	ut_check_figure(fold(vals, n, true, &r, &e), &r, &e, want, "+ from the right", buf);
	for (int k = 1; k < n; k++)
	{
		/* partial states merged (parallel workers, Citus shards) */
		ut_check_figure(sum_of(vals, 0, k, &left, &e) && sum_of(vals, k, n, &right, &e) &&
						ind_sum_merge(&left, &right, &e) && ind_sum_result(&left, &r, &e),
						&r, &e, want, "merged states", buf);
		/* partial sums as values, summed again (a sum of per-group sums) */
		ind_sum_init(&resum);
		ut_check_figure(sum_of(vals, 0, k, &left, &e) && sum_of(vals, k, n, &right, &e) &&
						ind_sum_result(&left, &a, &e) && ind_sum_result(&right, &b, &e) &&
						ind_sum_add(&resum, &a, &e) && ind_sum_add(&resum, &b, &e) &&
						ind_sum_result(&resum, &r, &e), &r, &e, want, "sum of partial sums", buf);
		ut_check_figure(ind_add(&a, &b, false, &r, &e), &r, &e, want, "partial sum + partial sum", buf);
	}
}

#define CHECK_DISPLAY(want, ...) \
	do { \
		static const char *const v_[] = {__VA_ARGS__}; \
		check_display(v_, (int) (sizeof(v_) / sizeof(v_[0])), want); \
	} while (0)

void
test_sum_display(void)
{
	char		buf[IND_OUT_MAX];

	/* issue 18: 3000 is known to the 千, 1800亿 to the 百亿, 50亿 to the 十亿 */
	CHECK_DISPLAY("2.3万元", "3000元", "2万元");
	CHECK_DISPLAY("1.585万亿元", "1800亿元", "1.4万亿元", "50亿元");
	CHECK_DISPLAY("1.58万亿元", "1800亿元", "1.4万亿元");
	/* a written decimal's zeros count, an integer's do not */
	CHECK_DISPLAY("2.80万元", "2.50万元", "3000元");
	CHECK_DISPLAY("2.30000万元", "3000.0元", "2万元");
	CHECK_DISPLAY("2.0000亿元", "1亿元", "1万元", "9999万元");
	/* a partial sum keeps the digits it knows: 3001 + 6999 is 10000 to the 元 */
	CHECK_DISPLAY("3.0000万元", "3001元", "6999元", "2万元");
	CHECK_DISPLAY("3.0万元", "3000元", "7000元", "2万元");
	CHECK_DISPLAY("10万元", "3万元", "7万元");
	CHECK_DISPLAY("-1万元", "-3万元", "2万元");
	/* an integer zero shows no digit; a written 0.0 does */
	CHECK_DISPLAY("2.5万元", "0元", "2.5万元");
	CHECK_DISPLAY("2.50万元", "0.00万元", "2.5万元");
	CHECK_DISPLAY("0元", "0元", "0元");
	/* other units of the dimension count in their own unit */
	CHECK_DISPLAY("2公顷", "1公顷", "15亩");
	CHECK_DISPLAY("1.10公顷", "1公顷", "1.50亩");
	/* % - % is 个百分点, one decimal as written */
	{
		Indicator	a = ut_parse("7.2%"),
					b = ut_parse("5.2%"),
					r;
		IndError	e;

		ut_check_figure(ind_add(&a, &b, true, &r, &e), &r, &e, "2.0个百分点", "7.2% - 5.2%", buf);
	}

	/* a computed integer's known zeros are kept in its value, not in its text */
	{
		Indicator	a = ut_parse("3001元"),
					b = ut_parse("6999元"),
					r,
					t;
		IndError	e;

		ut_check_figure(ind_add(&a, &b, false, &r, &e), &r, &e, "10000元", "3001元 + 6999元", buf);
		CHECK((r.flags & IND_FLAG_ZEROS) && ind_finest_exp(&r) == 0 && ind_validate(&r, &e),
			  "10000元 from 3001元 + 6999元 knows its zeros");
		t = ut_parse("10000元");
		CHECK(!(t.flags & IND_FLAG_ZEROS) && ind_finest_exp(&t) == 4 && ind_equal(&t, &r),
			  "10000元 read from text is known to the 万, and equal");
		t.flags |= IND_FLAG_ZEROS;
		t.coef = 10001;
		CHECK(!ind_validate(&t, &e) && e.code == IND_ERR_CORRUPT, "known zeros on 10001 are refused");
		a = ut_parse("3000元");
		b = ut_parse("7000元");
		ut_check_figure(ind_add(&a, &b, false, &r, &e), &r, &e, "10000元", "3000元 + 7000元", buf);
		CHECK(ind_finest_exp(&r) == 3 && ind_validate(&r, &e), "3000元 + 7000元 is known to the 千");
	}

	/* issue 19: the sign decides a 多/余 row's bound, also on the fast path */
	CHECK_DISPLAY("约0万元", "3万多元", "-3万多元");
	CHECK_DISPLAY("约0万元", "-3万多元", "3万多元");
	CHECK_DISPLAY("约3万元", "3万多元", "-3万多元", "3万多元");
	CHECK_DISPLAY("超过6万元", "3万多元", "3万多元");
	CHECK_DISPLAY("约-1万元", "-3万多元", "-1万多元", "3万多元");
	CHECK_DISPLAY("约-1万元", "3万多元", "-1万多元", "-3万多元");
	CHECK_DISPLAY("不到-4万元", "-3万多元", "-1万多元");
	/* a bounded change: 增长超过5% is ≥ 5%, 下降超过5% ≤ −5% */
	CHECK_DISPLAY("同比增长约0%", "同比增长超过5%", "同比下降超过5%");
	CHECK_DISPLAY("同比增长超过10%", "同比增长超过5%", "同比增长超过5%");
}
