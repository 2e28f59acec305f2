/*
 * zh_category.h: shared declarations of the Chinese category functions (SPEC section 4).
 *
 * zh_icu_cache.c  ICU collators and transliterators, opened once per backend
 * zh_dict.c       per-character readings, built-in and user phrases, tokenizer
 * zh_pinyin.c     zh_pinyin, zh_initials, zh_index_label
 * zh_sortkey.c    zh_sort_key
 * zh_normalize.c  zh_normalize, zh_simplified, zh_traditional
 */
#ifndef ZH_CATEGORY_H
#define ZH_CATEGORY_H

#include "postgres.h"
#include "fmgr.h"
#if PG_VERSION_NUM >= 160000
#include "varatt.h"				/* VARDATA_ANY etc. left postgres.h in 16 */
#endif
#include "lib/stringinfo.h"

#include <unicode/ucol.h>
#include <unicode/utrans.h>

/* one pinyin syllable of the generated table (zh_pinyin_data.h) */
typedef struct ZhSyllable
{
	const char *toned;			/* "qīng" */
	const char *plain;			/* "qing" (ü kept) */
	int			tone;			/* 1-4, 5 = neutral */
} ZhSyllable;

typedef struct ZhBuiltinPhrase
{
	const char *phrase;			/* UTF-8 */
	int			nchars;
	int			offset;			/* into zh_builtin_syl */
} ZhBuiltinPhrase;

/* a reading of the input: a syllable (syl >= 0) or a character copied as is (syl < 0) */
typedef struct ZhToken
{
	int32		syl;
	int32		cp;
} ZhToken;

typedef enum ZhStyle
{
	ZH_STYLE_PINYIN = 0,
	ZH_STYLE_STROKE,
	ZH_STYLE_ZHUYIN,
	ZH_NSTYLES
} ZhStyle;

typedef enum ZhTrans
{
	ZH_TRANS_HANT_HANS = 0,
	ZH_TRANS_HANS_HANT,
	ZH_NTRANS
} ZhTrans;

/* zh_icu_cache.c */
extern UCollator *zh_collator(ZhStyle style);
extern UTransliterator *zh_transliterator(ZhTrans which);
extern ZhStyle zh_style_from_text(text *style);
extern int32 *zh_text_to_cps(text *t, int *ncp);
extern UChar *zh_cps_to_uchars(const int32 *cps, int ncp, int32 *len);
extern text *zh_uchars_to_text(const UChar *s, int32 len);
extern text *zh_utf8_to_text(const char *s, int len);
extern void zh_append_sort_key(StringInfo buf, UCollator *coll, const UChar *s, int32 len);

/* zh_dict.c */
extern const ZhSyllable *zh_syllable(int32 syl);
extern bool zh_syllable_exists(int32 syl);
extern ZhToken *zh_tokenize(const int32 *cps, int ncp, bool with_user_rows,
							FunctionCallInfo fcinfo, int *ntok);

#endif							/* ZH_CATEGORY_H */
