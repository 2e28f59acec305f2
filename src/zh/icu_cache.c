/*
 * zh_icu_cache.c: the ICU objects of the Chinese category functions, opened lazily the
 * first time a backend needs them and kept for the backend's life (ICU allocates them
 * with malloc; they are never freed, exactly like PostgreSQL's own cached ICU collators).
 * Nothing is opened per row.  Buffers handed to ICU are palloc'd, so an error raised in
 * the middle of a call leaks nothing past the current memory context.
 *
 * Also here: conversions between text (server encoding) and code points / UTF-16.
 */
#include "zh.h"

#include "access/detoast.h"
#include "mb/pg_wchar.h"
#include "utils/builtins.h"

#include <unicode/ustring.h>

static UCollator *zh_collators[ZH_NSTYLES];
static UTransliterator *zh_transliterators[ZH_NTRANS];

static const char *const zh_style_names[ZH_NSTYLES] = {"pinyin", "stroke", "zhuyin"};
static const char *const zh_style_locales[ZH_NSTYLES] = {
	"zh@collation=pinyin", "zh@collation=stroke", "zh@collation=zhuyin"
};
static const char *const zh_trans_ids[ZH_NTRANS] = {"Hant-Hans", "Hans-Hant"};

static void
icu_open_failed(const char *what, const char *name, UErrorCode status)
{
	ereport(ERROR,
			(errcode(ERRCODE_EXTERNAL_ROUTINE_EXCEPTION),
			 errmsg("could not open ICU %s \"%s\": %s", what, name, u_errorName(status))));
}

UCollator *
zh_collator(ZhStyle style)
{
	if (zh_collators[style] == NULL)
	{
		UErrorCode	status = U_ZERO_ERROR;
		UCollator  *coll = ucol_open(zh_style_locales[style], &status);

		if (U_FAILURE(status))
			icu_open_failed("collator", zh_style_locales[style], status);
		zh_collators[style] = coll;
	}
	return zh_collators[style];
}

UTransliterator *
zh_transliterator(ZhTrans which)
{
	if (zh_transliterators[which] == NULL)
	{
		UErrorCode	status = U_ZERO_ERROR;
		UParseError perr;
		UChar		id[32];
		UTransliterator *trans;

		u_uastrcpy(id, zh_trans_ids[which]);
		trans = utrans_openU(id, -1, UTRANS_FORWARD, NULL, 0, &perr, &status);
		if (U_FAILURE(status))
			icu_open_failed("transliterator", zh_trans_ids[which], status);
		zh_transliterators[which] = trans;
	}
	return zh_transliterators[which];
}

ZhStyle
zh_style_from_text(text *style)
{
	char	   *s = text_to_cstring(style);
	int			i;

	for (i = 0; i < ZH_NSTYLES; i++)
		if (pg_strcasecmp(s, zh_style_names[i]) == 0)
			return (ZhStyle) i;
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("unknown Chinese sort style \"%s\"", s),
			 errhint("Valid styles are pinyin, stroke and zhuyin.")));
	return ZH_STYLE_PINYIN;		/* keep the compiler quiet */
}

static void
zh_check_input_length(Size len)
{
	if (len > ZH_MAX_INPUT)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("input is too long for a Chinese text function"),
				 errdetail("The input has %zu bytes; the limit is %d.", len, ZH_MAX_INPUT)));
}

/* Text argument n, checked against ZH_MAX_INPUT before it is detoasted. */
text *
zh_getarg_text(FunctionCallInfo fcinfo, int n)
{
	zh_check_input_length(toast_raw_datum_size(PG_GETARG_DATUM(n)) - VARHDRSZ);
	return PG_GETARG_TEXT_PP(n);
}

/* The text's code points (palloc'd); the text is converted to UTF-8 if the database is not. */
int32 *
zh_text_to_cps(text *t, int *ncp)
{
	const unsigned char *s = (const unsigned char *) VARDATA_ANY(t);
	int			len = VARSIZE_ANY_EXHDR(t);
	int32	   *cps;
	int			n = 0;
	int			i = 0;

	if (GetDatabaseEncoding() != PG_UTF8)
	{
		s = (const unsigned char *) pg_server_to_any((const char *) s, len, PG_UTF8);
		len = strlen((const char *) s);
	}
	zh_check_input_length(len);
	cps = palloc((len + 1) * sizeof(int32));
	while (i < len)
	{
		unsigned char c = s[i];

		/* input is verified UTF-8: decode inline (ASCII and 3-byte CJK are the common cases) */
		if (c < 0x80)
		{
			cps[n++] = c;
			i++;
		}
		else if (c >= 0xE0 && c < 0xF0 && i + 2 < len)
		{
			cps[n++] = ((c & 0x0F) << 12) | ((s[i + 1] & 0x3F) << 6) | (s[i + 2] & 0x3F);
			i += 3;
		}
		else
		{
			int			l = pg_utf_mblen(s + i);

			if (i + l > len)
				break;			/* cannot happen for verified input */
			cps[n++] = (int32) utf8_to_unicode(s + i);
			i += l;
		}
	}
	*ncp = n;
	return cps;
}

UChar *
zh_cps_to_uchars(const int32 *cps, int ncp, int32 *len)
{
	UChar	   *u = palloc((2 * ncp + 1) * sizeof(UChar));
	int32		n = 0;
	int			i;

	for (i = 0; i < ncp; i++)
		U16_APPEND_UNSAFE(u, n, cps[i]);
	u[n] = 0;
	*len = n;
	return u;
}

/* UTF-8 bytes to a text in the server encoding */
text *
zh_utf8_to_text(const char *s, int len)
{
	if (GetDatabaseEncoding() != PG_UTF8)
	{
		char	   *conv = pg_any_to_server(s, len, PG_UTF8);

		return cstring_to_text(conv);
	}
	return cstring_to_text_with_len(s, len);
}

text *
zh_uchars_to_text(const UChar *s, int32 len)
{
	UErrorCode	status = U_ZERO_ERROR;
	int32		cap = 3 * len + 1;	/* one UTF-16 unit never needs more than 3 bytes */
	char	   *buf = palloc(cap);
	int32		out;

	u_strToUTF8(buf, cap, &out, s, len, &status);
	if (U_FAILURE(status))
		ereport(ERROR,
				(errcode(ERRCODE_EXTERNAL_ROUTINE_EXCEPTION),
				 errmsg("could not convert a string from UTF-16: %s", u_errorName(status))));
	return zh_utf8_to_text(buf, out);
}

/* Append the collation key of s (with its terminating zero byte) to buf. */
void
zh_append_sort_key(StringInfo buf, UCollator *coll, const UChar *s, int32 len)
{
	int32		avail = buf->maxlen - buf->len - 1;
	int32		need;

	need = ucol_getSortKey(coll, s, len, (uint8_t *) buf->data + buf->len, avail);
	if (need > avail)
	{
		enlargeStringInfo(buf, need);
		need = ucol_getSortKey(coll, s, len, (uint8_t *) buf->data + buf->len, need);
	}
	buf->len += need;
}
