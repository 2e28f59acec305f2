/*
 * test_sum_display.c: the display rule of sums (arith.c, ind_finest_exp): + and sum()
 * print a total alike, in any order and any split, down to the finest digit of the rows
 * (an integer's trailing zeros carry no precision, a written decimal's do); and the sum's
 * cached-shape fast path keeps the sign that decides a 多/余 row's bound.
 */
#include "unit.h"
#include "ind.h"

void		test_sum_display(void);

/* partial sums that came out exactly zero (a zero shows no digit: doc/arithmetic.md) */
static int	zero_partials;

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
		if (r->coef == 0 && i < n - 1)
			zero_partials++;
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

/* ---- random rows: sum() and + from either side show the same digits ---- */

static uint64_t rng = 0x9E3779B97F4A7C15ULL;

static unsigned
next_rand(unsigned n)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return (unsigned) (rng % n);
}

/* 元/万元/亿元, integers with trailing zeros, decimals with them, signs, qualifiers */
static void
random_row(char *buf, size_t size)
{
	static const char *const mags[] = {"", "万", "亿"};
	static const char *const quals[] = {"", "", "", "超过", "约", "不到"};
	static const char *const ints[] = {"3000", "1800", "50", "7", "120", "99999", "10", "40500"};
	static const char *const decs[] = {"2.50", "1.4", "0.05", "36.40", "3.000", "12.3", "0.0"};
	const char *sign = next_rand(3) == 0 ? "-" : "";

	if (next_rand(5) == 0)
		snprintf(buf, size, "%s%s%s多元", sign, ints[next_rand(8)], next_rand(2) ? "万" : "亿");
	else
		snprintf(buf, size, "%s%s%s%s元", quals[next_rand(6)], sign,
				 next_rand(2) ? ints[next_rand(8)] : decs[next_rand(7)], mags[next_rand(3)]);
}

static bool
same_digits(const Indicator *a, const Indicator *b)
{
	return ind_equal(a, b) && a->mag == b->mag && a->scale == b->scale &&
		(a->flags & IND_FLAG_ZEROS) == (b->flags & IND_FLAG_ZEROS);
}

static void
check_random_rows(int trials)
{
	int			failures = 0,
				skipped = 0;

	for (int t = 0; t < trials; t++)
	{
		char		rows[6][64];
		const char *vals[6];
		int			n = 2 + (int) next_rand(5);
		IndSum		s;
		Indicator	r,
					left,
					right;
		IndError	e;
		char		a[IND_OUT_MAX],
					b[IND_OUT_MAX];

		for (int i = 0; i < n; i++)
		{
			random_row(rows[i], sizeof(rows[i]));
			vals[i] = rows[i];
		}
		zero_partials = 0;
		if (!sum_of(vals, 0, n, &s, &e) || !ind_sum_result(&s, &r, &e) ||
			!fold(vals, n, false, &left, &e) || !fold(vals, n, true, &right, &e))
			continue;			/* out of range: not this test's question */
		if (zero_partials > 0)
		{
			skipped++;			/* a partial sum of exactly zero carries no digit */
			continue;
		}
		if (!same_digits(&r, &left) || !same_digits(&r, &right))
		{
			if (++failures <= 5)
			{
				ind_format(&r, a, sizeof(a));
				ind_format(&left, b, sizeof(b));
				CHECK(false, "rows %s, %s, %s ... (%d): sum %s (%lld e%d f%d), + %s (%lld e%d f%d)",
					  vals[0], vals[1], n > 2 ? vals[2] : "", n, a, (long long) r.coef, r.scale,
					  r.flags, b, (long long) left.coef, left.scale, left.flags);
			}
		}
	}
	CHECK(failures == 0 && skipped < trials / 10,
		  "%d random row lists: sum() and + show the same digits (%d differ, %d with a zero partial sum left out)",
		  trials, failures, skipped);
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

	check_random_rows(3000);

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
