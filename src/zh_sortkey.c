/*
 * zh_sortkey.c: zh_sort_key(text, style) -> bytea, whose byte order (memcmp, i.e. bytea's
 * own ordering) is the order a Chinese reader expects.
 *
 * pinyin: ICU's zh pinyin collation gives each ideograph one reading (长沙 sorts under
 *   "zhang").  We sort by the corrected reading instead: the key is the ICU collation
 *   key of a "reading string" in which each ideograph is replaced by its syllable and a
 *   tone digit ("chang2 sha1 "), other characters kept; so syllable order comes first,
 *   then the tone, syllable by syllable, like the dictionary.  To break ties between
 *   different characters with the same reading (京/经), the ICU key of the original text
 *   follows.  ICU keys end in a zero byte and contain no other, so the concatenation
 *   compares like the pair (reading key, original key).
 * stroke, zhuyin: ICU's collation key of the text for zh-u-co-stroke / zh-u-co-zhuyin
 *   (no phrase correction: stroke order does not depend on the reading; zhuyin uses
 *   ICU's one reading per character).
 *
 * zh_sort_key is STABLE (user phrases); zh_builtin_sort_key is IMMUTABLE and can back an
 * expression index (rebuild it after an ICU upgrade, see doc/zh_category.md).
 */
#include "zh_category.h"

#include "utils/builtins.h"

static Datum
sort_key_common(FunctionCallInfo fcinfo, bool with_user_rows)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	ZhStyle		style = PG_NARGS() > 1 ? zh_style_from_text(PG_GETARG_TEXT_PP(1)) : ZH_STYLE_PINYIN;
	UCollator  *coll = zh_collator(style);
	int			ncp;
	int32	   *cps = zh_text_to_cps(t, &ncp);
	UChar	   *orig;
	int32		origlen;
	StringInfoData key;

	initStringInfo(&key);
	appendStringInfoSpaces(&key, VARHDRSZ);
	key.len = VARHDRSZ;

	if (style == ZH_STYLE_PINYIN)
	{
		int			ntok;
		ZhToken    *tok = zh_tokenize(cps, ncp, with_user_rows, fcinfo->flinfo->fn_oid, &ntok);
		UChar	   *rs = palloc((8 * ntok + 1) * sizeof(UChar));
		int32		n = 0;
		int			i;

		for (i = 0; i < ntok; i++)
		{
			if (tok[i].syl >= 0)
			{
				const ZhSyllable *s = zh_syllable(tok[i].syl);
				const unsigned char *p = (const unsigned char *) s->plain;

				while (*p)
				{
					if (*p < 0x80)
						rs[n++] = *p++;
					else
					{
						rs[n++] = 'v';	/* ü, after u */
						p += 2;
					}
				}
				rs[n++] = '0' + s->tone;
				rs[n++] = ' ';
			}
			else
				U16_APPEND_UNSAFE(rs, n, tok[i].cp);
		}
		zh_append_sort_key(&key, coll, rs, n);
	}
	orig = zh_cps_to_uchars(cps, ncp, &origlen);
	zh_append_sort_key(&key, coll, orig, origlen);

	SET_VARSIZE(key.data, key.len);
	PG_RETURN_BYTEA_P((bytea *) key.data);
}

PG_FUNCTION_INFO_V1(zh_sort_key);
Datum
zh_sort_key(PG_FUNCTION_ARGS)
{
	return sort_key_common(fcinfo, true);
}

PG_FUNCTION_INFO_V1(zh_builtin_sort_key);
Datum
zh_builtin_sort_key(PG_FUNCTION_ARGS)
{
	return sort_key_common(fcinfo, false);
}
