/* helpers.c: shared by the unit-test groups. */
#include "unit.h"
#include "ind.h"
#include "extract.h"

#include <stdlib.h>

Indicator
ut_parse(const char *s)
{
	Indicator	x;
	IndError	e;

	if (!ind_parse(s, strlen(s), &x, &e))
	{
		printf("not ok - cannot parse \"%s\": %s\n", s, e.detail);
		unit_failed++;
		memset(&x, 0, sizeof(x));
	}
	return x;
}

bool
ut_readers_agree(const char *s, size_t len, Indicator *x, bool *ok, IndError *err, bool *taken)
{
	Indicator	b,
				c;
	IndError	eb;
	bool		okb;

	memset(x, 0, sizeof(*x));
	memset(&b, 0, sizeof(b));
	memset(err, 0, sizeof(*err));
	memset(&eb, 0, sizeof(eb));
	*ok = ind_parse(s, len, x, err);
	okb = ind_parse_fast(s, len, &b, &eb);
	*taken = ind_parse_fast_only(s, len, &c);
	if (*taken && (!*ok || memcmp(x, &c, sizeof(c)) != 0))
		return false;			/* the fast reading alone answered wrongly */
	return *ok == okb && (*ok ? memcmp(x, &b, sizeof(b)) == 0 :
						  err->code == eb.code && err->position == eb.position &&
						  err->hint == eb.hint && strcmp(err->detail, eb.detail) == 0);
}

void
ut_check_figure(int ok, const Indicator *r, const IndError *e, const char *want,
				const char *call, char *buf)
{
	buf[0] = '\0';
	CHECK(ok, "%s: %s", call, e->detail);
	if (!ok)
		return;
	ind_format(r, buf, IND_OUT_MAX);
	if (want)
		CHECK_STR(buf, want, "%s", call);
}

/* a form of the type's input (unit.h): read as said, the fast path agrees, re-reads equal */
void
ut_check_form(const FormCase *c)
{
	Indicator	x,
				y;
	IndError	err;
	char		buf[IND_OUT_MAX],
				val[128],
				unit[64];
	bool		ok,
				taken;

	CHECK(ut_readers_agree(c->in, strlen(c->in), &x, &ok, &err, &taken),
		  "the fast path agrees on \"%s\"", c->in);
	if (c->out == NULL)
	{
		CHECK(!ok, "\"%s\" must be rejected", c->in);
		return;
	}
	CHECK(ok, "\"%s\" parses: %s (at %d)", c->in, err.detail, err.position);
	if (!ok)
		return;
	ind_format(&x, buf, sizeof(buf));
	CHECK_STR(buf, c->out, "output of \"%s\"", c->in);
	ind_value_string(&x, val, sizeof(val));
	CHECK_STR(val, c->value, "value of \"%s\"", c->in);
	ind_format_unit(&x, unit, sizeof(unit));
	CHECK_STR(unit, c->unit, "unit of \"%s\"", c->in);
	CHECK_STR(ind_qual_class_name(ind_qual_class(&x)), c->qual_class, "qualifier of \"%s\"", c->in);
	CHECK_STR(x.verb ? "change" : "level", c->kind, "kind of \"%s\"", c->in);
	CHECK(ind_basis_class(&x) == (BasisClass) c->basis_class, "basis class of \"%s\": %d",
		  c->in, (int) ind_basis_class(&x));
	ok = ind_parse(buf, strlen(buf), &y, &err);
	CHECK(ok && ind_equal(&x, &y), "output \"%s\" of \"%s\" re-reads equal", buf, c->in);
}

/* a reader set up on doc (unit.h) */
Extractor *
ut_extract_open(const char *doc)
{
	IndError	err;
	int			n = ind_extract_count_chars(doc, strlen(doc), &err);
	Extractor  *ex = malloc(ind_extract_size(n));

	if (ex && !ind_extract_init(ex, doc, strlen(doc), n, &err))
	{
		free(ex);
		ex = NULL;
	}
	return ex;
}

/* every row of doc as "text=canonical/kind;" (unit.h) */
char *
ut_extract_rows(const char *doc, char *out, size_t size)
{
	Extractor  *ex = ut_extract_open(doc);
	ExtractRow	row;
	size_t		o = 0;

	out[0] = '\0';
	if (!ex)
	{
		snprintf(out, size, "ERROR");
		return out;
	}
	while (ind_extract_next(ex, &row) && o + 300 < size)
	{
		const uint32_t *cp = ind_extract_chars(ex);
		static const char *const kinds[] = {"level", "change", "target"};
		char		buf[IND_OUT_MAX];

		for (int k = row.start; k < row.stop; k++)
			o += ind_utf8_encode(cp[k], out + o);
		if (row.kind == EK_TARGET)
			ind_target_format(&row.target, buf, sizeof(buf));
		else
			ind_format(&row.figure, buf, sizeof(buf));
		o += snprintf(out + o, size - o, "=%s/%s;", buf, kinds[row.kind]);
	}
	free(ex);
	return out;
}

/* the rows of a RowsCase's document are its rows (unit.h) */
void
ut_check_rows(const RowsCase *c)
{
	char		got[4096];

	CHECK_STR(ut_extract_rows(c->doc, got, sizeof(got)), c->rows, "rows of \"%s\"", c->doc);
}

void
ut_check_rows_each(const RowsCase *cases, size_t n)
{
	for (size_t i = 0; i < n; i++)
		ut_check_rows(&cases[i]);
}

void
ut_check_forms(const FormCase *cases, size_t n)
{
	for (size_t i = 0; i < n; i++)
		ut_check_form(&cases[i]);
}
