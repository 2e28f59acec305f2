/*
 * zh_dict.c: readings of Chinese text.
 *
 * Every ideograph U+3400..U+9FFF has one default reading, taken from ICU's Han-Latin
 * transliterator when pinyin_data.inc was generated (src/zh/gen/gen_pinyin.py).  Phrases
 * override it, longest match first: the built-in phrases (division names and common words,
 * compiled in) and the user's rows of the table zh_phrase (builtin = false), which win
 * over a built-in phrase of the same length.
 *
 * The user rows are read with one SPI query when first needed and kept per backend until
 * the table changes: a statement trigger on zh_phrase (zh_phrase_invalidate) sends a
 * relcache invalidation, which reaches this backend at its next command and other
 * backends when the change commits; our relcache callback then marks the cache stale.
 * The rows are read like catalog rows, with a new snapshot rather than the transaction's
 * (get_user_dict says why), so that every transaction starts with the committed rows.
 * Functions that read user rows are STABLE; the zh_builtin_* variants use only the
 * compiled-in data, never run a query and are IMMUTABLE.
 */
#include "zh.h"

#include <unicode/uscript.h>

#include "access/xact.h"
#include "miscadmin.h"
#include "catalog/namespace.h"
#include "commands/trigger.h"
#include "executor/spi.h"
#include "funcapi.h"
#include "mb/pg_wchar.h"
#include "utils/builtins.h"
#include "utils/inval.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/rel.h"
#include "utils/snapmgr.h"

#include <unicode/uchar.h>

#include "pinyin_data.inc"

#define ZH_MAX_PHRASE 32		/* characters */

typedef struct ZhPhrase
{
	int32		first;			/* first code point */
	int32		nchars;
	bool		user;
	const int32 *cps;
	const uint16 *syl;
	const char *utf8;			/* the phrase as UTF-8: matched against the text's bytes */
	int			nbytes;
} ZhPhrase;

/*
 * What dict_match reads of a phrase, kept apart from the rest so that the candidates of
 * one first character lie side by side, half a cache line each; a phrase of up to
 * ZH_MATCH_SYL characters is read from here alone.
 */
#define ZH_MATCH_SYL 4
typedef struct ZhMatch
{
	int32		first;			/* first code point */
	int16		nbytes;			/* length of the phrase's UTF-8 (<= ZH_MAX_PHRASE * 4) */
	int16		nchars;
	uint64		next8;			/* the 8 bytes after the first character (zero-padded) */
	uint64		next8_mask;		/* which of them are the phrase's */
	uint16		syl[ZH_MATCH_SYL];	/* the readings, when nchars <= ZH_MATCH_SYL */
} ZhMatch;

/*
 * Per ideograph of the reading range, what the tokenizer asks of a character in one load:
 * info, whose low bits are its own reading + 1 (0: none) and high bits the index + 1 of
 * its first phrase (0: none; HAN_PHRASE_FAR: beyond the field, ask firstidx); and the
 * reader's slot (ZhToken).
 */
#define HAN_SYL_BITS	11
#define HAN_SYL_MASK	((1u << HAN_SYL_BITS) - 1)
#define HAN_PHRASE_FAR	((1u << (32 - HAN_SYL_BITS)) - 1)
StaticAssertDecl(ZH_NSYLLABLES + 1 <= HAN_SYL_MASK, "syllables fit HAN_SYL_BITS");

typedef struct ZhHan
{
	uint32		info;
	uint32		slot;
} ZhHan;

typedef struct ZhDict
{
	int			n;
	ZhPhrase   *p;				/* sorted by first, then longest first, user first */
	ZhMatch    *m;				/* p's match words, in p's order */
	ZhHan	   *han;			/* per code point ZH_READING_FIRST..LAST, as above */
	int32	   *firstidx;		/* per BMP code point: index of its first phrase + 1, or 0 */
} ZhDict;

static ZhDict *builtin_dict;
static ZhDict *user_dict;		/* built-in + user rows; NULL until loaded */
static MemoryContext user_dict_cxt;
static bool user_dict_valid;
static bool user_dict_xact_only;	/* read with the statement's snapshot: drop at xact end */
static Oid	user_dict_relid = InvalidOid;
static Oid	user_dict_nsp = InvalidOid;
static bool callback_registered;

const ZhSyllable *
zh_syllable(int32 syl)
{
	Assert(syl >= 0 && syl < ZH_NSYLLABLES);
	return &zh_syllables[syl];
}

bool
zh_syllable_exists(int32 syl)
{
	return syl >= 0 && syl < ZH_NSYLLABLES;
}

static inline int32
zh_char_reading(int32 cp)
{
	if (cp >= ZH_READING_FIRST && cp <= ZH_READING_LAST)
		return (int32) zh_reading[cp - ZH_READING_FIRST] - 1;
	return -1;
}

static int32 *
utf8_to_cps(MemoryContext cxt, const char *s, int *ncp)
{
	int			len = strlen(s);
	int32	   *cps = MemoryContextAlloc(cxt, (len + 1) * sizeof(int32));
	int			n = 0;
	int			i = 0;

	while (i < len)
	{
		cps[n++] = (int32) utf8_to_unicode((const unsigned char *) s + i);
		i += pg_utf_mblen((const unsigned char *) s + i);
	}
	*ncp = n;
	return cps;
}

static int
phrase_cmp(const void *a, const void *b)
{
	const ZhPhrase *x = a;
	const ZhPhrase *y = b;

	if (x->first != y->first)
		return x->first < y->first ? -1 : 1;
	if (x->nchars != y->nchars)
		return x->nchars > y->nchars ? -1 : 1;
	if (x->user != y->user)
		return x->user ? -1 : 1;
	return 0;
}

/*
 * The bytes of utf8[from..len) that fit in 8, zero-padded, as one word: a phrase's
 * next characters and the text's are compared a word at a time (memcpy: any alignment).
 */
static inline uint64
next8_of(const unsigned char *utf8, int from, int len)
{
	uint64		w = 0;

	if (len - from >= 8)
		memcpy(&w, utf8 + from, 8);
	else if (len > from)
		memcpy(&w, utf8 + from, len - from);
	return w;
}

/* utf8 byte length of code point c */
static inline int
utf8_len_of(int32 c)
{
	return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
}

/*
 * Sort, fill the words dict_match compares, and index the first characters (allocated in
 * the current memory context).
 */
static void
dict_finish(ZhDict *d)
{
	int			i;

	qsort(d->p, d->n, sizeof(ZhPhrase), phrase_cmp);
	d->m = palloc(Max(d->n, 1) * sizeof(ZhMatch));
	for (i = 0; i < d->n; i++)
	{
		const ZhPhrase *p = &d->p[i];
		const unsigned char *u = (const unsigned char *) p->utf8;
		int			from = utf8_len_of(p->first);
		uint64		ones = ~(uint64) 0;

		d->m[i].first = p->first;
		d->m[i].nbytes = p->nbytes;
		d->m[i].nchars = p->nchars;
		d->m[i].next8 = next8_of(u, from, p->nbytes);
		d->m[i].next8_mask = next8_of((const unsigned char *) &ones, 0,
									  Min(p->nbytes - from, 8));
		memset(d->m[i].syl, 0, sizeof(d->m[i].syl));
		if (p->nchars <= ZH_MATCH_SYL)
			memcpy(d->m[i].syl, p->syl, p->nchars * sizeof(uint16));
	}
	d->firstidx = palloc0(0x10000 * sizeof(int32));
	for (i = d->n - 1; i >= 0; i--)
		if (d->p[i].first < 0x10000)
			d->firstidx[d->p[i].first] = i + 1;
	d->han = palloc((ZH_READING_LAST - ZH_READING_FIRST + 1) * sizeof(ZhHan));
	for (i = ZH_READING_FIRST; i <= ZH_READING_LAST; i++)
	{
		uint32		first = (uint32) d->firstidx[i];

		d->han[i - ZH_READING_FIRST].info =
			(Min(first, HAN_PHRASE_FAR) << HAN_SYL_BITS) | zh_reading[i - ZH_READING_FIRST];
		d->han[i - ZH_READING_FIRST].slot = 0;
	}
}

static ZhDict *
get_builtin_dict(void)
{
	if (builtin_dict == NULL)
	{
		ZhDict	   *d = MemoryContextAllocZero(TopMemoryContext, sizeof(ZhDict));
		MemoryContext oldcxt;
		int			i;

		d->p = MemoryContextAlloc(TopMemoryContext, ZH_NBUILTIN * sizeof(ZhPhrase));
		for (i = 0; i < ZH_NBUILTIN; i++)
		{
			int			n;

			d->p[i].cps = utf8_to_cps(TopMemoryContext, zh_builtin[i].phrase, &n);
			d->p[i].first = d->p[i].cps[0];
			d->p[i].nchars = n;
			d->p[i].user = false;
			d->p[i].syl = &zh_builtin_syl[zh_builtin[i].offset];
			d->p[i].utf8 = zh_builtin[i].phrase;
			d->p[i].nbytes = strlen(zh_builtin[i].phrase);
		}
		d->n = ZH_NBUILTIN;
		oldcxt = MemoryContextSwitchTo(TopMemoryContext);
		dict_finish(d);
		MemoryContextSwitchTo(oldcxt);
		builtin_dict = d;
	}
	return builtin_dict;
}

/*
 * Parse one pinyin syllable ("cháng", "chang2", "CHANG", "lv4", "lü") into its
 * syllable number; prefer the reading of `cp` when no tone is given.  -1 if unknown.
 */
static int32
parse_syllable(const char *w, int wlen, int32 cp)
{
	char		plain[16];
	int			plen = 0;
	int			tone = 0;
	int			i = 0;
	int32		dflt = zh_char_reading(cp);
	int			k;

	while (i < wlen)
	{
		int			l = pg_utf_mblen((const unsigned char *) w + i);
		int32		c = (i + l <= wlen) ? (int32) utf8_to_unicode((const unsigned char *) w + i) : 0;
		const char *base = NULL;
		int			t = 0;

		i += l;
		switch (c)
		{
			case 0x101: base = "a"; t = 1; break;
			case 0xE1: base = "a"; t = 2; break;
			case 0x1CE: base = "a"; t = 3; break;
			case 0xE0: base = "a"; t = 4; break;
			case 0x113: base = "e"; t = 1; break;
			case 0xE9: base = "e"; t = 2; break;
			case 0x11B: base = "e"; t = 3; break;
			case 0xE8: base = "e"; t = 4; break;
			case 0x12B: base = "i"; t = 1; break;
			case 0xED: base = "i"; t = 2; break;
			case 0x1D0: base = "i"; t = 3; break;
			case 0xEC: base = "i"; t = 4; break;
			case 0x14D: base = "o"; t = 1; break;
			case 0xF3: base = "o"; t = 2; break;
			case 0x1D2: base = "o"; t = 3; break;
			case 0xF2: base = "o"; t = 4; break;
			case 0x16B: base = "u"; t = 1; break;
			case 0xFA: base = "u"; t = 2; break;
			case 0x1D4: base = "u"; t = 3; break;
			case 0xF9: base = "u"; t = 4; break;
			case 0x1D6: base = "ü"; t = 1; break;
			case 0x1D8: base = "ü"; t = 2; break;
			case 0x1DA: base = "ü"; t = 3; break;
			case 0x1DC: base = "ü"; t = 4; break;
			case 0xFC: case 0xDC: case 'v': case 'V': base = "ü"; break;
			case 0x144: base = "n"; t = 2; break;
			case 0x148: base = "n"; t = 3; break;
			case 0x1F9: base = "n"; t = 4; break;
			case 0x1E3F: base = "m"; t = 2; break;
			default:
				if (c >= '1' && c <= '5' && i >= wlen && tone == 0)
					tone = c - '0';
				else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
				{
					if (plen >= (int) sizeof(plain) - 3)
						return -1;
					plain[plen++] = (char) (c | 0x20);
				}
				else
					return -1;
				continue;
		}
		if (t != 0)
		{
			if (tone != 0)
				return -1;		/* two tone marks */
			tone = t;
		}
		if (plen + (int) strlen(base) >= (int) sizeof(plain) - 1)
			return -1;
		memcpy(plain + plen, base, strlen(base));
		plen += strlen(base);
	}
	plain[plen] = '\0';
	if (plen == 0)
		return -1;
	if (tone == 0 && dflt >= 0 && strcmp(zh_syllables[dflt].plain, plain) == 0)
		return dflt;
	for (k = 0; k < ZH_NSYLLABLES; k++)
	{
		if (strcmp(zh_syllables[k].plain, plain) != 0)
			continue;
		if (tone == 0)
			return k;
		if (zh_syllables[k].tone == tone)
			return k;
	}
	return -1;
}

/*
 * Read a phrase and its pinyin into syllable numbers (allocated in cxt).  Returns NULL
 * and sets *why when the reading does not fit the phrase.
 */
static uint16 *
parse_reading(MemoryContext cxt, const int32 *cps, int ncp, const char *pinyin,
			  const char **why, int *nsyl_out)
{
	uint16	   *syl = MemoryContextAlloc(cxt, (ncp + 1) * sizeof(uint16));
	int			nsyl = 0;
	const char *p = pinyin;

	*why = NULL;
	while (*p)
	{
		const char *w;
		int32		s;

		while (*p == ' ' || *p == '\t' || *p == '\'' || *p == '-' || *p == '\n')
			p++;
		if (!*p)
			break;
		w = p;
		while (*p && *p != ' ' && *p != '\t' && *p != '\'' && *p != '-' && *p != '\n')
			p++;
		if (nsyl >= ncp)
		{
			nsyl++;
			continue;			/* count them for the message */
		}
		s = parse_syllable(w, p - w, cps[nsyl]);
		if (s < 0)
		{
			*why = psprintf(_("\"%.*s\" is not a pinyin syllable"), (int) (p - w), w);
			return NULL;
		}
		syl[nsyl++] = (uint16) s;
	}
	*nsyl_out = nsyl;
	if (nsyl != ncp)
	{
		*why = psprintf(_("The phrase has %d characters but the reading has %d syllables"),
						ncp, nsyl);
		return NULL;
	}
	return syl;
}

static void
zh_dict_inval_callback(Datum arg, Oid relid)
{
	if (relid == InvalidOid || relid == user_dict_relid)
		user_dict_valid = false;
}

/* A dictionary read in parallel mode is good for this transaction only (see below). */
static void
zh_dict_xact_callback(XactEvent event, void *arg)
{
	if (user_dict_xact_only)
	{
		user_dict_valid = false;
		user_dict_xact_only = false;
	}
}

/*
 * Built-in phrases plus the user rows of nsp.zh_phrase, loaded once and cached.
 *
 * Under REPEATABLE READ the transaction's snapshot can predate a commit whose
 * invalidation this backend has already consumed; rows read with it would stay stale for
 * good.  So the rows are read with a new snapshot: every commit it shows has sent its
 * invalidation before it, and any later commit's invalidation reaches our callback after
 * user_dict_valid is set.  In parallel mode no new snapshot can be taken: the statement's
 * is used and the result is dropped when the transaction ends.
 */
static ZhDict *
get_user_dict(Oid nsp)
{
	MemoryContext cxt;
	MemoryContext oldcxt;
	ZhDict	   *base = get_builtin_dict();
	ZhDict	   *d;
	Oid			relid;
	char	   *query;
	uint64		i;
	bool		fresh;

	if (user_dict_valid && user_dict != NULL && nsp == user_dict_nsp)
		return user_dict;

	if (!callback_registered)
	{
		CacheRegisterRelcacheCallback(zh_dict_inval_callback, (Datum) 0);
		RegisterXactCallback(zh_dict_xact_callback, NULL);
		callback_registered = true;
	}
	/* an invalidation arriving while we load marks the result stale again */
	user_dict_valid = true;
	user_dict = NULL;			/* an error while loading leaves no valid dictionary */

	relid = get_relname_relid("zh_phrase", nsp);
	if (!OidIsValid(relid))
	{
		user_dict_relid = InvalidOid;
		user_dict_nsp = nsp;
		user_dict = base;
		return base;
	}

	/*
	 * Build in a context under the caller's, so that an error while loading frees it;
	 * move it under TopMemoryContext only once complete.
	 */
	cxt = AllocSetContextCreate(CurrentMemoryContext, "indicator zh_phrase cache",
								ALLOCSET_DEFAULT_SIZES);
	query = psprintf("SELECT phrase, pinyin FROM %s.zh_phrase WHERE NOT builtin",
					 quote_identifier(get_namespace_name(nsp)));
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	fresh = !IsInParallelMode();
	if (fresh)
		PushActiveSnapshot(GetLatestSnapshot());
	if (SPI_execute(query, true, 0) != SPI_OK_SELECT)
		elog(ERROR, "could not read %s", query);
	if (fresh)
		PopActiveSnapshot();
	user_dict_xact_only = !fresh;

	d = MemoryContextAllocZero(cxt, sizeof(ZhDict));
	d->p = MemoryContextAlloc(cxt, (base->n + SPI_processed) * sizeof(ZhPhrase));
	memcpy(d->p, base->p, base->n * sizeof(ZhPhrase));
	d->n = base->n;
	for (i = 0; i < SPI_processed; i++)
	{
		char	   *phrase = SPI_getvalue(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 1);
		char	   *pinyin = SPI_getvalue(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 2);
		const char *why;
		int32	   *cps;
		uint16	   *syl;
		int			ncp;
		int			nsyl;

		if (phrase == NULL || pinyin == NULL)
			continue;
		if (GetDatabaseEncoding() != PG_UTF8)
		{
			phrase = pg_server_to_any(phrase, strlen(phrase), PG_UTF8);
			pinyin = pg_server_to_any(pinyin, strlen(pinyin), PG_UTF8);
		}
		cps = utf8_to_cps(cxt, phrase, &ncp);
		if (ncp == 0 || ncp > ZH_MAX_PHRASE)
			continue;
		syl = parse_reading(cxt, cps, ncp, pinyin, &why, &nsyl);
		if (syl == NULL)
			continue;			/* the table's CHECK constraint keeps these out */
		d->p[d->n].cps = cps;
		d->p[d->n].first = cps[0];
		d->p[d->n].nchars = ncp;
		d->p[d->n].user = true;
		d->p[d->n].syl = syl;
		d->p[d->n].utf8 = MemoryContextStrdup(cxt, phrase);
		d->p[d->n].nbytes = strlen(phrase);
		d->n++;
	}
	SPI_finish();

	oldcxt = MemoryContextSwitchTo(cxt);
	dict_finish(d);
	MemoryContextSwitchTo(oldcxt);

	MemoryContextSetParent(cxt, TopMemoryContext);
	if (user_dict_cxt != NULL)
		MemoryContextDelete(user_dict_cxt);
	user_dict_cxt = cxt;
	user_dict = d;
	user_dict_relid = relid;
	user_dict_nsp = nsp;
	return d;
}

/* a[0..n) = b[0..n), a word at a time (the phrases' tails are short: no call) */
static inline bool
same_bytes(const char *a, const unsigned char *b, int n)
{
	for (; n >= 8; a += 8, b += 8, n -= 8)
	{
		uint64		x,
					y;

		memcpy(&x, a, 8);
		memcpy(&y, b, 8);
		if (x != y)
			return false;
	}
	for (; n > 0; a++, b++, n--)
		if ((unsigned char) *a != *b)
			return false;
	return true;
}

/*
 * The longest phrase of d that the text s[0..avail) starts with, looking from d's phrase
 * i on (the first with first character c, clen bytes), or NULL.  Phrases and text are
 * valid UTF-8: equal bytes, equal characters; the first character is equal by
 * construction, the next 8 bytes are one word compared under the phrase's mask (phrases
 * of up to three ideographs end there), and same_bytes sees only what a longer phrase has
 * beyond them.
 */
static inline const ZhMatch *
dict_match_from(const ZhDict *d, int i, int32 c, int clen, const unsigned char *s, int avail)
{
	uint64		next8 = next8_of(s, clen, avail);
	const ZhMatch *m = &d->m[i];
	const ZhMatch *end = &d->m[d->n];

	for (; m < end && m->first == c; m++)
	{
		if (m->nbytes <= avail && (next8 & m->next8_mask) == m->next8 &&
			(m->nbytes <= clen + 8 ||
			 same_bytes(d->p[m - d->m].utf8 + clen + 8, s + clen + 8, m->nbytes - clen - 8)))
			return m;
	}
	return NULL;
}

/* dict_match_from for any character c: where its phrases start, by firstidx or a search */
static const ZhMatch *
dict_match(const ZhDict *d, int32 c, int clen, const unsigned char *s, int avail)
{
	int			i;

	if (c < 0x10000)
	{
		i = d->firstidx[c] - 1;
		if (i < 0)
			return NULL;
	}
	else
	{
		int			hi = d->n;

		i = 0;
		while (i < hi)
		{
			int			mid = (i + hi) / 2;

			if (d->m[mid].first < c)
				i = mid + 1;
			else
				hi = mid;
		}
	}
	return dict_match_from(d, i, c, clen, s, avail);
}

/* the reader's slot of character c, or NULL */
static inline uint32 *
han_slot(const ZhDict *d, int32 c)
{
	if (c >= ZH_READING_FIRST && c <= ZH_READING_LAST)
		return &d->han[c - ZH_READING_FIRST].slot;
	return NULL;
}

/*
 * Read the text utf8[0..len) (verified UTF-8) with the built-in phrases, and the user rows
 * of zh_phrase when with_user_rows (zh_phrase of the calling function's schema,
 * remembered per call site).
 */
void
zh_tokenizer_init(ZhTokenizer *tz, const char *utf8, int len, bool with_user_rows,
				  FunctionCallInfo fcinfo)
{
	if (with_user_rows)
	{
		ZhCallCache *cache = zh_call_cache(fcinfo);

		if (!OidIsValid(cache->nsp))
			cache->nsp = get_func_namespace(fcinfo->flinfo->fn_oid);
		tz->dict = get_user_dict(cache->nsp);
	}
	else
		tz->dict = get_builtin_dict();
	tz->s = (const unsigned char *) utf8;
	tz->len = len;
	tz->pos = 0;
	tz->phrase = NULL;
	tz->k = 0;
}

/*
 * The next tokens of the reading, at most max (0 at the end): one per input character, a
 * syllable for every ideograph (from the longest phrase that starts there, else the
 * character's own reading), the character itself for everything else.  Decoded in place:
 * no copy of the text.  A cancel is answered once per call.
 */
int
zh_tokens(ZhTokenizer *tz, ZhToken *out, int max)
{
	const ZhDict *d = tz->dict;
	const unsigned char *s = tz->s;
	int			pos = tz->pos;
	int			n = 0;

	CHECK_FOR_INTERRUPTS();
	/* the rest of a phrase the last batch ended in */
	for (; tz->phrase != NULL && n < max; n++)
	{
		out[n].syl = tz->phrase->syl[tz->k];
		out[n].cp = zh_utf8_next(s, &pos);
		out[n].slot = han_slot(d, out[n].cp);
		if (++tz->k == tz->phrase->nchars)
			tz->phrase = NULL;
	}
	while (n < max && pos < tz->len)
	{
		const ZhMatch *m;
		const uint16 *syl;
		int			at = pos;
		int32		c = zh_utf8_next(s, &pos);
		int			k;

		if (c >= ZH_READING_FIRST && c <= ZH_READING_LAST)
		{
			ZhHan	   *h = &d->han[c - ZH_READING_FIRST];
			uint32		first = h->info >> HAN_SYL_BITS;

			out[n].slot = &h->slot;
			out[n].syl = (int32) (h->info & HAN_SYL_MASK) - 1;
			if (first == HAN_PHRASE_FAR)
				first = d->firstidx[c];
			m = first == 0 ? NULL :
				dict_match_from(d, first - 1, c, pos - at, s + at, tz->len - at);
		}
		else
		{
			out[n].slot = NULL;
			out[n].syl = -1;
			m = dict_match(d, c, pos - at, s + at, tz->len - at);
		}
		out[n++].cp = c;
		if (m == NULL)
			continue;
		/* a phrase: its readings, one per character, as far as out has room */
		syl = m->nchars <= ZH_MATCH_SYL ? m->syl : d->p[m - d->m].syl;
		out[n - 1].syl = syl[0];
		for (k = 1; k < m->nchars && n < max; k++, n++)
		{
			out[n].syl = syl[k];
			out[n].cp = zh_utf8_next(s, &pos);
			out[n].slot = han_slot(d, out[n].cp);
		}
		if (k < m->nchars)
		{
			tz->phrase = &d->p[m - d->m];
			tz->k = k;
		}
	}
	tz->pos = pos;
	return n;
}

/* ---- SQL-callable ---- */

/* zh_builtin_phrases() -> setof (phrase text, pinyin text): the compiled-in phrase table */
PG_FUNCTION_INFO_V1(zh_builtin_phrases);
Datum
zh_builtin_phrases(PG_FUNCTION_ARGS)
{
	FuncCallContext *funcctx;

	if (SRF_IS_FIRSTCALL())
	{
		MemoryContext oldcxt;
		TupleDesc	tupdesc;

		funcctx = SRF_FIRSTCALL_INIT();
		oldcxt = MemoryContextSwitchTo(funcctx->multi_call_memory_ctx);
		if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
			elog(ERROR, "return type must be a row type");
		funcctx->tuple_desc = BlessTupleDesc(tupdesc);
		funcctx->max_calls = ZH_NBUILTIN;
		MemoryContextSwitchTo(oldcxt);
	}
	funcctx = SRF_PERCALL_SETUP();
	if (funcctx->call_cntr < funcctx->max_calls)
	{
		const ZhBuiltinPhrase *b = &zh_builtin[funcctx->call_cntr];
		StringInfoData pinyin;
		Datum		values[2];
		bool		nulls[2] = {false, false};
		int			k;

		initStringInfo(&pinyin);
		for (k = 0; k < b->nchars; k++)
		{
			if (k > 0)
				appendStringInfoChar(&pinyin, ' ');
			appendStringInfoString(&pinyin, zh_syllables[zh_builtin_syl[b->offset + k]].toned);
		}
		values[0] = PointerGetDatum(zh_utf8_to_text(b->phrase, strlen(b->phrase)));
		values[1] = PointerGetDatum(zh_utf8_to_text(pinyin.data, pinyin.len));
		SRF_RETURN_NEXT(funcctx,
						HeapTupleGetDatum(heap_form_tuple(funcctx->tuple_desc, values, nulls)));
	}
	SRF_RETURN_DONE(funcctx);
}

/*
 * zh_phrase_valid(phrase, pinyin) -> true, or error 22023: the CHECK constraint of
 * zh_phrase.  The phrase is Chinese characters (ICU script Han) without white space; the
 * reading needs one syllable per character, with tone marks (cháng),
 * tone digits (chang2) or no tone (then the character's own tone if the spelling agrees).
 */
PG_FUNCTION_INFO_V1(zh_phrase_valid);
Datum
zh_phrase_valid(PG_FUNCTION_ARGS)
{
	text	   *phrase = zh_getarg_text(fcinfo, 0);
	text	   *pinyin = PG_GETARG_TEXT_PP(1);
	int			ncp;
	int			nsyl;
	int32	   *cps = NULL;
	char	   *py = text_to_cstring(pinyin);
	const char *why;
	int			i;

	/* a long text is no phrase: say so before decoding it */
	if ((int) VARSIZE_ANY_EXHDR(phrase) > ZH_MAX_PHRASE * pg_database_encoding_max_length())
		ncp = ZH_MAX_PHRASE + 1;
	else
		cps = zh_text_to_cps(phrase, &ncp);
	if (GetDatabaseEncoding() != PG_UTF8)
		py = pg_server_to_any(py, strlen(py), PG_UTF8);
	if (ncp == 0 || ncp > ZH_MAX_PHRASE)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid phrase \"%s\"", text_to_cstring(phrase)),
				 errdetail("A phrase has 1 to %d characters.", ZH_MAX_PHRASE)));
	for (i = 0; i < ncp; i++)
		if (u_isUWhiteSpace(cps[i]))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("invalid phrase \"%s\"", text_to_cstring(phrase)),
					 errdetail("A phrase cannot contain white space (character %d).", i + 1)));
	for (i = 0; i < ncp; i++)
	{
		UErrorCode	status = U_ZERO_ERROR;

		/* a reading is pinyin of Chinese characters: Latin, digits or emoji have none */
		if (uscript_getScript(cps[i], &status) != USCRIPT_HAN || U_FAILURE(status))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("invalid phrase \"%s\"", text_to_cstring(phrase)),
					 errdetail("A phrase is Chinese characters only; character %d (U+%04X) is not one.",
							   i + 1, (unsigned int) cps[i])));
	}
	if (parse_reading(CurrentMemoryContext, cps, ncp, py, &why, &nsyl) == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid reading \"%s\" for phrase \"%s\"",
						text_to_cstring(pinyin), text_to_cstring(phrase)),
				 errdetail("%s.", why),
				 errhint("Give one pinyin syllable per character, e.g. 'cháng shā' or 'chang2 sha1'.")));
	PG_RETURN_BOOL(true);
}

/*
 * ICU tailoring rules that make a collation read the built-in phrases as zh_pinyin does:
 * for each phrase with a character whose own reading differs from its reading in the
 * phrase, "&<same phrase with that character replaced by one that has the phrase's
 * reading><<<<phrase>".  The phrase then sorts as its reading, just after the stand-in
 * (a tertiary difference, so the two never compare equal).
 */
static void
append_utf8(StringInfo buf, int32 cp)
{
	unsigned char utf8[8];

	unicode_to_utf8((pg_wchar) cp, utf8);
	appendBinaryStringInfo(buf, (const char *) utf8, pg_utf_mblen(utf8));
}

static void
append_collation_rules(StringInfo out)
{
	int32		stand_in[ZH_NSYLLABLES];
	int32		best[ZH_NSYLLABLES];
	int32	   *uses = palloc0((0x9FFF - 0x4E00 + 1) * sizeof(int32));
	int			i;

	/*
	 * The stand-in for a reading is the character with that reading used most often in
	 * the built-in phrases (so that 长沙 becomes 常沙 and sorts beside 常州 by its second
	 * syllable), else the first CJK ideograph with that reading.
	 */
	memset(stand_in, 0, sizeof(stand_in));
	memset(best, 0, sizeof(best));
	for (i = 0; i < ZH_NBUILTIN; i++)
	{
		int			ncp;
		int32	   *cps = utf8_to_cps(CurrentMemoryContext, zh_builtin[i].phrase, &ncp);
		int			k;

		for (k = 0; k < ncp; k++)
		{
			int32		syl = zh_char_reading(cps[k]);

			if (syl >= 0 && cps[k] >= 0x4E00 && ++uses[cps[k] - 0x4E00] > best[syl])
			{
				best[syl] = uses[cps[k] - 0x4E00];
				stand_in[syl] = cps[k];
			}
		}
		pfree(cps);
	}
	for (i = 0x9FFF; i >= 0x4E00; i--)
	{
		int32		syl = zh_char_reading(i);

		if (syl >= 0 && best[syl] == 0)
			stand_in[syl] = i;
	}
	for (i = 0; i < ZH_NBUILTIN; i++)
	{
		const ZhBuiltinPhrase *b = &zh_builtin[i];
		const uint16 *syl = &zh_builtin_syl[b->offset];
		int			ncp;
		int32	   *cps = utf8_to_cps(CurrentMemoryContext, b->phrase, &ncp);
		StringInfoData reset;
		bool		differs = false;
		int			k;

		initStringInfo(&reset);
		for (k = 0; k < ncp; k++)
		{
			int32		cp = cps[k];

			if (zh_char_reading(cp) != syl[k])
			{
				if (stand_in[syl[k]] == 0)
					break;		/* no character to stand in: leave the phrase alone */
				cp = stand_in[syl[k]];
				differs = true;
			}
			append_utf8(&reset, cp);
		}
		if (differs && k == ncp)
			appendStringInfo(out, "%s&%s<<<%s", out->len > 0 ? " " : "", reset.data, b->phrase);
		pfree(reset.data);
		pfree(cps);
	}
}

/* zh_builtin_collation_rules() -> text: the ICU rules of the collation zh_pinyin_phrases */
PG_FUNCTION_INFO_V1(zh_builtin_collation_rules);
Datum
zh_builtin_collation_rules(PG_FUNCTION_ARGS)
{
	StringInfoData out;

	initStringInfo(&out);
	append_collation_rules(&out);
	PG_RETURN_TEXT_P(zh_utf8_to_text(out.data, out.len));
}

/*
 * Statement trigger on zh_phrase: tell every backend (this one at its next command,
 * the others when the change commits) to reload the user phrases.
 */
PG_FUNCTION_INFO_V1(zh_phrase_invalidate);
Datum
zh_phrase_invalidate(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = (TriggerData *) fcinfo->context;

	if (!CALLED_AS_TRIGGER(fcinfo))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("zh_phrase_invalidate() must be called as a trigger")));
	CacheInvalidateRelcache(trigdata->tg_relation);
	PG_RETURN_POINTER(NULL);
}
