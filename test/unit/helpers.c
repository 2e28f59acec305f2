/* helpers.c: shared by the unit-test groups. */
#include "unit.h"
#include "ind.h"

Indicator
ut_parse(const char *s)
{
	Indicator	x;
	IndError	e;

	if (!ind_parse(s, strlen(s), &x, &e))
	{
		printf("not ok - cannot parse \"%s\": %s\n", s, e.detail);
		unit_failed++;
		memset(&x, 0, sizeof(x));
	}
	return x;
}

void
ut_check_figure(int ok, const Indicator *r, const IndError *e, const char *want,
				const char *call, char *buf)
{
	buf[0] = '\0';
	CHECK(ok, "%s: %s", call, e->detail);
	if (!ok)
		return;
	ind_format(r, buf, IND_OUT_MAX);
	if (want)
		CHECK_STR(buf, want, "%s", call);
}
