/*
 * zh_sortkey.c: zh_sort_key(text, style) -> bytea, whose byte order (memcmp, i.e. bytea's
 * own ordering) is the order a Chinese reader expects.
 *
 * pinyin: ICU's zh pinyin collation gives each ideograph one reading (长沙 sorts under
 *   "zhang").  We sort by the corrected reading instead, ideograph by ideograph as a
 *   dictionary does: syllable, then tone, then the character itself (in ICU's pinyin
 *   order, so 安阳 < 鞍山: first character first), then the next character.  The key is
 *   built here, without calling ICU per row:
 *     - an ideograph with a reading: the lowest ICU lead byte of ideographs in pinyin
 *       order (so ideographs sort after digits and before Latin, as in ICU), the
 *       syllable's rank (2 bytes; syllables ordered by spelling, ü after u: lu < lü <
 *       luan < lüe < lun, then tone 1-4, neutral), then the character's ICU primary;
 *     - any other character: its ICU primary weight (zh-u-co-pinyin), so letters, digits
 *       and punctuation keep ICU's order around the ideographs;
 *     - then 0x01 and, if the text has anything but ideographs with a reading, its
 *       UTF-8 bytes, which break the remaining ties (case, width and accent
 *       differences) by code point.  (Ideographs have distinct primaries: a text of
 *       ideographs only is identified by the first part.)
 *   Primary weights are asked of ICU once per character and cached for the backend.
 *   Without a phrase correction this orders like COLLATE zh_pinyin; with one, the name
 *   is filed under its real reading (长沙 under C, among chang2, after 常德).
 * stroke, zhuyin: ICU's collation key of the text for zh-u-co-stroke / zh-u-co-zhuyin
 *   (no phrase correction: stroke order does not depend on the reading; zhuyin uses
 *   ICU's one reading per character).
 *
 * zh_sort_key is STABLE (user phrases); zh_builtin_sort_key is IMMUTABLE and can back an
 * expression index (rebuild it after an ICU upgrade, see doc/zh_category.md).
 */
#include "zh.h"

#include "mb/pg_wchar.h"
#include "utils/builtins.h"
#include "utils/memutils.h"

/* the lead byte ideographs get: where ICU's pinyin order starts them (after digits, before Latin) */
static int	han_mark = -1;

/* per BMP code point: 0 = not yet asked; else 0x80000000 | len << 24 | bytes (len <= 3) */
#define PRIM_KNOWN	0x80000000u
#define PRIM_LONG	0x40000000u
static uint32 *prim_cache;
/* per syllable: its 3 key bytes (han mark, rank / 254 + 2, rank % 254 + 2), low byte first */
static uint32 *syl_key;

/* ICU primary weight bytes of one code point into out (at most 32); returns the length */
static int
icu_primary(int32 cp, uint8 *out)
{
	UCollator  *coll = zh_collator(ZH_STYLE_PINYIN);
	UChar		u[2];
	int32		ulen = 0;
	uint8		key[64];
	int32		klen;
	int			n = 0;

	U16_APPEND_UNSAFE(u, ulen, cp);
	klen = ucol_getSortKey(coll, u, ulen, key, sizeof(key));
	if (klen > (int32) sizeof(key))
		klen = sizeof(key);
	while (n < klen && key[n] > 0x01 && n < 32)
	{
		out[n] = key[n];
		n++;
	}
	return n;
}

/*
 * The cached primary of a code point: PRIM_KNOWN | len << 24 | its bytes (len <= 3), or
 * PRIM_KNOWN | PRIM_LONG for a longer one (asked of ICU each time) and for code points
 * beyond the BMP.
 */
static uint32
prim_entry(int32 cp)
{
	uint32		e;
	uint8		b[32];
	int			n;

	if (cp >= 0x10000)
		return PRIM_KNOWN | PRIM_LONG;
	if (prim_cache == NULL)
		prim_cache = MemoryContextAllocZero(TopMemoryContext, 0x10000 * sizeof(uint32));
	e = prim_cache[cp];
	if (e == 0)
	{
		n = icu_primary(cp, b);
		if (n <= 3)
			e = PRIM_KNOWN | ((uint32) n << 24) |
				(n > 0 ? (uint32) b[0] << 16 : 0) |
				(n > 1 ? (uint32) b[1] << 8 : 0) |
				(n > 2 ? (uint32) b[2] : 0);
		else
			e = PRIM_KNOWN | PRIM_LONG;
		prim_cache[cp] = e;
	}
	return e;
}

static int
syl_cmp(const void *a, const void *b)
{
	const ZhSyllable *x = zh_syllable(*(const uint16 *) a);
	const ZhSyllable *y = zh_syllable(*(const uint16 *) b);
	const unsigned char *p = (const unsigned char *) x->plain;
	const unsigned char *q = (const unsigned char *) y->plain;
	int			ux = 0;
	int			uy = 0;

	/* compare with ü read as u; then plain u before ü; then the tone */
	for (;;)
	{
		int			c = *p,
					d = *q;

		if (c >= 0x80)
		{
			c = 'u';
			ux = 1;
			p++;
		}
		if (d >= 0x80)
		{
			d = 'u';
			uy = 1;
			q++;
		}
		if (c != d)
			return c < d ? -1 : 1;
		if (c == 0)
			break;
		p++;
		q++;
	}
	if (ux != uy)
		return ux - uy;
	return x->tone - y->tone;
}

static int
get_han_mark(void)
{
	if (han_mark < 0)
	{
		/* the first syllables of pinyin order: the lowest lead byte of the ideographs */
		static const int32 first[] = {0x5416, 0x963F, 0x554A, 0x9515, 0x55C4, 0x4E00};
		int			m = 0xFF;
		int			i;

		for (i = 0; i < (int) lengthof(first); i++)
		{
			uint8		b[32];

			if (icu_primary(first[i], b) > 0 && b[0] < m)
				m = b[0];
		}
		han_mark = m;
	}
	return han_mark;
}

/* The 3 key bytes of syllable syl: ideographs' lead byte, then its rank in pinyin order */
static inline uint32
syllable_key(int32 syl)
{
	if (syl_key == NULL)
	{
		uint16	   *order;
		uint32	   *key;
		uint32		mark = (uint32) get_han_mark();
		int			n = 0;
		int			i;

		while (n < 0xFFFF && zh_syllable_exists(n))
			n++;
		order = palloc(n * sizeof(uint16));
		key = MemoryContextAlloc(TopMemoryContext, n * sizeof(uint32));
		for (i = 0; i < n; i++)
			order[i] = i;
		qsort(order, n, sizeof(uint16), syl_cmp);
		for (i = 0; i < n; i++)
			key[order[i]] = mark | (uint32) (2 + i / 254) << 8 | (uint32) (2 + i % 254) << 16;
		pfree(order);
		syl_key = key;
	}
	return syl_key[syl];
}

/* The style argument: the call site's last one is remembered, with what it meant. */
static ZhStyle
style_arg(FunctionCallInfo fcinfo)
{
	ZhCallCache *cache;
	text	   *arg;
	int			len;

	if (PG_NARGS() < 2)
		return ZH_STYLE_PINYIN;
	cache = zh_call_cache(fcinfo);
	arg = PG_GETARG_TEXT_PP(1);
	len = VARSIZE_ANY_EXHDR(arg);
	if (cache->style >= 0 && len == cache->style_len &&
		memcmp(VARDATA_ANY(arg), cache->style_text, len) == 0)
		return (ZhStyle) cache->style;
	cache->style = -1;
	if (len <= (int) sizeof(cache->style_text))
	{
		ZhStyle		style = zh_style_from_text(arg);

		memcpy(cache->style_text, VARDATA_ANY(arg), len);
		cache->style_len = len;
		cache->style = style;
		return style;
	}
	return zh_style_from_text(arg);
}

/* The pinyin key of utf8[0..len), appended to key. */
static void
pinyin_key(FunctionCallInfo fcinfo, bool with_user_rows, const char *utf8, int len,
		   StringInfo key)
{
	ZhTokenizer tz;
	ZhToken		tok[ZH_BATCH];
	int			ntok;
	bool		all_han = true;

	zh_tokenizer_init(&tz, utf8, len, with_user_rows, fcinfo);
	while ((ntok = zh_tokens(&tz, tok, ZH_BATCH)) > 0)
	{
		char	   *p;

		/* room for every token's 3 + 3 bytes, the separator and the tie-break */
		enlargeStringInfo(key, 6 * ntok + 8);
		p = key->data + key->len;
		for (int i = 0; i < ntok; i++)
		{
			int32		cp = tok[i].cp;
			uint32		e;

			if (tok[i].syl >= 0)
			{
				uint32		k = syllable_key(tok[i].syl);

				p[0] = (char) (k & 0xFF);
				p[1] = (char) ((k >> 8) & 0xFF);
				p[2] = (char) (k >> 16);
				p += 3;
			}
			else
				all_han = false;
			/* the primary, kept in the token's slot after the first time */
			if (tok[i].slot == NULL)
				e = prim_entry(cp);
			else if ((e = *tok[i].slot) == 0)
				e = *tok[i].slot = prim_entry(cp);
			if (!(e & PRIM_LONG))
			{
				int			n = (e >> 24) & 0x3;

				p[0] = (char) ((e >> 16) & 0xFF);
				p[1] = (char) ((e >> 8) & 0xFF);
				p[2] = (char) (e & 0xFF);
				p += n;
			}
			else
			{
				uint8		b[32];
				int			n = icu_primary(cp, b);

				key->len = p - key->data;
				appendBinaryStringInfo(key, (char *) b, n);
				enlargeStringInfo(key, 6 * (ntok - i) + 8);
				p = key->data + key->len;
			}
		}
		key->len = p - key->data;
	}
	key->data[key->len++] = '\x01';
	if (!all_han)
		appendBinaryStringInfo(key, utf8, len);
}

/*
 * One allocation a row, the result: its room is reckoned from the input's length (6 bytes
 * a character and the text; pages reserved and never written cost nothing).
 */
static Datum
sort_key_common(FunctionCallInfo fcinfo, bool with_user_rows)
{
	int			len;
	const char *utf8 = zh_arg_utf8(fcinfo, 0, &len);
	ZhStyle		style = style_arg(fcinfo);
	StringInfoData key;

	if (style == ZH_STYLE_PINYIN)
	{
		zh_out_init(&key, (Size) 7 * len + 8);
		pinyin_key(fcinfo, with_user_rows, utf8, len, &key);
	}
	else
	{
		zh_out_init(&key, (Size) 2 * len + 8);
		zh_append_sort_key(&key, zh_collator(style), utf8, len);
	}
	SET_VARSIZE(key.data, key.len);
	PG_RETURN_BYTEA_P((bytea *) key.data);
}

ZH_FUNCTION_PAIR(sort_key, sort_key_common)
