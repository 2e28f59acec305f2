/*
 * target.c: a planned figure and how it is judged (spec section 3).
 *
 *   target   := 控制在? figure ( sep figure )? ( "，"? 力争 figure )?  |  力争 figure
 *   sep      := - | ~ | 至 | 到            (an inclusive range: 5%-6%, 5到6个百分点)
 *
 * Each figure is an indicator (parse.c).  The comparator comes from the main figure's
 * qualifier: none or 达到 → reach (≥ in the favourable direction), 以上/不低于/至少/突破 → ≥,
 * 超过 → >, 以内/以下/不超过/不高于 → ≤, 低于/不到 → <, 左右/约 → ≈ (tolerance from
 * indicator.approx_tolerance); two figures → between, inclusive.  For a decline
 * (下降3%以上) the comparator applies to the size of the decline.
 *
 * meets(actual, target) compares the set of values the actual asserts (interval.c) with
 * the set the target accepts: inside → true, outside → false, straddling → NULL.
 */
#include "ind.h"

#include <stdio.h>
#include <string.h>

/* find a UTF-8 word in s from byte 'from'; returns byte offset or -1 */
static int
find(const char *s, int len, const char *w, int from)
{
	int			wl = (int) strlen(w);

	for (int i = from; i + wl <= len; i++)
		if (memcmp(s + i, w, wl) == 0)
			return i;
	return -1;
}

static int
chars_before(const char *s, int bytes)
{
	int			n = 0;

	for (int i = 0; i < bytes; i++)
		if (((unsigned char) s[i] & 0xC0) != 0x80)
			n++;
	return n;
}

static bool
parse_figure(const char *s, int len, int char_offset, Indicator *x, IndError *err)
{
	if (!ind_parse_fast(s, (size_t) len, x, err))
	{
		if (err->position > 0)
			err->position += char_offset;
		if (err->code == IND_ERR_CORRUPT)
			err->code = IND_ERR_SYNTAX;
		return false;
	}
	return true;
}

static const char *const range_seps[] = {"-", "~", "至", "到", "－", "～", "—"};
#define N_SEPS 7

/* Parse "a sep b"; false with *tried = false when there is no separator at all. */
static bool
parse_range(const char *s, int len, int offset, Target *t, bool *tried, IndError *err)
{
	*tried = false;
	for (int k = 0; k < N_SEPS; k++)
	{
		/* a separator after the first character (not a leading minus sign) */
		for (int at = find(s, len, range_seps[k], 1); at > 0;
			 at = find(s, len, range_seps[k], at + 1))
		{
			char		left[512],
						right[512],
						unit[64];
			int			sl = (int) strlen(range_seps[k]);
			Indicator	a,
						b;
			IndError	e1;

			if (at >= (int) sizeof(left) - 64 || len - at - sl >= (int) sizeof(right))
				continue;
			memcpy(right, s + at + sl, len - at - sl);
			right[len - at - sl] = '\0';
			memcpy(left, s, at);
			left[at] = '\0';
			if (!ind_parse(right, strlen(right), &b, &e1))
				continue;
			*tried = true;
			/* perhaps a later separator splits it right */
			if (!ind_parse(left, strlen(left), &a, &e1))
				continue;
			/*
			 * 5到6个百分点, 1.5万-2万元: a first figure without a unit borrows the second's.
			 * It must read back as exactly that unit: 1毫 + 米 would read as 1毫米 and
			 * 1.4万亿千 + 瓦 as 1.4万亿千瓦, figures nobody wrote.
			 */
			if (a.unit == 0 && b.unit != 0)
			{
				ind_format_unit(&b, unit, sizeof(unit));
				snprintf(left + at, sizeof(left) - at, "%s", unit);
				if (!parse_figure(left, (int) strlen(left), offset, &a, err) ||
					a.unit != b.unit || a.per_unit != b.per_unit ||
					IND_DEN_MAG(&a) != IND_DEN_MAG(&b))
					continue;
				t->flags |= TF_SHARED_UNIT;
			}
			/* 增长5%-6%: the second figure is the same kind of change */
			if (a.verb && !b.verb)
			{
				b.verb = a.verb;
				b.basis = a.basis;
				if (ind_change_dir(&a) == CD_DOWN)
					b.coef = -b.coef;
			}
			/* the second end is written bare (5%-6%): it takes the first end's change words */
			if (a.verb && b.verb && (b.verb != a.verb || b.basis != a.basis))
				return ind_fail(err, IND_ERR_SYNTAX, offset + 1,
								   "the two ends of a range change in different ways");
			if (a.qual || b.qual)
				return ind_fail(err, IND_ERR_SYNTAX, offset + 1,
							"a range takes no qualifier words on its ends");
			if (ind_dim_key(&a) != ind_dim_key(&b) || (a.verb != 0) != (b.verb != 0))
				return ind_fail(err, IND_ERR_SYNTAX, offset + 1,
							"the two ends of a range are of different kinds or units");
			/* 3.1 晚 -0.1晚 (a level, then its change with a minus sign): a range's levels
			 * ascend; a minus after a larger level is a sign, not a dash */
			if (!a.verb && ind_compare(&a, &b) > 0)
				continue;
			t->main = a;
			t->upper = b;
			t->cmp = TC_BETWEEN;
			/* full-width －, ～ and — print as their ASCII forms */
			t->flags |= (uint8_t) ((k < 4 ? k : k == 5 ? 1 : 0) << TF_SEP_SHIFT);
			return true;
		}
	}
	return false;
}

/* The comparator a main figure's qualifier gives; 0: 近 and 多/余 plan nothing. */
static const uint8_t cmp_of_class[QC__COUNT] = {
	[QC_LT] = TC_LT, [QC_LE] = TC_LE, [QC_APPROX] = TC_APPROX, [QC_EXACT] = TC_REACH,
	[QC_GE] = TC_GE, [QC_GT] = TC_GT
};

bool
ind_target_parse(const char *s, size_t len, Target *t, IndError *err)
{
	int			n = (int) len;
	int			start = 0,
				stretch_at,
				main_end;
	bool		tried;

	memset(t, 0, sizeof(*t));
	memset(err, 0, sizeof(*err));
	if (len > 1024)
		return ind_fail(err, IND_ERR_SYNTAX, 0, "input is longer than 1024 bytes");
	while (start < n && s[start] == ' ')
		start++;
	/* 力争: the stretch figure */
	stretch_at = find(s, n, "力争", start);
	main_end = stretch_at >= 0 ? stretch_at : n;
	if (stretch_at >= 0)
	{
		int			b = stretch_at + (int) strlen("力争");
		int			e = b;

		while (e < n && s[e] == ' ')
			e++;
		if (e >= n)
			return ind_fail(err, IND_ERR_SYNTAX, chars_before(s, b) + 1,
							"力争 needs a figure after it (力争6.5%%, 5%%左右，力争6%%)");
		if (!parse_figure(s + b, n - b, chars_before(s, b), &t->stretch, err))
			return false;
		t->flags |= TF_STRETCH;
		/* drop the comma (，or ,) and spaces before 力争 */
		while (main_end > start && (s[main_end - 1] == ' ' || s[main_end - 1] == ','))
			main_end--;
		if (main_end - start >= 3 && memcmp(s + main_end - 3, "，", 3) == 0)
			main_end -= 3;
		if (main_end - start >= 3 && memcmp(s + main_end - 3, "；", 3) == 0)
			main_end -= 3;
		if (main_end <= start)
		{
			/* 力争6.5% alone: the stretch is also the target */
			t->main = t->stretch;
			t->flags |= TF_STRETCH_ONLY;
			t->cmp = TC_REACH;
			return ind_target_validate(t, err);
		}
	}
	if (n - start >= 9 && memcmp(s + start, "控制在", 9) == 0)
	{
		t->flags |= TF_KONGZHI;
		start += 9;
	}
	if (parse_figure(s + start, main_end - start, chars_before(s, start), &t->main, err))
	{
		t->cmp = cmp_of_class[ind_qual_class(&t->main)];
		if (t->cmp == 0)
			return ind_fail(err, IND_ERR_SYNTAX, chars_before(s, start) + 1,
							"近 and 多/余 say what happened, not what is planned");
		if ((t->flags & TF_KONGZHI) && t->cmp != TC_LE && t->cmp != TC_LT)
			return ind_fail(err, IND_ERR_SYNTAX, 1, "控制在 needs a cap such as 以内 or 以下");
		return ind_target_validate(t, err);
	}
	{
		IndError	first = *err;

		if (parse_range(s + start, main_end - start, chars_before(s, start), t, &tried, err))
			return ind_target_validate(t, err);
		if (!tried)
			*err = first;
		return false;
	}
}

bool
ind_target_validate(const Target *t, IndError *err)
{
	IndError	e;
	static const Indicator zero;

	if (t->cmp < TC_REACH || t->cmp > TC_BETWEEN)
		return ind_fail(err, IND_ERR_CORRUPT, 0, "invalid target: comparator");
	if (t->flags & ~TF_DEFINED)
		return ind_fail(err, IND_ERR_CORRUPT, 0, "invalid target: flags");
	if (!ind_validate(&t->main, &e))
		return ind_fail(err, IND_ERR_CORRUPT, 0, "invalid target: main figure");
	/* the comparator is the main figure's qualifier (what the text form says) */
	if (t->cmp == TC_BETWEEN ? ind_qual_class(&t->main) != QC_EXACT
		: cmp_of_class[ind_qual_class(&t->main)] != t->cmp)
		return ind_fail(err, IND_ERR_CORRUPT, 0,
						"invalid target: comparator and qualifier disagree");
	if (t->cmp == TC_BETWEEN)
	{
		if (!ind_validate(&t->upper, &e) || ind_dim_key(&t->upper) != ind_dim_key(&t->main) ||
			t->upper.qual || t->main.qual || t->upper.verb != t->main.verb ||
			t->upper.basis != t->main.basis ||
			(!t->main.verb && ind_compare(&t->main, &t->upper) > 0))	/* levels ascend (as read) */
			return ind_fail(err, IND_ERR_CORRUPT, 0, "invalid target: range");
	}
	else if (memcmp(&t->upper, &zero, sizeof(zero)) != 0 ||
			 (t->flags & (TF_SEP_MASK | TF_SHARED_UNIT)))
		return ind_fail(err, IND_ERR_CORRUPT, 0, "invalid target: unused upper bound");
	if (t->flags & TF_STRETCH)
	{
		if (!ind_validate(&t->stretch, &e) || ind_dim_key(&t->stretch) != ind_dim_key(&t->main))
			return ind_fail(err, IND_ERR_SYNTAX, 0, "the 力争 figure is not in the target's unit");
	}
	else if (memcmp(&t->stretch, &zero, sizeof(zero)) != 0 || (t->flags & TF_STRETCH_ONLY))
		return ind_fail(err, IND_ERR_CORRUPT, 0, "invalid target: unused stretch");
	if ((t->flags & TF_STRETCH_ONLY) &&
		(t->cmp != TC_REACH || memcmp(&t->main, &t->stretch, sizeof(Indicator)) != 0))
		return ind_fail(err, IND_ERR_CORRUPT, 0, "invalid target: 力争 alone is its own figure");
	if ((t->flags & TF_KONGZHI) && t->cmp != TC_LE && t->cmp != TC_LT)
		return ind_fail(err, IND_ERR_CORRUPT, 0, "invalid target: 控制在 without a cap");
	for (int i = 0; i < (int) sizeof(t->pad); i++)
		if (t->pad[i])
			return ind_fail(err, IND_ERR_CORRUPT, 0, "invalid target: padding");
	return true;
}

static const char *const sep_words[] = {"-", "~", "至", "到"};

int
ind_target_format(const Target *t, char *buf, size_t size)
{
	char		a[IND_OUT_MAX],
				b[IND_OUT_MAX],
				c[IND_OUT_MAX];
	int			k = 0;

	buf[0] = '\0';
	if (t->flags & TF_STRETCH_ONLY)
	{
		ind_format(&t->stretch, c, sizeof(c));
		return snprintf(buf, size, "力争%s", c);
	}
	ind_format(&t->main, a, sizeof(a));
	if (t->cmp == TC_BETWEEN)
	{
		Indicator	u = t->upper;

		/* the second end of a change range prints as a bare figure */
		if (u.verb)
		{
			if (u.coef < 0)
				u.coef = -u.coef;
			u.verb = 0;
			u.basis = 0;
		}
		ind_format(&u, b, sizeof(b));
		if (t->flags & TF_SHARED_UNIT)
		{
			/* 5到6个百分点: drop the unit the first end shares with the second */
			char		unit[64];
			size_t		al = strlen(a),
						ul = (size_t) ind_format_unit(&t->main, unit, sizeof(unit));

			if (ul <= al && strcmp(a + al - ul, unit) == 0)
				a[al - ul] = '\0';
		}
		k = snprintf(buf, size, "%s%s%s", a, sep_words[(t->flags & TF_SEP_MASK) >> TF_SEP_SHIFT], b);
	}
	else
		k = snprintf(buf, size, "%s%s", (t->flags & TF_KONGZHI) ? "控制在" : "", a);
	if (t->flags & TF_STRETCH)
	{
		ind_format(&t->stretch, c, sizeof(c));
		k += snprintf(buf + k, size > (size_t) k ? size - k : 0, "，力争%s", c);
	}
	return k;
}

int
ind_target_compare(const Target *a, const Target *b)
{
	int			c;

	if (a->cmp != b->cmp)
		return a->cmp < b->cmp ? -1 : 1;
	if ((c = ind_compare(&a->main, &b->main)) != 0)
		return c;
	if ((c = ind_compare(&a->upper, &b->upper)) != 0)
		return c;
	if ((a->flags & TF_STRETCH) != (b->flags & TF_STRETCH))
		return (a->flags & TF_STRETCH) ? 1 : -1;
	if ((a->flags & TF_STRETCH) && (c = ind_compare(&a->stretch, &b->stretch)) != 0)
		return c;
	return 0;
}

/* The comparator (3 bits) above the main figure's key: the first two parts of the order. */
uint64_t
ind_target_sort_key(const Target *t)
{
	return ((uint64_t) (t->cmp & 7) << 60) | (ind_sort_key(&t->main) >> 3);
}

uint64_t
ind_target_hash(const Target *t, uint64_t seed)
{
	uint64_t	h = ind_hash(&t->main, seed ^ (0x9E37ULL * (t->cmp + 1)));

	if (t->cmp == TC_BETWEEN)
		h = ind_hash(&t->upper, h);
	if (t->flags & TF_STRETCH)
		h = ind_hash(&t->stretch, h ^ 0x5A5A5A5AULL);
	return h;
}

/* The set of values a target accepts. */
bool
ind_target_accepted(const Target *t, const ExactValue *tol, IndInterval *out)
{
	if (t->cmp == TC_BETWEEN)
	{
		ExactValue	a,
					b;

		ind_exact_base(&t->main, &a);
		ind_exact_base(&t->upper, &b);
		if (ind_cmp_exact(&a, &b) > 0)
		{
			ExactValue	x = a;

			a = b;
			b = x;
		}
		out->lo.v = a;
		out->lo.inf = false;
		out->lo.incl = true;
		out->hi.v = b;
		out->hi.inf = false;
		out->hi.incl = true;
		return true;
	}
	if (t->cmp == TC_REACH)
	{
		/* reach: at least the figure, in the favourable direction (a decline's size) */
		Indicator	m = t->main;

		m.qual = (uint8_t) ind_canonical_qual(QC_GE);
		return ind_interval(&m, tol, out);
	}
	return ind_interval(&t->main, tol, out);
}

/*
 * The actual must be of the target's dimension and kind: a level (5.9%) judged against a
 * change target (增长5.5%左右) would compare a rate with a growth of it.
 */
static bool
check_dims(const Indicator *actual, const Target *t, IndError *err)
{
	if ((actual->verb != 0) != (t->main.verb != 0))
	{
		ind_fail(err, IND_ERR_DIMENSION, 0,
				 actual->verb ? IND_MSG("cannot judge a change against a level target") :
				 IND_MSG("cannot judge a level against a change target"));
		err->hint = IND_HINT_JUDGE_KIND;
		return false;
	}
	if (ind_dim_key(actual) != ind_dim_key(&t->main))
		return ind_fail_units(err, "judge", "against the target in", actual, &t->main);
	return true;
}

bool
ind_target_meets(const Indicator *actual, const Target *t, const ExactValue *tol,
				 TargetVerdict *out, IndError *err)
{
	IndInterval a,
				ok;

	memset(err, 0, sizeof(*err));
	if (!check_dims(actual, t, err))
		return false;
	if (!ind_interval(actual, tol, &a) || !ind_target_accepted(t, tol, &ok))
		return ind_fail(err, IND_ERR_RANGE, 0, "value out of range");
	if (ind_interval_within(&a, &ok))
		*out = TV_MET;
	else if (ind_interval_disjoint(&a, &ok))
		*out = TV_NOT_MET;
	else
		*out = TV_UNKNOWN;
	return true;
}

bool
ind_target_completion(const Indicator *actual, const Target *t, int digits, ind_i128 *out,
					  int *scale, IndError *err)
{
	ExactValue	a,
				b,
				q;
	bool		cap = t->cmp == TC_LE || t->cmp == TC_LT;

	memset(err, 0, sizeof(*err));
	if (!check_dims(actual, t, err))
		return false;
	if (digits < 0 || digits > IND_MAX_DIGITS)
		return ind_fail(err, IND_ERR_RANGE, 0, "digits must be between 0 and %d", IND_MAX_DIGITS);
	ind_exact_base(actual, &a);
	ind_exact_base(&t->main, &b);
	/* caps: target / actual (less is better); otherwise actual / target */
	if ((cap ? a.n : b.n) == 0)
		return ind_fail(err, IND_ERR_DIVISION_BY_ZERO, 0, "%s",
					cap ? "completion of a cap with an actual of zero" : "completion of a zero target");
	if (!(cap ? ind_exact_percent(&b, &a, &q, err) : ind_exact_percent(&a, &b, &q, err)))
		return false;
	if (!ind_exact_round(&q, digits, out))
		return ind_fail(err, IND_ERR_RANGE, 0, "completion out of range");
	*scale = digits;
	return true;
}

/* progress towards the target figure: actual / target, exactly (1 = the whole target) */
static bool
progress(const Indicator *actual, const Target *t, ExactValue *rate, IndError *err)
{
	ExactValue	a,
				b;

	memset(err, 0, sizeof(*err));
	if (!check_dims(actual, t, err))
		return false;
	ind_exact_base(actual, &a);
	ind_exact_base(&t->main, &b);
	if (b.n == 0)
		return ind_fail(err, IND_ERR_DIVISION_BY_ZERO, 0, "progress towards a zero target");
	return ind_exact_div(&a, &b, rate, err);
}

static const char *const cmp_names[] = {"", "reach", "ge", "gt", "le", "lt", "approx", "between"};

const char *
ind_target_cmp_name(const Target *t)
{
	return t->cmp >= TC_REACH && t->cmp <= TC_BETWEEN ? cmp_names[t->cmp] : "";
}

/* gap: actual minus the target figure (a range: minus the nearer end, zero inside). */
bool
ind_target_gap(const Indicator *a, const Target *t, Indicator *r, IndError *err)
{
	Indicator	ref = t->main;

	if (t->cmp == TC_BETWEEN)
	{
		Indicator	lo = t->main,
					hi = t->upper;

		if (ind_compare(&lo, &hi) > 0)
		{
			lo = t->upper;
			hi = t->main;
		}
		if (ind_dim_key(a) == ind_dim_key(&lo) && ind_compare(a, &lo) < 0)
			ref = lo;
		else if (ind_dim_key(a) == ind_dim_key(&hi) && ind_compare(a, &hi) > 0)
			ref = hi;
		else
			ref = *a;			/* inside: a zero gap in the actual's unit */
	}
	ref.qual = 0;
	ref.flags &= ~IND_LEAD_MASK;
	if (ind_dim_key(a) != ind_dim_key(&ref))
		return ind_fail_units(err, "measure the gap of", "to the target in", a, &ref);
	return ind_add(a, &ref, true, r, err);
}

/* Is the actual beyond the target figure in the favourable direction? */
static bool
beyond(const Indicator *a, const Target *t)
{
	ExactValue	va,
				vt;
	int			c;
	ChangeDir	d = ind_change_dir(&t->main);

	ind_exact_base(a, &va);
	ind_exact_base(&t->main, &vt);
	c = ind_cmp_exact(&va, &vt);
	/* for a decline target (下降3%) a bigger decline is better */
	if ((d == CD_UP || d == CD_DOWN) && (t->main.coef < 0 || d == CD_DOWN))
		c = -c;
	return c > 0;
}

bool
ind_target_status(const Indicator *a, const Target *t, const ExactValue *tol, TargetStatus *out,
				  IndError *err)
{
	TargetVerdict v;

	if (!ind_target_meets(a, t, tol, &v, err))
		return false;
	if (v == TV_UNKNOWN)
		*out = TS_UNKNOWN;
	else if (v == TV_NOT_MET)
		*out = TS_NOT_DONE;
	else if ((t->cmp == TC_REACH || t->cmp == TC_GE || t->cmp == TC_GT) && beyond(a, t))
		*out = TS_EXCEEDED;		/* only targets one reaches can be exceeded */
	else
		*out = TS_DONE;
	return true;
}

const char *
ind_target_status_word(TargetStatus s)
{
	switch (s)
	{
		case TS_NOT_DONE:
			return "未完成";
		case TS_DONE:
			return "完成";
		case TS_EXCEEDED:
			return "超额完成";
		default:
			return NULL;
	}
}

/*
 * schedule_status: completion against elapsed time (时间过半、任务过半).
 * For additive totals (money, counts, area ... accumulated over the period) progress is
 * actual / target: 滞后 when progress < elapsed, 超前 when progress >= elapsed x
 * (1 + tolerance), else 正常; for a cap on a total the actual is what has been used, and
 * using more than the elapsed share is 滞后.  Rates, changes and per-unit figures do not
 * accumulate, so the figure to date is judged as it stands: met 正常, not met 滞后,
 * undecidable NULL.
 */
static bool
accumulates(const Target *t)
{
	int			dim = ind_dim_of_unit(t->main.unit);

	return !t->main.verb && !t->main.per_unit && dim != ind_dim_of_unit(ind_unit_id("%")) &&
		dim != ind_dim_of_unit(ind_unit_id("个百分点"));
}

bool
ind_target_schedule(const Indicator *a, const Target *t, const ExactValue *elapsed,
					const ExactValue *tol, ScheduleStatus *out, IndError *err)
{
	ExactValue	rate,
				zero = {0, 1, 0},
				one = {1, 1, 0},
				ahead;

	if (ind_cmp_exact(elapsed, &zero) < 0 || ind_cmp_exact(elapsed, &one) > 0)
		return ind_fail(err, IND_ERR_INVALID, 0, "elapsed must be a fraction between 0 and 1");
	if (!accumulates(t))
	{
		TargetVerdict v;

		if (!ind_target_meets(a, t, tol, &v, err))
			return false;
		*out = v == TV_UNKNOWN ? SS_UNKNOWN : v == TV_MET ? SS_ON_TRACK : SS_BEHIND;
		return true;
	}
	if (t->cmp == TC_BETWEEN || t->cmp == TC_APPROX)
		return ind_fail(err, IND_ERR_INVALID, 0,
						"schedule_status of a total needs a target to reach or a cap, not a range or an approximate figure");
	if (!progress(a, t, &rate, err))
		return false;
	if (t->cmp == TC_LE || t->cmp == TC_LT)
	{
		*out = ind_cmp_exact(&rate, elapsed) > 0 ? SS_BEHIND : SS_ON_TRACK;
		return true;
	}
	if (ind_cmp_exact(&rate, elapsed) < 0)
	{
		*out = SS_BEHIND;
		return true;
	}
	/* ahead when progress >= elapsed x (1 + tolerance) */
	if (!ind_exact_add(&one, tol, &ahead) || !ind_exact_mul(elapsed, &ahead, &ahead))
		return ind_fail(err, IND_ERR_RANGE, 0, "progress out of range");
	*out = ind_cmp_exact(&rate, &ahead) >= 0 ? SS_AHEAD : SS_ON_TRACK;
	return true;
}

const char *
ind_schedule_status_word(ScheduleStatus s)
{
	switch (s)
	{
		case SS_BEHIND:
			return "滞后";
		case SS_ON_TRACK:
			return "正常";
		case SS_AHEAD:
			return "超前";
		default:
			return NULL;
	}
}

/* completion_agg adds the targets' figures: only targets one reaches add up. */
bool
ind_target_additive(const Target *t, IndError *err)
{
	if (t->cmp == TC_BETWEEN || t->cmp == TC_LE || t->cmp == TC_LT)
		return ind_fail(err, IND_ERR_INVALID, 0,
						"completion_agg adds targets one reaches; ranges and caps do not add");
	return true;
}

bool
ind_completion_of_sums(const Indicator *actuals, const Indicator *targets, ind_i128 *out,
					   int *scale, IndError *err)
{
	ExactValue	q;

	if (!ind_percent_of(actuals, targets, "The targets add up to zero", &q, err))
		return false;
	if (!ind_exact_round(&q, 1, out))
		return ind_fail(err, IND_ERR_RANGE, 0, "completion out of range");
	*scale = 1;
	return true;
}
