/*
 * score.c: how the parser core reads the labelled figures of real published texts
 * (test/corpus/figures.tsv, see README.md).  A figure is read right when it parses to the
 * labelled value (in its unit, magnitude applied), unit, qualifier class and kind, keeps a
 * basis where one is labelled, its canonical text re-reads equal and prints the same, and
 * the figure written in traditional script with thin spaces between its tokens reads equal.
 *
 *   test/corpus/score [figures.tsv]
 *
 * Prints every figure read wrong or rejected, a summary, and last "N passed, N failed":
 * passed = read right; failed = read wrong, plus one when fewer than FLOOR_PERCENT of
 * all figures are read right.  A rejected figure alone fails nothing (a clear error is
 * allowed for up to 2 % of the figures), a wrong reading always fails.
 */
#include "ind.h"
#include "normalise_trad.h"		/* the traditional forms, to write each figure in them */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define FLOOR_PERCENT 98

/* "61750000000.00" and "61750000000" are the same number: drop trailing fraction zeros */
static void
canonical_decimal(const char *in, char *out, size_t size)
{
	size_t		n;

	snprintf(out, size, "%s", in);
	if (strchr(out, '.'))
	{
		n = strlen(out);
		while (n > 0 && out[n - 1] == '0')
			out[--n] = '\0';
		if (n > 0 && out[n - 1] == '.')
			out[--n] = '\0';
	}
	if (strcmp(out, "-0") == 0)
		snprintf(out, size, "0");
}

/* split a line at tabs in place; returns the number of fields */
static int
split(char *line, char **f, int max)
{
	int			k = 0;

	f[k++] = line;
	for (char *p = line; *p && k < max; p++)
		if (*p == '\t')
		{
			*p = '\0';
			f[k++] = p + 1;
		}
	return k;
}

/*
 * The same figure as another house would print it: every character that has a traditional
 * form in the normalisation's table written so (the first of the table for it), and a thin
 * space between any two characters that are not both ASCII digits or both letters.  The
 * type must read it equal (normalise.c): whatever the type reads, it reads in any script
 * and spacing.
 */
static bool
variant(const char *in, char *out, size_t size)
{
	uint32_t	cp[256];
	IndError	err;
	int			n = ind_utf8_decode(in, strlen(in), cp, 256, &err);
	size_t		k = 0;

	if (n < 0)
		return false;
	for (int i = 0; i < n; i++)
	{
		uint32_t	c = cp[i],
					a = i > 0 ? ind_normalise_char(cp[i - 1]) : 0,
					b = ind_normalise_char(c);
		/* a space there would split a number or a word (３１, km) */
		bool		digits = i > 0 && a < 0x80 && b < 0x80 &&
			((a >= '0' && a <= '9') == (b >= '0' && b <= '9'));

		for (size_t t = 0; t < sizeof(trad_simp) / sizeof(trad_simp[0]); t++)
			if (trad_simp[t][1] == cp[i])
			{
				c = trad_simp[t][0];
				break;
			}
		if (k + 8 >= size)
			return false;
		if (i > 0 && !digits)
			k += ind_utf8_encode(0x2009, out + k);	/* thin space */
		k += ind_utf8_encode(c, out + k);
	}
	out[k] = '\0';
	return true;
}

/* why the figure is read wrong, or NULL when it is read right */
static const char *
judge(char **f, const Indicator *x, char *why, size_t size)
{
	char		raw[128],
				val[128],
				want[128],
				unit[64],
				text[IND_OUT_MAX],
				text2[IND_OUT_MAX];
	Indicator	y;
	IndError	err;

	ind_value_string(x, raw, sizeof(raw));
	canonical_decimal(raw, val, sizeof(val));
	canonical_decimal(f[2], want, sizeof(want));
	ind_format_unit(x, unit, sizeof(unit));
	if (strcmp(val, want) != 0)
		snprintf(why, size, "value %s, labelled %s", val, want);
	else if (strcmp(unit, f[3]) != 0)
		snprintf(why, size, "unit \"%s\", labelled \"%s\"", unit, f[3]);
	else if (strcmp(ind_qual_class_name(ind_qual_class(x)), f[4]) != 0)
		snprintf(why, size, "qualifier %s, labelled %s", ind_qual_class_name(ind_qual_class(x)), f[4]);
	else if (strcmp(x->verb ? "change" : "level", f[5]) != 0)
		snprintf(why, size, "read as a %s, labelled a %s", x->verb ? "change" : "level", f[5]);
	else if (f[6][0] && !x->basis)
		snprintf(why, size, "basis \"%s\" lost", f[6]);
	else
	{
		ind_format(x, text, sizeof(text));
		if (!ind_parse(text, strlen(text), &y, &err) || !ind_equal(x, &y))
			snprintf(why, size, "canonical text \"%s\" does not re-read equal", text);
		else
		{
			ind_format(&y, text2, sizeof(text2));
			if (strcmp(text, text2) != 0)
				snprintf(why, size, "canonical text \"%s\" prints again as \"%s\"", text, text2);
			else
			{
				char		v[300];

				if (!variant(f[1], v, sizeof(v)))
					snprintf(why, size, "no traditional, spaced variant");
				else if (!ind_parse(v, strlen(v), &y, &err) || !ind_equal(x, &y))
					snprintf(why, size, "written as \"%.120s\" it reads %.200s", v,
							 err.code ? err.detail : "differently");
				else
					return NULL;
			}
		}
	}
	return why;
}

int
main(int argc, char **argv)
{
	const char *path = argc > 1 ? argv[1] : "test/corpus/figures.tsv";
	FILE	   *fp = fopen(path, "r");
	char		line[2048];
	int			total = 0,
				right = 0,
				wrong = 0,
				rejected = 0;

	if (!fp)
	{
		perror(path);
		printf("0 passed, 1 failed\n");
		return 1;
	}
	while (fgets(line, sizeof(line), fp))
	{
		char	   *f[8];
		Indicator	x;
		IndError	err;
		char		why[400];
		size_t		n = strlen(line);

		while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
			line[--n] = '\0';
		if (line[0] == '#' || n == 0)
			continue;
		if (split(line, f, 8) < 7)
		{
			printf("malformed line: %s\n", line);
			wrong++;
			continue;
		}
		total++;
		memset(&err, 0, sizeof(err));
		if (!ind_parse(f[1], strlen(f[1]), &x, &err))
		{
			rejected++;
			printf("rejected  %s  (%s)  %s\n", f[1], err.detail, f[0]);
		}
		else if (judge(f, &x, why, sizeof(why)))
		{
			wrong++;
			printf("WRONG     %s  %s  %s\n", f[1], why, f[0]);
		}
		else
			right++;
	}
	fclose(fp);
	printf("corpus: %d figures, %d read right (%.2f%%), %d read wrong, %d rejected; floor %d%%\n",
		   total, right, total ? 100.0 * right / total : 0.0, wrong, rejected, FLOOR_PERCENT);
	{
		bool		below = (long) right * 100 < (long) total * FLOOR_PERCENT;

		if (below)
			printf("below the floor of %d%% read right\n", FLOOR_PERCENT);
		printf("%d passed, %d failed\n", right, wrong + (below ? 1 : 0));
		return (wrong || below) ? 1 : 0;
	}
}
