/*
 * test_units.c: base units and displayed units (units.c), the parts of a figure that
 * base_unit(), base_unit_value() and display_unit() show to tools without custom types.
 */
#include "unit.h"
#include "ind.h"

void		test_units(void);

static void
check_units(const char *figure, const char *display_unit, const char *base_unit,
			const char *base_value)
{
	Indicator	x = ut_parse(figure),
				b;
	char		buf[IND_OUT_MAX];
	ind_i128	digits;
	int			scale;
	bool		inexact;
	IndError	err;

	ind_format_display_unit(&x, buf, sizeof(buf));
	CHECK_STR(buf, display_unit, "display unit of %s", figure);
	ind_base_units(&x, &b);
	ind_format_unit(&b, buf, sizeof(buf));
	CHECK_STR(buf, base_unit, "base unit of %s", figure);
	CHECK(ind_convert(&x, 0, b.unit, b.per_unit, 0, &digits, &scale, &inexact, &err),
		  "%s converts to its base unit", figure);
	ind_i128_to_string(digits, scale, buf, sizeof(buf));
	CHECK_STR(buf, base_value, "base-unit value of %s", figure);
}

void
test_units(void)
{
	/* the base unit is the first of its dimension; 0 (no unit) stays 0 */
	CHECK(ind_base_unit(0) == 0, "no unit has no base unit");
	CHECK(ind_base_unit(ind_unit_id("亩")) == ind_unit_id("平方米"), "亩 → 平方米");
	CHECK(ind_base_unit(ind_unit_id("元")) == ind_unit_id("元"), "元 is a base unit");
	CHECK(ind_base_unit(ind_unit_id("倍")) == ind_unit_id("%"), "倍 → %%");
	CHECK(ind_base_unit(ind_unit_id("家")) == ind_unit_id("家"), "a measure word is its own base");
	for (int id = 1; id <= ind_unit_count(); id++)
		CHECK(ind_dim_of_unit(ind_base_unit(id)) == ind_dim_of_unit(id) &&
			  ind_base_unit(ind_base_unit(id)) == ind_base_unit(id),
			  "unit %d: its base unit has its dimension and is its own base", id);

	check_units("超过1800亿元", "亿元", "元", "180000000000");
	check_units("36.40万人", "万人", "人", "364000");
	check_units("3万多亩", "万亩", "平方米", "20000000");
	check_units("1亩", "亩", "平方米", "666.666666666666667");	/* 18 digits, half-even */
	check_units("14万元/人", "万元/人", "元/人", "140000");
	check_units("3吨/万元", "吨/万元", "千克/元", "0.3");
	check_units("突破260万", "万", "", "2600000");
	check_units("5‰", "‰", "%", "0.5");
	check_units("增长1倍", "倍", "%", "100");
	check_units("同比下降15.3%", "%", "%", "-15.3");
	check_units("2个百分点", "个百分点", "个百分点", "2");
	check_units("0.5小时", "小时", "天", "0.0208333333333333333");
}
