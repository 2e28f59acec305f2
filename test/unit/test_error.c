/* test_error.c: ind_fail's detail: formatted, translated through the hook, valid UTF-8 when cut. */
#include "unit.h"
#include "ind.h"

void		test_error(void);

static const char *
translate_to_chinese(const char *msgid)
{
	return strcmp(msgid, "unit \"%s\"") == 0 ? "单位“%s”" : msgid;
}

/* every multibyte sequence of s complete */
static int
valid_utf8(const char *s)
{
	for (const unsigned char *p = (const unsigned char *) s; *p;)
	{
		int			len = *p < 0x80 ? 1 : *p >= 0xF0 ? 4 : *p >= 0xE0 ? 3 : *p >= 0xC0 ? 2 : 0;

		if (len == 0)
			return 0;
		for (int k = 1; k < len; k++)
			if ((p[k] & 0xC0) != 0x80)
				return 0;
		p += len;
	}
	return 1;
}

void
test_error(void)
{
	IndError	err;
	char		long_arg[400];

	CHECK(!ind_fail(&err, IND_ERR_SYNTAX, 3, "unit \"%s\"", "亩"), "ind_fail returns false");
	CHECK_STR(err.detail, "unit \"亩\"", "formatted");
	CHECK(err.code == IND_ERR_SYNTAX && err.position == 3, "code and position kept");

	ind_translate = translate_to_chinese;
	ind_fail(&err, IND_ERR_SYNTAX, 0, "unit \"%s\"", "亩");
	CHECK_STR(err.detail, "单位“亩”", "the format goes through ind_translate");
	ind_translate = NULL;

	/* 133 three-byte characters: the buffer holds 255 bytes, exactly 85 of them; after a
	 * one-byte prefix it ends inside the 85th, which must go */
	long_arg[0] = '\0';
	for (int i = 0; i < 133; i++)
		strcat(long_arg, "长");
	ind_fail(&err, IND_ERR_SYNTAX, 0, "%s", long_arg);
	CHECK(valid_utf8(err.detail), "a cut detail is valid UTF-8");
	CHECK(strlen(err.detail) == 85 * 3, "cut at a character boundary (%zu bytes)", strlen(err.detail));
	ind_fail(&err, IND_ERR_SYNTAX, 0, "x%s", long_arg);
	CHECK(valid_utf8(err.detail) && strlen(err.detail) == 1 + 84 * 3,
		  "cut before a partial character (%zu bytes)", strlen(err.detail));
}
