/* main.c: runs every unit-test group of the parser core. */
#include "unit.h"

int			unit_passed = 0;
int			unit_failed = 0;

/* Each group lives in its own file. */
#define UNIT_GROUP(name) void name(void);
#include "groups.h"
#undef UNIT_GROUP

int
main(void)
{
#define UNIT_GROUP(name) name();
#include "groups.h"
#undef UNIT_GROUP
	printf("%d passed, %d failed\n", unit_passed, unit_failed);
	return unit_failed == 0 ? 0 : 1;
}
