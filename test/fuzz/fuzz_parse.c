/*
 * fuzz_parse.c: libFuzzer target for the backend-free parser core (src/core/).
 *
 * Build (test/fuzz/run.sh does this):
 *   clang-14 -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all \
 *            -Isrc/core test/fuzz/fuzz_parse.c src/core/[a-z]*.c -o test/fuzz/fuzz_parse
 *
 * Properties checked on every input (abort() with a message on any violation):
 *
 *  1. Text input.  If ind_parse(bytes) succeeds, the value must pass ind_validate, print
 *     with ind_format, and the printed text must re-parse to a value that compares equal
 *     (ind_compare == 0), hashes equal (ind_hash, two seeds) and prints the same text
 *     again (the canonical form is a fixed point: dump/restore is lossless); for a
 *     parsed value the re-read value must be the same 16 bytes.
 *     The fast reading of the common shape (src/core/parse_fast.c) must agree with it:
 *     ind_parse_fast gives the same bytes or the same error (code, position, detail,
 *     hint), and a value ind_parse_fast_only takes is the one ind_parse reads.
 *  2. Binary input (models indicator_recv).  When the input has at least 16 bytes, its
 *     first 16 bytes are taken as an Indicator struct; if ind_validate accepts it, the
 *     same round trip as in 1 must hold.  (recv validates, then the value is stored
 *     and printed, so a value validate accepts must print and re-read faithfully.)
 *  3. Order and hash consistency.  If the input contains a newline, the text before
 *     and after the first newline are parsed separately; when both parse, the order
 *     must be antisymmetric and equal values must hash equal.
 *
 *  4. Arithmetic.  For the same two values, every operation that succeeds (+, −, ×, ÷,
 *     negation, a two-row sum, growth, apply_change) must give a value that validates and
 *     survives the round trip of 1 (a computed value must dump and restore too).
 *  5. Targets.  The input parsed as a target must validate, print, re-read equal with the
 *     same hash and print the same again; its first 56 bytes as a binary target likewise.
 *  6. Documents (indicator_extract, zh_period).  The input read as a document: rows come
 *     in order (ord 1, 2, ...), within the document, not overlapping, no more rows than
 *     characters; a figure or target validates and survives its round trip; a period is
 *     a non-empty range; a subject fits its buffer.  The input read as a period (with
 *     and without a reference year) is a non-empty range of valid years or an error.
 *     Linear time is checked by the unit tests (test/unit/test_extract.c) on 10 MB.
 *
 *  7. Aggregate states (models the state types' recv and input: Citus ships states as
 *     text).  The input's first bytes read as a sum state and as a pair state, and the
 *     input read as a state's hex text: a state the reader accepts must write back to the
 *     same bytes, and its sum, mean and merge with itself must fail cleanly or give
 *     values that survive the round trip of 1.  The two-row sum of 4 round-trips too.
 *
 *  8. Numerals.  When the input is a bare numeral (Chinese numeral characters and ASCII
 *     digits only) and parses, its value must equal the independent reading of
 *     test/unit/numeral_oracle.c (一万二千万 is 1.2亿, never 2001万): the parser may refuse
 *     an ambiguous form, but never read a different number.
 *
 * FUZZ_CHECKS=text,pair (any subset of text,binary,pair,arith,target,extract,state,numeral;
 * default all) limits the checks.
 */
#include "ind.h"
#include "extract.h"
#include "numeral_oracle.h"

#include <inttypes.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The input being run, printed when a check fails (libFuzzer also saves it as crash-*). */
static const uint8_t *cur_data;
static size_t cur_size;
static const char *cur_path = "";	/* which property group is running */

static void
print_bytes(const char *label, const uint8_t *p, size_t n)
{
	fprintf(stderr, "%s (%zu bytes):", label, n);
	for (size_t i = 0; i < n; i++)
		fprintf(stderr, " %02x", p[i]);
	fprintf(stderr, "\n");
}

static void
print_struct(const char *label, const Indicator *x)
{
	fprintf(stderr, "%s: coef=%lld scale=%d mag=%u unit=%u per_unit=%u qual=%u basis=%u verb=%u flags=0x%02x\n",
			label, (long long) x->coef, x->scale, x->mag, x->unit, x->per_unit, x->qual,
			x->basis, x->verb, x->flags);
}

static void
fail(const char *what, const Indicator *x, const char *text, const Indicator *y,
	 const char *text2, const IndError *err)
{
	fprintf(stderr, "\n*** fuzz_parse: property violated (%s): %s\n", cur_path, what);
	if (cur_data)
	{
		print_bytes("input", cur_data, cur_size);
		fprintf(stderr, "input as text: \"");
		for (size_t i = 0; i < cur_size; i++)
		{
			uint8_t		c = cur_data[i];

			if (c == '\\' || c == '"')
				fprintf(stderr, "\\%c", c);
			else if (c < 0x20 || c == 0x7f)
				fprintf(stderr, "\\x%02x", c);
			else
				fputc(c, stderr);
		}
		fprintf(stderr, "\"\n");
	}
	if (x)
		print_struct("value", x);
	if (text)
		fprintf(stderr, "formatted: \"%s\"\n", text);
	if (y)
		print_struct("re-read", y);
	if (text2)
		fprintf(stderr, "re-formatted: \"%s\"\n", text2);
	if (err)
		fprintf(stderr, "error: code=%d position=%d detail=\"%s\"\n", err->code,
				err->position, err->detail);
	abort();
}

/* Print x; the result must be a NUL-terminated string of the returned length. */
static void
format_checked(const Indicator *x, char *buf)
{
	int			n;

	memset(buf, 0x7f, IND_OUT_MAX + 1);
	buf[IND_OUT_MAX] = '\0';
	n = ind_format(x, buf, IND_OUT_MAX);
	if (n <= 0 || n >= IND_OUT_MAX)
		fail("ind_format returned an empty or overlong result", x, NULL, NULL, NULL, NULL);
	if (strlen(buf) != (size_t) n)
		fail("ind_format's return value is not the length of its output", x, buf, NULL, NULL, NULL);
}

/* x is a valid value: it must print, re-read equal, hash equal, and print the same again.
 * A value the parser made must moreover re-read to the very same bytes (same_bytes), so
 * that a dump restores what was stored, not merely an equal value. */
static void
round_trip(const Indicator *x, bool same_bytes)
{
	char		text[IND_OUT_MAX + 1];
	char		text2[IND_OUT_MAX + 1];
	Indicator	y;
	IndError	err;

	format_checked(x, text);
	memset(&y, 0, sizeof(y));
	if (!ind_parse(text, strlen(text), &y, &err))
		fail("formatted text does not re-parse", x, text, NULL, NULL, &err);
	if (!ind_validate(&y, &err))
		fail("re-parsed value fails ind_validate", x, text, &y, NULL, &err);
	if (ind_compare(x, &y) != 0 || ind_compare(&y, x) != 0)
		fail("re-parsed value does not compare equal", x, text, &y, NULL, NULL);
	if (!ind_equal(x, &y))
		fail("re-parsed value is not ind_equal", x, text, &y, NULL, NULL);
	if (ind_hash(x, 0) != ind_hash(&y, 0) || ind_hash(x, 0x1234567887654321ULL) != ind_hash(&y, 0x1234567887654321ULL))
		fail("re-parsed value hashes differently", x, text, &y, NULL, NULL);
	format_checked(&y, text2);
	if (strcmp(text, text2) != 0)
		fail("canonical text is not a fixed point (format(parse(format(x))) != format(x))",
			 x, text, &y, text2, NULL);
	if (same_bytes && memcmp(x, &y, sizeof(y)) != 0)
		fail("a parsed value does not re-read to the same bytes", x, text, &y, text2, NULL);
}

/* The fast reading and the general parser agree on the input (property 1). */
static void
fast_agrees(const uint8_t *data, size_t size, bool ok, const Indicator *x, const IndError *err)
{
	Indicator	f;
	IndError	ferr;
	bool		fok;

	memset(&f, 0, sizeof(f));
	memset(&ferr, 0, sizeof(ferr));
	fok = ind_parse_fast((const char *) data, size, &f, &ferr);
	if (fok != ok)
		fail(ok ? "ind_parse_fast fails where ind_parse reads a value"
			 : "ind_parse_fast reads a value where ind_parse fails", ok ? x : &f, NULL, NULL, NULL,
			 ok ? &ferr : err);
	if (ok && memcmp(&f, x, sizeof(f)) != 0)
		fail("ind_parse_fast reads another value than ind_parse", x, NULL, &f, NULL, NULL);
	if (!ok && (ferr.code != err->code || ferr.position != err->position ||
				ferr.hint != err->hint || strcmp(ferr.detail, err->detail) != 0))
		fail("ind_parse_fast gives another error than ind_parse", NULL, NULL, NULL, NULL, &ferr);
	if (ind_parse_fast_only((const char *) data, size, &f) &&
		(!ok || memcmp(&f, x, sizeof(f)) != 0))
		fail("the fast reading alone takes a text ind_parse reads otherwise", ok ? x : NULL, NULL,
			 &f, NULL, err);
}

/* FUZZ_CHECKS=text,binary,pair (default all) selects the property groups, so that one
 * known bug in a group does not hide findings in the others while it is being fixed. */
static bool check_text = true,
			check_binary = true,
			check_pair = true,
			check_arith = true,
			check_target = true,
			check_extract = true,
			check_state = true,
			check_numeral = true;

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	const char *c = getenv("FUZZ_CHECKS");

	if (c && *c)
	{
		check_text = strstr(c, "text") != NULL;
		check_binary = strstr(c, "binary") != NULL;
		check_pair = strstr(c, "pair") != NULL;
		check_arith = strstr(c, "arith") != NULL;
		check_target = strstr(c, "target") != NULL;
		check_numeral = strstr(c, "numeral") != NULL;
		check_extract = strstr(c, "extract") != NULL;
		check_state = strstr(c, "state") != NULL;
	}
	return 0;
}

/* a computed value must be valid and survive the text round trip */
static void
computed(const char *what, bool ok, const Indicator *r)
{
	IndError	err;

	if (!ok)
		return;
	cur_path = what;
	if (!ind_validate(r, &err))
		fail("a computed value fails ind_validate", r, NULL, NULL, NULL, &err);
	round_trip(r, false);
}

static void
target_round_trip(const Target *t, const char *what)
{
	char		buf[TARGET_OUT_MAX],
				buf2[TARGET_OUT_MAX];
	Target		u;
	IndError	err;

	cur_path = what;
	if (!ind_target_validate(t, &err))
		fail("target fails ind_target_validate", &t->main, NULL, NULL, NULL, &err);
	ind_target_format(t, buf, sizeof(buf));
	if (!ind_target_parse(buf, strlen(buf), &u, &err))
		fail("formatted target does not re-parse", &t->main, buf, NULL, NULL, &err);
	if (ind_target_compare(t, &u) != 0)
		fail("re-read target is not equal", &t->main, buf, &u.main, NULL, NULL);
	if (ind_target_hash(t, 3) != ind_target_hash(&u, 3))
		fail("re-read target hashes differently", &t->main, buf, &u.main, NULL, NULL);
	ind_target_format(&u, buf2, sizeof(buf2));
	if (strcmp(buf, buf2) != 0)
		fail("target output is not a fixed point", &t->main, buf, &u.main, buf2, NULL);
}

/* only the characters of a numeral: ASCII digits and 零〇一二两三四五六七八九十百千万亿兆廿卅卌 */
static bool
bare_numeral(const uint8_t *p, size_t n)
{
	static const char *const chars[] = {
		"零", "〇", "一", "二", "两", "三", "四", "五", "六", "七", "八", "九", "十", "百", "千",
		"万", "亿", "兆", "廿", "卅", "卌"
	};
	size_t		i = 0;

	if (n == 0 || n > 60)
		return false;
	while (i < n)
	{
		bool		hit = false;

		if (p[i] >= '0' && p[i] <= '9')
		{
			i++;
			continue;
		}
		for (size_t k = 0; k < sizeof(chars) / sizeof(chars[0]) && !hit; k++)
			if (i + 3 <= n && memcmp(p + i, chars[k], 3) == 0)
				hit = true;
		if (!hit)
			return false;
		i += 3;
	}
	return true;
}

/* 8. a bare numeral the parser accepts reads as the oracle reads it */
static void
numeral_agrees(const uint8_t *data, size_t size, const Indicator *x)
{
	char		text[64],
				val[128],
				want[32];
	int64_t		v;

	cur_path = "numeral against the oracle";
	if (x->unit || x->verb || x->qual || !bare_numeral(data, size))
		return;
	memcpy(text, data, size);
	text[size] = '\0';
	ind_value_string(x, val, sizeof(val));
	if (!numeral_oracle(text, &v))
	{
		/* beyond 64 bits the oracle cannot say; anything shorter it must read */
		if (strlen(val) < 19)
			fail("the parser reads a numeral the oracle rejects", x, val, NULL, NULL, NULL);
		return;
	}
	snprintf(want, sizeof(want), "%" PRId64, v);
	if (strchr(val, '.') || strtoll(val, NULL, 10) != v)
		fail("the parser reads a numeral differently from the oracle", x, val, NULL, want, NULL);
}

/* an accepted sum state: the same bytes written back; its results fail cleanly or are valid */
static void
state_round_trip(const IndSum *s, const char *what)
{
	uint8_t		bytes[IND_SUM_STATE_BYTES],
				again[IND_SUM_STATE_BYTES];
	IndSum		back,
				twice;
	Indicator	r;
	IndError	err;

	cur_path = what;
	ind_sum_state_write(s, bytes);
	if (!ind_sum_state_read(bytes, sizeof(bytes), &back, &err))
		fail("a state written out is not read back", NULL, NULL, NULL, NULL, &err);
	ind_sum_state_write(&back, again);
	if (memcmp(bytes, again, sizeof(bytes)) != 0)
		fail("a state read back writes different bytes", NULL, NULL, NULL, NULL, NULL);
	computed("the sum of a state", ind_sum_result(&back, &r, &err), &r);
	computed("the mean of a state", back.count > 0 && ind_sum_avg(&back, &r, &err), &r);
	twice = back;
	computed("a state merged with itself", ind_sum_merge(&twice, &back, &err) &&
			 ind_sum_result(&twice, &r, &err), &r);
}

static int
sign(int c)
{
	return (c > 0) - (c < 0);
}

/* 6. the input as a document (indicator_extract) and as a period (zh_period) */
static void
check_document(const uint8_t *data, size_t size)
{
	IndError	err;
	int			n = ind_extract_count_chars((const char *) data, size, &err);
	Extractor  *ex = malloc(ind_extract_size(n));
	ExtractRow	row;
	IndPeriod	p;
	bool		needs;
	int			ord = 0,
				last_stop = 0;

	cur_path = "the input as a document";
	if (ex && ind_extract_init(ex, (const char *) data, size, n, &err))
	{
		while (ind_extract_next(ex, &row))
		{
			if (row.ord != ++ord || row.start < last_stop || row.start >= row.stop ||
				row.stop > n || ord > n)
				fail("extract: rows out of order, overlapping or outside the document",
					 NULL, NULL, NULL, NULL, NULL);
			if (row.subject_len < 0 || row.subject_len > IND_SUBJECT_MAX)
				fail("extract: subject length out of range", NULL, NULL, NULL, NULL, NULL);
			if (row.period.to != 0 && row.period.from >= row.period.to)
				fail("extract: an empty period", NULL, NULL, NULL, NULL, NULL);
			if (row.kind == EK_TARGET)
				target_round_trip(&row.target, "extract: a target row");
			else if (!ind_validate(&row.figure, &err))
				fail("extract: a figure fails ind_validate", &row.figure, NULL, NULL, NULL, &err);
			else
				round_trip(&row.figure, false);
			last_stop = row.stop;
		}
	}
	free(ex);

	cur_path = "the input as a period";
	for (int ref = 0; ref <= 2024; ref += 2024)
		if (ind_period_parse((const char *) data, size, ref, &p, &needs, &err) &&
			(p.from >= p.to || p.from < IND_PERIOD_YEAR_MIN * 12 - 120 ||
			 p.to > (IND_PERIOD_YEAR_MAX + 10) * 12))
			fail("zh_period: an empty or out-of-range period", NULL, NULL, NULL, NULL, NULL);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	Indicator	x;
	IndError	err;
	const uint8_t *nl;

	cur_data = data;
	cur_size = size;

	/* 1. text input */
	cur_path = "text input";
	memset(&x, 0, sizeof(x));
	if (!check_text)
		;
	else if (ind_parse((const char *) data, size, &x, &err))
	{
		fast_agrees(data, size, true, &x, &err);
		if (!ind_validate(&x, &err))
			fail("parsed value fails ind_validate", &x, NULL, NULL, NULL, &err);
		round_trip(&x, true);
		if (check_numeral)
			numeral_agrees(data, size, &x);
	}
	else if (err.code == IND_OK)
		fail("ind_parse failed without an error code", NULL, NULL, NULL, NULL, &err);
	else
		fast_agrees(data, size, false, NULL, &err);

	/* 2. the first 16 bytes as a binary value (what recv reads) */
	if (check_binary && size >= sizeof(Indicator))
	{
		Indicator	b;

		cur_path = "first 16 bytes as a binary value";
		memcpy(&b, data, sizeof(b));
		if (ind_validate(&b, &err))
			round_trip(&b, false);
	}

	/* 3. two values: order antisymmetric, equal values hash equal */
	nl = check_pair ? memchr(data, '\n', size) : NULL;
	if (nl)
	{
		Indicator	a,
					c;
		size_t		la = (size_t) (nl - data);

		cur_path = "two values split at a newline";

		if (ind_parse((const char *) data, la, &a, &err) &&
			ind_parse((const char *) nl + 1, size - la - 1, &c, &err))
		{
			int			ab = ind_compare(&a, &c),
						ba = ind_compare(&c, &a);

			if (sign(ab) != -sign(ba))
				fail("ind_compare is not antisymmetric", &a, NULL, &c, NULL, NULL);
			if ((ab == 0) != ind_equal(&a, &c))
				fail("ind_equal disagrees with ind_compare", &a, NULL, &c, NULL, NULL);
			if (ab == 0 && ind_hash(&a, 7) != ind_hash(&c, 7))
				fail("equal values hash differently", &a, NULL, &c, NULL, NULL);

			if (check_arith)
			{
				Indicator	r;
				IndSum		sum;
				bool		isnum;
				ind_i128	nd;
				int			ns;

				computed("a + b", ind_add(&a, &c, false, &r, &err), &r);
				computed("a - b", ind_add(&a, &c, true, &r, &err), &r);
				computed("-a", ind_negate(&a, &r, &err), &r);
				computed("a * b", ind_multiply(&a, &c, &r, &err), &r);
				computed("a / b", ind_divide(&a, &c, &r, &isnum, &nd, &ns, &err) && !isnum, &r);
				computed("a * 3", ind_scale_by(&a, 3, 0, false, &r, &err), &r);
				computed("a / 7", ind_scale_by(&a, 7, 0, true, &r, &err), &r);
				computed("growth(a, b)", ind_growth(&a, &c, 1, false, 1, &r, &err), &r);
				computed("apply_change(a, b)", ind_apply_change(&a, &c, false, &r, &err), &r);
				computed("base_value(a, b)", ind_apply_change(&a, &c, true, &r, &err), &r);
				ind_sum_init(&sum);
				/* a failed add raises an error in the server: its state is never used */
				if (ind_sum_add(&sum, &a, &err) && ind_sum_add(&sum, &c, &err))
				{
					computed("sum(a, b)", ind_sum_result(&sum, &r, &err), &r);
					computed("avg(a, b)", ind_sum_avg(&sum, &r, &err), &r);
					if (check_state)
						state_round_trip(&sum, "the state of sum(a, b)");
				}
			}
		}
	}

	/* 5. targets, from text and from the first 56 bytes */
	if (check_target)
	{
		Target		t;

		if (ind_target_parse((const char *) data, size, &t, &err))
			target_round_trip(&t, "text input as a target");
		if (size >= sizeof(Target))
		{
			memcpy(&t, data, sizeof(t));
			if (ind_target_validate(&t, &err))
				target_round_trip(&t, "first 56 bytes as a binary target");
		}
	}

	/* 6. documents and periods */
	if (check_extract)
		check_document(data, size);

	/* 7. aggregate states: the first bytes as binary states, the input as state text */
	if (check_state)
	{
		IndSum		s;
		IndPair		p;

		if (size >= IND_SUM_STATE_BYTES &&
			ind_sum_state_read(data, IND_SUM_STATE_BYTES, &s, &err))
			state_round_trip(&s, "first bytes as a sum state");
		if (size >= IND_PAIR_STATE_BYTES &&
			ind_pair_state_read(data, IND_PAIR_STATE_BYTES, &p, &err))
		{
			state_round_trip(&p.a, "first bytes as a pair state (a)");
			state_round_trip(&p.b, "first bytes as a pair state (b)");
		}
		if (ind_sum_state_parse((const char *) data, size, &s, &err))
			state_round_trip(&s, "input as a sum state's text");
		if (ind_pair_state_parse((const char *) data, size, &p, &err))
			state_round_trip(&p.a, "input as a pair state's text");
	}
	return 0;
}
