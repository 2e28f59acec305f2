/*
 * test_extract_plans.c: indicator_extract on plan sections, lists and class bounds (issue 16,
 * found in new real texts: test/extract/read16): a section that names targets does not
 * plan the past; bulleted and numbered lines keep their section's plan; a list's verb
 * carries to its targets and its unit back to its first item; a review of the plan does
 * not plan; a class bound through 的 is no figure.  Each row: text|subject|kind=value|period.
 */
#include "unit.h"
#include "extract.h"

#include <stdlib.h>

void		test_extract_plans(void);

static char *
rows_of(const char *doc, char *out, size_t size)
{
	Extractor  *ex = ut_extract_open(doc);
	ExtractRow	row;
	size_t		o = 0;
	static const char *const kinds[] = {"level", "change", "target"};

	out[0] = '\0';
	if (!ex)
	{
		snprintf(out, size, "ERROR");
		return out;
	}
	while (ind_extract_next(ex, &row) && o + 300 < size)
	{
		const uint32_t *cp = ind_extract_chars(ex);
		char		value[128];

		if (row.kind == EK_TARGET)
			ind_target_format(&row.target, value, sizeof(value));
		else
			ind_format(&row.figure, value, sizeof(value));
		for (int k = row.start; k < row.stop; k++)
			o += ind_utf8_encode(cp[k], out + o);
		out[o++] = '|';
		for (int k = 0; k < row.subject_len; k++)
			o += ind_utf8_encode(row.subject[k], out + o);
		o += snprintf(out + o, size - o, "|%s=%s|", kinds[row.kind], value);
		if (row.period.to)
			o += snprintf(out + o, size - o, "%04d-%02d..%04d-%02d", row.period.from / 12,
						  row.period.from % 12 + 1, (row.period.to - 1) / 12,
						  (row.period.to - 1) % 12 + 1);
		out[o++] = ';';
		out[o] = '\0';
	}
	free(ex);
	return out;
}

static const struct
{
	const char *doc;
	const char *want;
}			cases[] = {
	/* a section naming targets (here the title) does not make a past period's figures targets */
	{"我市2025年主要目標確定\n初步統計，去年全省地區生產總值48810億元、增長8.0%，今年全省地區生產總值預期增長6.5%。",
	 "48810億元|地區生產總值|level=48810亿元|2024-01..2024-12;增長8.0%|地區生產總值|change=增长8.0%|2024-01..2024-12;增長6.5%|地區生產總值預期|target=增长6.5%|2025-01..2025-12;"},
	/* a plan's title over a review paragraph of the year before, then its own target list */
	{"湖南省2025年国民经济和社会发展计划\n2024年，全年地区生产总值增长4.8%。\n2025年主要预期目标是：地区生产总值增长5.5%左右。",
	 "增长4.8%|地区生产总值|change=增长4.8%|2024-01..2024-12;增长5.5%左右|地区生产总值|target=增长5.5%左右|2025-01..2025-12;"},
	/* a period that ends in or after the section's year is not the past: 十四五 under 明年目标 */
	{"2023年工作报告\n二、明年目标\n地区生产总值增长6%左右，“十四五”时期累计新增就业15万人。",
	 "增长6%左右|地区生产总值|target=增长6%左右|2024-01..2024-12;15万人|新增就业|target=15万人|2021-01..2025-12;"},
	/* numbered lines under a target heading are items, not headings: the last one keeps the plan */
	{"二、2025年主要预期目标\n1.地区生产总值增长6%左右；\n2.城镇新增就业70万人以上\n3.粮食产量500亿斤以上",
	 "增长6%左右|地区生产总值|target=增长6%左右|2025-01..2025-12;70万人以上|城镇新增就业|target=70万人以上|2025-01..2025-12;500亿斤以上|粮食产量|target=500亿斤以上|2025-01..2025-12;"},
	/* bulleted lines under a target heading */
	{"■ 2025年主要预期目标\n●经济增长6%左右\n●城镇新增就业70万人以上",
	 "增长6%左右|经济|target=增长6%左右|2025-01..2025-12;70万人以上|城镇新增就业|target=70万人以上|2025-01..2025-12;"},
	/* a list's verb carries to a target (分别增长7%、8%: the second is 增长8%) */
	{"今年主要目标是：城乡居民收入分别增长7%、8%，粮食产量稳定在507万吨。",
	 "增长7%|城乡居民收入|target=增长7%|;8%|城乡居民收入|target=增长8%|;507万吨|粮食产量|target=507万吨|;"},
	/* a stray clause mark before 、 neither ends the clause nor the 分别 list */
	{"城鎮居民、農村居民人均可支配收入分別增長7%,、8%,,城鎮調查失業率3.3%。",
	 "增長7%|城鎮居民|change=增长7%|;8%|農村居民人均可支配收入|change=增长8%|;3.3%|城鎮調查失業率|level=3.3%|;"},
	/* the first item of a list written without its unit takes the next one's */
	{"失業率和就業不足率分別下跌0.1及0.2個百分點。",
	 "下跌0.1|失業率|change=下跌0.1个百分点|;0.2個百分點|就業不足率|change=下跌0.2个百分点|;"},
	/* a review of the plan: 计划执行, a count of targets, 超过预期目标 do not plan */
	{"（一）2025年计划指标完成情况\n国民经济和社会发展计划执行情况较好，12项主要预期目标中11项较好完成，社会消费品零售总额增长5.1%，超过预期目标。",
	 "11项|12项主要预期目标中|level=11项|2025-01..2025-12;增长5.1%|社会消费品零售总额|change=增长5.1%|2025-01..2025-12;"},
	/* class bounds through 的 give no row; an aggregate before a count does */
	{"全年新开工总投资超过100亿元的项目5个，增长超过10%的行业有15个，总投资超过1800亿元的181个重大项目开工。",
	 "5个|新开工总投资超过100亿元的项目|level=5个|;15个|增长超过10%的行业|level=15个|;超过1800亿元|总投资|level=超过1800亿元|;181个|重大项目|level=181个|;"},
	/* 收入超, 支出超 are 'over'; 出超, 入超 trade balances */
	{"营业收入超百亿元，财政支出超3000亿元，贸易出超120亿元，对韩入超50亿美元。",
	 "超百亿元|营业收入|level=超100亿元|;超3000亿元|财政支出|level=超3000亿元|;120亿元|贸易出超|level=120亿元|;50亿美元|对韩入超|level=50亿美元|;"},
};

void
test_extract_plans(void)
{
	static char got[8192];

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		CHECK_STR(rows_of(cases[i].doc, got, sizeof(got)), cases[i].want,
				  "extract \"%s\"", cases[i].doc);
}
