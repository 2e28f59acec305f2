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

/*
 * A word padded to WORD_PAD bytes and its length: output copies a fixed WORD_PAD bytes
 * (a few moves, no strlen, no length-dependent copy) and advances by the length.
 */
#define WORD_PAD 24
typedef struct Word
{
	char		s[WORD_PAD];	/* the word padded with zeros, when it is shorter */
	const char *src;			/* the word itself (any length) */
	size_t		len;
} Word;

/* The words of every id (a uint8_t field), measured once. */
static Word qual_words[256],
			verb_words[256],
			basis_words[256],
			mag_words[256],
			unit_words[256];
static uint8_t qual_pos[256];
static uint8_t verb_dir[256];
static bool words_ready;

static void
word_of(Word *w, const char *s)
{
	size_t		n = s ? strlen(s) : 0;

	memset(w, 0, sizeof(*w));
	w->src = s ? s : "";
	w->len = n;
	if (n < WORD_PAD)
		memcpy(w->s, w->src, n);
}

static void
words_init(void)
{
	for (int id = 0; id < 256; id++)
	{
		const WordDef *q = ind_qual(id),
				   *v = ind_verb(id),
				   *bs = ind_basis(id);
		const UnitDef *u = ind_unit(id);

		word_of(&qual_words[id], q ? q->word : NULL);
		qual_pos[id] = q ? q->pos : 0xFF;
		word_of(&verb_words[id], v ? v->word : NULL);
		verb_dir[id] = v ? v->cls : CD_NONE;
		word_of(&basis_words[id], bs ? bs->word : NULL);
		word_of(&mag_words[id], ind_mag_word(id));
		word_of(&unit_words[id], u ? u->name : NULL);
	}
	words_ready = true;
}

/* append n bytes; a word that does not fit is left out, as a whole */
static inline void
put_n(Buf *b, const char *s, size_t n)
{
	if (b->len + n < b->size)
	{
		memcpy(b->p + b->len, s, n);
		b->len += n;
	}
}

static inline void
put_word(Buf *b, const Word *w)
{
	if (w->len < WORD_PAD && b->len + WORD_PAD < b->size)
	{
		memcpy(b->p + b->len, w->s, WORD_PAD);	/* the padding is overwritten or cut */
		b->len += w->len;
	}
	else
		put_n(b, w->src, w->len);
}

static void
put(Buf *b, const char *s)
{
	put_n(b, s, strlen(s));
}

/*
 * digits x 10^-scale as ind_i128_to_string writes it (no exponent, leading "0." and
 * trailing zeros as the scale says), two digits at a time from a table, straight into the
 * output; nothing when the text would not have fit ind_i128_to_string's 64-byte buffer in
 * the old output, or does not fit the rest of the output.
 */
static void
put_decimal(Buf *b, int64_t v, int scale)
{
	static const char pairs[] =
		"00010203040506070809101112131415161718192021222324252627282930313233343536373839"
		"40414243444546474849505152535455565758596061626364656667686970717273747576777879"
		"8081828384858687888990919293949596979899";
	char		digits[24];
	char	   *d = digits + sizeof(digits),
			   *o;
	uint64_t	a = v < 0 ? -(uint64_t) v : (uint64_t) v;
	int			n,
				k;

	while (a >= 100)
	{
		d -= 2;
		memcpy(d, pairs + 2 * (a % 100), 2);
		a /= 100;
	}
	if (a >= 10)
	{
		d -= 2;
		memcpy(d, pairs + 2 * a, 2);
	}
	else
		*--d = (char) ('0' + a);
	n = (int) (digits + sizeof(digits) - d);
	if (n + (scale < 0 ? -scale : scale) + 4 > 64)
		return;
	k = (v < 0) + (scale <= 0 ? n - scale : n > scale ? n + 1 : scale + 2);
	if (b->len + k >= b->size)
		return;
	o = b->p + b->len;
	b->len += k;
	if (v < 0)
		*o++ = '-';
	if (scale <= 0)
	{
		memcpy(o, d, n);
		memset(o + n, '0', -scale);
	}
	else if (n > scale)
	{
		memcpy(o, d, n - scale);
		o[n - scale] = '.';
		memcpy(o + n - scale + 1, d + n - scale, scale);
	}
	else
	{
		o[0] = '0';
		o[1] = '.';
		memset(o + 2, '0', scale - n);
		memcpy(o + 2 + scale - n, d, n);
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

int
ind_format(const Indicator *x, char *buf, size_t size)
{
	Buf			b = {buf, size, 0};
	ChangeDir	dir;
	int			lead = x->flags & IND_LEAD_MASK;
	int			qpos;

	if (!words_ready)
		words_init();
	dir = (ChangeDir) verb_dir[x->verb];
	qpos = x->qual ? qual_pos[x->qual] : -1;
	if (lead == IND_LEAD_DADAO)
		put(&b, "达到");
	else if (lead == IND_LEAD_DA)
		put(&b, "达");
	else if (lead == IND_LEAD_ZHANBI)
		put(&b, "占比");
	if (x->basis)
		put_word(&b, &basis_words[x->basis]);
	if (dir == CD_FLAT)
	{
		put_word(&b, &verb_words[x->verb]);	/* 持平, 基本持平 */
		goto done;
	}
	if (dir == CD_DOUBLE)
	{
		int			n = 0;

		for (uint64_t v = (uint64_t) x->coef + 1; v > 1; v >>= 1)
			n++;
		put(&b, "翻");
		put_chinese_small(&b, n);
		put(&b, "番");
		if (qpos == QP_SUFFIX)
			put_word(&b, &qual_words[x->qual]);
		goto done;
	}
	if (x->verb)
	{
		int			v = x->verb;

		if ((dir == CD_UP && x->coef < 0) || (dir == CD_DOWN && x->coef > 0))
			v = ind_verb_opposite(v);
		/* without a basis a sign is written at the number, after the qualifier (不满+3.2%:
		 * parse.c reads it there); after a basis it follows the basis (同比-至多1.4%) */
		if (qpos == QP_PREFIX && ind_verb(v)->pos == 2 && !x->basis)
		{
			put_word(&b, &qual_words[x->qual]);
			qpos = -1;
		}
		put_word(&b, &verb_words[v]);
	}
	if (qpos == QP_PREFIX)
		put_word(&b, &qual_words[x->qual]);
	put_decimal(&b, x->verb && x->coef < 0 ? -x->coef : x->coef, x->scale);
	if (qpos == QP_AFTER_NUMBER)
		put_word(&b, &qual_words[x->qual]);
	put_word(&b, &mag_words[x->mag]);
	if (qpos == QP_AFTER_MAG)
		put_word(&b, &qual_words[x->qual]);
	if (x->per_unit)
	{
		char		unit[64];

		ind_format_unit(x, unit, sizeof(unit));
		put(&b, unit);
	}
	else
		put_word(&b, &unit_words[x->unit]);
	if (qpos == QP_AFTER_UNIT || qpos == QP_SUFFIX)
		put_word(&b, &qual_words[x->qual]);
done:
	if (size > 0)
		buf[b.len] = '\0';
	return (int) b.len;
}

int
ind_value_string(const Indicator *x, char *buf, size_t size)
{
	return ind_i128_to_string((ind_i128) x->coef, x->scale - x->mag, buf, size);
}
