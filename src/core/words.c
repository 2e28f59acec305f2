/*
 * words.c: the qualifier, change-verb and basis words, and the meaning of each.
 *
 * A value stores the word the user wrote (so 突破6600家 prints back as written); its
 * class (≥, >, ≈ ..., up/down, year-on-year ...) is derived from these tables and is
 * what equality and order use.  Word ids are stored on disk: append, never renumber.
 *
 * Inclusive/exclusive follows the Civil Code, art. 1259: 以上, 以下, 以内 include the
 * number; 超过, 不满 exclude it.
 */
#include "ind.h"
#include "lexicon.h"

#include <string.h>

/* Qualifier words; the comment at the start of a line is the id of its first word. */
static const WordDef quals[] = {
	/*  0 */ {"", QC_EXACT, QP_PREFIX},
	/*  1 */ {"超过", QC_GT, QP_PREFIX}, {"超", QC_GT, QP_PREFIX}, {"逾", QC_GT, QP_PREFIX},
			 {"多于", QC_GT, QP_PREFIX}, {"高于", QC_GT, QP_PREFIX}, {"大于", QC_GT, QP_PREFIX},
	/*  7 */ {"突破", QC_GE, QP_PREFIX}, {"不低于", QC_GE, QP_PREFIX}, {"至少", QC_GE, QP_PREFIX},
	/* 10 */ {"不到", QC_LT, QP_PREFIX}, {"不足", QC_LT, QP_PREFIX}, {"不满", QC_LT, QP_PREFIX},
			 {"低于", QC_LT, QP_PREFIX}, {"少于", QC_LT, QP_PREFIX}, {"小于", QC_LT, QP_PREFIX},
	/* 16 */ {"不超过", QC_LE, QP_PREFIX}, {"不高于", QC_LE, QP_PREFIX}, {"最多", QC_LE, QP_PREFIX},
			 {"至多", QC_LE, QP_PREFIX},
	/* 20 */ {"约", QC_APPROX, QP_PREFIX}, {"大约", QC_APPROX, QP_PREFIX},
			 {"大概", QC_APPROX, QP_PREFIX},
	/* 23 */ {"近", QC_APPROX_BELOW, QP_PREFIX}, {"将近", QC_APPROX_BELOW, QP_PREFIX},
			 {"接近", QC_APPROX_BELOW, QP_PREFIX},
	/* 26 */ {"以上", QC_GE, QP_SUFFIX},
	/* 27 */ {"以下", QC_LE, QP_SUFFIX}, {"以内", QC_LE, QP_SUFFIX},
	/* 29 */ {"左右", QC_APPROX, QP_SUFFIX}, {"上下", QC_APPROX, QP_SUFFIX},
	/* 31 */ {"多", QC_OPEN, QP_AFTER_NUMBER}, {"多", QC_OPEN, QP_AFTER_MAG},
			 {"多", QC_OPEN, QP_AFTER_UNIT},
	/* 34 */ {"余", QC_OPEN, QP_AFTER_NUMBER}, {"余", QC_OPEN, QP_AFTER_MAG},
			 {"余", QC_OPEN, QP_AFTER_UNIT},
	/* 37 */ {"不少于", QC_GE, QP_PREFIX},
};
#define N_QUALS ((int) (sizeof(quals) / sizeof(quals[0])))

static const WordDef verbs[] = {
	/*  0 */ {"", CD_NONE, 0},
	/*  1 */ {"增长", CD_UP, 0}, {"增加", CD_UP, 0}, {"提高", CD_UP, 0}, {"上升", CD_UP, 0},
			 {"提升", CD_UP, 0}, {"回升", CD_UP, 0},
	/*  7 */ {"扩大", CD_UP, 0}, {"上涨", CD_UP, 0}, {"增", CD_UP, 0},
	/* 10 */ {"下降", CD_DOWN, 0}, {"减少", CD_DOWN, 0}, {"降低", CD_DOWN, 0}, {"回落", CD_DOWN, 0},
			 {"下滑", CD_DOWN, 0}, {"缩小", CD_DOWN, 0},
	/* 16 */ {"下跌", CD_DOWN, 0}, {"降", CD_DOWN, 0}, {"减", CD_DOWN, 0},
	/* 19 */ {"持平", CD_FLAT, 0},
	/* 20 */ {"翻", CD_DOUBLE, 0},
};
#define N_VERBS ((int) (sizeof(verbs) / sizeof(verbs[0])))

/* The word of the opposite direction, printed when arithmetic flips a sign. */
static const uint8_t verb_opposite[N_VERBS] = {
	0,
	10, 11, 12, 10, 12, 13, 15, 16, 18,	/* 增长→下降, 增加→减少, 提高→降低 ... */
	1, 2, 3, 6, 4, 7, 8, 9, 9,			/* 下降→增长, 减少→增加 ... 回落→回升 */
	19, 20
};

static const WordDef bases[] = {
	/*  0 */ {"", BC_NONE, 0},
	/*  1 */ {"同比", BC_YOY, 0},
	/*  2 */ {"环比", BC_PREV_PERIOD, 0},
	/*  3 */ {"比上年", BC_PREV_YEAR, 0}, {"比去年", BC_PREV_YEAR, 0}, {"较上年", BC_PREV_YEAR, 0},
			 {"较去年", BC_PREV_YEAR, 0},
	/*  7 */ {"比上年同期", BC_YOY, 0}, {"比去年同期", BC_YOY, 0}, {"较上年同期", BC_YOY, 0},
			 {"较去年同期", BC_YOY, 0},
	/* 11 */ {"比上月", BC_PREV_PERIOD, 0}, {"较上月", BC_PREV_PERIOD, 0},
	/* 13 */ {"比年初", BC_YEAR_START, 0}, {"较年初", BC_YEAR_START, 0},
	/* 15 */ {"年均", BC_ANNUAL_AVERAGE, 0},
};
#define N_BASES ((int) (sizeof(bases) / sizeof(bases[0])))

static const char *const qual_class_names[QC__COUNT] = {
	"lt", "le", "approx_below", "approx", "exact", "ge", "gt", "open"
};

static Lexicon qual_lex, verb_lex, basis_lex;

static void
words_init(void)
{
	if (qual_lex.ready)
		return;
	lex_init(&qual_lex);
	for (int i = 1; i < N_QUALS; i++)
		lex_add(&qual_lex, quals[i].word, i, quals[i].pos);
	lex_init(&verb_lex);
	for (int i = 1; i < N_VERBS; i++)
		lex_add(&verb_lex, verbs[i].word, i, 0);
	lex_init(&basis_lex);
	for (int i = 1; i < N_BASES; i++)
		lex_add(&basis_lex, bases[i].word, i, 0);
}

const WordDef *
ind_qual(int id)
{
	return (id >= 0 && id < N_QUALS) ? &quals[id] : NULL;
}

const WordDef *
ind_verb(int id)
{
	return (id >= 0 && id < N_VERBS) ? &verbs[id] : NULL;
}

const WordDef *
ind_basis(int id)
{
	return (id >= 0 && id < N_BASES) ? &bases[id] : NULL;
}

int
ind_qual_count(void)
{
	return N_QUALS;
}

int
ind_verb_count(void)
{
	return N_VERBS;
}

int
ind_basis_count(void)
{
	return N_BASES;
}

int
ind_qual_match_len(const uint32_t *cp, int n, int pos_filter, int *id)
{
	words_init();
	return lex_match(&qual_lex, cp, n, pos_filter, id);
}

int
ind_verb_match_len(const uint32_t *cp, int n, int *id)
{
	words_init();
	return lex_match(&verb_lex, cp, n, -1, id);
}

int
ind_basis_match_len(const uint32_t *cp, int n, int *id)
{
	words_init();
	return lex_match(&basis_lex, cp, n, -1, id);
}

int
ind_qual_open_id(bool yu, QualPos pos)
{
	int			base = yu ? 34 : 31;

	return base + (pos == QP_AFTER_NUMBER ? 0 : pos == QP_AFTER_MAG ? 1 : 2);
}

int
ind_canonical_qual(QualClass cls)
{
	switch (cls)
	{
		case QC_LT:
			return 10;			/* 不到 */
		case QC_LE:
			return 27;			/* 以下 */
		case QC_APPROX_BELOW:
			return 23;			/* 近 */
		case QC_APPROX:
			return 20;			/* 约 */
		case QC_GE:
			return 26;			/* 以上 */
		case QC_GT:
			return 1;			/* 超过 */
		case QC_OPEN:
			return 32;			/* 多 after the magnitude */
		default:
			return 0;
	}
}

const char *
ind_qual_class_name(QualClass cls)
{
	return (cls >= 0 && cls < QC__COUNT) ? qual_class_names[cls] : "?";
}

int
ind_verb_opposite(int id)
{
	return (id >= 0 && id < N_VERBS) ? verb_opposite[id] : 0;
}

int
ind_verb_flat(void)
{
	return 19;
}

int
ind_verb_double(void)
{
	return 20;
}

/* The class of a figure's word: its table entry's (ids are validated; 0 is "none"). */
#define WORD_CLASS_OF(fn, Type, field, table, count) \
	Type \
	fn(const Indicator *x) \
	{ \
		return (Type) table[x->field < count ? x->field : 0].cls; \
	}

WORD_CLASS_OF(ind_qual_class, QualClass, qual, quals, N_QUALS)
WORD_CLASS_OF(ind_change_dir, ChangeDir, verb, verbs, N_VERBS)
WORD_CLASS_OF(ind_basis_class, BasisClass, basis, bases, N_BASES)

/* The id of a basis word spelled exactly so ("同比", "年均"); 0 for "", -1 when unknown. */
int
ind_basis_id(const char *word)
{
	int			id;

	words_init();
	if (word[0] == '\0')
		return 0;
	id = lex_lookup(&basis_lex, word);
	return id ? id : -1;
}
