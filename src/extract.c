/*
 * extract.c: indicator_extract(doc) and zh_period(text [, reference_year]), the server
 * side of src/core/extract*.c and src/core/period.c.  The rules are in the core; this
 * file decodes the document, turns rows into tuples and periods into dateranges.
 */
#include "server.h"
#include "core/extract.h"

#include "access/detoast.h"
#include "catalog/pg_type.h"
#include "datatype/timestamp.h"
#include "funcapi.h"
#include "mb/pg_wchar.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/datetime.h"
#include "utils/rangetypes.h"
#include "utils/typcache.h"

/* A period (months from year 0, half open) as a daterange [first day, first day after). */
static Datum
period_datum(const IndPeriod *p, TypeCacheEntry *range_type)
{
	RangeBound	lo,
				hi;

	lo.val = DateADTGetDatum(date2j(p->from / 12, p->from % 12 + 1, 1) - POSTGRES_EPOCH_JDATE);
	lo.infinite = false;
	lo.inclusive = true;
	lo.lower = true;
	hi.val = DateADTGetDatum(date2j(p->to / 12, p->to % 12 + 1, 1) - POSTGRES_EPOCH_JDATE);
	hi.infinite = false;
	hi.inclusive = false;
	hi.lower = false;
	return RangeTypePGetDatum(make_range_compat(range_type, &lo, &hi, false));
}

/* code points as text in the database encoding */
static text *
chars_text(const uint32_t *cp, int n, bool utf8_db)
{
	char	   *buf;
	int			b = 0;
	char	   *conv;

	if (utf8_db)
	{
		/* the database is UTF8 (as CREATE EXTENSION asks): the characters, read from
		 * verified text, are encoded straight into the text, with no conversion pass */
		text	   *t = palloc(VARHDRSZ + (size_t) n * 4);

		for (int k = 0; k < n; k++)
			b += ind_utf8_encode(cp[k], VARDATA(t) + b);
		SET_VARSIZE(t, VARHDRSZ + b);
		return t;
	}
	buf = palloc((size_t) n * 4 + 1);
	for (int k = 0; k < n; k++)
		b += ind_utf8_encode(cp[k], buf + b);
	buf[b] = '\0';
	conv = pg_any_to_server(buf, b, PG_UTF8);
	return cstring_to_text(conv);
}

/* a period text for a message: at most 60 characters */
static char *
quoted(const char *s)
{
	int			len = strlen(s);
	int			clip = pg_mbcharcliplen(s, len, 60);

	return clip < len ? psprintf("%.*s…", clip, s) : pstrdup(s);
}

static void
check_document_length(Size len)
{
	if (len > IND_EXTRACT_MAX_INPUT)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("document is too long for indicator_extract"),
				 errdetail("The document has %zu bytes; the limit is %d.", len,
						   IND_EXTRACT_MAX_INPUT),
				 errhint("Read a long text in parts, such as its chapters.")));
}

/* period ranges kept per call: a report names a few, cycling among them */
#define PERIODS_KEPT 32

typedef struct ExtractCall
{
	Extractor  *ex;
	TypeCacheEntry *range_type;
	/* rows of a report share a few periods and their kind: each range made once and copied
	 * by the tuples (heap_form_tuple copies); at most PERIODS_KEPT kept, so memory stays
	 * flat whatever the periods */
	IndPeriod	periods[PERIODS_KEPT];
	Datum		period_datums[PERIODS_KEPT];
	int			n_periods;
	int			next_period;	/* the slot replaced next when all are taken */
	bool		utf8_db;
	Datum		kind_text[3];
} ExtractCall;

/* the range of period p: one kept, else made (in place of the oldest when all are kept) */
static Datum
row_period(ExtractCall *call, const IndPeriod *p, MemoryContext ctx)
{
	MemoryContext old;
	int			slot;

	for (int k = 0; k < call->n_periods; k++)
		if (call->periods[k].from == p->from && call->periods[k].to == p->to)
			return call->period_datums[k];
	if (call->n_periods < PERIODS_KEPT)
		slot = call->n_periods++;
	else
	{
		slot = call->next_period;
		call->next_period = (slot + 1) % PERIODS_KEPT;
		pfree(DatumGetPointer(call->period_datums[slot]));
	}
	old = MemoryContextSwitchTo(ctx);
	call->periods[slot] = *p;
	call->period_datums[slot] = period_datum(p, call->range_type);
	MemoryContextSwitchTo(old);
	return call->period_datums[slot];
}

/*
 * indicator_extract(doc text): one row per statistical expression of a Chinese document
 * (ord, start, stop, text, subject, figure, target, period, kind).  Value per call: the
 * decoded document is the only memory kept across rows, so memory is flat in the rows.
 */
PG_FUNCTION_INFO_V1(indicator_extract);
Datum
indicator_extract(PG_FUNCTION_ARGS)
{
	FuncCallContext *fc;
	ExtractCall *call;
	ExtractRow	row;

	if (SRF_IS_FIRSTCALL())
	{
		MemoryContext old;
		text	   *doc;
		const char *s;
		int			len;
		char	   *utf8;
		size_t		ulen;
		TupleDesc	tupdesc;
		IndError	err;
		int			nchars;

		/* checked before the document is detoasted */
		check_document_length(toast_raw_datum_size(PG_GETARG_DATUM(0)) - VARHDRSZ);
		doc = PG_GETARG_TEXT_PP(0);
		s = VARDATA_ANY(doc);
		len = VARSIZE_ANY_EXHDR(doc);
		utf8 = pg_server_to_any(s, len, PG_UTF8);
		ulen = utf8 == s ? (size_t) len : strlen(utf8);
		check_document_length(ulen);
		fc = SRF_FIRSTCALL_INIT();
		old = MemoryContextSwitchTo(fc->multi_call_memory_ctx);
		if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
			ereport(ERROR,
					(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
					 errmsg("indicator_extract must be called where a row type is expected")));
		fc->tuple_desc = BlessTupleDesc(tupdesc);
		call = palloc(sizeof(ExtractCall));
		nchars = ind_extract_count_chars(utf8, ulen, &err);
		call->ex = MemoryContextAllocHuge(fc->multi_call_memory_ctx, ind_extract_size(nchars));
		if (!ind_extract_init(call->ex, utf8, ulen, nchars, &err))
			ind_report_error(&err);
		call->range_type = lookup_type_cache(DATERANGEOID, TYPECACHE_RANGE_INFO);
		call->n_periods = call->next_period = 0;
		call->utf8_db = GetDatabaseEncoding() == PG_UTF8;
		call->kind_text[EK_LEVEL] = CStringGetTextDatum("level");
		call->kind_text[EK_CHANGE] = CStringGetTextDatum("change");
		call->kind_text[EK_TARGET] = CStringGetTextDatum("target");
		fc->user_fctx = call;
		MemoryContextSwitchTo(old);
	}
	fc = SRF_PERCALL_SETUP();
	call = fc->user_fctx;
	if (ind_extract_next(call->ex, &row))
	{
		Datum		values[9];
		bool		nulls[9] = {false};
		const uint32_t *cp = ind_extract_chars(call->ex);

		values[0] = Int32GetDatum(row.ord);
		values[1] = Int32GetDatum(row.start);
		values[2] = Int32GetDatum(row.stop);
		values[3] = PointerGetDatum(chars_text(cp + row.start, row.stop - row.start,
											   call->utf8_db));
		if (row.subject_len > 0)
			values[4] = PointerGetDatum(chars_text(row.subject, row.subject_len, call->utf8_db));
		else
			nulls[4] = true;
		if (row.kind == EK_TARGET)
		{
			Target	   *t = palloc(sizeof(Target));

			*t = row.target;
			nulls[5] = true;
			values[6] = PointerGetDatum(t);
		}
		else
		{
			values[5] = ind_boxed(&row.figure);
			nulls[6] = true;
		}
		if (row.period.to)
			values[7] = row_period(call, &row.period, fc->multi_call_memory_ctx);
		else
			nulls[7] = true;
		values[8] = call->kind_text[row.kind];
		SRF_RETURN_NEXT(fc, HeapTupleGetDatum(heap_form_tuple(fc->tuple_desc, values, nulls)));
	}
	SRF_RETURN_DONE(fc);
}

/* bytes enough for 65 characters (of at most 4 bytes) after up to 3 bytes of a cut one */
#define PERIOD_SLICE (65 * 4 + 3)

/*
 * zh_period(text [, reference_year int]): the daterange a period phrase names
 * (2023年, 2023年1-10月, 一季度, 上半年, 去年, "十四五"时期).
 */
PG_FUNCTION_INFO_V1(zh_period);
Datum
zh_period(PG_FUNCTION_ARGS)
{
	/* a period is at most 64 characters (ind_period_parse): a longer text is read no
	 * further than its 65th, so a long argument costs nothing */
	text	   *t = DatumGetTextPSlice(PG_GETARG_DATUM(0), 0, PERIOD_SLICE);
	int			ref_year = 0;
	char	   *s = text_to_cstring(t);
	char	   *q;
	char	   *utf8;
	IndPeriod	p;
	IndError	err;
	bool		needs_reference;

	s[pg_mbcliplen(s, strlen(s), strlen(s))] = '\0';	/* no character cut by the slice */
	q = quoted(s);
	utf8 = pg_server_to_any(s, strlen(s), PG_UTF8);
	if (PG_NARGS() > 1)
	{
		ref_year = PG_GETARG_INT32(1);
		if (ref_year < IND_PERIOD_YEAR_MIN || ref_year > IND_PERIOD_YEAR_MAX)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("reference_year %d is out of range", ref_year),
					 errdetail("A reference year is between %d and %d.",
							   IND_PERIOD_YEAR_MIN, IND_PERIOD_YEAR_MAX)));
	}
	if (!ind_period_parse(utf8, strlen(utf8), ref_year, &p, &needs_reference, &err))
	{
		if (needs_reference)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("period \"%s\" needs a reference year", q),
					 errdetail("%s.", err.detail),
					 errhint("Pass the year the text is written in: zh_period('%s', 2024).", q)));
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("invalid input syntax for a period: \"%s\"", q),
				 err.position > 0
				 ? errdetail("%s at character %d.", err.detail, err.position)
				 : errdetail("%s.", err.detail)));
	}
	PG_RETURN_DATUM(period_datum(&p, lookup_type_cache(DATERANGEOID, TYPECACHE_RANGE_INFO)));
}
