/*
 * zh_normalize.c: zh_normalize (invisible characters dropped, NFKC, white space collapsed
 * and trimmed), zh_simplified and zh_traditional (ICU transliterators Hant-Hans and
 * Hans-Hant, opened once per backend).
 *
 * Both read the text in pieces of about ZH_CHUNK UTF-16 units and write UTF-8 into the
 * result as they go: memory is the input, the result and a few pieces, and a cancel is
 * answered between pieces.  The result is the same as one ICU call on the whole text:
 * NFKC is cut only before a character that ICU says starts a normalization boundary, a
 * transliteration only before a character that no rule joins to its neighbours.
 * (ICU's incremental transliteration would need no such knowledge, but it reprocesses a
 * run of ideographs reaching the end of a piece at every call: quadratic.)
 */
#include "zh.h"

#include "miscadmin.h"
#include "utils/builtins.h"

#include <unicode/uchar.h>
#include <unicode/unorm2.h>

/*
 * Decode utf8[*i..len) into buf[*n..cap - 2) (at most cap - 2 units used), dropping
 * invisible characters if asked.
 */
static void
fill_uchars(const unsigned char *s, int len, int *i, UChar *buf, int32 *n, int32 cap,
			bool drop_invisible)
{
	while (*i < len && *n < cap - 2)
	{
		int32		c = zh_utf8_next(s, i);

		if (drop_invisible && zh_invisible(c))
			continue;
		U16_APPEND_UNSAFE(buf, *n, c);
	}
}

static const UNormalizer2 *
nfkc_instance(void)
{
	UErrorCode	status = U_ZERO_ERROR;
	const UNormalizer2 *nfkc = unorm2_getNFKCInstance(&status);

	if (U_FAILURE(status))
		ereport(ERROR,
				(errcode(ERRCODE_EXTERNAL_ROUTINE_EXCEPTION),
				 errmsg("could not get the ICU NFKC normalizer: %s", u_errorName(status))));
	return nfkc;
}

/* NFKC of src[0..len) into *dst (grown as needed, capacity *cap); returns its length. */
static int32
nfkc(const UNormalizer2 *norm, const UChar *src, int32 len, UChar **dst, int32 *cap)
{
	UErrorCode	status = U_ZERO_ERROR;
	int32		n = unorm2_normalize(norm, src, len, *dst, *cap, &status);

	if (status == U_BUFFER_OVERFLOW_ERROR)
	{
		pfree(*dst);
		*cap = n + 16;
		*dst = palloc(*cap * sizeof(UChar));
		status = U_ZERO_ERROR;
		n = unorm2_normalize(norm, src, len, *dst, *cap, &status);
	}
	if (U_FAILURE(status))
		ereport(ERROR,
				(errcode(ERRCODE_EXTERNAL_ROUTINE_EXCEPTION),
				 errmsg("could not normalize a string: %s", u_errorName(status))));
	return n;
}

/*
 * Append src[0..n) to out as UTF-8 with white space runs collapsed to one space; a space
 * is written only before something else (*pending: a run seen, *any: text written).
 */
static void
append_collapsed(StringInfo out, const UChar *src, int32 n, bool *pending, bool *any)
{
	char	   *p;
	int32		i = 0;

	enlargeStringInfo(out, 3 * n + 1);
	p = out->data + out->len;
	while (i < n)
	{
		UChar32		c;

		U16_NEXT_UNSAFE(src, i, c);
		if (u_isUWhiteSpace(c))
		{
			*pending = *any;
			continue;
		}
		if (*pending)
		{
			*p++ = ' ';
			*pending = false;
		}
		p = zh_put_utf8(p, c);
		*any = true;
	}
	out->len = p - out->data;
}

PG_FUNCTION_INFO_V1(zh_normalize);
Datum
zh_normalize(PG_FUNCTION_ARGS)
{
	int			len;
	const unsigned char *s = (const unsigned char *) zh_arg_utf8(fcinfo, 0, &len);
	const UNormalizer2 *norm = nfkc_instance();
	int32		cap = Min(len, ZH_CHUNK) + 8;
	UChar	   *buf = palloc(cap * sizeof(UChar));
	int32		dcap = 2 * cap;
	UChar	   *dst = palloc(dcap * sizeof(UChar));
	int32		n = 0;
	int			i = 0;
	bool		pending = false;
	bool		any = false;
	StringInfoData out;

	zh_out_init(&out, len);
	for (;;)
	{
		int32		cut;

		CHECK_FOR_INTERRUPTS();
		fill_uchars(s, len, &i, buf, &n, cap, true);
		cut = n;
		if (i < len)
		{
			/* cut before the last character that no normalization joins to what precedes */
			while (cut > 0)
			{
				UChar32		c;

				U16_PREV_UNSAFE(buf, cut, c);
				if (unorm2_hasBoundaryBefore(norm, c))
					break;
			}
			if (cut == 0)
			{
				/* no boundary in the piece (a long run of combining marks): a longer piece */
				cap *= 2;
				buf = repalloc(buf, cap * sizeof(UChar));
				continue;
			}
		}
		append_collapsed(&out, dst, nfkc(norm, buf, cut, &dst, &dcap), &pending, &any);
		memmove(buf, buf + cut, (n - cut) * sizeof(UChar));
		n -= cut;
		if (i >= len && n == 0)
			break;
	}
	PG_RETURN_TEXT_P(zh_out_text(&out));
}

/*
 * Where a transliteration may be cut: before a character that no rule of Hant-Hans or
 * Hans-Hant joins to another (their rules with more than one character, contexts
 * included, are made of ideographs only): ASCII, Latin and general punctuation, CJK and
 * full-width punctuation.
 */
static inline bool
trans_cut_before(UChar u)
{
	return u < 0x2E80 || (u >= 0x3000 && u <= 0x303F) || (u >= 0xFF00 && u <= 0xFFEF);
}

/* a run of ideographs longer than this (no punctuation, space or letter) is cut anyway */
#define TRANS_MAX_RUN 65536

/* one ICU call on src[0..len), appended to out; *dst (capacity *cap) is its buffer */
static void
trans_piece(UTransliterator *trans, const UChar *src, int32 len, UChar **dst, int32 *cap,
			StringInfo out)
{
	for (;;)
	{
		UErrorCode	status = U_ZERO_ERROR;
		int32		textlen = len;
		int32		limit = len;

		if (*cap < 2 * len + 16)
		{
			pfree(*dst);
			*cap = 2 * len + 16;
			*dst = palloc(*cap * sizeof(UChar));
		}
		memcpy(*dst, src, len * sizeof(UChar));
		utrans_transUChars(trans, *dst, &textlen, *cap, 0, &limit, &status);
		if (status == U_BUFFER_OVERFLOW_ERROR)
		{
			*cap = Max(*cap * 2, textlen + 16);
			pfree(*dst);
			*dst = palloc(*cap * sizeof(UChar));
			continue;
		}
		if (U_FAILURE(status))
			ereport(ERROR,
					(errcode(ERRCODE_EXTERNAL_ROUTINE_EXCEPTION),
					 errmsg("could not transliterate a string: %s", u_errorName(status))));
		zh_append_uchars(out, *dst, textlen);
		return;
	}
}

/*
 * Transliterate in pieces of about ZH_CHUNK units, each cut before a character no rule
 * joins to its neighbours (trans_cut_before), so that each piece reads as it does in the
 * whole text; only a run of more than TRANS_MAX_RUN ideographs is cut inside.
 */
static Datum
transliterate(FunctionCallInfo fcinfo, ZhTrans which)
{
	int			len;
	const unsigned char *s = (const unsigned char *) zh_arg_utf8(fcinfo, 0, &len);
	UTransliterator *trans = zh_transliterator(which);
	int32		cap = Min(len, ZH_CHUNK) + 8;
	UChar	   *buf = palloc(cap * sizeof(UChar));
	int32		dcap = 2 * cap + 16;
	UChar	   *dst = palloc(dcap * sizeof(UChar));
	int32		n = 0;
	int			i = 0;
	StringInfoData out;

	zh_out_init(&out, len);
	for (;;)
	{
		int32		cut;

		CHECK_FOR_INTERRUPTS();
		fill_uchars(s, len, &i, buf, &n, cap, false);
		cut = n;
		if (i < len)
		{
			/* the piece ends before the last character where a cut is safe */
			cut = n - 1;
			while (cut > 0 && !trans_cut_before(buf[cut]))
				cut--;
			if (cut == 0 && n < TRANS_MAX_RUN)
			{
				cap *= 2;
				buf = repalloc(buf, cap * sizeof(UChar));
				continue;
			}
			if (cut == 0)
				cut = U16_IS_TRAIL(buf[n - 1]) ? n - 2 : n - 1;
		}
		trans_piece(trans, buf, cut, &dst, &dcap, &out);
		memmove(buf, buf + cut, (n - cut) * sizeof(UChar));
		n -= cut;
		if (i >= len && n == 0)
			break;
	}
	PG_RETURN_TEXT_P(zh_out_text(&out));
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
