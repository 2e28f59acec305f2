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
