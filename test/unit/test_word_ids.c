/*
 * test_word_ids.c: the ids values store (units, qualifiers, change words, bases) keep naming
 * the words they named in 0.2.0 (word_ids_020.h); new words are appended only.  A unit put
 * in the middle of the catalog would make every stored value after it read as another unit
 * after an upgrade (stop 30 nearly did so with μg).
 */
#include <string.h>

#include "unit.h"
#include "ind.h"
#include "word_ids_020.h"

void		test_word_ids(void);

#define N(a) ((int) (sizeof(a) / sizeof((a)[0])))

void
test_word_ids(void)
{
	CHECK(ind_unit_count() >= N(units_0), "no unit removed (%d of %d)", ind_unit_count(), N(units_0));
	for (int i = 0; i < N(units_0) && i < ind_unit_count(); i++)
		CHECK(strcmp(ind_unit(i + 1)->name, units_0[i]) == 0, "unit id %d is %s (0.2.0: %s)",
			  i + 1, ind_unit(i + 1)->name, units_0[i]);
	CHECK(ind_verb_count() > N(verbs_0), "no change word removed");
	for (int i = 0; i < N(verbs_0) && i + 1 < ind_verb_count(); i++)
		CHECK(strcmp(ind_verb(i + 1)->word, verbs_0[i]) == 0, "change word id %d is %s (0.2.0: %s)",
			  i + 1, ind_verb(i + 1)->word, verbs_0[i]);
	CHECK(ind_qual_count() > N(quals_0), "no qualifier removed");
	for (int i = 0; i < N(quals_0) && i + 1 < ind_qual_count(); i++)
		CHECK(strcmp(ind_qual(i + 1)->word, quals_0[i]) == 0, "qualifier id %d is %s (0.2.0: %s)",
			  i + 1, ind_qual(i + 1)->word, quals_0[i]);
	for (int i = 0; i < N(bases_0); i++)
		CHECK(strcmp(ind_basis(i + 1)->word, bases_0[i]) == 0, "basis id %d is %s (0.2.0: %s)",
			  i + 1, ind_basis(i + 1)->word, bases_0[i]);
}
