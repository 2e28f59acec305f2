/*
 * zh_pinyin.c: zh_pinyin, zh_initials and zh_index_label (and their zh_builtin_*
 * IMMUTABLE variants, which ignore the user rows of zh_phrase).
 *
 * All three read the input through zh_tokens(): one syllable per ideograph, from the
 * longest matching phrase (长沙 → cháng shā, not ICU's zhǎng shā) or else the character's
 * own reading; other characters pass through.  Tokens come in batches straight from the
 * text's bytes, so memory is the input and the result, and a cancel is answered.
 */
#include "zh.h"

#include "miscadmin.h"
#include "utils/builtins.h"

#include <unicode/uchar.h>
#include <unicode/unorm2.h>

/* the token before the first: neither a syllable nor a character */
#define NO_TOKEN (-2)

/*
 * Syllables separated by one space; other characters copied, with a space between a
 * syllable and an adjacent letter or digit ("GDP zeng zhang", "2023 nian").
 */
static Datum
pinyin_common(FunctionCallInfo fcinfo, bool with_user_rows)
{
	bool		tones = PG_NARGS() > 1 ? PG_GETARG_BOOL(1) : false;
	int			len;
	const char *s = zh_arg_utf8(fcinfo, 0, &len);
	ZhTokenizer tz;
	ZhToken		tok[ZH_BATCH];
	ZhToken		prev = {NO_TOKEN, 0, NULL};
	StringInfoData buf;
	int			n;

	zh_tokenizer_init(&tz, s, len, with_user_rows, fcinfo);
	zh_out_init(&buf, len + len / 2);
	while ((n = zh_tokens(&tz, tok, ZH_BATCH)) > 0)
	{
		/* a token takes at most 9 bytes: a space and "zhuàng" (7), or 4 and a space */
		enlargeStringInfo(&buf, 9 * n);
		for (int i = 0; i < n; i++)
		{
			bool		prev_syl = prev.syl >= 0;
			bool		prev_alnum = prev.syl == -1 && u_isalnum(prev.cp);
			char	   *p = buf.data + buf.len;

			if (tok[i].syl >= 0)
			{
				const ZhSyllable *sy = zh_syllable(tok[i].syl);
				const char *w = tones ? sy->toned : sy->plain;
				int			wl = strlen(w);

				if (prev_syl || prev_alnum)
					*p++ = ' ';
				memcpy(p, w, wl);
				p += wl;
			}
			else
			{
				if (prev_syl && u_isalnum(tok[i].cp))
					*p++ = ' ';
				p = zh_put_utf8(p, tok[i].cp);
			}
			buf.len = p - buf.data;
			prev = tok[i];
		}
	}
	PG_RETURN_TEXT_P(zh_out_text(&buf));
}

ZH_FUNCTION_PAIR(pinyin, pinyin_common)

/* Upper-case ASCII letter that c is or decomposes to (Ａ → A, É → E), else 0. */
static char
latin_letter(int32 c)
{
	if (c >= 'a' && c <= 'z')
		return (char) (c - 'a' + 'A');
	if (c >= 'A' && c <= 'Z')
		return (char) c;
	if (u_isalpha(c) && c >= 0x80)
	{
		UErrorCode	status = U_ZERO_ERROR;
		const UNormalizer2 *nfkd = unorm2_getNFKDInstance(&status);
		UChar		d[32];
		int32		n;

		if (U_FAILURE(status))
			return 0;
		n = unorm2_getDecomposition(nfkd, c, d, lengthof(d), &status);
		if (U_FAILURE(status) || n <= 0)
			return 0;
		if (d[0] >= 'a' && d[0] <= 'z')
			return (char) (d[0] - 'a' + 'A');
		if (d[0] >= 'A' && d[0] <= 'Z')
			return (char) d[0];
	}
	return 0;
}

/*
 * Initials: the first letter of every syllable, and of every run of letters and digits
 * that starts with a letter, upper-cased: 青岛市 → QDS, 中国GDP增长 → ZGGZZ.
 */
static Datum
initials_common(FunctionCallInfo fcinfo, bool with_user_rows)
{
	int			len;
	const char *s = zh_arg_utf8(fcinfo, 0, &len);
	ZhTokenizer tz;
	ZhToken		tok[ZH_BATCH];
	ZhToken		prev = {NO_TOKEN, 0, NULL};
	StringInfoData buf;
	int			n;

	zh_tokenizer_init(&tz, s, len, with_user_rows, fcinfo);
	zh_out_init(&buf, len / 3);
	while ((n = zh_tokens(&tz, tok, ZH_BATCH)) > 0)
	{
		for (int i = 0; i < n; i++)
		{
			if (tok[i].syl >= 0)
			{
				char		c = zh_syllable(tok[i].syl)->plain[0];

				appendStringInfoChar(&buf, (char) (c - 'a' + 'A'));
			}
			else if (u_isalnum(tok[i].cp) &&
					 (prev.syl != -1 || !u_isalnum(prev.cp)))
			{
				char		c = latin_letter(tok[i].cp);

				if (c)
					appendStringInfoChar(&buf, c);
			}
			prev = tok[i];
		}
	}
	PG_RETURN_TEXT_P(zh_out_text(&buf));
}

ZH_FUNCTION_PAIR(initials, initials_common)

/*
 * The A-Z bucket of a contact list: leading white space and invisible characters
 * (zh_invisible: zero-width space, direction marks, BOM) skipped; an ideograph gives the
 * initial of its reading (长沙 → C), a Latin letter itself (full-width and accented
 * letters folded: ｅ, é → E); anything else, and the empty string, '#'.
 */
static Datum
index_label_common(FunctionCallInfo fcinfo, bool with_user_rows)
{
	int			len;
	const char *s = zh_arg_utf8(fcinfo, 0, &len);
	int			start = 0;
	char		label[2] = {'#', '\0'};

	for (unsigned tick = 1; start < len; tick++)
	{
		int			next = start;
		int32		c = zh_utf8_next((const unsigned char *) s, &next);

		if (!u_isUWhiteSpace(c) && !zh_invisible(c))
			break;
		start = next;
		if (tick % ZH_CHUNK == 0)
			CHECK_FOR_INTERRUPTS();
	}
	if (start < len)
	{
		ZhTokenizer tz;
		ZhToken		tok;

		zh_tokenizer_init(&tz, s + start, len - start, with_user_rows, fcinfo);
		zh_tokens(&tz, &tok, 1);
		if (tok.syl >= 0)
			label[0] = (char) (zh_syllable(tok.syl)->plain[0] - 'a' + 'A');
		else
		{
			char		c = latin_letter(tok.cp);

			if (c)
				label[0] = c;
		}
	}
	PG_RETURN_TEXT_P(cstring_to_text(label));
}

ZH_FUNCTION_PAIR(index_label, index_label_common)
