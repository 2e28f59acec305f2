/*
 * error.c: filling in an IndError.  The core never raises; it returns false with the
 * error described, and the server maps the code to a SQLSTATE (src/errors.c).
 * This file depends on nothing else in the core.
 */
#include "ind.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

const char *(*ind_translate) (const char *msgid) = NULL;
void		(*ind_interrupt_hook) (void) = NULL;

/*
 * The hints' texts are in English; the server translates them (src/errors.c), so they
 * are marked with IND_TEXT for the catalog.
 *
 * A detail cut at the buffer's end may end inside a UTF-8 sequence (a translated detail
 * is longer than the English one): cut before that character, the message must stay
 * valid UTF-8.
 */
static void
drop_partial_character(char *s)
{
	size_t		len = strlen(s);
	size_t		lead = len;
	size_t		need;
	unsigned char c;

	while (lead > 0 && ((unsigned char) s[lead - 1] & 0xC0) == 0x80)
		lead--;
	if (lead == 0)
		return;
	c = (unsigned char) s[lead - 1];
	need = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
	if (len - (lead - 1) < need)
		s[lead - 1] = '\0';
}

bool
ind_fail(IndError *err, IndErrorCode code, int position, const char *fmt,...)
{
	va_list		ap;

	err->code = code;
	err->position = position;
	err->hint = IND_HINT_NONE;
	if (ind_translate != NULL)
		fmt = ind_translate(fmt);
	va_start(ap, fmt);
	if (vsnprintf(err->detail, sizeof(err->detail), fmt, ap) >= (int) sizeof(err->detail))
		drop_partial_character(err->detail);
	va_end(ap);
	return false;
}

const char *
ind_hint_text(int hint)
{
	switch (hint)
	{
		case IND_HINT_APPLY_CHANGE:
			return IND_TEXT("A change applies to a level with apply_change(level, change); growth(current, previous) gives the change between two levels.");
		case IND_HINT_JUDGE_KIND:
			return IND_TEXT("Judge a change against a change target (meets('增长5.9%', '增长5.5%左右')) and a level against a level target; growth(current, previous) turns two levels into a change.");
		case IND_HINT_PRODUCT:
			return IND_TEXT("A product of two units (元×元) is not a unit: multiply by a number (x * 2), or multiply a per-unit figure by its denominator ('500元/人' * '3万人').");
	}
	return NULL;
}
