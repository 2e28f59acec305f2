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

/*
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
	if (ind_translate != NULL)
		fmt = ind_translate(fmt);
	va_start(ap, fmt);
	if (vsnprintf(err->detail, sizeof(err->detail), fmt, ap) >= (int) sizeof(err->detail))
		drop_partial_character(err->detail);
	va_end(ap);
	return false;
}
