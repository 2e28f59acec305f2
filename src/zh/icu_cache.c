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
#include "miscadmin.h"
#include "mb/pg_wchar.h"
#include "utils/builtins.h"

#include <unicode/uiter.h>
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

/*
 * The UTF-8 bytes of text argument n, checked against ZH_MAX_INPUT: the argument itself
 * in a UTF8 database (no copy), else converted.  Verified UTF-8 either way.
 */
const char *
zh_arg_utf8(FunctionCallInfo fcinfo, int n, int *len)
{
	text	   *t = zh_getarg_text(fcinfo, n);
	const char *s = VARDATA_ANY(t);
	int			l = VARSIZE_ANY_EXHDR(t);

	if (GetDatabaseEncoding() != PG_UTF8)
	{
		s = pg_server_to_any(s, l, PG_UTF8);
		l = strlen(s);
		zh_check_input_length(l);
	}
	*len = l;
	return s;
}

/* The call site's cache (fn_extra), made on its first row. */
ZhCallCache *
zh_call_cache(FunctionCallInfo fcinfo)
{
	ZhCallCache *c = (ZhCallCache *) fcinfo->flinfo->fn_extra;

	if (c == NULL)
	{
		c = MemoryContextAllocZero(fcinfo->flinfo->fn_mcxt, sizeof(ZhCallCache));
		c->nsp = InvalidOid;
		c->style = -1;
		fcinfo->flinfo->fn_extra = c;
	}
	return c;
}

/* The text's code points (palloc'd), for short texts (a phrase). */
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
		cps[n++] = zh_utf8_next(s, &i);
	*ncp = n;
	return cps;
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

/*
 * A text result written in place, UTF-8 after room for the varlena header, so that the
 * result is not copied at the end.  estimate: the expected content bytes (the buffer
 * grows past it; pages reserved but never written cost no memory).
 */
void
zh_out_init(StringInfo out, Size estimate)
{
	Size		cap = Min(estimate + VARHDRSZ + 1, MaxAllocSize);

	out->data = palloc(cap);
	out->maxlen = cap;
	out->len = VARHDRSZ;
	out->cursor = 0;
}

text *
zh_out_text(StringInfo out)
{
	if (GetDatabaseEncoding() != PG_UTF8)
		return zh_utf8_to_text(out->data + VARHDRSZ, out->len - VARHDRSZ);
	SET_VARSIZE(out->data, out->len);
	return (text *) out->data;
}

/* Append UTF-16 as UTF-8 (the text came from verified UTF-8: surrogates are paired). */
void
zh_append_uchars(StringInfo out, const UChar *s, int32 len)
{
	char	   *p;
	int32		i = 0;

	enlargeStringInfo(out, 3 * len);
	p = out->data + out->len;
	while (i < len)
	{
		UChar32		c;

		U16_NEXT_UNSAFE(s, i, c);
		p = zh_put_utf8(p, c);
	}
	out->len = p - out->data;
	*p = '\0';
}

/*
 * A cancel inside ICU.  ICU cannot be left by longjmp (its C++ frames own heap memory),
 * so the text's iterator answers a pending cancel by ending the text early; the caller
 * then raises the cancel outside ICU (or, if nothing is raised, starts again).
 */
static UChar32 (*utf8_next) (UCharIterator *iter);
static bool key_cut;
static unsigned key_tick;

static UChar32
next_or_cancel(UCharIterator *iter)
{
	if (key_cut)
		return U_SENTINEL;
	if (++key_tick % ZH_CHUNK == 0 && (QueryCancelPending || ProcDiePending))
	{
		key_cut = true;
		return U_SENTINEL;
	}
	return utf8_next(iter);
}

/*
 * Append the ICU collation key of the UTF-8 text (with the terminating zero byte
 * ucol_getSortKey gives) to buf, without a UTF-16 copy of the text: ucol_nextSortKeyPart,
 * whose parts joined are the bytes of ucol_getSortKey less its final zero.  Each call
 * reads the text again from its start and ICU touches as many bytes as the part asked
 * for, so parts double from 64 KB (a short text's key is one part): the work stays linear and no buffer is larger than
 * the key.
 */
void
zh_append_sort_key(StringInfo buf, UCollator *coll, const char *utf8, int len)
{
	int			start = buf->len;
	uint32_t	state[2] = {0, 0};
	int32		part = (int32) Min((int64) 2 * len + 64, 65536);
	bool		may_cut = true;

	for (;;)
	{
		UCharIterator it;
		UErrorCode	status = U_ZERO_ERROR;
		int32		got;

		enlargeStringInfo(buf, part + 1);
		uiter_setUTF8(&it, utf8, len);
		utf8_next = it.next;
		if (may_cut)
			it.next = next_or_cancel;
		key_cut = false;
		got = ucol_nextSortKeyPart(coll, &it, state, (uint8_t *) buf->data + buf->len, part,
								   &status);
		if (U_FAILURE(status))
			ereport(ERROR,
					(errcode(ERRCODE_EXTERNAL_ROUTINE_EXCEPTION),
					 errmsg("could not compute an ICU sort key: %s", u_errorName(status))));
		if (key_cut)
		{
			CHECK_FOR_INTERRUPTS();
			/* nothing was raised (held off): the whole key again, without cutting */
			may_cut = false;
			buf->len = start;
			state[0] = state[1] = 0;
			part = (int32) Min((int64) 2 * len + 64, 65536);
			continue;
		}
		buf->len += got;
		if (got < part)
			break;
		part = (int32) Min((int64) part * 2, (int64) (MaxAllocSize - buf->len) / 2);
	}
	buf->data[buf->len++] = '\0';
}
