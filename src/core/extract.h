/*
 * extract.h: reading a Chinese document (spec 5, 5b).  Statistical periods named in
 * words (period.c) and the statistical expressions of a report (extract.c).  Backend
 * free, like the rest of the core: the server wraps it in src/extract.c.
 */
#ifndef INDICATOR_EXTRACT_H
#define INDICATOR_EXTRACT_H

#include "ind.h"

/* A period as a half-open range of months: [from, to), months counted from year 0
 * (year * 12 + month - 1).  to == 0 means "no period". */
typedef struct IndPeriod
{
	int32_t		from;
	int32_t		to;
} IndPeriod;

#define IND_PERIOD_YEAR_MIN	1000
#define IND_PERIOD_YEAR_MAX	9999

/* What a period phrase leaned on. */
#define IND_PERIOD_RELATIVE	0x01	/* 今年, 去年 ...: counted from the reference year */
#define IND_PERIOD_NO_YEAR	0x02	/* 一季度, 1-10月 ...: the year comes from context */

/*
 * The period phrase written at cp[0..n): its length in code points, 0 when none.
 * ref_year (0 = unknown) resolves 今年/去年; ctx_year (0 = unknown) gives year-less
 * phrases their year.  When a needed year is unknown the phrase is still measured
 * (its length is returned) but out->to is 0; *flags says what was needed.
 */
extern int	ind_period_match(const uint32_t *cp, int n, int ref_year, int ctx_year,
							 IndPeriod *out, int *flags);
/* A year written in four digits, arabic or Chinese (2023, 二〇二三), at cp (a 年 must follow
 * in cp[4], which the caller checks): 4 with *year set, 0 when none (IND_PERIOD_YEAR_MIN ..
 * IND_PERIOD_YEAR_MAX, one script, not 两). */
extern int	ind_year_digits(const uint32_t *cp, int n, int *year);
/* The whole text is one period (zh_period).  *needs_reference is set when the text is a
 * period that needs a reference year that was not given (0). */
extern bool ind_period_parse(const char *s, size_t len, int ref_year, IndPeriod *out,
							 bool *needs_reference, IndError *err);

/* ---- extract.c (the parts share extract_int.h) ---- */
typedef enum ExtractKind
{
	EK_LEVEL = 0,
	EK_CHANGE,
	EK_TARGET
} ExtractKind;

#define IND_SUBJECT_MAX	48

typedef struct ExtractRow
{
	int			ord;			/* 1, 2, ... */
	int			start;			/* code-point offsets of the figure, stop exclusive */
	int			stop;
	uint32_t	subject[IND_SUBJECT_MAX];	/* what the figure measures, code points */
	int			subject_len;	/* 0: none found */
	ExtractKind kind;
	Indicator	figure;			/* kind level or change */
	Target		target;			/* kind target */
	IndPeriod	period;			/* to == 0: none */
} ExtractRow;

typedef struct Extractor Extractor;

/*
 * Longest document indicator_extract reads, in bytes (64 MiB): the reader keeps the text
 * and its code points (4 bytes each), so memory is at most 5 times the document's size
 * (the rows go to the executor's tuplestore, which spills to disk).  A report is a few
 * hundred KB; a longer text is read in parts (by chapter).
 */
#define IND_EXTRACT_MAX_INPUT (64 * 1024 * 1024)

/* The size of an Extractor for a document of n code points; the caller allocates it
 * (palloc in the server) so that memory is one block per call, flat in the rows. */
extern size_t ind_extract_size(int n);
/* Decode the document into ex (size from ind_extract_size on the decoded length, which
 * is at most len); false on invalid UTF-8. */
extern int	ind_extract_count_chars(const char *doc, size_t len, IndError *err);
extern bool ind_extract_init(Extractor *ex, const char *doc, size_t len, int nchars,
							 IndError *err);
/* The next row, in document order; false at the end. */
extern bool ind_extract_next(Extractor *ex, ExtractRow *row);
/* The code points of the document (to print a row's text and subject). */
extern const uint32_t *ind_extract_chars(const Extractor *ex);

#endif
