/*
 * test_extract_forms.c: a property of indicator_extract (issue 16).  Every figure of the
 * corpus of real published texts (test/corpus/figures.tsv) and of the labelled reports
 * (the .tsv files of test/extract), written in traditional script and with spaces between its tokens,
 * extracts to the same values as written originally: the reader reads through the type's
 * own normalisation (ind_normalise), so a form the type reads alone it reads in a sentence.
 * The traditional forms are the inverse of that normalisation's table, so every word the
 * grammar knows is tried in traditional script.  Run from the top of the tree (make unit).
 */
#include "unit.h"
#include "extract.h"
#include "normalise_trad.h"

#include <dirent.h>
#include <stdlib.h>

void		test_extract_forms(void);

#define DOC_MAX 1024

/* the simplified → traditional inverse of the normalisation's table (first form wins) */
static uint32_t
traditional_of(uint32_t c)
{
	for (size_t k = 0; k < sizeof(trad_simp) / sizeof(trad_simp[0]); k++)
		if (trad_simp[k][1] == c)
			return trad_simp[k][0];
	return c;
}

static bool
is_ascii_digit(uint32_t c)
{
	return c >= '0' && c <= '9';
}

/* a digit next to a character that is neither a digit nor part of a number: a token edge */
static bool
token_edge(uint32_t a, uint32_t b)
{
	bool		na = is_ascii_digit(a) || a == '.' || a == ',',
				nb = is_ascii_digit(b) || b == '.' || b == ',';

	return (is_ascii_digit(a) && !nb) || (!na && is_ascii_digit(b));
}

/* the span in traditional script, with a space (or a thin space) at each token edge */
static int
variant(const uint32_t *in, int n, uint32_t *out)
{
	int			m = 0,
				edges = 0;

	for (int k = 0; k < n; k++)
	{
		if (k > 0 && token_edge(in[k - 1], in[k]))
			out[m++] = edges++ % 2 ? 0x2009 : ' ';
		out[m++] = traditional_of(in[k]);
	}
	return m;
}

/* the values of the rows of a document, formatted, joined with ';' */
static void
values_of(const char *doc, char *out, size_t size)
{
	Extractor  *ex = ut_extract_open(doc);
	ExtractRow	row;
	size_t		o = 0;

	out[0] = '\0';
	if (ex)
		while (ind_extract_next(ex, &row) && o + IND_OUT_MAX + 2 < size)
		{
			if (row.kind == EK_TARGET)
				o += ind_target_format(&row.target, out + o, size - o);
			else
				o += ind_format(&row.figure, out + o, size - o);
			out[o++] = ';';
			out[o] = '\0';
		}
	free(ex);
}

/* 该指标 + span + 。, as written and as the variant; the values must be the same */
static void
check_span(const char *span, int *tried, int *differ)
{
	uint32_t	cp[DOC_MAX],
				var[2 * DOC_MAX];
	char		doc[4 * 2 * DOC_MAX + 32],
				want[4096],
				got[4096];
	IndError	err;
	int			n = ind_utf8_decode(span, strlen(span), cp, DOC_MAX, &err),
				m,
				b;

	if (n <= 0)
		return;
	snprintf(doc, sizeof(doc), "该指标%s。", span);
	values_of(doc, want, sizeof(want));
	if (want[0] == '\0')
		return;					/* not a figure alone (a label of a longer context) */
	m = variant(cp, n, var);
	b = snprintf(doc, sizeof(doc), "該指標");
	for (int k = 0; k < m; k++)
		b += ind_utf8_encode(var[k], doc + b);
	snprintf(doc + b, sizeof(doc) - b, "。");
	values_of(doc, got, sizeof(got));
	(*tried)++;
	if (strcmp(got, want) != 0)
	{
		(*differ)++;
		if (*differ <= 10)
			printf("# %s: \"%s\" reads %s, as written %s\n", span, doc, got, want);
	}
}

/* the spans of a TSV file: column col (0-based) of each line after the header */
static int
spans_of(const char *path, int col, int *tried, int *differ)
{
	FILE	   *f = fopen(path, "r");
	char		line[8192];
	int			lines = 0;

	if (!f)
		return -1;
	while (fgets(line, sizeof(line), f))
	{
		char	   *p = line,
				   *end;

		if (lines++ == 0 || line[0] == '#')
			continue;
		for (int c = 0; c < col && p; c++)
			p = strchr(p, '\t') ? strchr(p, '\t') + 1 : NULL;
		if (!p)
			continue;
		end = strpbrk(p, "\t\r\n");
		if (end)
			*end = '\0';
		check_span(p, tried, differ);
	}
	fclose(f);
	return lines;
}

void
test_extract_forms(void)
{
	int			tried = 0,
				differ = 0,
				files = 0;
	DIR		   *d;
	struct dirent *e;

	CHECK(spans_of("test/corpus/figures.tsv", 1, &tried, &differ) > 1000,
		  "test/corpus/figures.tsv is read (run from the top of the tree)");
	d = opendir("test/extract");
	while (d && (e = readdir(d)) != NULL)
	{
		size_t		l = strlen(e->d_name);
		char		path[512];

		if (l < 5 || strcmp(e->d_name + l - 4, ".tsv") != 0 || strstr(e->d_name, ".traps."))
			continue;
		snprintf(path, sizeof(path), "test/extract/%s", e->d_name);
		if (spans_of(path, 3, &tried, &differ) > 1)
			files++;
	}
	if (d)
		closedir(d);
	CHECK(files >= 6, "the labelled reports of test/extract are read (%d)", files);
	CHECK(tried > 2000, "%d figures tried", tried);
	CHECK(differ == 0, "%d of %d figures read differently in traditional script with spaces",
		  differ, tried);
}
