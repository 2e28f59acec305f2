/* test_agg_state.c: aggregate states as bytes and text (agg_state.c), untrusted input. */
#include "unit.h"
#include "ind.h"

void		test_agg_state(void);

static void
add_all(IndSum *s, const char *const *vals, int n)
{
	IndError	e;

	ind_sum_init(s);
	for (int i = 0; i < n; i++)
	{
		Indicator	x = ut_parse(vals[i]);

		CHECK(ind_sum_add(s, &x, &e), "add %s: %s", vals[i], e.detail);
	}
}

static bool
same_result(const IndSum *a, const IndSum *b)
{
	Indicator	ra,
				rb;
	IndError	e;
	char		ta[IND_OUT_MAX],
				tb[IND_OUT_MAX];

	if (!ind_sum_result(a, &ra, &e) || !ind_sum_result(b, &rb, &e))
		return false;
	ind_format(&ra, ta, sizeof(ta));
	ind_format(&rb, tb, sizeof(tb));
	return ind_equal(&ra, &rb) && strcmp(ta, tb) == 0;
}

static void
check_error(bool ok, const IndError *e, IndErrorCode want, const char *what)
{
	CHECK(!ok && e->code == want, "%s is rejected with code %d (got ok=%d code %d: %s)",
		  what, (int) want, ok, (int) e->code, e->detail);
}

void
test_agg_state(void)
{
	static const char *const money[] = {"超过1800亿元", "1.4万亿元", "27701元", "36.40万元"};
	static const char *const area[] = {"3万多亩", "1公顷", "15亩"};
	IndSum		s,
				back,
				bad;
	IndPair		p,
				pback;
	IndError	e;
	uint8_t		bytes[IND_PAIR_STATE_BYTES],
				bytes2[IND_PAIR_STATE_BYTES],
				corrupt[IND_PAIR_STATE_BYTES];
	char		text[IND_PAIR_STATE_TEXT],
				text2[IND_PAIR_STATE_TEXT];

	/* bytes and text round trips, with the other-units part in use */
	add_all(&s, area, 3);
	CHECK(s.has_other, "1公顷 into a 亩 sum uses the exact other-units part");
	ind_sum_state_write(&s, bytes);
	CHECK(bytes[0] == IND_STATE_VERSION, "the bytes start with the format version");
	CHECK(ind_sum_state_read(bytes, IND_SUM_STATE_BYTES, &back, &e), "read back: %s", e.detail);
	ind_sum_state_write(&back, bytes2);
	CHECK(memcmp(bytes, bytes2, IND_SUM_STATE_BYTES) == 0, "bytes round-trip");
	CHECK(same_result(&s, &back), "the state read back sums the same");
	CHECK(ind_sum_state_format(&s, text, sizeof(text)) == 2 * IND_SUM_STATE_BYTES, "text length");
	CHECK(ind_sum_state_parse(text, strlen(text), &back, &e), "text read back: %s", e.detail);
	ind_sum_state_format(&back, text2, sizeof(text2));
	CHECK_STR(text2, text, "text round-trips");
	CHECK(ind_sum_state_format(&s, text, 10) == -1, "a short buffer is refused");

	/* an empty state (no rows) round-trips too */
	ind_sum_init(&s);
	ind_sum_state_format(&s, text, sizeof(text));
	CHECK(ind_sum_state_parse(text, strlen(text), &back, &e) && back.count == 0, "empty state");

	/* the pair state, with and without a total */
	memset(&p, 0, sizeof(p));
	add_all(&p.a, money, 4);
	add_all(&p.b, money, 2);
	ind_pair_state_write(&p, bytes);
	CHECK(ind_pair_state_read(bytes, IND_PAIR_STATE_BYTES, &pback, &e), "pair read back: %s", e.detail);
	CHECK(same_result(&p.a, &pback.a) && same_result(&p.b, &pback.b) && !pback.has_total,
		  "pair round-trips");
	p.has_total = true;
	p.total = ut_parse("1030亿元");
	ind_pair_state_format(&p, text, sizeof(text));
	CHECK(ind_pair_state_parse(text, strlen(text), &pback, &e) && pback.has_total &&
		  ind_equal(&pback.total, &p.total), "pair with a total round-trips: %s", e.detail);
	ind_pair_state_format(&pback, text2, sizeof(text2));
	CHECK_STR(text2, text, "pair text round-trips");

	/* untrusted bytes: every malformed field is IND_ERR_CORRUPT */
	add_all(&s, money, 4);
	ind_sum_state_write(&s, bytes);
	check_error(ind_sum_state_read(bytes, IND_SUM_STATE_BYTES - 1, &bad, &e), &e, IND_ERR_CORRUPT,
				"a short state");
	memcpy(corrupt, bytes, IND_SUM_STATE_BYTES);
	corrupt[0] = 2;
	check_error(ind_sum_state_read(corrupt, IND_SUM_STATE_BYTES, &bad, &e), &e, IND_ERR_CORRUPT,
				"an unknown format version");
	memcpy(corrupt, bytes, IND_SUM_STATE_BYTES);
	corrupt[1] = 0x80;			/* count < 0 */
	check_error(ind_sum_state_read(corrupt, IND_SUM_STATE_BYTES, &bad, &e), &e, IND_ERR_CORRUPT,
				"a negative count");
	memcpy(corrupt, bytes, IND_SUM_STATE_BYTES);
	corrupt[1 + 81] = 2;		/* all_change */
	check_error(ind_sum_state_read(corrupt, IND_SUM_STATE_BYTES, &bad, &e), &e, IND_ERR_CORRUPT,
				"a boolean holding 2");
	memcpy(corrupt, bytes, IND_SUM_STATE_BYTES);
	corrupt[1 + 16 + 10] = 250; /* the template's unit */
	check_error(ind_sum_state_read(corrupt, IND_SUM_STATE_BYTES, &bad, &e), &e, IND_ERR_CORRUPT,
				"an unknown unit");
	memcpy(corrupt, bytes, IND_SUM_STATE_BYTES);
	corrupt[1 + 52 + 15] = 10;	/* other.n = 10 with other.d = 1: not reduced */
	check_error(ind_sum_state_read(corrupt, IND_SUM_STATE_BYTES, &bad, &e), &e, IND_ERR_CORRUPT,
				"an unreduced exact part");
	memcpy(corrupt, bytes, IND_SUM_STATE_BYTES);
	memset(corrupt + 1 + 52, 0, 16);
	corrupt[1 + 52] = 0x80;		/* other.n = -2^127, which has no absolute value (a fuzz find) */
	check_error(ind_sum_state_read(corrupt, IND_SUM_STATE_BYTES, &bad, &e), &e, IND_ERR_CORRUPT,
				"the smallest 128-bit numerator");
	memcpy(corrupt, bytes, IND_SUM_STATE_BYTES);
	corrupt[1 + 81] = 1;		/* all_change */
	corrupt[1 + 87] = (uint8_t) IND_VERB_JIAKUAI;	/* 加快 on a sum of 元 (a fuzz find, stop 42) */
	check_error(ind_sum_state_read(corrupt, IND_SUM_STATE_BYTES, &bad, &e), &e, IND_ERR_CORRUPT,
				"a speed's change word on a count");
	memcpy(corrupt, bytes, IND_SUM_STATE_BYTES);
	corrupt[1 + 68 + 7] = 0;	/* other.d = 0 */
	check_error(ind_sum_state_read(corrupt, IND_SUM_STATE_BYTES, &bad, &e), &e, IND_ERR_CORRUPT,
				"a zero denominator");
	/* without values the template must still be valid (the total reads it) and empty */
	ind_sum_init(&bad);
	bad.tmpl.unit = 250;
	ind_sum_state_write(&bad, corrupt);
	check_error(ind_sum_state_read(corrupt, IND_SUM_STATE_BYTES, &back, &e), &e, IND_ERR_CORRUPT,
				"an invalid template in a state without values");
	ind_sum_init(&bad);
	bad.count = 3;
	bad.acc = 5;
	ind_sum_state_write(&bad, corrupt);
	check_error(ind_sum_state_read(corrupt, IND_SUM_STATE_BYTES, &back, &e), &e, IND_ERR_CORRUPT,
				"an accumulator without values");
	/* counts read from outside may be huge: merging them is a range error, not a wrap */
	bad = s;
	bad.count = INT64_MAX - 1;
	back = bad;
	CHECK(!ind_sum_merge(&bad, &back, &e) && e.code == IND_ERR_RANGE, "merged counts overflow: %s",
		  e.detail);

	memset(&p, 0, sizeof(p));
	ind_sum_init(&p.a);
	ind_sum_init(&p.b);
	ind_pair_state_write(&p, bytes);
	memcpy(corrupt, bytes, IND_PAIR_STATE_BYTES);
	corrupt[IND_PAIR_STATE_BYTES - 1] = 1;	/* total bytes without has_total */
	check_error(ind_pair_state_read(corrupt, IND_PAIR_STATE_BYTES, &pback, &e), &e, IND_ERR_CORRUPT,
				"a total without its flag");
	corrupt[1 + 2 * IND_SUM_PACKED] = 1;	/* now flagged, but flags 0x01 lead ... */
	corrupt[IND_PAIR_STATE_BYTES - 1] = 0xFF;	/* undefined flag bits */
	check_error(ind_pair_state_read(corrupt, IND_PAIR_STATE_BYTES, &pback, &e), &e, IND_ERR_CORRUPT,
				"an invalid total");
	corrupt[1 + 2 * IND_SUM_PACKED] = 7;
	check_error(ind_pair_state_read(corrupt, IND_PAIR_STATE_BYTES, &pback, &e), &e, IND_ERR_CORRUPT,
				"has_total holding 7");

	/* untrusted text: not hex, or the wrong length, is IND_ERR_SYNTAX */
	ind_sum_init(&s);
	ind_sum_state_format(&s, text, sizeof(text));
	check_error(ind_sum_state_parse(text, strlen(text) - 2, &bad, &e), &e, IND_ERR_SYNTAX,
				"a short text");
	text[5] = 'g';
	check_error(ind_sum_state_parse(text, strlen(text), &bad, &e), &e, IND_ERR_SYNTAX,
				"a non-hex digit");
	CHECK(e.position == 6, "the position of the bad digit (got %d)", e.position);
	check_error(ind_sum_state_parse("", 0, &bad, &e), &e, IND_ERR_SYNTAX, "an empty text");
	text[5] = '0';
	text[0] = '0';
	text[1] = '9';
	check_error(ind_sum_state_parse(text, strlen(text), &bad, &e), &e, IND_ERR_CORRUPT,
				"well-formed hex of a bad version");
	/* upper-case hex is read too */
	ind_sum_state_format(&s, text, sizeof(text));
	for (char *c = text; *c; c++)
		if (*c >= 'a' && *c <= 'f')
			*c = (char) (*c - 'a' + 'A');
	CHECK(ind_sum_state_parse(text, strlen(text), &bad, &e), "upper-case hex: %s", e.detail);
}
