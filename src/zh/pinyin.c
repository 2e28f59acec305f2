/*
 * zh_pinyin.c: zh_pinyin, zh_initials and zh_index_label (and their zh_builtin_*
 * IMMUTABLE variants, which ignore the user rows of zh_phrase).
 *
 * All three read the input through zh_tokenize(): one syllable per ideograph, from the
 * longest matching phrase (长沙 → cháng shā, not ICU's zhǎng shā) or else the character's
 * own reading; other characters pass through.
 */
#include "zh.h"

#include "mb/pg_wchar.h"
#include "utils/builtins.h"

#include <unicode/uchar.h>
#include <unicode/unorm2.h>

static void
append_cp(StringInfo buf, int32 cp)
{
	unsigned char u[8];

	unicode_to_utf8((pg_wchar) cp, u);
	appendBinaryStringInfo(buf, (char *) u, pg_utf_mblen(u));
}

/* the readings of the text argument 0, and an empty buffer for the result */
static ZhToken *
tokens_of(FunctionCallInfo fcinfo, bool with_user_rows, int *ntok, StringInfo out)
{
	int			ncp;
	int32	   *cps = zh_text_to_cps(zh_getarg_text(fcinfo, 0), &ncp);

	initStringInfo(out);
	return zh_tokenize(cps, ncp, with_user_rows, fcinfo, ntok);
}

/*
 * Syllables separated by one space; other characters copied, with a space between a
 * syllable and an adjacent letter or digit ("GDP zeng zhang", "2023 nian").
 */
static Datum
pinyin_common(FunctionCallInfo fcinfo, bool with_user_rows)
{
	bool		tones = PG_NARGS() > 1 ? PG_GETARG_BOOL(1) : false;
	StringInfoData buf;
	int			ntok;
	ZhToken    *tok = tokens_of(fcinfo, with_user_rows, &ntok, &buf);

	for (int i = 0; i < ntok; i++)
	{
		bool		prev_syl = i > 0 && tok[i - 1].syl >= 0;
		bool		prev_alnum = i > 0 && tok[i - 1].syl < 0 && u_isalnum(tok[i - 1].cp);

		if (tok[i].syl >= 0)
		{
			const ZhSyllable *s = zh_syllable(tok[i].syl);

			if (prev_syl || prev_alnum)
				appendStringInfoChar(&buf, ' ');
			appendStringInfoString(&buf, tones ? s->toned : s->plain);
		}
		else
		{
			if (prev_syl && u_isalnum(tok[i].cp))
				appendStringInfoChar(&buf, ' ');
			append_cp(&buf, tok[i].cp);
		}
	}
	PG_RETURN_TEXT_P(zh_utf8_to_text(buf.data, buf.len));
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
	StringInfoData buf;
	int			ntok;
	ZhToken    *tok = tokens_of(fcinfo, with_user_rows, &ntok, &buf);

	for (int i = 0; i < ntok; i++)
	{
		if (tok[i].syl >= 0)
		{
			char		c = zh_syllable(tok[i].syl)->plain[0];

			appendStringInfoChar(&buf, (char) (c - 'a' + 'A'));
		}
		else if (u_isalnum(tok[i].cp) &&
				 (i == 0 || tok[i - 1].syl >= 0 || !u_isalnum(tok[i - 1].cp)))
		{
			char		c = latin_letter(tok[i].cp);

			if (c)
				appendStringInfoChar(&buf, c);
		}
	}
	PG_RETURN_TEXT_P(zh_utf8_to_text(buf.data, buf.len));
}

ZH_FUNCTION_PAIR(initials, initials_common)

/*
 * The A-Z bucket of a contact list: leading white space skipped; an ideograph gives the
 * initial of its reading (长沙 → C), a Latin letter itself (full-width and accented
 * letters folded: ｅ, é → E); anything else, and the empty string, '#'.
 */
static Datum
index_label_common(FunctionCallInfo fcinfo, bool with_user_rows)
{
	text	   *t = zh_getarg_text(fcinfo, 0);
	int			ncp;
	int32	   *cps = zh_text_to_cps(t, &ncp);
	int			start = 0;
	char		label[2] = {'#', '\0'};

	while (start < ncp && u_isUWhiteSpace(cps[start]))
		start++;
	if (start < ncp)
	{
		/* a phrase is at most 32 characters: read only that much */
		int			len = Min(ncp - start, 32);
		int			ntok;
		ZhToken    *tok = zh_tokenize(cps + start, len, with_user_rows,
									  fcinfo, &ntok);

		if (tok[0].syl >= 0)
			label[0] = (char) (zh_syllable(tok[0].syl)->plain[0] - 'a' + 'A');
		else
		{
			char		c = latin_letter(tok[0].cp);

			if (c)
				label[0] = c;
		}
	}
	PG_RETURN_TEXT_P(cstring_to_text(label));
}

ZH_FUNCTION_PAIR(index_label, index_label_common)
