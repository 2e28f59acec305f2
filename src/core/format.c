/*
 * format.c: the canonical text form.  It re-reads (parse.c) to an equal value with the
 * same qualifier word, unit, display magnitude and scale, so dump/restore and COPY are
 * lossless.  Digits are ASCII, with no separators and no exponent.
 */
#include "ind.h"

#include <stdio.h>
#include <string.h>

typedef struct Buf
{
	char	   *p;
	size_t		size;
	size_t		len;
} Buf;

static void
put(Buf *b, const char *s)
{
	size_t		n = strlen(s);

	if (b->len + n < b->size)
	{
		memcpy(b->p + b->len, s, n);
		b->len += n;
		b->p[b->len] = '\0';
	}
}

/* 1 一, 2 两, 10 十, 12 十二, 20 二十: the number of doublings in 翻n番 */
static void
put_chinese_small(Buf *b, int n)
{
	static const char *const d[] = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

	if (n == 2)
	{
		put(b, "两");
		return;
	}
	if (n >= 10)
	{
		if (n >= 20)
			put(b, d[n / 10]);
		put(b, "十");
		if (n % 10)
			put(b, d[n % 10]);
		return;
	}
	put(b, d[n]);
}

static void
put_qual_at(Buf *b, const Indicator *x, QualPos pos)
{
	const WordDef *w = ind_qual(x->qual);

	if (x->qual && w && w->pos == pos)
		put(b, w->word);
}

int
ind_format(const Indicator *x, char *buf, size_t size)
{
	Buf			b = {buf, size, 0};
	ChangeDir	dir = ind_change_dir(x);
	int			lead = x->flags & IND_LEAD_MASK;
	char		num[64];
	char		unit[64];

	buf[0] = '\0';
	if (lead == IND_LEAD_DADAO)
		put(&b, "达到");
	else if (lead == IND_LEAD_DA)
		put(&b, "达");
	else if (lead == IND_LEAD_ZHANBI)
		put(&b, "占比");
	if (x->basis)
		put(&b, ind_basis(x->basis)->word);
	if (dir == CD_FLAT)
	{
		put(&b, ind_verb(x->verb)->word);	/* 持平, 基本持平 */
		return (int) b.len;
	}
	if (dir == CD_DOUBLE)
	{
		int			n = 0;

		for (uint64_t v = (uint64_t) x->coef + 1; v > 1; v >>= 1)
			n++;
		put(&b, "翻");
		put_chinese_small(&b, n);
		put(&b, "番");
		put_qual_at(&b, x, QP_SUFFIX);
		return (int) b.len;
	}
	if (x->verb)
	{
		int			v = x->verb;

		if ((dir == CD_UP && x->coef < 0) || (dir == CD_DOWN && x->coef > 0))
			v = ind_verb_opposite(v);
		put(&b, ind_verb(v)->word);
	}
	put_qual_at(&b, x, QP_PREFIX);
	ind_i128_to_string(x->verb && x->coef < 0 ? -x->coef : x->coef, x->scale, num, sizeof(num));
	put(&b, num);
	put_qual_at(&b, x, QP_AFTER_NUMBER);
	put(&b, ind_mag_word(x->mag));
	put_qual_at(&b, x, QP_AFTER_MAG);
	ind_format_unit(x, unit, sizeof(unit));
	put(&b, unit);
	put_qual_at(&b, x, QP_AFTER_UNIT);
	put_qual_at(&b, x, QP_SUFFIX);
	return (int) b.len;
}

int
ind_value_string(const Indicator *x, char *buf, size_t size)
{
	return ind_i128_to_string((ind_i128) x->coef, x->scale - x->mag, buf, size);
}
