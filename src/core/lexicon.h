/*
 * lexicon.h: longest-match lookup of short words (units, magnitudes, qualifiers) in a
 * code-point array.  Words are decoded once and bucketed by their first code point, so
 * a lookup touches only the few words that can start at that position; a bucket lists its
 * words from the longest down, so the first match is the answer.
 */
#ifndef INDICATOR_LEXICON_H
#define INDICATOR_LEXICON_H

#include <stdint.h>

#pragma GCC visibility push(hidden)

#define LEX_MAX_WORDS	256
#define LEX_MAX_LEN		8
#define LEX_BUCKETS		1024

typedef struct Lexicon
{
	int			ready;
	int			count;
	uint32_t	cps[LEX_MAX_WORDS][LEX_MAX_LEN];
	uint8_t		lens[LEX_MAX_WORDS];
	int			ids[LEX_MAX_WORDS];
	int			tags[LEX_MAX_WORDS];
	int16_t		head[LEX_BUCKETS];	/* first word index of a bucket, -1 = empty */
	uint8_t		ascii_first[128];	/* an ASCII first character some word starts with */
	int16_t		next[LEX_MAX_WORDS];
} Lexicon;

extern void lex_init(Lexicon *lx);
extern void lex_add(Lexicon *lx, const char *utf8, int id, int tag);
/* The id of the word spelled exactly utf8, 0 when there is none (ids are > 0). */
extern int	lex_lookup(const Lexicon *lx, const char *utf8);
/* Longest word at cp[0..n) whose tag passes (tag_filter < 0 = any); 0 when none. */
extern int	lex_match(const Lexicon *lx, const uint32_t *cp, int n, int tag_filter, int *id);

#pragma GCC visibility pop

#endif
