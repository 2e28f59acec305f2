/*
 * parse_fast.c: a fast reading of the common shape of a figure, straight from the UTF-8
 * bytes, in front of the general parser (parse.c).
 *
 *   fast := prefix? ( basis? verb 了? prefix? )? sign? digits ("." digits)?
 *           open? magnitude? open? unit? open? suffix?
 *
 * with ASCII digits only (at most IND_MAX_DIGITS), no white space, no lead word, no
 * denominator, and the words of the general parser's own tables (units.c, words.c), each
 * matched longest first as the general parser matches them.  Whatever this reading does not
 * consume exactly, or any rule it would have to judge (a second qualifier, a sign after a
 * change word, a Chinese numeral going on after the magnitude ...), it leaves to ind_parse:
 * it never reports an error itself.  So ind_parse_fast gives the result and the error of
 * ind_parse by construction; test/unit/test_parse_fast.c and the fuzz target check that the
 * two agree on every input they see (doc/development.md, "The grammar").
 */
#include "ind.h"

#include <string.h>

#define FAST_MAX_BYTES	64		/* longer text is never the common shape */

/* kinds of word in the table; a spelling may be entered once per kind */
enum
{
	FK_UNIT, FK_MAG, FK_PREFIX, FK_SUFFIX, FK_VERB, FK_BASIS, FK__COUNT
};

typedef struct FastWord
{
	char		bytes[24];
	uint8_t		len;			/* bytes */
	uint8_t		id;
	uint8_t		noun;			/* a verb that names a rate (增速): left to ind_parse */
	int16_t		next;			/* the next shorter (or as long) word of the kind and slot */
} FastWord;

#define FAST_WORDS	512
#define FAST_SLOTS	1024		/* open addressing on the first code point, load under 1/4 */
#define SLOT_OF(c)	(((uint32_t) (c) * 2654435761u) >> 22)

static FastWord words[FAST_WORDS];
static int	nwords;
static uint32_t slot_cp[FAST_SLOTS];
static uint8_t slot_len[FAST_SLOTS];	/* bytes of the first code point */
static char slot_bytes[FAST_SLOTS][4];	/* ... and those bytes, checked once per lookup */
static int16_t slot_head[FAST_SLOTS][FK__COUNT];	/* longest word first */
static bool ascii_first[128];	/* some word starts with this ASCII byte */
/* the slot + 1 of a CJK ideograph (U+4E00 .. U+9FFF), 0 = no word starts with it: most
 * lookups are one load instead of a probe */
#define CJK_FIRST	0x4E00
#define CJK_END		0xA000
static uint16_t cjk_slot[CJK_END - CJK_FIRST];
static bool ready;

/* The code point at p (p < e), its byte length in *n; garbage for invalid bytes, which no
 * word then matches (words are compared byte for byte). */
static inline uint32_t
cp_at(const unsigned char *p, const unsigned char *e, int *n)
{
	if (p[0] < 0x80)
	{
		*n = 1;
		return p[0];
	}
	if ((p[0] & 0xF0) == 0xE0 && e - p >= 3)
	{
		*n = 3;
		return ((uint32_t) (p[0] & 0x0F) << 12) | ((uint32_t) (p[1] & 0x3F) << 6) | (p[2] & 0x3F);
	}
	if ((p[0] & 0xE0) == 0xC0 && e - p >= 2)
	{
		*n = 2;
		return ((uint32_t) (p[0] & 0x1F) << 6) | (p[1] & 0x3F);
	}
	*n = 1;
	return 0xFFFFFFFF;
}

/* enter a word; the list of a kind and first code point is kept longest first */
static void
add_word(const char *w, int kind, int id, bool noun)
{
	size_t		len = strlen(w);
	int			n;
	uint32_t	c;
	uint32_t	h;
	int16_t    *link;
	FastWord   *fw;

	if (len == 0 || len >= sizeof(words[0].bytes) || nwords >= FAST_WORDS || id > 255)
		return;
	fw = &words[nwords];
	memcpy(fw->bytes, w, len);
	fw->len = (uint8_t) len;
	fw->id = (uint8_t) id;
	fw->noun = noun;
	c = cp_at((const unsigned char *) w, (const unsigned char *) w + len, &n);
	if (c < 128)
		ascii_first[c] = true;
	for (h = SLOT_OF(c); slot_cp[h] != 0 && slot_cp[h] != c; h = (h + 1) % FAST_SLOTS)
		;
	slot_cp[h] = c;
	if (c >= CJK_FIRST && c < CJK_END)
		cjk_slot[c - CJK_FIRST] = (uint16_t) (h + 1);
	slot_len[h] = (uint8_t) n;
	memcpy(slot_bytes[h], w, n);
	for (link = &slot_head[h][kind]; *link >= 0 && words[*link].len >= len;
		 link = &words[*link].next)
		;
	fw->next = *link;
	*link = (int16_t) nwords++;
}

/* 与X相比 and 较X read as 比X in the general parser, and 比 + digits names a period: those
 * stay out of the table (the reading leaves them to ind_parse) */
static bool
basis_in_table(const char *w)
{
	static const char *const special[] = {"与", "较"};

	for (int k = 0; k < 2; k++)
		if (strncmp(w, special[k], strlen(special[k])) == 0)
			return false;
	return !(strncmp(w, "比", 3) == 0 && w[3] >= '0' && w[3] <= '9');
}

static __attribute__((noinline)) void
fast_init(void)
{
	memset(slot_head, 0xFF, sizeof(slot_head));
	for (int id = 1; id <= ind_unit_count(); id++)
	{
		int			len,
					got;
		uint32_t	cp[16];
		IndError	err;
		const char *name = ind_unit(id)->name;

		/* the units ind_unit_match_len reads before the number (平方呎 is a denominator only) */
		len = ind_utf8_decode(name, strlen(name), cp, 16, &err);
		if (len > 0 && ind_unit_match_len(cp, len, &got) == len && got == id)
			add_word(ind_unit(id)->name, FK_UNIT, id, false);
	}
	for (int m = 1; ind_mag_valid(m); m++)
		add_word(ind_mag_word(m), FK_MAG, m, false);
	/* 兆 is left to ind_parse: it reads as 万亿 only in some contexts (numeral.c) */
	for (int id = 1; id < ind_qual_count(); id++)
	{
		const WordDef *w = ind_qual(id);

		if (w->pos == QP_PREFIX || w->pos == QP_SUFFIX)
			add_word(w->word, w->pos == QP_PREFIX ? FK_PREFIX : FK_SUFFIX, id, false);
	}
	for (int id = 1; id < ind_verb_count(); id++)
		if (ind_verb(id)->pos != 2 && !ind_verb_pull(id) && !ind_verb_speed(id))
			/* a sign for the direction, 拉动/下拉, and 加快/放缓/放慢 (a rate only): ind_parse
			 * reads them */
			add_word(ind_verb(id)->word, FK_VERB, id, ind_verb(id)->pos == 1);
	for (int id = 1; id < ind_basis_count(); id++)
		if (basis_in_table(ind_basis(id)->word))
			add_word(ind_basis(id)->word, FK_BASIS, id, false);
	ready = true;
}

/* The slot of the words that start at p, -1 when none does: the first code point's bytes
 * are compared here (invalid bytes may decode to a listed code point), the rest by match_in. */
static inline __attribute__((always_inline)) int
slot_at(const unsigned char *p, const unsigned char *e)
{
	int			n;
	uint32_t	c;

	if (p >= e || (p[0] < 128 && !ascii_first[p[0]]))
		return -1;
	c = cp_at(p, e, &n);
	/* a lead byte and two continuation bytes decoding to U+4E00 .. U+9FFF are that
	 * character (no overlong or surrogate form lands there) */
	if (c >= CJK_FIRST && c < CJK_END && n == 3)
		return ((p[1] ^ 0x80) | (p[2] ^ 0x80)) < 0x40 ? (int) cjk_slot[c - CJK_FIRST] - 1 : -1;
	for (uint32_t h = SLOT_OF(c); slot_cp[h] != 0; h = (h + 1) % FAST_SLOTS)
		if (slot_cp[h] == c)
			return slot_len[h] == n && p[0] == (unsigned char) slot_bytes[h][0] &&
				(n < 2 || p[1] == (unsigned char) slot_bytes[h][1]) &&
				(n < 3 || p[2] == (unsigned char) slot_bytes[h][2]) ? (int) h : -1;
	return -1;
}

/* The longest word of a kind at p (slot h = slot_at(p)): its length in bytes (0 = none),
 * the word in *w. */
static inline __attribute__((always_inline)) int
match_in(int h, int kind, const unsigned char *p, const unsigned char *e, const FastWord **w)
{
	if (h < 0)
		return 0;
	for (int k = slot_head[h][kind]; k >= 0; k = words[k].next)
	{
		const FastWord *fw = &words[k];
		int			j = slot_len[h];

		if (fw->len > e - p)
			continue;
		while (j < fw->len && (unsigned char) fw->bytes[j] == p[j])
			j++;
		if (j == fw->len)
		{
			*w = fw;
			return fw->len;
		}
	}
	return 0;
}

static inline __attribute__((always_inline)) int
match(int kind, const unsigned char *p, const unsigned char *e, const FastWord **w)
{
	return match_in(slot_at(p, e), kind, p, e, w);
}

/* is the character at p the one of utf8 (3 bytes, a literal: the compiler folds it)? */
static inline bool
at3(const unsigned char *p, const unsigned char *e, const char *utf8)
{
	return e - p >= 3 && p[0] == (unsigned char) utf8[0] && p[1] == (unsigned char) utf8[1] &&
		p[2] == (unsigned char) utf8[2];
}

/*
 * After the number and its magnitude the general parser evaluates a Chinese numeral that
 * goes on (3万5千, 3万5): is that the case at p?  (A unit there ends the numeral instead.)
 */
static bool
numeral_goes_on(const unsigned char *p, const unsigned char *e)
{
	int			n;
	uint32_t	c;

	if (p >= e)
		return false;
	c = cp_at(p, e, &n);
	return (c >= '0' && c <= '9') ||
		(c >= 0x3000 && (ind_is_numeral_start(c) || c == 0x4E07 || c == 0x4EBF ||
						 c == 0x5146 || c == 0x842C || c == 0x5104));	/* 万 亿 兆 萬 億 */
}

/*
 * The head: a prefix qualifier, and change words as parse_change reads them without its
 * rarer forms (a basis, then a verb and its qualifier).  *down: the verb goes down.
 */
static inline bool
fast_head(const unsigned char **pp, const unsigned char *e, Indicator *x, bool *down)
{
	const unsigned char *p = *pp;
	const FastWord *w;
	int			l;

	/* lead words (达到 达 占比) are the general parser's */
	if (at3(p, e, "达") || at3(p, e, "占"))
		return false;
	if ((l = match(FK_PREFIX, p, e, &w)) > 0)
	{
		x->qual = w->id;
		p += l;
	}
	if (p < e && p[0] >= 0xE3)
	{
		if (at3(p, e, "较") || at3(p, e, "与") ||
			(at3(p, e, "比") && e - p > 3 && p[3] >= '0' && p[3] <= '9'))
			return false;
		if ((l = match(FK_BASIS, p, e, &w)) > 0)
		{
			x->basis = w->id;
			p += l;
			if (at3(p, e, "相"))
				return false;	/* 相比 */
		}
		if ((l = match(FK_VERB, p, e, &w)) > 0)
		{
			ChangeDir	dir = (ChangeDir) ind_verb(w->id)->cls;
			const FastWord *q;

			if (w->noun || (dir != CD_UP && dir != CD_DOWN))
				return false;
			if (l == 3 && x->basis && match(FK_PREFIX, p, e, &q) > l)
				return false;	/* 同比跌破: the qualifier 跌破, not the one-character verb 跌 (ind_parse decides) */
			x->verb = w->id;
			*down = dir == CD_DOWN;
			p += l;
			if (at3(p, e, "了"))
				p += 3;
			if (at3(p, e, "到") || at3(p, e, "至"))
				return false;
			if ((l = match(FK_PREFIX, p, e, &w)) > 0)
			{
				if (x->qual)
					return false;
				x->qual = w->id;
				p += l;
			}
		}
		else if (x->basis)
			return false;
	}
	*pp = p;
	return true;
}

/*
 * The number: a minus (a + before a rate is a change: parse.c, rate_sign, decides), ASCII
 * digits and decimals, at most IND_MAX_DIGITS so that they fit the coefficient as written.
 */
static inline bool
fast_number(const unsigned char **pp, const unsigned char *e, const Indicator *x,
			bool *negative, uint64_t *digits, int *scale)
{
	const unsigned char *p = *pp;
	int			ndig = 0;

	if (p < e && (*p == '-' || *p == '+'))
	{
		if (x->verb || *p == '+')
			return false;
		*negative = *p == '-';
		p++;
	}
	while (p < e && *p >= '0' && *p <= '9')
	{
		*digits = *digits * 10 + (uint64_t) (*p++ - '0');
		ndig++;
	}
	if (ndig == 0)
		return false;
	if (p < e && *p == '.')
	{
		p++;
		while (p < e && *p >= '0' && *p <= '9')
		{
			*digits = *digits * 10 + (uint64_t) (*p++ - '0');
			ndig++;
			(*scale)++;
		}
		if (*scale == 0)
			return false;
	}
	*pp = p;
	return ndig <= IND_MAX_DIGITS;
}

/* 多/余 at p (at3 both): its open qualifier in position pos, unless one is there already */
static inline bool
fast_open(const unsigned char **pp, const unsigned char *e, Indicator *x, QualPos pos)
{
	if (x->qual)
		return false;
	x->qual = (uint8_t) ind_qual_open_id(at3(*pp, e, "余"), pos);
	*pp += 3;
	return true;
}

/* The tail: 多/余, the magnitude, the unit (with 多/余 after either), a suffix qualifier. */
static inline bool
fast_tail(const unsigned char *p, const unsigned char *e, Indicator *x)
{
	const FastWord *w;
	int			l,
				h,
				unit_len;
	bool		open_number = false,
				open_yu = false;

	/* 多/余 before a magnitude (1800多亿元), when no unit starts after it */
	if ((at3(p, e, "多") || at3(p, e, "余")) && match(FK_UNIT, p + 3, e, &w) == 0 &&
		match(FK_MAG, p + 3, e, &w) > 0)
	{
		if (x->qual)
			return false;
		open_number = true;
		open_yu = at3(p, e, "余");
		p += 3;
	}
	/* the magnitude, unless a unit starts here (3千米 is 3 千米) */
	h = slot_at(p, e);
	unit_len = match_in(h, FK_UNIT, p, e, &w);
	if (unit_len == 0 && (l = match_in(h, FK_MAG, p, e, &w)) > 0)
	{
		x->mag = w->id;
		p += l;
		unit_len = match(FK_UNIT, p, e, &w);
	}
	if (unit_len == 0 && numeral_goes_on(p, e))
		return false;
	if (open_number)
		x->qual = (uint8_t) ind_qual_open_id(open_yu, QP_AFTER_NUMBER);
	/* 多/余 after the magnitude: 3万多亩, 200余个 (read before a unit, as parse.c does) */
	if (at3(p, e, "多") || at3(p, e, "余"))
	{
		if (!fast_open(&p, e, x, QP_AFTER_MAG))
			return false;
		unit_len = match(FK_UNIT, p, e, &w);
	}
	if (unit_len > 0)
	{
		x->unit = w->id;
		p += unit_len;
		if (p < e && *p == '/')
			return false;		/* a denominator */
		if (x->mag && !ind_unit(x->unit)->shown_with_mag)
			return false;
		/* 多/余 after the unit: 3亩多 */
		if ((at3(p, e, "多") || at3(p, e, "余")) && !fast_open(&p, e, x, QP_AFTER_UNIT))
			return false;
	}
	if ((l = match(FK_SUFFIX, p, e, &w)) > 0)
	{
		if (x->qual)
			return false;
		x->qual = w->id;
		p += l;
	}
	return p == e;
}

/*
 * The fast reading: true when it consumed the text exactly and the value validates; false
 * means "ask ind_parse", never "invalid".
 */
bool
ind_parse_fast_only(const char *s, size_t len, Indicator *x)
{
	const unsigned char *p = (const unsigned char *) s,
			   *e = p + len;
	uint64_t	digits = 0;
	int			scale = 0;
	bool		negative = false,
				down = false;
	IndError	err;

	if (len == 0 || len > FAST_MAX_BYTES)
		return false;
	if (!ready)
		fast_init();
	memset(x, 0, sizeof(*x));
	if (!fast_head(&p, e, x, &down) ||
		!fast_number(&p, e, x, &negative, &digits, &scale) ||
		!fast_tail(p, e, x))
		return false;
	x->coef = (int64_t) digits;
	x->scale = (int8_t) scale;
	if (negative || down)
		x->coef = -x->coef;
	if (ind_qual_class(x) == QC_OPEN && x->coef == 0)
		return false;
	return ind_validate(x, &err);
}

bool
ind_parse_fast(const char *s, size_t len, Indicator *out, IndError *err)
{
	if (ind_parse_fast_only(s, len, out))
	{
		err->code = IND_OK;
		err->position = 0;
		err->hint = IND_HINT_NONE;
		err->detail[0] = '\0';
		return true;
	}
	return ind_parse(s, len, out, err);
}
