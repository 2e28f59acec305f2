/*
 * zh_normalize.c: zh_normalize (NFKC, white space collapsed and trimmed), zh_simplified
 * and zh_traditional (ICU transliterators Hant-Hans and Hans-Hant, opened once per backend).
 * All buffers are palloc'd.
 */
#include "zh.h"

#include "utils/builtins.h"

#include <unicode/uchar.h>
#include <unicode/unorm2.h>

PG_FUNCTION_INFO_V1(zh_normalize);
Datum
zh_normalize(PG_FUNCTION_ARGS)
{
	text	   *t = zh_getarg_text(fcinfo, 0);
	int			ncp;
	int32	   *cps = zh_text_to_cps(t, &ncp);
	int32		len;
	UChar	   *src = zh_cps_to_uchars(cps, ncp, &len);
	UErrorCode	status = U_ZERO_ERROR;
	const UNormalizer2 *nfkc = unorm2_getNFKCInstance(&status);
	int32		cap = 2 * len + 16;
	UChar	   *dst;
	int32		n;
	int32		i = 0;
	int32		out = 0;
	bool		pending_space = false;

	if (U_FAILURE(status))
		ereport(ERROR,
				(errcode(ERRCODE_EXTERNAL_ROUTINE_EXCEPTION),
				 errmsg("could not get the ICU NFKC normalizer: %s", u_errorName(status))));
	dst = palloc(cap * sizeof(UChar));
	n = unorm2_normalize(nfkc, src, len, dst, cap, &status);
	if (status == U_BUFFER_OVERFLOW_ERROR)
	{
		cap = n + 1;
		dst = palloc(cap * sizeof(UChar));
		status = U_ZERO_ERROR;
		n = unorm2_normalize(nfkc, src, len, dst, cap, &status);
	}
	if (U_FAILURE(status))
		ereport(ERROR,
				(errcode(ERRCODE_EXTERNAL_ROUTINE_EXCEPTION),
				 errmsg("could not normalize a string: %s", u_errorName(status))));

	/* collapse white space runs to one space, trim both ends (in place) */
	while (i < n)
	{
		int32		start = i;
		UChar32		c;

		U16_NEXT(dst, i, n, c);
		if (u_isUWhiteSpace(c))
		{
			pending_space = out > 0;
			continue;
		}
		if (pending_space)
		{
			dst[out++] = ' ';
			pending_space = false;
		}
		while (start < i)
			dst[out++] = dst[start++];
	}
	PG_RETURN_TEXT_P(zh_uchars_to_text(dst, out));
}

static Datum
transliterate(FunctionCallInfo fcinfo, ZhTrans which)
{
	text	   *t = zh_getarg_text(fcinfo, 0);
	UTransliterator *trans = zh_transliterator(which);
	int			ncp;
	int32	   *cps = zh_text_to_cps(t, &ncp);
	int32		len;
	UChar	   *src = zh_cps_to_uchars(cps, ncp, &len);
	int32		cap = 2 * len + 16;
	int			attempt;

	for (attempt = 0; attempt < 4; attempt++)
	{
		UErrorCode	status = U_ZERO_ERROR;
		UChar	   *buf = palloc(cap * sizeof(UChar));
		int32		textlen = len;
		int32		limit = len;

		memcpy(buf, src, len * sizeof(UChar));
		utrans_transUChars(trans, buf, &textlen, cap, 0, &limit, &status);
		if (status == U_BUFFER_OVERFLOW_ERROR)
		{
			pfree(buf);
			cap = Max(cap * 4, textlen + 16);
			continue;
		}
		if (U_FAILURE(status))
			ereport(ERROR,
					(errcode(ERRCODE_EXTERNAL_ROUTINE_EXCEPTION),
					 errmsg("could not transliterate a string: %s", u_errorName(status))));
		PG_RETURN_TEXT_P(zh_uchars_to_text(buf, textlen));
	}
	ereport(ERROR,
			(errcode(ERRCODE_EXTERNAL_ROUTINE_EXCEPTION),
			 errmsg("could not transliterate a string: result too long")));
	PG_RETURN_NULL();
}

#define ZH_TRANSLITERATION(name, which) \
	PG_FUNCTION_INFO_V1(name); \
	Datum \
	name(PG_FUNCTION_ARGS) \
	{ \
		return transliterate(fcinfo, which); \
	}

ZH_TRANSLITERATION(zh_simplified, ZH_TRANS_HANT_HANS)
ZH_TRANSLITERATION(zh_traditional, ZH_TRANS_HANS_HANT)
