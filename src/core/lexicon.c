/* lexicon.c: see lexicon.h. */
#include "lexicon.h"
#include "ind.h"

#include <string.h>

void
lex_init(Lexicon *lx)
{
	memset(lx, 0, sizeof(*lx));
	for (int i = 0; i < LEX_BUCKETS; i++)
		lx->head[i] = -1;
	lx->ready = 1;
}

void
lex_add(Lexicon *lx, const char *utf8, int id, int tag)
{
	IndError	err;
	int			k = lx->count++;
	int			n = ind_utf8_decode(utf8, strlen(utf8), lx->cps[k], LEX_MAX_LEN, &err);
	int			b;

	lx->lens[k] = (uint8_t) n;
	if (n > 0 && lx->cps[k][0] < 128)
		lx->ascii_first[lx->cps[k][0]] = 1;
	lx->ids[k] = id;
	lx->tags[k] = tag;
	b = (int) (lx->cps[k][0] % LEX_BUCKETS);
	/* a bucket's chain runs from the longest word down, so the first match is the longest */
	{
		int16_t    *link = &lx->head[b];

		while (*link >= 0 && lx->lens[*link] >= n)
			link = &lx->next[*link];
		lx->next[k] = *link;
		*link = (int16_t) k;
	}
}

int
lex_match(const Lexicon *lx, const uint32_t *cp, int n, int tag_filter, int *id)
{
	if (n <= 0 || (cp[0] < 128 && !lx->ascii_first[cp[0]]))
		return 0;		/* digits and most ASCII start no word: the common case */
	for (int k = lx->head[cp[0] % LEX_BUCKETS]; k >= 0; k = lx->next[k])
	{
		int			len = lx->lens[k];
		int			j = 0;

		if (len > n || (tag_filter >= 0 && lx->tags[k] != tag_filter))
			continue;
		while (j < len && lx->cps[k][j] == cp[j])
			j++;
		if (j == len)
		{
			*id = lx->ids[k];
			return len;			/* the longest: the chain runs from the longest down */
		}
	}
	return 0;
}

int
lex_lookup(const Lexicon *lx, const char *utf8)
{
	uint32_t	cp[LEX_MAX_LEN];
	IndError	err;
	int			n = ind_utf8_decode(utf8, strlen(utf8), cp, LEX_MAX_LEN, &err),
				id = 0;

	return n > 0 && lex_match(lx, cp, n, -1, &id) == n ? id : 0;
}
