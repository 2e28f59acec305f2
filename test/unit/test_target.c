/* test_target.c: target forms, their output, and meets() on, inside and outside the bound. */
#include "unit.h"
#include "ind.h"

void		test_target(void);

typedef struct
{
	const char *in;
	const char *out;
	int			cmp;
} TCase;

static const TCase forms[] = {
	{"565个", "565个", TC_REACH},
	{"达到565个", "达到565个", TC_REACH},
	{"6%以上", "6%以上", TC_GE},
	{"不低于6%", "不低于6%", TC_GE},
	{"至少6%", "至少6%", TC_GE},
	{"突破6%", "突破6%", TC_GE},
	{"超过6%", "超过6%", TC_GT},
	{"3%以内", "3%以内", TC_LE},
	{"控制在3%以内", "控制在3%以内", TC_LE},
	{"不超过3%", "不超过3%", TC_LE},
	{"不高于3%", "不高于3%", TC_LE},
	{"3%以下", "3%以下", TC_LE},
	{"低于3%", "低于3%", TC_LT},
	{"不到3%", "不到3%", TC_LT},
	{"5%左右", "5%左右", TC_APPROX},
	{"约5%", "约5%", TC_APPROX},
	{"5%-6%", "5%-6%", TC_BETWEEN},
	{"5%至6%", "5%至6%", TC_BETWEEN},
	{"5%~6%", "5%~6%", TC_BETWEEN},
	{"5%～6%", "5%~6%", TC_BETWEEN},
	{"5到6个百分点", "5到6个百分点", TC_BETWEEN},
	{"1.5万-2万元", "1.5万-2万元", TC_BETWEEN},
	{"增长6%左右", "增长6%左右", TC_APPROX},
	{"下降3%以上", "下降3%以上", TC_GE},
	{"降低2.5%左右", "降低2.5%左右", TC_APPROX},
	{"增长5%-6%", "增长5%-6%", TC_BETWEEN},
	{"力争6.5%", "力争6.5%", TC_REACH},
	{"5%左右，力争6%", "5%左右，力争6%", TC_APPROX},
	{"增长5.5%左右，力争6%", "增长5.5%左右，力争6%", TC_APPROX},
	{"计划总投资1.4万亿元", NULL, 0},
	{"近5%", NULL, 0},
	{"控制在5%", NULL, 0},
	{"5%-6亩", NULL, 0},
	{"增千—降3十", NULL, 0},	/* the ends change in different ways (found by fuzzing) */
	{"2亿~-2", NULL, 0},			/* a later separator splits it (found by fuzzing), but a
								 * range's levels ascend (since stop 32): none */
	{"-2~2亿", "-2~2亿", TC_BETWEEN},
	{"3.1晚 -0.1晚", NULL, 0},	/* a level, then its change with a minus sign (b111) */
	{"下降3%-5%", "下降3%-5%", TC_BETWEEN},	/* a change's ends: by their size */
};

static bool
P(const char *s, Indicator *x)
{
	IndError	e;

	return ind_parse(s, strlen(s), x, &e);
}

static void
meets(const char *actual, const char *target, TargetVerdict want)
{
	Indicator	a;
	Target		t;
	IndError	e;
	TargetVerdict v = TV_UNKNOWN;
	ExactValue	tol = {1, 1, -1};	/* 0.1 */
	bool		ok = P(actual, &a) && ind_target_parse(target, strlen(target), &t, &e) &&
		ind_target_meets(&a, &t, &tol, &v, &e);

	CHECK(ok && v == want, "meets(%s, %s) = %d, want %d", actual, target, (int) v, (int) want);
}

void
test_target(void)
{
	for (size_t i = 0; i < sizeof(forms) / sizeof(forms[0]); i++)
	{
		Target		t,
					u;
		IndError	e;
		char		buf[TARGET_OUT_MAX];
		bool		ok = ind_target_parse(forms[i].in, strlen(forms[i].in), &t, &e);

		if (!forms[i].out)
		{
			CHECK(!ok, "\"%s\" is not a target", forms[i].in);
			continue;
		}
		CHECK(ok, "\"%s\" parses: %s", forms[i].in, e.detail);
		if (!ok)
			continue;
		CHECK(t.cmp == forms[i].cmp, "\"%s\" comparator %d, want %d", forms[i].in, t.cmp, forms[i].cmp);
		ind_target_format(&t, buf, sizeof(buf));
		CHECK_STR(buf, forms[i].out, "output of \"%s\"", forms[i].in);
		CHECK(ind_target_parse(buf, strlen(buf), &u, &e) && ind_target_compare(&t, &u) == 0 &&
			  ind_target_hash(&t, 0) == ind_target_hash(&u, 0),
			  "\"%s\" round-trips: %s", forms[i].in, e.detail);
	}

	/* reach: on, inside, outside */
	meets("565个", "565个", TV_MET);
	meets("600个", "565个", TV_MET);
	meets("564个", "565个", TV_NOT_MET);
	/* ≥ includes the bound, > excludes it (Civil Code art. 1259) */
	meets("6%", "6%以上", TV_MET);
	meets("5.9%", "6%以上", TV_NOT_MET);
	meets("6%", "超过6%", TV_NOT_MET);
	meets("6.1%", "超过6%", TV_MET);
	/* caps */
	meets("3%", "3%以内", TV_MET);
	meets("3.1%", "控制在3%以内", TV_NOT_MET);
	meets("3%", "低于3%", TV_NOT_MET);
	meets("2.9%", "不到3%", TV_MET);
	/* ≈ with tolerance 0.1: 5%左右 accepts [4.5%, 5.5%] */
	meets("4.5%", "5%左右", TV_MET);
	meets("5.5%", "5%左右", TV_MET);
	meets("5.6%", "5%左右", TV_NOT_MET);
	meets("4.4%", "约5%", TV_NOT_MET);
	/* ranges, inclusive */
	meets("5%", "5%-6%", TV_MET);
	meets("6%", "5%至6%", TV_MET);
	meets("6.01%", "5%~6%", TV_NOT_MET);
	meets("5.5个百分点", "5到6个百分点", TV_MET);
	/* declines: the comparator applies to the size of the decline */
	meets("下降3%", "下降3%以上", TV_MET);
	meets("下降3.5%", "下降3%以上", TV_MET);
	meets("下降2.9%", "下降3%以上", TV_NOT_MET);
	meets("增长1%", "下降3%以上", TV_NOT_MET);
	meets("下降2.6%", "降低2.5%左右", TV_MET);
	meets("下降3%", "下降3%", TV_MET);
	meets("下降4%", "下降3%", TV_MET);
	meets("下降2%", "下降3%", TV_NOT_MET);
	/* undecidable: the actual's own qualifier straddles the bound */
	meets("3万多亩", "3.5万亩", TV_UNKNOWN);
	meets("3万多亩", "3万亩", TV_MET);
	meets("3万多亩", "5万亩", TV_NOT_MET);
	meets("超过6%", "6%以上", TV_MET);
	meets("6%以上", "超过6%", TV_UNKNOWN);
	meets("不到3%", "3%以内", TV_MET);
	meets("约5%", "5%左右", TV_MET);
	meets("约5%", "6%以上", TV_NOT_MET);
	meets("近6%", "6%以上", TV_UNKNOWN);

	/* completion: level actual/target, caps target/actual, changes actual/target change */
	{
		struct
		{
			const char *a,
					   *t,
					   *want;
		}			c[] = {
			{"600个", "565个", "106.2"},
			{"2.5%", "3%以内", "120.0"},
			{"下降3.3%", "下降3%以上", "110.0"},
			{"增长5.2%", "增长5.5%左右，力争6%", "94.5"},
			{"1.2万亿元", "1.4万亿元", "85.7"},
		};

		for (int i = 0; i < 5; i++)
		{
			Indicator	a;
			Target		t;
			IndError	e;
			ind_i128	q;
			int			s;
			char		buf[64];

			P(c[i].a, &a);
			ind_target_parse(c[i].t, strlen(c[i].t), &t, &e);
			CHECK(ind_target_completion(&a, &t, 1, &q, &s, &e), "completion(%s, %s)", c[i].a, c[i].t);
			ind_i128_to_string(q, s, buf, sizeof(buf));
			CHECK_STR(buf, c[i].want, "completion(%s, %s)", c[i].a, c[i].t);
		}
	}
	/* a corrupt target is refused */
	{
		Target		t;
		IndError	e;

		ind_target_parse("5%-6%", 5, &t, &e);
		t.cmp = 99;
		CHECK(!ind_target_validate(&t, &e), "bad comparator");
		ind_target_parse("565个", strlen("565个"), &t, &e);
		t.upper.coef = 1;
		CHECK(!ind_target_validate(&t, &e), "unused upper bound must be zero");
		ind_target_parse("565个", strlen("565个"), &t, &e);
		t.pad[3] = 1;
		CHECK(!ind_target_validate(&t, &e), "padding must be zero");
		/* found by fuzzing: a cap whose figure has no cap word would print as a reach */
		ind_target_parse("565个", strlen("565个"), &t, &e);
		t.cmp = TC_LE;
		CHECK(!ind_target_validate(&t, &e), "comparator and qualifier must agree");
	}
	/*
	 * found by fuzzing: a first end borrows the second's unit only as exactly that unit
	 * (1毫 + 米 would make 毫米, 1.4万亿千 + 瓦 千瓦: figures nobody wrote)
	 */
	{
		static const char *const refused[] = {"1\t毫～五米", "1毫～5米", "1.4万亿千-10瓦"};
		Target		t;
		IndError	e;

		for (int i = 0; i < 3; i++)
			CHECK(!ind_target_parse(refused[i], strlen(refused[i]), &t, &e) ||
				  t.main.unit == t.upper.unit, "%s: no unit made of a word and the borrowed unit",
				  refused[i]);
		CHECK(ind_target_parse("1.5万-2万元", strlen("1.5万-2万元"), &t, &e) &&
			  t.main.unit == t.upper.unit && (t.flags & TF_SHARED_UNIT), "1.5万-2万元 still borrows 元");
	}
}
