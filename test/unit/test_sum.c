/*
 * test_sum.c: sum() state equals the fold of +, in any split (parallel partial sums); a
 * sum of partial sums prints what the sum of the rows prints (random splits); the mean
 * is rounded half-even to 18 significant digits.
 */
#include "unit.h"
#include "ind.h"

void		test_sum(void);
void		test_sum_associative(void);
void		test_avg_rounding(void);

static bool
parse(const char *s, Indicator *x)
{
	IndError	e;

	return ind_parse(s, strlen(s), x, &e);
}

static void
check_list(const char *const *vals, int n, const char *want)
{
	IndSum		all,
				left,
				right;
	Indicator	fold,
				x,
				r,
				m;
	IndError	e;
	char		buf[IND_OUT_MAX],
				buf2[IND_OUT_MAX];
	bool		ok = true;

	ind_sum_init(&all);
	for (int i = 0; i < n; i++)
	{
		ok = ok && parse(vals[i], &x) && ind_sum_add(&all, &x, &e);
		if (i == 0)
			fold = x;
		else
			ok = ok && ind_add(&fold, &x, false, &fold, &e);
	}
	CHECK(ok && ind_sum_result(&all, &r, &e), "sum of %s...: %s", vals[0], e.detail);
	ind_format(&r, buf, sizeof(buf));
	CHECK_STR(buf, want, "sum starting %s", vals[0]);
	ind_format(&fold, buf2, sizeof(buf2));
	CHECK(ind_equal(&r, &fold), "sum %s equals the fold of + %s", buf, buf2);
	/* every split into two partial states merges to the same result */
	for (int k = 0; k <= n; k++)
	{
		ind_sum_init(&left);
		ind_sum_init(&right);
		for (int i = 0; i < n; i++)
		{
			parse(vals[i], &x);
			ind_sum_add(i < k ? &left : &right, &x, &e);
		}
		CHECK(ind_sum_merge(&left, &right, &e) && ind_sum_result(&left, &m, &e) &&
			  ind_equal(&m, &r), "split at %d of the list starting %s", k, vals[0]);
		ind_format(&m, buf2, sizeof(buf2));
		CHECK_STR(buf2, buf, "split at %d prints the same", k);
	}
}

void
test_sum(void)
{
	static const char *const money[] = {"1800亿元", "1.4万亿元", "27701元", "36.40万元"};
	static const char *const area[] = {"3万多亩", "200亩", "1公顷", "15亩"};
	static const char *const bounds[] = {"突破6600家", "超过7000家", "10家"};
	static const char *const mixed[] = {"超过5%", "不到3%", "1%"};
	static const char *const changes[] = {"同比增长5%", "同比下降2%", "同比持平"};

	check_list(money, 4, "1.580000391701万亿元");
	check_list(area, 4, "超过3.0230万亩");
	check_list(bounds, 3, "超过13610家");
	check_list(mixed, 3, "约9%");
	check_list(changes, 3, "同比增长3%");
	/* 基本持平 is about 0: a sum with it is approximate, flat rows alone are 基本持平 */
	{
		static const char *const about[] = {"同比增长5%", "同比基本持平", "同比下降2%"};
		static const char *const flats[] = {"持平", "基本持平", "持平"};
		static const char *const flats2[] = {"基本持平", "持平"};
		static const char *const exact_flats[] = {"持平", "持平"};

		check_list(about, 3, "同比增长约3%");
		check_list(flats, 3, "基本持平");
		check_list(flats2, 2, "基本持平");
		check_list(exact_flats, 2, "持平");
	}

	/* mixing dimensions is an error naming both units */
	{
		IndSum		s;
		Indicator	a,
					b;
		IndError	e;

		ind_sum_init(&s);
		parse("1800亿元", &a);
		parse("3万多亩", &b);
		CHECK(ind_sum_add(&s, &a, &e) && !ind_sum_add(&s, &b, &e) && e.code == IND_ERR_DIMENSION &&
			  strstr(e.detail, "元") && strstr(e.detail, "亩"), "mixed dimensions: %s", e.detail);
	}
	/* avg */
	{
		IndSum		s;
		Indicator	a,
					r;
		IndError	e;
		char		buf[IND_OUT_MAX];

		ind_sum_init(&s);
		parse("36.4万人", &a);
		ind_sum_add(&s, &a, &e);
		parse("30万人", &a);
		ind_sum_add(&s, &a, &e);
		parse("1万人", &a);
		ind_sum_add(&s, &a, &e);
		CHECK(ind_sum_avg(&s, &r, &e), "avg");
		ind_format(&r, buf, sizeof(buf));
		CHECK_STR(buf, "22.4666666666666667万人", "avg rounds half-even to 18 digits");
	}
}

/* A deserialized state is untrusted: every corrupt field is refused. */
void		test_sum_valid(void);

void
test_sum_valid(void)
{
	IndSum		s,
				bad;
	Indicator	x;
	IndError	e;

	ind_sum_init(&s);
	parse("1800亿元", &x);
	ind_sum_add(&s, &x, &e);
	CHECK(ind_sum_valid(&s, &e), "a real state is valid");
	/* each line: one field of the valid state corrupted, which must be refused */
#define REFUSED(assignment, what) \
	do { bad = s; bad.assignment; CHECK(!ind_sum_valid(&bad, &e), what); } while (0)
	REFUSED(count = -1, "negative count");
	REFUSED(nvalues = s.count + 1, "more values than rows");
	REFUSED(tmpl.unit = 250, "unknown unit");
	REFUSED(e = 100000, "exponent out of range");
	REFUSED(other.d = 0, "zero denominator");
	REFUSED(max_mag = 77, "unknown magnitude");
	REFUSED(classes = 0xFFFF, "unknown qualifier classes");
	/* (every basis byte names a basis: 0 .. 97 words, 98 .. 127 year ends, 128 .. 255 years) */
	REFUSED(acc = ((ind_i128) 1) << 125, "accumulator out of range");
#undef REFUSED
}


static void
add_rows(IndSum *s, const char *const *vals, int n)
{
	IndError	e;

	ind_sum_init(s);
	for (int i = 0; i < n; i++)
	{
		Indicator	x = ut_parse(vals[i]);

		CHECK(ind_sum_add(s, &x, &e), "add %s: %s", vals[i], e.detail);
	}
}

/* ---- a sum of per-group sums prints what the sum of all rows prints ---- */

static uint64_t rng = 0x2545F4914F6CDD1DULL;

static unsigned
next_rand(unsigned n)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return (unsigned) (rng % n);
}

/* a random figure in 元, 万元 or 亿元, with a random qualifier and a random sign */
static void
random_figure(char *buf, size_t size)
{
	static const char *const mags[] = {"", "万", "亿"};
	static const char *const prefixes[] = {"", "", "", "超过", "近", "约", "不到"};
	static const char *const suffixes[] = {"", "", "", "以上", "以下", "左右"};
	unsigned	whole = 1 + next_rand(99999),
				decimals = next_rand(5),
				frac = next_rand(10000);
	const char *mag = mags[next_rand(3)];
	const char *sign = next_rand(3) == 0 ? "-" : "";	/* sign-mixed rows (issue 19) */
	char		number[32];

	if (decimals == 0)
		snprintf(number, sizeof(number), "%s%u", sign, whole);
	else
		snprintf(number, sizeof(number), "%s%u.%0*u", sign, whole, (int) decimals,
				 frac % (decimals == 1 ? 10 : decimals == 2 ? 100 : decimals == 3 ? 1000 : 10000));
	switch (next_rand(4))
	{
		case 0:
			snprintf(buf, size, "%s%s%s元", prefixes[next_rand(7)], number, mag);
			break;
		case 1:
			snprintf(buf, size, "%s%s元%s", number, mag, suffixes[next_rand(6)]);
			break;
		case 2:
			/* 多 after the magnitude, on a whole number */
			snprintf(buf, size, "%s%u%s多元", sign, whole, *mag ? mag : "万");
			break;
		default:
			snprintf(buf, size, "%s%s元", number, mag);
			break;
	}
}

void
test_sum_associative(void)
{
	int			failures = 0;

	for (int trial = 0; trial < 3000; trial++)
	{
		int			n = 1 + (int) next_rand(12),
					groups = 1 + (int) next_rand(4);
		IndSum		all,
					part[4],
					resum;
		Indicator	x,
					r_all,
					r_resum;
		IndError	e;
		char		figs[12][64],
					t_all[IND_OUT_MAX],
					t_resum[IND_OUT_MAX];
		bool		ok = true;

		ind_sum_init(&all);
		ind_sum_init(&resum);
		for (int g = 0; g < groups; g++)
			ind_sum_init(&part[g]);
		for (int i = 0; i < n; i++)
		{
			random_figure(figs[i], sizeof(figs[i]));
			if (!ind_parse(figs[i], strlen(figs[i]), &x, &e))
			{
				CHECK(false, "generated figure %s parses: %s", figs[i], e.detail);
				return;
			}
			ok = ok && ind_sum_add(&all, &x, &e) && ind_sum_add(&part[next_rand(groups)], &x, &e);
		}
		for (int g = 0; ok && g < groups; g++)
		{
			if (part[g].count == 0)
				continue;
			ok = ind_sum_result(&part[g], &x, &e) && ind_sum_add(&resum, &x, &e);
		}
		ok = ok && ind_sum_result(&all, &r_all, &e) && ind_sum_result(&resum, &r_resum, &e);
		if (!ok)
		{
			CHECK(false, "trial %d sums (first row %s): %s", trial, figs[0], e.detail);
			failures++;
			continue;
		}
		ind_format(&r_all, t_all, sizeof(t_all));
		ind_format(&r_resum, t_resum, sizeof(t_resum));
		if (!ind_equal(&r_all, &r_resum) || strcmp(t_all, t_resum) != 0)
		{
			failures++;
			if (failures <= 5)
				CHECK(false, "trial %d: sum of %d rows (first %s) is %s, sum of %d group sums is %s",
					  trial, n, figs[0], t_all, groups, t_resum);
		}
	}
	CHECK(failures == 0, "3000 random splits: a sum of group sums prints as the sum of the rows (%d differ)",
		  failures);
}

static void
check_avg(const char *a, const char *b, const char *want)
{
	const char *const vals[] = {a, b};
	IndSum		s;
	Indicator	r;
	IndError	e;
	char		buf[IND_OUT_MAX];

	add_rows(&s, vals, 2);
	ut_check_figure(ind_sum_avg(&s, &r, &e), &r, &e, want, "avg", buf);
}

void
test_avg_rounding(void)
{
	/* exact means of 19 digits: one half-even rounding to 18 significant digits */
	check_avg("9.99999999999999999", "0", "5.00000000000000000");
	check_avg("999999999999999999元", "0元", "500000000000000000元");
	check_avg("999999999999999997元", "0元", "499999999999999998元");
	check_avg("-999999999999999997元", "0元", "-499999999999999998元");
	check_avg("999999999999999995元", "2元", "499999999999999998元");
	/* a mean that fits is exact */
	check_avg("3万元", "4万元", "3.5万元");
}
