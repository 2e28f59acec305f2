/*
 * test_opened_round31.c: stop 36's classes from the opened batches b236, b237 and b238, each
 * read by a rule, our own sentences, both sides of every rule.  The type: 每 between a measure
 * and its denominator (43微克每立方米 = 43微克/立方米), a note in words between a change verb
 * and its number (同比增长(下同)15%), a rate's name before its copula (失业率为3.67%: a level
 * in %).  The reader: the same in a sentence.
 */
#include "unit.h"
#include "ind.h"

void		test_opened_round31(void);

#define NO NULL, NULL, NULL, NULL, NULL, 0
static const FormCase cases[] = {
	/* 每 between a measure and a unit: the denominator */
	{"43微克每立方米", "43微克/立方米", "43", "微克/立方米", "exact", "level", BC_NONE},
	{"1.4毫克每立方米", "1.4毫克/立方米", "1.4", "毫克/立方米", "exact", "level", BC_NONE},
	{"120公里每小时", "120公里/小时", "120", "公里/小时", "exact", "level", BC_NONE},
	{"3吨每", NO},
	{"500元每吨", NO},			/* money: what each costs is written 每吨500元 */
	{"5个每人", NO},
	/* a note in words between a change verb and the number */
	{"同比增长(下同)15%", "同比增长15%", "15", "%", "exact", "change", BC_YOY},
	{"增长（按可比价格计算）6.5%", "增长6.5%", "6.5", "%", "exact", "change", BC_NONE},
	{"增长(2)6.5%", NO},
	{"增长(zhang)6.9%", NO},
	{"增速(下同)5%", NO},		/* a rate noun's note stands before its copula only */
	{"增长(下同)", NO},
	/* a rate's name before its copula: a level in a rate */
	{"失业率为3.67%", "3.67%", "3.67", "%", "exact", "level", BC_NONE},
	{"優良率為59.3%", "59.3%", "59.3", "%", "exact", "level", BC_NONE},
	{"断面比例为83.5%", "83.5%", "83.5", "%", "exact", "level", BC_NONE},
	{"对GDP贡献率达到63.9%", "63.9%", "63.9", "%", "exact", "level", BC_NONE},
	{"預算執行率為百分之五十三點四", "53.4%", "53.4", "%", "exact", "level", BC_NONE},
	{"比重为30%", "占比30%", "30", "%", "exact", "level", BC_NONE},
	{"失业率为3万人", NO},		/* a rate takes a rate's unit */
	{"失业率为增长5%", NO},
	{"實質增長率為27.3%", NO},	/* a change word in the name: left to the verb rules */
	{"失业率3.67%", NO},			/* no copula */
	{"率为5%", NO},
};

static const RowsCase xcases[] = {
	{"PM2.5平均浓度为43微克每立方米,同比下降5%。产量3吨每年增加5%。时速120公里每小时。",
	 "43微克每立方米=43微克/立方米/level;同比下降5%=同比下降5%/change;3吨=3吨/level;"
	 "增加5%=增加5%/change;120公里每小时=120公里/小时/level;"},
	{"全市地区生产总值同比增长(下同)15%,工业增长（按可比价格计算）6.5%。",
	 "同比增长(下同)15%=同比增长15%/change;增长（按可比价格计算）6.5%=增长6.5%/change;"},
};

void
test_opened_round31(void)
{
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		ut_check_form(&cases[i]);
	for (size_t i = 0; i < sizeof(xcases) / sizeof(xcases[0]); i++)
		ut_check_rows(&xcases[i]);
}
