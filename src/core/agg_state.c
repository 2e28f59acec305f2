/*
 * agg_state.c: the aggregate states (IndSum, IndPair) as bytes and as text.
 *
 * A state leaves its process when PostgreSQL hands a partial aggregate to another
 * process or when a distributed engine (Citus) ships it between nodes as text through
 * the state type's output and input functions.  The bytes are big-endian with a leading
 * format version; the text is those bytes in lowercase hex.  Reading treats its input
 * as untrusted: bad hex is a syntax error, bytes that no aggregate could have produced
 * are IND_ERR_CORRUPT, and every field is validated before a state is used.  The
 * packed fields (without the version byte) are also the 0.1.0 serialize format.
 */
#include "ind.h"

#include <string.h>

static void
put_be(uint8_t *p, uint64_t v, int n)
{
	for (int i = n - 1; i >= 0; i--)
	{
		p[i] = (uint8_t) v;
		v >>= 8;
	}
}

static uint64_t
get_be(const uint8_t *p, int n)
{
	uint64_t	v = 0;

	for (int i = 0; i < n; i++)
		v = (v << 8) | p[i];
	return v;
}

static void
put_i128(uint8_t *p, ind_i128 v)
{
	unsigned __int128 u = (unsigned __int128) v;

	put_be(p, (uint64_t) (u >> 64), 8);
	put_be(p + 8, (uint64_t) u, 8);
}

static ind_i128
get_i128(const uint8_t *p)
{
	unsigned __int128 u = ((unsigned __int128) get_be(p, 8) << 64) | get_be(p + 8, 8);

	return (ind_i128) u;
}

void
ind_pack(const Indicator *x, uint8_t *out)
{
	put_be(out, (uint64_t) x->coef, 8);
	out[8] = (uint8_t) x->scale;
	out[9] = x->mag;
	out[10] = x->unit;
	out[11] = x->per_unit;
	out[12] = x->qual;
	out[13] = x->basis;
	out[14] = x->verb;
	out[15] = x->flags;
}

void
ind_unpack(const uint8_t *in, Indicator *x)
{
	x->coef = (int64_t) get_be(in, 8);
	x->scale = (int8_t) in[8];
	x->mag = in[9];
	x->unit = in[10];
	x->per_unit = in[11];
	x->qual = in[12];
	x->basis = in[13];
	x->verb = in[14];
	x->flags = in[15];
}

void
ind_sum_pack(const IndSum *s, uint8_t *out)
{
	put_be(out, (uint64_t) s->count, 8);
	put_be(out + 8, (uint64_t) s->nvalues, 8);
	ind_pack(&s->tmpl, out + 16);
	put_i128(out + 32, s->acc);
	put_be(out + 48, (uint32_t) s->e, 4);
	put_i128(out + 52, s->other.n);
	put_be(out + 68, (uint64_t) s->other.d, 8);
	put_be(out + 76, (uint32_t) s->other.e, 4);
	out[80] = s->has_other;
	out[81] = s->all_change;
	out[82] = s->max_mag;
	out[83] = (uint8_t) s->scale_at_max;
	put_be(out + 84, s->classes, 2);
	out[86] = s->basis;
	out[87] = s->verb;
}

static bool
corrupt(IndError *err, const char *what)
{
	return ind_fail(err, IND_ERR_CORRUPT, 0, "invalid aggregate state: %s", what);
}

bool
ind_sum_unpack(const uint8_t *in, IndSum *s, IndError *err)
{
	ind_sum_init(s);
	s->count = (int64_t) get_be(in, 8);
	s->nvalues = (int64_t) get_be(in + 8, 8);
	ind_unpack(in + 16, &s->tmpl);
	s->acc = get_i128(in + 32);
	s->e = (int32_t) get_be(in + 48, 4);
	s->other.n = get_i128(in + 52);
	s->other.d = (int64_t) get_be(in + 68, 8);
	s->other.e = (int32_t) get_be(in + 76, 4);
	if (in[80] > 1 || in[81] > 1)
		return corrupt(err, "a boolean field is not 0 or 1");
	s->has_other = in[80];
	s->all_change = in[81];
	s->max_mag = in[82];
	s->scale_at_max = (int8_t) in[83];
	s->classes = (uint16_t) get_be(in + 84, 2);
	s->basis = in[86];
	s->verb = in[87];
	if (!ind_sum_valid(s, err))
		return false;
	{
		/* the exact part must be reduced, as every addition leaves it (ranges checked above) */
		ExactValue	c = s->other;

		if (!ind_exact_canonical(&c) || c.n != s->other.n || c.d != s->other.d || c.e != s->other.e)
			return corrupt(err, "other units not reduced");
	}
	return true;
}

void
ind_sum_state_write(const IndSum *s, uint8_t *out)
{
	out[0] = IND_STATE_VERSION;
	ind_sum_pack(s, out + 1);
}

static bool
check_header(const uint8_t *in, size_t len, size_t want, IndError *err)
{
	if (len != want)
		return ind_fail(err, IND_ERR_CORRUPT, 0, "invalid aggregate state: %zu bytes, expected %zu", len, want);
	if (in[0] != IND_STATE_VERSION)
		return ind_fail(err, IND_ERR_CORRUPT, 0, "invalid aggregate state: unknown format version %d", in[0]);
	return true;
}

bool
ind_sum_state_read(const uint8_t *in, size_t len, IndSum *s, IndError *err)
{
	return check_header(in, len, IND_SUM_STATE_BYTES, err) && ind_sum_unpack(in + 1, s, err);
}

void
ind_pair_state_write(const IndPair *p, uint8_t *out)
{
	out[0] = IND_STATE_VERSION;
	ind_sum_pack(&p->a, out + 1);
	ind_sum_pack(&p->b, out + 1 + IND_SUM_PACKED);
	out[1 + 2 * IND_SUM_PACKED] = p->has_total;
	ind_pack(&p->total, out + 2 + 2 * IND_SUM_PACKED);
}

bool
ind_pair_state_read(const uint8_t *in, size_t len, IndPair *p, IndError *err)
{
	const uint8_t *t = in + 2 + 2 * IND_SUM_PACKED;

	memset(p, 0, sizeof(*p));
	if (!check_header(in, len, IND_PAIR_STATE_BYTES, err) ||
		!ind_sum_unpack(in + 1, &p->a, err) ||
		!ind_sum_unpack(in + 1 + IND_SUM_PACKED, &p->b, err))
		return false;
	if (in[1 + 2 * IND_SUM_PACKED] > 1)
		return corrupt(err, "a boolean field is not 0 or 1");
	p->has_total = in[1 + 2 * IND_SUM_PACKED];
	if (p->has_total)
	{
		ind_unpack(t, &p->total);
		return ind_validate(&p->total, err);
	}
	for (int i = 0; i < IND_SEND_BYTES; i++)
		if (t[i])
			return corrupt(err, "a total without its flag");
	return true;
}

/* ---- text: the bytes in hex ---- */

static void
hex_encode(const uint8_t *in, size_t n, char *out)
{
	static const char digits[] = "0123456789abcdef";

	for (size_t i = 0; i < n; i++)
	{
		out[2 * i] = digits[in[i] >> 4];
		out[2 * i + 1] = digits[in[i] & 15];
	}
	out[2 * n] = '\0';
}

static int
hex_value(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

static bool
hex_decode(const char *s, size_t len, uint8_t *out, size_t n, IndError *err)
{
	if (len != 2 * n)
		return ind_fail(err, IND_ERR_SYNTAX, 0, "an aggregate state is %zu hexadecimal digits, not %zu characters", 2 * n, len);
	for (size_t i = 0; i < n; i++)
	{
		int			hi = hex_value(s[2 * i]),
					lo = hex_value(s[2 * i + 1]);

		if (hi < 0 || lo < 0)
			return ind_fail(err, IND_ERR_SYNTAX, (int) (2 * i + (hi < 0 ? 1 : 2)),
							"an aggregate state holds only hexadecimal digits");
		out[i] = (uint8_t) (hi << 4 | lo);
	}
	return true;
}

bool
ind_sum_state_parse(const char *s, size_t len, IndSum *out, IndError *err)
{
	uint8_t		bytes[IND_SUM_STATE_BYTES];

	return hex_decode(s, len, bytes, sizeof(bytes), err) &&
		ind_sum_state_read(bytes, sizeof(bytes), out, err);
}

int
ind_sum_state_format(const IndSum *s, char *buf, size_t size)
{
	uint8_t		bytes[IND_SUM_STATE_BYTES];

	if (size < IND_SUM_STATE_TEXT)
		return -1;
	ind_sum_state_write(s, bytes);
	hex_encode(bytes, sizeof(bytes), buf);
	return 2 * IND_SUM_STATE_BYTES;
}

bool
ind_pair_state_parse(const char *s, size_t len, IndPair *out, IndError *err)
{
	uint8_t		bytes[IND_PAIR_STATE_BYTES];

	return hex_decode(s, len, bytes, sizeof(bytes), err) &&
		ind_pair_state_read(bytes, sizeof(bytes), out, err);
}

int
ind_pair_state_format(const IndPair *p, char *buf, size_t size)
{
	uint8_t		bytes[IND_PAIR_STATE_BYTES];

	if (size < IND_PAIR_STATE_TEXT)
		return -1;
	ind_pair_state_write(p, bytes);
	hex_encode(bytes, sizeof(bytes), buf);
	return 2 * IND_PAIR_STATE_BYTES;
}
