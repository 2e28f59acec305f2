/*
 * ind.h: the indicator value and the backend-free core that reads, prints, validates,
 * compares and computes with it.  Nothing here calls the PostgreSQL backend, so the same
 * files build into the server module, the unit tests (test/unit/) and the fuzz target
 * (test/fuzz/).  Every rule of the extension lives here; the server only converts Datums
 * and maps IndError codes to SQLSTATEs.
 *
 * Representation (16 bytes, fixed length, no floating point):
 *   value in the unit = coef x 10^(mag - scale)
 * coef holds the digits the user wrote (36.40万 keeps its zero: coef 3640, scale 2),
 * mag is the display magnitude (万 = 4), and the unit's exact rational factor takes
 * the value to the dimension's base unit.  Everything else is a word id whose meaning
 * (qualifier class, change direction, basis class) is derived from a table in words.c.
 *
 * The files, each depending only on those above it:
 *   error.c decimal.c utf8.c   failure helper; 128-bit decimal digits; UTF-8
 *   normalise.c                the one reading of characters the type and the reader share
 *   lexicon.c units.c words.c  longest-match word tables; the unit catalog; qualifier,
 *                              verb and basis words
 *   exact.c                    exact rationals in a dimension's base unit
 *   validate.c order.c         is a value well formed; total order, equality, hash
 *   numeral.c parse.c format.c reading and printing figures
 *   parse_fast.c               the common shape read from the bytes, else the grammar
 *   arith.c convert.c          + - * / and qualifier rules; re-expressing and rounding
 *   sum.c growth.c             aggregate state; growth rates, shares
 *   agg_state.c                aggregate states as versioned bytes and hex text
 *   interval.c target.c        what a figure asserts; plan targets and judging them
 *   period.c                   reading documents: periods in words (declared in extract.h)
 *   extract_period.c           the figures of a report (extract.h; the parts share
 *   extract_scope.c            extract_int.h): periods and targets in context; sentences
 *   extract_subject.c          and scopes; subjects and 分别; candidates widened to
 *   extract_widen.c extract.c  figures; the scan
 */
#ifndef INDICATOR_IND_H
#define INDICATOR_IND_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* The core is internal to the library: hidden symbols are called directly, not through
 * the PLT, and may be inlined (only the fmgr functions of src/ are the library's API). */
#pragma GCC visibility push(hidden)

/*
 * 128-bit integers for exact intermediate values.  Aligned to 8 so that structs holding
 * them may live in palloc'd memory (MAXALIGN is 8); the compiler then uses unaligned
 * loads instead of faulting on 16-byte aligned ones.
 */
typedef __int128 ind_i128 __attribute__((aligned(8)));

typedef struct Indicator
{
	int64_t		coef;			/* signed digits as written */
	int8_t		scale;			/* digits after the decimal point at the display magnitude */
	uint8_t		mag;			/* display magnitude: power of ten, see ind_mag_word() */
	uint8_t		unit;			/* unit id (numerator), 0 = dimensionless */
	uint8_t		per_unit;		/* denominator unit id, 0 = none */
	uint8_t		qual;			/* qualifier word id, 0 = none (exact) */
	uint8_t		basis;			/* change basis word id, 0 = none */
	uint8_t		verb;			/* change verb word id, 0 = a level, not a change */
	uint8_t		flags;			/* IND_FLAG_* below */
} Indicator;

/*
 * flags: the lead word (达到/达, display only), the denominator's magnitude (吨/万元), and
 * whether an integer's trailing zeros are digits it knows (a computed sum, see
 * ind_finest_exp: 3001 + 6999 is 10000 known to the unit; text input never sets it).
 */
#define IND_LEAD_MASK		0x03
#define IND_LEAD_NONE		0
#define IND_LEAD_DADAO		1	/* 达到 */
#define IND_LEAD_DA			2	/* 达 */
#define IND_LEAD_ZHANBI		3	/* 占比: a share, as printed in tables (占比30.4%) */
#define IND_DENMAG_SHIFT	2
#define IND_DENMAG_MASK		0x3C	/* 4 bits: magnitude code of the denominator */
#define IND_FLAG_ZEROS		0x40	/* the trailing zeros of coef (scale <= 0) are known */
#define IND_FLAGS_DEFINED	(IND_LEAD_MASK | IND_DENMAG_MASK | IND_FLAG_ZEROS)
#define IND_DEN_MAG(x)		(((x)->flags & IND_DENMAG_MASK) >> IND_DENMAG_SHIFT)

/*
 * The limits of a value, each the one place its number is written.
 *   IND_MAX_DIGITS     significant digits a value holds: |coef| < IND_COEF_LIMIT = 10^18,
 *                      so coef fits an int64 with room for one more digit of carry
 *   IND_SCALE_MIN/MAX  the decimal exponent's range at the display magnitude
 *   IND_MAX_INT_DIGITS digits of a printed integer part: text output must re-read, and the
 *                      numeral reader (numeral.c) holds at most 36 digits (10^36 in 128 bits
 *                      with room to multiply by 10); computed results past it are 22003
 */
#define IND_MAX_DIGITS		18
#define IND_COEF_LIMIT		INT64_C(1000000000000000000)
#define IND_SCALE_MIN		(-40)
#define IND_SCALE_MAX		40
#define IND_MAX_INT_DIGITS	36

/* Qualifier classes, in the order the type sorts them (spec 1, "Meaning"). */
typedef enum QualClass
{
	QC_LT = 0,					/* 不到 x */
	QC_LE,						/* x 以下 */
	QC_APPROX_BELOW,			/* 近 x */
	QC_APPROX,					/* 约 x */
	QC_EXACT,					/* x */
	QC_GE,						/* x 以上 */
	QC_GT,						/* 超过 x */
	QC_OPEN,					/* x 多: between x and x plus one unit of its lowest non-zero digit */
	QC__COUNT
} QualClass;

/* Where a qualifier word is written. */
typedef enum QualPos
{
	QP_PREFIX,					/* before the number */
	QP_SUFFIX,					/* after the unit */
	QP_AFTER_NUMBER,			/* 多/余 between the number and its magnitude: 1800多亿元 */
	QP_AFTER_MAG,				/* 多/余 after the magnitude: 3万多亩 */
	QP_AFTER_UNIT,				/* 多/余 after the unit: 3亩多 */
	QP_IN_VERB					/* part of the verb word (基本持平): never read or printed alone */
} QualPos;

typedef enum ChangeDir
{
	CD_NONE = 0,				/* a level */
	CD_UP,						/* 增长 提高 增加 ... */
	CD_DOWN,					/* 下降 减少 回落 ... */
	CD_FLAT,					/* 持平 */
	CD_DOUBLE					/* 翻n番: coef = 2^n - 1, unit 倍 */
} ChangeDir;

typedef enum BasisClass
{
	BC_NONE = 0,
	BC_YOY,						/* 同比, 比上年同期 */
	BC_PREV_PERIOD,				/* 环比, 比上月 */
	BC_PREV_YEAR,				/* 比上年, 较去年 */
	BC_YEAR_START,				/* 比年初 */
	BC_ANNUAL_AVERAGE,			/* 年均 (compound annual growth) */
	BC_NAMED_PERIOD,			/* 比7月份, 比一季度, 比2020年: a period named outright */
	BC_REFERENCE,				/* 比全国, 比预期: a reference of the same period (the nation, a forecast) */
	BC__COUNT
} BasisClass;

/* ---- error.c: errors from the core; the server maps them to SQLSTATEs (src/errors.c) ---- */

typedef enum IndErrorCode
{
	IND_OK = 0,
	IND_ERR_SYNTAX,				/* 22P02 */
	IND_ERR_UNKNOWN_UNIT,		/* 22P02 with a hint to indicator_units() */
	IND_ERR_RANGE,				/* 22003 */
	IND_ERR_DIMENSION,			/* 22023: units of different dimensions */
	IND_ERR_CORRUPT,			/* 22P03: invalid binary value */
	IND_ERR_DIVISION_BY_ZERO,	/* 22012 */
	IND_ERR_INVALID				/* 22023: an argument the function cannot use; the detail is
								 * the whole message */
} IndErrorCode;

typedef struct IndError
{
	IndErrorCode code;
	int			position;		/* 1-based character position of the offending part, 0 = none */
	char		detail[256];	/* names the offending part (UTF-8) */
	int			hint;			/* IndHint: what to do instead (0 = the code's default) */
} IndError;

/*
 * Hints the core gives with some errors, as codes (the text is in error.c, the server prints
 * it with errhint): an IndError a caller forgot to clear then holds at worst a wrong code,
 * never a wild pointer.
 */
typedef enum IndHint
{
	IND_HINT_NONE = 0,
	IND_HINT_APPLY_CHANGE,		/* a level and a change added: apply_change() */
	IND_HINT_JUDGE_KIND,		/* a level judged against a change target, or the reverse */
	IND_HINT_PRODUCT			/* 元 × 元: a product of units is not a unit */
} IndHint;

/* the text of a hint code, NULL for none or an unknown code */
extern const char *ind_hint_text(int hint);

/* Fill in *err (printf-style detail) and return false: `return ind_fail(...)`. */
extern bool ind_fail(IndError *err, IndErrorCode code, int position, const char *fmt,...)
			__attribute__((format(printf, 4, 5)));

/*
 * The server's message catalog (NULL: none): ind_fail looks its format up there first, so
 * details come in the language of lc_messages.  A format kept in a table is marked with
 * IND_MSG so that the catalog's extraction (nls.mk) finds it.
 */
extern const char *(*ind_translate) (const char *msgid);
#define IND_MSG(msgid) (msgid)
/* a message that is not a format (a hint): extracted for the catalog, never formatted */
#define IND_TEXT(msgid) (msgid)

/*
 * The server's interrupt check (NULL: none; the server's calls CHECK_FOR_INTERRUPTS).
 * Loops that can run long over a document call ind_poll every iteration; the hook runs
 * every IND_POLL_EVERY calls.  It may not return (a cancel leaves by longjmp), so such a
 * loop holds no memory but what its caller allocated (in the server, palloc'd).
 */
extern void (*ind_interrupt_hook) (void);
#define IND_POLL_EVERY 4096
static inline void
ind_poll(unsigned *tick)
{
	if (++*tick % IND_POLL_EVERY == 0 && ind_interrupt_hook != NULL)
		ind_interrupt_hook();
}

/* ---- decimal.c: 128-bit decimal digits ---- */
extern int	ind_i128_digits(ind_i128 v);	/* decimal digits of |v|, 0 for 0 */
extern bool ind_pow10_i128(int k, ind_i128 *out);
/* digits x 10^-scale as a plain decimal string; -1 when buf is too small */
extern int	ind_i128_to_string(ind_i128 v, int scale, char *buf, size_t size);
extern bool ind_round_half_even(int64_t coef, int scale, int digits, int64_t *out_coef);

/* ---- utf8.c ---- */
extern int	ind_utf8_decode(const char *s, size_t len, uint32_t *out, int maxcp, IndError *err);
extern int	ind_utf8_encode(uint32_t c, char *out);

/*
 * ---- normalise.c: the characters of a figure, read one way by the type and the reader ----
 * ind_normalise writes in[0..n) normalised to out and returns the output length (<= n):
 *   - traditional characters of the words the core knows read as simplified (點 → 点,
 *     億 → 亿, 增長 → 增长: the table is generated from the word tables, see
 *     src/core/gen/gen_trad.py); 拾 佰 仟 next to a numeral as 十 百 千;
 *   - full-width digits, Latin letters, ％ ． ＋ － ／ ～ as ASCII; −, ﹒, ﹪, ○ as -, ., %, 〇;
 *     ， as "," in a value, and in a text only between digit groups (27，701);
 *   - white space (space, tab, U+3000, NBSP, U+2009, U+202F) between tokens is dropped; a
 *     run between two ASCII digits or two ASCII letters is kept as one ' ' (32 451 is digit
 *     groups, 2023 12 stays two numbers, t km two words); at either end it is dropped;
 *   - "." between Chinese numerals is 点 (六.三%, 二．八七%, 三四七.一五亿元).
 * flags: IND_NORM_VALUE for a whole value (line breaks are white space, ， is always a
 * comma), IND_NORM_TEXT for a sentence or window of a document (line breaks are kept:
 * they end sentences; （ ） ： ； ！ ？ are never mapped).
 * out may be in (the output is never longer).  map, when not NULL, has room for n + 1
 * entries: map[k] is the index in in of the character out[k] came from, map[len] = n, so
 * an output span [a, b) is the input span [map[a], map[b - 1] + 1).
 * ind_normalise_char is the part that needs no context (traditional, full width).
 */
#define IND_NORM_TEXT	0x00
#define IND_NORM_VALUE	0x01
extern int	ind_normalise(const uint32_t *in, int n, uint32_t *out, int32_t *map, int flags);
extern uint32_t ind_normalise_char(uint32_t c);

/* ---- units.c: the unit catalog, magnitudes and dimensions ---- */

typedef struct UnitDef
{
	const char *name;			/* spelling, also the display form */
	uint8_t		dim;			/* dimension id */
	/* exact factor to the dimension's base unit: num / den x 10^exp10 */
	int32_t		num;
	int32_t		den;
	int8_t		exp10;
	bool		shown_with_mag; /* may carry 万/亿 (false for %, ‰, 倍, 个百分点) */
} UnitDef;

extern int	ind_unit_count(void);	/* ids are 1 .. count */
/* 成, 个百分点, 百分点: the units 半 may count (半成 = 0.5成, 半个百分点), in both readers */
extern bool ind_unit_halves(int id);
/* $, HK$, US$, NT$ before a number (Hong Kong press: $5,317億): its length at cp[0..n) and the
 * currency's unit id (元, 港元, 美元, 新台币) in *id; 0 when none.  Both readers use it. */
extern int	ind_dollar_prefix_len(const uint32_t *cp, int n, int *id);
/* 个百分点, 百分点, 个千分点, 千分点: the unit counts percentage points (a change of a rate) */
extern bool ind_unit_in_points(int id);
extern const UnitDef *ind_unit(int id);		/* NULL when out of range (and for 0) */
extern bool ind_unit_is_rate(int id);	/* %, ‰, 个百分点 ... */
/* Longest unit spelling at cp[0..n): its length in code points (0 = none), id in *unit_id. */
extern int	ind_unit_match_len(const uint32_t *cp, int n, int *unit_id);
extern int	ind_per_unit_match_len(const uint32_t *cp, int n, int *unit_id);	/* after "/" */
extern int	ind_dim_of_unit(int unit_id);
extern bool ind_unit_is_time(int unit_id);	/* 年 月 天 小时 ... */
extern bool ind_unit_is_measure(int unit_id);	/* 吨 亩 千瓦时 ...: not a count or money */
extern bool ind_unit_is_currency(int unit_id);	/* 元, 美元, 新台币, 澳门元 ... */
/* 43微克每立方米: 每 and a denominator after a measure, its length (units.c) */
extern int	ind_per_word_len(const uint32_t *cp, int n, int unit_id, int *per_unit);
/* 平方呎 (units.c, stop 35; unit ids never change): a denominator only ($18,695/呎), never a
 * value's own unit.  A constant, so validating every value costs a compare, not a call. */
#define IND_UNIT_SQFT 190
static inline bool
ind_unit_per_only(int unit_id)
{
	return unit_id == IND_UNIT_SQFT;
}
/* 1令吉96仙: the sen after a ringgit, its length and value (units.c) */
extern int	ind_unit_cents_len(const uint32_t *cp, int n, int unit_id, int *cents);
extern int	ind_unit_compound_len(const uint32_t *cp, int n, int unit_id, int *smaller,
								  int64_t *ratio, int64_t *part);
extern bool ind_unit_is_count(int unit_id);	/* 个, 户, 张, 场 ...: counts by a measure word */
extern bool ind_unit_is_prefix_currency(int unit_id);	/* 新台币, 港币: before the number */
extern int	ind_unit_id(const char *name);	/* exact spelling, 0 = none */
extern const char *ind_dim_name(int dim);
extern int	ind_dim_count(void);
extern const char *ind_mag_word(int mag);	/* "" for 0, NULL if not a magnitude */
extern int	ind_mag_match_len(const uint32_t *cp, int n, int *mag);
extern bool ind_mag_valid(int mag);
/* The dimension key used for order and compatibility: (num dim, den dim). */
extern uint16_t ind_dim_key(const Indicator *x);
extern int	ind_format_unit(const Indicator *x, char *buf, size_t size); /* "元/人", "吨/万元" */
extern int	ind_format_dimension(const Indicator *x, char *buf, size_t size);	/* "CNY/人" */
extern int	ind_format_display_unit(const Indicator *x, char *buf, size_t size);	/* "万元/人" */
extern int	ind_base_unit(int unit_id);		/* the first unit of its dimension; 0 for 0 */
extern void ind_base_units(const Indicator *x, Indicator *out);	/* 吨/万元 → 千克/元 */
/* "cannot add "元" (CNY) and "亩" (area)": a dimension error naming both units */
extern bool ind_fail_units(IndError *err, const char *what, const char *sep,
						   const Indicator *a, const Indicator *b);

/* ---- words.c: qualifier, basis and verb words ---- */

typedef struct WordDef
{
	const char *word;
	uint8_t		cls;			/* QualClass, ChangeDir or BasisClass */
	uint8_t		pos;			/* QualPos, for qualifiers */
} WordDef;

extern const WordDef *ind_qual(int id);
extern const WordDef *ind_verb(int id);
extern const WordDef *ind_basis(int id);
extern bool ind_basis_average_clash(int basis, int verb);	/* 比去年平均 + 增长: not writable */
extern int	ind_qual_count(void);
extern int	ind_verb_count(void);
extern int	ind_basis_count(void);
/* Longest word of a table at cp[0..n): its length (0 = none), id in *id.  For
 * qualifiers, pos_filter keeps only words written at that position (-1 = any). */
extern int	ind_qual_match_len(const uint32_t *cp, int n, int pos_filter, int *id);
extern int	ind_verb_match_len(const uint32_t *cp, int n, int *id);
extern int	ind_basis_match_len(const uint32_t *cp, int n, int *id);
/* a bracket after a basis naming its period or a note (較上一期(7月至9月)): its length, 0 none */
extern int	ind_basis_aside_len(const uint32_t *cp, int n);
extern int	ind_basis_id(const char *word);	/* exact spelling: 0 for "", -1 unknown */
/*
 * 也 亦 都 仍 则 均 同 更: the adverbs read, and not kept, between a rate noun and its link
 * (增幅也来到1.2倍, 升幅則爲0.1%, 增速则分别为…): one predicate for the type (parse.c) and the
 * reader (extract_widen.c, extract_subject.c)
 */
static inline bool
ind_is_link_adverb(uint32_t c)
{
	return c == 0x4E5F || c == 0x4EA6 || c == 0x90FD || c == 0x4ECD || c == 0x5219 || c == 0x5747 ||
		c == 0x540C ||			/* 同 (增速同為5.6%: equally; b228) */
		c == 0x66F4;			/* 更 (升幅更達27.4%: even; b273) */
}

/*
 * 较大 更大 最大 较小 更小 明显 显著 (a, b the two characters): a remark on a rate's size
 * between its noun and its copula (升幅較大,達16.7%), read and not kept by the type (parse.c)
 * and the reader (extract_widen.c, extract_subject.c)
 */
static inline bool
ind_is_size_remark(uint32_t a, uint32_t b)
{
	return ((a == 0x8F83 || a == 0x66F4 || a == 0x6700) && (b == 0x5927 || b == 0x5C0F)) ||	/* 较 更 最, 大 小 */
		(a == 0x660E && b == 0x663E) || (a == 0x663E && b == 0x8457);	/* 明显 显著 */
}

/*
 * 稳定在, 保持在, 维持在, 持续在 at w[0..2] (held at: 维持在3%, 增长率则维持在0.6%; also with 为 for
 * 在, 維持為5.5年): the level held, for the type (parse.c held_len) and the reader
 * (extract_widen.c widen_link)
 */
static inline bool
ind_is_held_at(const uint32_t *w)
{
	return ((w[2] == 0x5728 || w[2] == 0x4E3A) &&	/* 在, 为 (維持為5.5年) */
			((w[0] == 0x7A33 && w[1] == 0x5B9A) ||	/* 稳定 */
			 (w[0] == 0x4FDD && w[1] == 0x6301) ||	/* 保持 */
			 (w[0] == 0x7EF4 && w[1] == 0x6301) ||	/* 维持 */
			 (w[0] == 0x6301 && w[1] == 0x7EED))) ||	/* 持续 (持續在70萬人以上) */
		(w[0] == 0x6301 && w[1] == 0x5E73 && w[2] == 0x4E8E);	/* 持平于 (持平於0.3%: unchanged
																 * at, a level; b285) */
}

/* 保持, 维持, 稳定 (a, b) right before a number (增速保持7.6%左右, 良种化率保持98%以上): the
 * level held, as with 在 (ind_is_held_at); the type and the reader read it alike */
static inline bool
ind_is_held_bare(uint32_t a, uint32_t b)
{
	return ((a == 0x4FDD || a == 0x7EF4) && b == 0x6301) || (a == 0x7A33 && b == 0x5B9A);
}

/* 增速 or 增幅 at w[0..n): a reference's own rate after it (高于全区增速, 比全省增速快), read as
 * the reference by words.c's bases and parse.c's comparatives alike; its length, 0 when none */
static inline int
ind_reference_rate_len(const uint32_t *w, int n)
{
	return n >= 2 && w[0] == 0x589E && (w[1] == 0x901F || w[1] == 0x5E45) ? 2 : 0;
}

/* a verb of rising (增长, 年增 …, not a rate noun nor a written sign): a sign after it is the
 * change's sign (增长-12.7% = 下降12.7%), in the type and the reader alike */
extern bool ind_verb_rising(int id);
/* 拉动 下拉 拉低 拉高 推高 推升 (words.c's ids 122, 123, 135-138): the pull of a part on a whole's growth, counted in
 * points (the whole between the verb and the number is read and not kept; parse.c checks
 * the unit, the fast path leaves it).  Inline: parse_change asks it of every change word. */
#define IND_VERB_LADONG 122
#define IND_VERB_XIALA	123
#define IND_VERB_LADI	135		/* 拉低, 拉高 (stop 35) */
#define IND_VERB_LAGAO	136
#define IND_VERB_TUIGAO 137		/* 推高, 推升 (stop 36) */
#define IND_VERB_TUISHENG 138
static inline bool
ind_verb_pull(int id)
{
	return id == IND_VERB_LADONG || id == IND_VERB_XIALA ||
		(id >= IND_VERB_LADI && id <= IND_VERB_TUISHENG);
}

/* 加快, 放缓: a speed's change, of a rate (增速加快0.5个百分点); 加快30个在建项目 is a task */
#define IND_VERB_JIAKUAI 21
#define IND_VERB_FANGHUAN 22
#define IND_VERB_FANGMAN 49		/* 放慢, as 放缓 (and 加快's opposite when negated) */
#define IND_VERB_JIANHUAN 153	/* 减缓 (stop 42, b444), as 放缓 */

/* 加快, 放缓, 放慢, 减缓: the verbs of a speed, which take a rate, points or no unit only (the
 * parser, the fast path and validate.c alike: a negated 放慢3万元 would be 加快3万元, refused) */
static inline bool
ind_verb_speed(int id)
{
	return id == IND_VERB_JIAKUAI || id == IND_VERB_FANGHUAN || id == IND_VERB_FANGMAN ||
		id == IND_VERB_JIANHUAN;
}

/* the pulls counted in points only (拉动消费126亿元 is an amount generated, not a change;
 * 推升逾8千億 pushes an amount up: 推高 and 推升 take any unit) */
static inline bool
ind_verb_pull_in_points(int id)
{
	return ind_verb_pull(id) && id != IND_VERB_TUIGAO && id != IND_VERB_TUISHENG;
}

/* 强劲 稳定 较快 正 ... between a figure's 的 and the change named after it
 * (20.3%的強勁增幅): its length at cp[0..n), 0 when none; read, not kept */
extern int	ind_intensity_len(const uint32_t *cp, int n);
/* 幅度 or 比率 at cp, naming the size of the change word before it (增长幅度): 2, else 0 */
extern int	ind_size_noun_len(const uint32_t *cp, int n);

/* 实质, 实际, 名义 (real, nominal) right before a change named after its figure, with or
 * without 的 (12.2%的實質升幅, 8.6%實質升幅): its length, 0 when none; read, not kept */
static inline int
ind_real_nominal_len(const uint32_t *cp, int n)
{
	return n >= 2 && ((cp[0] == 0x5B9E && (cp[1] == 0x8D28 || cp[1] == 0x9645)) ||	/* 实质 实际 */
					  (cp[0] == 0x540D && cp[1] == 0x4E49)) ? 2 : 0;	/* 名义 */
}
extern int	ind_qual_open_id(bool yu, QualPos pos);		/* 多/余 at a position */
extern int	ind_canonical_qual(QualClass cls);			/* word printed for a class */
extern const char *ind_qual_class_name(QualClass cls);
extern int	ind_verb_opposite(int id);
extern int	ind_verb_flat(void);
extern int	ind_verb_about_flat(void);
extern int	ind_qual_about_flat(void);
extern int	ind_verb_double(void);
extern int	ind_verb_sign(bool plus);	/* + or - written for the direction (同比-1.4%) */

extern QualClass ind_qual_class(const Indicator *x);
extern ChangeDir ind_change_dir(const Indicator *x);
extern BasisClass ind_basis_class(const Indicator *x);
extern int	ind_basis_key(const Indicator *x);

/*
 * Basis ids from IND_BASIS_YEAR0 on name a year: 比1949年 .. 比2048年 (ids 128 .. 227), then
 * the same period of a recent year: 比2000年同期 .. 比2027年同期 (ids 228 .. 255).
 */
/*
 * Basis ids IND_BASIS_END0 .. 127 name the end of a year: 比2000年末 .. 比2029年末 (also
 * 比2015年底), the level at that year's end.  The table of words stays below them.
 */
#define IND_BASIS_END0			98
#define IND_BASIS_FIRST_END		2000
#define IND_BASIS_YEAR0			128
#define IND_BASIS_FIRST_YEAR	1949
#define IND_BASIS_YEARS			100
#define IND_BASIS_SAME0			(IND_BASIS_YEAR0 + IND_BASIS_YEARS)
#define IND_BASIS_FIRST_SAME	2000

/* ---- exact.c: exact values in a dimension's base unit ---- */

/* value in the dimension's base unit = n / d x 10^e, canonical when reduced. */
typedef struct ExactValue
{
	ind_i128	n;
	int64_t		d;				/* > 0, coprime to 10 and to n when canonical */
	int			e;
} ExactValue;

extern bool ind_exact_canonical(ExactValue *v);
extern void ind_exact_base(const Indicator *x, ExactValue *out);	/* canonical */
extern int	ind_cmp_exact(const ExactValue *a, const ExactValue *b);
extern bool ind_exact_add(const ExactValue *a, const ExactValue *b, ExactValue *r);
extern bool ind_exact_mul(const ExactValue *a, const ExactValue *b, ExactValue *r);
extern bool ind_exact_div(const ExactValue *a, const ExactValue *b, ExactValue *r, IndError *err);
/* a / b x 100 (b != 0), exactly: a percentage of two base values */
extern bool ind_exact_percent(const ExactValue *a, const ExactValue *b, ExactValue *r, IndError *err);
/* a / b x 100 of two figures of one dimension; zero_detail names a zero b */
extern bool ind_percent_of(const Indicator *a, const Indicator *b, const char *zero_detail,
						   ExactValue *r, IndError *err);
/* round(v x 10^digits) half-even, exactly */
extern bool ind_exact_round(const ExactValue *v, int digits, ind_i128 *out);
/* x expressed in another unit of its dimension (mag, unit, per_unit, den_mag): exact
 * digits and scale, rounded half-even to IND_MAX_DIGITS significant digits when inexact. */
extern bool ind_convert(const Indicator *x, int mag, int unit, int per_unit, int den_mag,
						ind_i128 *digits, int *scale, bool *inexact, IndError *err);
extern bool ind_exact_to_unit(const ExactValue *base, int mag, int unit, int per_unit, int den_mag,
							  ind_i128 *digits, int *scale, bool *inexact, IndError *err);

/* ---- validate.c: every field of a value read from outside ---- */
extern bool ind_validate(const Indicator *x, IndError *err);
extern bool ind_change_words_fit(int verb, int basis, int unit, int per_unit, IndError *err);
/* the change word printed before the prefix qualifier reads as another word (减 + 低于, 跌 + 破) */
extern bool ind_verb_runs_into_qual(int verb, int qual);

/* ---- order.c: the total order, equality and hash ---- */
extern int	ind_compare(const Indicator *a, const Indicator *b);
extern bool ind_equal(const Indicator *a, const Indicator *b);
extern uint64_t ind_hash(const Indicator *x, uint64_t seed);
/* abbreviated sort key: key(a) < key(b) implies a < b; equal keys need ind_compare */
extern uint64_t ind_sort_key(const Indicator *x);

/* ---- numeral.c: arabic and Chinese numerals ---- */
typedef struct Numeral
{
	ind_i128	digits;			/* significant digits */
	int			scale;			/* digits after the point */
	int			mag;			/* magnitude word written after an arabic number, or the largest 万/亿 */
	int			open_pos;		/* -1, or QP_AFTER_NUMBER when 多/余 came before the magnitude */
	bool		open_yu;
	bool		from_words;		/* evaluated (Chinese or mixed), not an arabic number as written */
	bool		zhao;			/* 兆 was read as 万亿 (parse.c decides whether it may be) */
	bool		zhao_yi;		/* ... and an 亿 part followed it (二兆三四一亿) */
	int			len;			/* code points consumed */
} Numeral;
extern bool ind_parse_numeral(const uint32_t *cp, int n, int start, Numeral *out, IndError *err);
extern bool ind_is_numeral_start(uint32_t c);

/* ---- parse.c: text input ---- */
extern bool ind_parse(const char *s, size_t len, Indicator *out, IndError *err);
/* A unit expression alone ("亿元", "万元/亩", "%"): unit ids and magnitudes. */
extern bool ind_parse_unit(const char *s, size_t len, int *mag, int *unit, int *per_unit,
						   int *den_mag, IndError *err);

/* ---- parse_fast.c: the common shape, read straight from the bytes ---- */
/* ind_parse's result and error, by construction: the fast reading, else ind_parse */
extern bool ind_parse_fast(const char *s, size_t len, Indicator *out, IndError *err);
/* the fast reading alone: false when it leaves the text to ind_parse (never "invalid") */
extern bool ind_parse_fast_only(const char *s, size_t len, Indicator *out);

/* ---- format.c: canonical text output ---- */
#define IND_OUT_MAX 160
extern int	ind_format(const Indicator *x, char *buf, size_t size);
/* value in the indicator's own unit with its magnitude applied, as a decimal string */
extern int	ind_value_string(const Indicator *x, char *buf, size_t size);

/* ---- arith.c: the arithmetic rules ---- */
/*
 * The display rule of sums (+, -, sum, avg): the finest digit a figure shows, as a power
 * of ten in its unit (2.50万 → 2, 3000 → 3, 2万 → 4; IND_EXP_NONE for an integer zero),
 * and a sum's value written with decimals down to the finest digit of its operands.
 */
#define IND_EXP_NONE	200		/* no digit shown: above every real exponent */
extern int	ind_finest_exp(const Indicator *x);
extern bool ind_fit_sum(const ExactValue *v, Indicator *r, int finest, bool mean, IndError *err);
extern QualClass ind_value_class(const Indicator *x);
extern QualClass ind_class_negate(QualClass c);
extern QualClass ind_class_combine(QualClass a, QualClass b);
/* class of a product or quotient of two bounded quantities */
extern QualClass ind_quotient_class_of(const Indicator *a, const Indicator *b, bool divide);
extern void ind_settle(Indicator *r);
extern void ind_set_value_class(Indicator *r, QualClass vc, const Indicator *a, const Indicator *b);
/* express a base-unit value in r's unit and magnitude, at least min_scale decimals */
extern bool ind_fit(const ExactValue *v, Indicator *r, int min_scale, IndError *err);
/* the same, rounding half-even to IND_MAX_DIGITS digits instead of failing (a mean) */
extern bool ind_fit_rounded(const ExactValue *v, Indicator *r, int min_scale, IndError *err);
extern int	ind_result_mag(const Indicator *r, int mag);
extern bool ind_negate(const Indicator *a, Indicator *r, IndError *err);
extern bool ind_add(const Indicator *a, const Indicator *b, bool subtract, Indicator *r, IndError *err);
/* level ± change, for apply_change() and base_value(): the result is a level */
extern bool ind_add_change(const Indicator *level, const Indicator *change, bool subtract,
						   Indicator *r, IndError *err);
extern bool ind_scale_by(const Indicator *a, ind_i128 kd, int ks, bool divide, Indicator *r,
						 IndError *err);
extern bool ind_multiply(const Indicator *a, const Indicator *b, Indicator *r, IndError *err);
/* a / b as a number (same dimension: digits x 10^-scale) or a per-unit figure in *r */
extern bool ind_divide(const Indicator *a, const Indicator *b, Indicator *r, bool *is_number,
					   ind_i128 *num_digits, int *num_scale, IndError *err);
/* the operator a / b: a dimensionless figure within a dimension, else per-unit */
extern bool ind_quotient(const Indicator *a, const Indicator *b, Indicator *r, IndError *err);
/* ratio(a, b): a / b of one dimension as digits x 10^-scale */
extern bool ind_ratio(const Indicator *a, const Indicator *b, ind_i128 *digits, int *scale,
					  IndError *err);

/* ---- convert.c: re-expressing and rounding ---- */
extern bool ind_to_unit(const Indicator *x, int mag, int unit, int per_unit, int den_mag,
						Indicator *r, IndError *err);
extern bool ind_auto(const Indicator *x, Indicator *r, IndError *err);
extern bool ind_round(const Indicator *x, int digits, Indicator *r, IndError *err);
extern bool ind_unit_factor(int id, const char **base, char *buf, size_t size, IndError *err);

/* ---- sum.c: the state of sum() and avg() ---- */
typedef struct IndSum
{
	int64_t		count;			/* rows, 持平 included */
	int64_t		nvalues;		/* rows other than 持平 */
	Indicator	tmpl;			/* the first value: its unit is the fast path's unit */
	ind_i128	acc;			/* fast path: sum in tmpl's unit = acc x 10^e */
	int32_t		e;				/* also the finest digit of all rows (ind_finest_exp) */
	ExactValue	other;			/* rows in other units of the dimension, base unit */
	bool		has_other;
	bool		all_change;
	uint8_t		max_mag;		/* largest display magnitude */
	int8_t		scale_at_max;	/* unused since 0.2.0 (0; e decides the decimals) */
	uint16_t	classes;		/* value-space qualifier classes seen, a bit each */
	uint8_t		basis;
	uint8_t		verb;
	bool		has_shape;		/* the cache below is set (not serialized) */
	uint8_t		shape_class[3]; /* value class of a cached-shape row: coef < 0, 0, > 0 */
	uint64_t	last_shape;		/* unit, denominator and words of the fast path's rows */
} IndSum;
extern void ind_sum_init(IndSum *s);
extern bool ind_sum_add(IndSum *s, const Indicator *x, IndError *err);

/*
 * The common case of ind_sum_add, inline for the transition function: a row of the cached
 * shape (unit, denominator and words; any coefficient, scale, magnitude and lead word) at
 * an exponent not below the accumulator's.  False: call ind_sum_add.  |coef| < 10^18 and
 * the power is at most 10^18, so the product fits without a check; the accumulator stays
 * below 2^124, so the sum cannot overflow 128 bits.
 */
#define IND_SUM_ACC_LIMIT	(((ind_i128) 1) << 124)
extern const int64_t ind_pow10_64[IND_MAX_DIGITS + 1];

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
#define IND_SHAPE_AT(i, bits)	((uint64_t) (bits) << (56 - 8 * (i)))
#else
#define IND_SHAPE_AT(i, bits)	((uint64_t) (bits) << (8 * (i)))
#endif
/* the bytes from Indicator.scale: scale, mag, unit, per_unit, qual, basis, verb, flags */
#define IND_SHAPE_MASK	(IND_SHAPE_AT(2, 0xFF) | IND_SHAPE_AT(3, 0xFF) | IND_SHAPE_AT(4, 0xFF) | \
						 IND_SHAPE_AT(5, 0xFF) | IND_SHAPE_AT(6, 0xFF) | IND_SHAPE_AT(7, IND_DENMAG_MASK))

static inline uint64_t
ind_sum_shape(const Indicator *x)
{
	uint64_t	w;

	__builtin_memcpy(&w, &x->scale, sizeof(w));
	return w & IND_SHAPE_MASK;
}

/* the sign's slot in IndSum.shape_class: a 多/余 row's bound depends on it */
static inline int
ind_sum_sign_slot(int64_t coef)
{
	return (coef > 0) - (coef < 0) + 1;
}

static inline bool
ind_sum_add_fast(IndSum *s, const Indicator *x)
{
	int			d = x->mag - x->scale - s->e;
	ind_i128	acc;

	if (!s->has_shape || ind_sum_shape(x) != s->last_shape || (unsigned) d > IND_MAX_DIGITS)
		return false;
	acc = s->acc + (ind_i128) x->coef * ind_pow10_64[d];
	if (acc >= IND_SUM_ACC_LIMIT || acc <= -IND_SUM_ACC_LIMIT)
		return false;
	s->acc = acc;
	s->count++;
	s->nvalues++;
	s->classes |= (uint16_t) (1u << s->shape_class[ind_sum_sign_slot(x->coef)]);
	if (x->mag > s->max_mag)
		s->max_mag = x->mag;	/* the template's unit takes magnitudes (validate.c) */
	return true;
}
extern bool ind_sum_merge(IndSum *s, const IndSum *o, IndError *err);
extern bool ind_sum_result(const IndSum *s, Indicator *r, IndError *err);
extern bool ind_sum_avg(const IndSum *s, Indicator *r, IndError *err);
extern bool ind_sum_valid(const IndSum *s, IndError *err);

/*
 * ---- agg_state.c: aggregate states as bytes and text ----
 * A state crosses processes (parallel plans) and nodes (Citus ships it as text through
 * the state type's I/O).  Bytes: a format version, then big-endian fields; text: the
 * bytes in lowercase hex.  Reading validates every field (IND_ERR_CORRUPT; bad hex is
 * IND_ERR_SYNTAX).  The packed sum is also the 0.1.0 serialize format, without version.
 */
typedef struct IndPair
{
	IndSum		a;				/* current values, the parts, or the actuals */
	IndSum		b;				/* previous values, or the targets' figures */
	Indicator	total;			/* contribution's and pull's constant second argument */
	bool		has_total;
} IndPair;

#define IND_STATE_VERSION		1
#define IND_SEND_BYTES			16	/* one packed Indicator */
#define IND_SUM_PACKED			88	/* one IndSum without its cache fields */
#define IND_SUM_STATE_BYTES		(1 + IND_SUM_PACKED)
#define IND_PAIR_STATE_BYTES	(1 + 2 * IND_SUM_PACKED + 1 + IND_SEND_BYTES)

extern void ind_pack(const Indicator *x, uint8_t *out);
extern void ind_unpack(const uint8_t *in, Indicator *x);	/* not validated */
extern void ind_sum_pack(const IndSum *s, uint8_t *out);
extern bool ind_sum_unpack(const uint8_t *in, IndSum *s, IndError *err);
extern void ind_sum_state_write(const IndSum *s, uint8_t *out);
extern bool ind_sum_state_read(const uint8_t *in, size_t len, IndSum *s, IndError *err);
extern void ind_pair_state_write(const IndPair *p, uint8_t *out);
extern bool ind_pair_state_read(const uint8_t *in, size_t len, IndPair *p, IndError *err);
#define IND_SUM_STATE_TEXT		(2 * IND_SUM_STATE_BYTES + 1)
#define IND_PAIR_STATE_TEXT		(2 * IND_PAIR_STATE_BYTES + 1)
extern bool ind_sum_state_parse(const char *s, size_t len, IndSum *out, IndError *err);
extern int	ind_sum_state_format(const IndSum *s, char *buf, size_t size);
extern bool ind_pair_state_parse(const char *s, size_t len, IndPair *out, IndError *err);
extern int	ind_pair_state_format(const IndPair *p, char *buf, size_t size);

/* ---- growth.c: growth rates, applying and backing out changes, shares ---- */
extern bool ind_rate_result(const ExactValue *rate, int unit, int basis, int digits,
							QualClass cls, bool is_change, Indicator *r, IndError *err);
extern bool ind_growth(const Indicator *cur, const Indicator *prev, int basis, bool in_bei,
					   int digits, Indicator *r, IndError *err);
extern bool ind_apply_change(const Indicator *base, const Indicator *change, bool inverse,
							 Indicator *r, IndError *err);
/* part / total as a rate in unit (% for contribution, 个百分点 for pull) */
extern bool ind_share(const Indicator *part, const Indicator *total, int unit, int digits,
					  Indicator *r, IndError *err);

/* ---- interval.c: the values a figure asserts ---- */
typedef struct IndBound
{
	ExactValue	v;
	bool		inf;			/* −∞ for a lower bound, +∞ for an upper one */
	bool		incl;
} IndBound;
typedef struct IndInterval
{
	IndBound	lo;
	IndBound	hi;
} IndInterval;
extern bool ind_interval(const Indicator *x, const ExactValue *tol, IndInterval *out);
extern bool ind_interval_within(const IndInterval *a, const IndInterval *b);
extern bool ind_interval_disjoint(const IndInterval *a, const IndInterval *b);
/* the approximate tolerance ("0.1"): a plain decimal between 0 and 1, exactly */
extern bool ind_parse_tolerance(const char *s, ExactValue *out);

/* ---- target.c: planned figures and how they are judged ---- */
typedef enum TargetCmp
{
	TC_REACH = 1,				/* 565个, 达到565个: at least, in the favourable direction */
	TC_GE,						/* 6%以上, 不低于6%, 至少6%, 突破6% */
	TC_GT,						/* 超过6% */
	TC_LE,						/* 3%以内, 控制在3%以内, 不超过3% */
	TC_LT,						/* 低于3%, 不到3% */
	TC_APPROX,					/* 5%左右, 约5% */
	TC_BETWEEN					/* 5%-6%, 5%至6%, 5到6个百分点: inclusive */
} TargetCmp;

#define TF_STRETCH		0x01	/* a 力争 figure */
#define TF_STRETCH_ONLY	0x02	/* written as 力争x alone */
#define TF_KONGZHI		0x04	/* written with 控制在 */
#define TF_SEP_SHIFT	3
#define TF_SEP_MASK		0x18	/* range separator: - ~ 至 到 */
#define TF_SHARED_UNIT	0x20	/* 5到6个百分点: the first end written without the unit */
#define TF_DEFINED		0x3F

typedef struct Target
{
	Indicator	main;			/* the figure (a range's first end) */
	Indicator	upper;			/* a range's second end; zero otherwise */
	Indicator	stretch;		/* the 力争 figure; zero otherwise */
	uint8_t		cmp;			/* TargetCmp */
	uint8_t		flags;			/* TF_* */
	uint8_t		pad[6];			/* zero */
} Target;

typedef enum TargetVerdict
{
	TV_NOT_MET = 0,
	TV_MET,
	TV_UNKNOWN					/* the actual's own qualifier makes it undecidable */
} TargetVerdict;

typedef enum TargetStatus
{
	TS_UNKNOWN = 0,				/* undecidable: NULL */
	TS_NOT_DONE,				/* 未完成 */
	TS_DONE,					/* 完成 */
	TS_EXCEEDED					/* 超额完成 */
} TargetStatus;

typedef enum ScheduleStatus
{
	SS_UNKNOWN = 0,				/* undecidable: NULL */
	SS_BEHIND,					/* 滞后 */
	SS_ON_TRACK,				/* 正常 */
	SS_AHEAD					/* 超前 */
} ScheduleStatus;

#define TARGET_OUT_MAX (3 * IND_OUT_MAX + 32)
extern bool ind_target_parse(const char *s, size_t len, Target *t, IndError *err);
extern bool ind_target_validate(const Target *t, IndError *err);
extern int	ind_target_format(const Target *t, char *buf, size_t size);
extern int	ind_target_compare(const Target *a, const Target *b);
extern uint64_t ind_target_hash(const Target *t, uint64_t seed);
/* abbreviated sort key of a target, as ind_sort_key */
extern uint64_t ind_target_sort_key(const Target *t);
extern const char *ind_target_cmp_name(const Target *t);	/* "reach", "ge", ... */
extern bool ind_target_accepted(const Target *t, const ExactValue *tol, IndInterval *out);
extern bool ind_target_meets(const Indicator *actual, const Target *t, const ExactValue *tol,
							 TargetVerdict *out, IndError *err);
extern bool ind_target_completion(const Indicator *actual, const Target *t, int digits,
								  ind_i128 *out, int *scale, IndError *err);
extern bool ind_target_gap(const Indicator *actual, const Target *t, Indicator *r, IndError *err);
extern bool ind_target_status(const Indicator *actual, const Target *t, const ExactValue *tol,
							  TargetStatus *out, IndError *err);
extern const char *ind_target_status_word(TargetStatus s);		/* 超额完成 ..., NULL */
/* elapsed: the fraction of the period gone, 0 <= elapsed <= 1 */
extern bool ind_target_schedule(const Indicator *actual, const Target *t,
								const ExactValue *elapsed, const ExactValue *tol,
								ScheduleStatus *out, IndError *err);
extern const char *ind_schedule_status_word(ScheduleStatus s);	/* 超前 ..., NULL */
/* completion_agg: may this target be added up?  (not ranges and caps) */
extern bool ind_target_additive(const Target *t, IndError *err);
/* Σactual / Σtarget in percent, one decimal, from the two sums */
extern bool ind_completion_of_sums(const Indicator *actuals, const Indicator *targets,
								   ind_i128 *out, int *scale, IndError *err);

#pragma GCC visibility pop

#endif
