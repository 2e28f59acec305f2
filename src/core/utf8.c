/*
 * utf8.c: UTF-8 decoding for the parser.  The server has validated its input already,
 * but the unit tests and the fuzz target feed raw bytes, so every malformed sequence is
 * an error here, never an out-of-bounds read.
 */
#include "ind.h"

#include <stdio.h>

int
ind_utf8_decode(const char *s, size_t len, uint32_t *out, int maxcp, IndError *err)
{
	const unsigned char *p = (const unsigned char *) s;
	size_t		i = 0;
	int			n = 0;

	while (i < len)
	{
		uint32_t	c = p[i];
		int			extra;
		uint32_t	min;

		if (c < 0x80)
		{
			/* ASCII: the common case, no continuation bytes to check */
			if (n >= maxcp)
				goto too_long;
			out[n++] = c;
			i++;
			continue;
		}
		else if ((c & 0xF0) == 0xE0 && i + 2 < len)
		{
			/* three bytes: every CJK character, the other common case, decoded at once */
			uint32_t	b1 = p[i + 1],
						b2 = p[i + 2];

			if (((b1 & 0xC0) != 0x80) || ((b2 & 0xC0) != 0x80))
				goto bad;
			c = ((c & 0x0F) << 12) | ((b1 & 0x3F) << 6) | (b2 & 0x3F);
			if (c < 0x800 || (c >= 0xD800 && c <= 0xDFFF))
				goto bad;
			if (n >= maxcp)
				goto too_long;
			out[n++] = c;
			i += 3;
			continue;
		}
		else if ((c & 0xE0) == 0xC0)
		{
			extra = 1;
			c &= 0x1F;
			min = 0x80;
		}
		else if ((c & 0xF0) == 0xE0)
		{
			extra = 2;
			c &= 0x0F;
			min = 0x800;
		}
		else if ((c & 0xF8) == 0xF0)
		{
			extra = 3;
			c &= 0x07;
			min = 0x10000;
		}
		else
			goto bad;
		if (extra > 0 && i + extra >= len)
			goto bad;
		for (int k = 1; k <= extra; k++)
		{
			if ((p[i + k] & 0xC0) != 0x80)
				goto bad;
			c = (c << 6) | (p[i + k] & 0x3F);
		}
		if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
			goto bad;
		if (n >= maxcp)
			goto too_long;
		out[n++] = c;
		i += extra + 1;
	}
	return n;

too_long:
	ind_fail(err, IND_ERR_SYNTAX, n + 1, "input is longer than %d characters", maxcp);
	return -1;

bad:
	ind_fail(err, IND_ERR_SYNTAX, n + 1, "invalid UTF-8 byte sequence");
	return -1;
}

int
ind_utf8_encode(uint32_t c, char *out)
{
	if (c < 0x80)
	{
		out[0] = (char) c;
		return 1;
	}
	if (c < 0x800)
	{
		out[0] = (char) (0xC0 | (c >> 6));
		out[1] = (char) (0x80 | (c & 0x3F));
		return 2;
	}
	if (c < 0x10000)
	{
		out[0] = (char) (0xE0 | (c >> 12));
		out[1] = (char) (0x80 | ((c >> 6) & 0x3F));
		out[2] = (char) (0x80 | (c & 0x3F));
		return 3;
	}
	out[0] = (char) (0xF0 | (c >> 18));
	out[1] = (char) (0x80 | ((c >> 12) & 0x3F));
	out[2] = (char) (0x80 | ((c >> 6) & 0x3F));
	out[3] = (char) (0x80 | (c & 0x3F));
	return 4;
}
