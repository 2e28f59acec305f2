/* test_sum.c: sum() state equals the fold of +, in any split (parallel partial sums). */
#include "unit.h"
#include "ind.h"

void		test_sum(void);

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
	check_list(area, 4, "超过3.023万亩");
	check_list(bounds, 3, "超过13610家");
	check_list(mixed, 3, "约9%");
	check_list(changes, 3, "同比增长3%");

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
	REFUSED(basis = 100, "unknown basis");	/* 128 .. 255 name years */
	REFUSED(acc = ((ind_i128) 1) << 125, "accumulator out of range");
#undef REFUSED
}
