/*
 * unit.h: a minimal test harness for the parser core, which builds without a server.
 * Each CHECK prints a TAP-style line; main() prints "N passed, N failed" last.
 */
#ifndef INDICATOR_UNIT_H
#define INDICATOR_UNIT_H

#include <stdio.h>
#include <string.h>

extern int	unit_passed;
extern int	unit_failed;

#define CHECK(cond, ...) \
	do { \
		if (cond) { unit_passed++; } \
		else { \
			unit_failed++; \
			printf("not ok - %s:%d: ", __FILE__, __LINE__); \
			printf(__VA_ARGS__); \
			printf("\n"); \
		} \
	} while (0)

#define CHECK_STR(got, want, ...) \
	do { \
		const char *g_ = (got), *w_ = (want); \
		if (g_ && w_ && strcmp(g_, w_) == 0) { unit_passed++; } \
		else { \
			unit_failed++; \
			printf("not ok - %s:%d: got \"%s\", want \"%s\": ", __FILE__, __LINE__, \
				   g_ ? g_ : "(null)", w_ ? w_ : "(null)"); \
			printf(__VA_ARGS__); \
			printf("\n"); \
		} \
	} while (0)

/* Parse a figure that must be valid; a parse failure counts as a failed check. */
struct Indicator;
struct IndError;
extern struct Indicator ut_parse(const char *s);
/*
 * ind_parse and the fast reading agree on s[0..len): the same value, or the same error (code,
 * position, hint, detail), and a value ind_parse_fast_only takes is the one ind_parse reads.
 * ind_parse's result in *x, *ok, *err; *taken: ind_parse_fast_only took it.
 */
extern _Bool ut_readers_agree(const char *s, size_t len, struct Indicator *x, _Bool *ok,
							  struct IndError *err, _Bool *taken);
/* A core call (ok, its result r, its error e) must succeed and print as want; returns
 * the printed text in buf (IND_OUT_MAX bytes).  call names the call in messages. */
extern void ut_check_figure(int ok, const struct Indicator *r, const struct IndError *e,
							const char *want, const char *call, char *buf);

/*
 * A form of the type's input and what it must read as (the unseen-text groups): canonical
 * output (NULL: rejected), value in the unit, unit, qualifier class, "change" or "level",
 * BasisClass.  ut_check_form checks it, that the fast path agrees, and that the output
 * re-reads equal.
 */
typedef struct FormCase
{
	const char *in;
	const char *out;
	const char *value;
	const char *unit;
	const char *qual_class;
	const char *kind;
	int			basis_class;
} FormCase;
extern void ut_check_form(const FormCase *c);
/* ut_check_form on each of a table's n cases */
extern void ut_check_forms(const FormCase *cases, size_t n);

/* A reader set up on doc (malloc'd, free() it), or NULL when the document is refused. */
struct Extractor;
extern struct Extractor *ut_extract_open(const char *doc);
/* Every row indicator_extract reads in doc, as "text=canonical/kind;" into out ("ERROR" when
 * the document is refused); returns out. */
extern char *ut_extract_rows(const char *doc, char *out, size_t size);

/* A document and the rows indicator_extract must read in it (as ut_extract_rows writes them);
 * ut_check_rows checks it. */
typedef struct RowsCase
{
	const char *doc;
	const char *rows;
} RowsCase;
extern void ut_check_rows(const RowsCase *c);
/* ut_check_rows on each of a table's n cases */
extern void ut_check_rows_each(const RowsCase *cases, size_t n);

/* the number of entries of an array (a table of cases) */
#define UT_COUNT(table) (sizeof(table) / sizeof((table)[0]))

#endif
