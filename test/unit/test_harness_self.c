/* test_harness_self.c: the harness counts and reports a failing check. */
#include "unit.h"

void		test_harness_self(void);

void
test_harness_self(void)
{
	int			before = unit_failed;

	CHECK(1 + 1 == 2, "arithmetic");
	CHECK_STR("a", "a", "strings");
	if (before != unit_failed)
		printf("not ok - harness miscounted\n");
}
