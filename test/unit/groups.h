/* The unit-test groups, one per file of test/unit/. */
UNIT_GROUP(test_harness_self)
UNIT_GROUP(test_parse)
UNIT_GROUP(test_arith)
UNIT_GROUP(test_sum)
UNIT_GROUP(test_growth)
UNIT_GROUP(test_sum_valid)
UNIT_GROUP(test_target)
UNIT_GROUP(test_compare)
