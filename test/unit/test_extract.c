/* test_extract.c: indicator_extract's rules (src/core/extract*.c): what is a figure, its
 * subject, kind and period; every trap class; 分别; plans; linear time, flat memory. */
#include "unit.h"
#include "extract.h"

#include <stdlib.h>
#include <sys/resource.h>
#include <time.h>

void		test_extract(void);

/* every row of a document as "text|subject|kind|period;" */
static char *
rows_of(const char *doc, char *out, size_t size)
{
	Extractor  *ex = ut_extract_open(doc);
	ExtractRow	row;
	size_t		o = 0;

	out[0] = '\0';
	if (!ex)
	{
		snprintf(out, size, "ERROR");
		return out;
	}
	while (ind_extract_next(ex, &row) && o + 200 < size)
	{
		const uint32_t *cp = ind_extract_chars(ex);
		static const char *const kinds[] = {"level", "change", "target"};

		for (int k = row.start; k < row.stop; k++)
			o += ind_utf8_encode(cp[k], out + o);
		out[o++] = '|';
		for (int k = 0; k < row.subject_len; k++)
			o += ind_utf8_encode(row.subject[k], out + o);
		o += snprintf(out + o, size - o, "|%s|", kinds[row.kind]);
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

typedef struct
{
	const char *doc;
	const char *want;
} ECase;

static const ECase cases[] = {
	/* traps: no row at all */
	{"2023年3月5日，会议于17日公布了结果。", ""},
	{"增速居全省第二位。第十三届人大第一次会议召开。", ""},
	{"实施“十四五”规划，学习党的二十大精神，坚定拥护“两个确立”，落实“一二三四六十”目标。", ""},
	{"（一）总体情况\n1.本表数据为快报数。\n注①：[1]见附注；(2)另见说明。", ""},
	{"新建5G基站，创建4A级旅游景区，PM2.5浓度持续下降，C919投入运营。", ""},
	{"打造一流营商环境，一批项目开工，打通“最后一公里”，万家民营企业参与评价，千家万户受益。", ""},
	{"连续两年位列前十位，每万人拥有量居前列，十大行动、三个县级市、四个发展方向。", ""},
	{"落实“5个1”机制和“30条”措施，三次产业结构为2.9∶35.3∶61.8。", ""},
	{"在建投资规模50亿元以上的制造业项目，恢复到2019年水平。", ""},
	/* a figure next to a trap */
	{"新增5G基站1.2万个。", "1.2万个|新增5G基站|level|;"},
	{"新评定4A级旅游景区5家。", "5家|新评定4A级旅游景区|level|;"},
	{"细颗粒物（PM2.5）年均浓度下降8.3%。", "下降8.3%|细颗粒物（PM2.5）年均浓度|change|;"},
	/* levels, changes after a level of the same subject, qualifiers */
	{"地区生产总值15760.34亿元，比上年增长5.9%。",
	 "15760.34亿元|地区生产总值|level|;比上年增长5.9%|地区生产总值|change|;"},
	{"全市实现地区生产总值1.58万亿元，同比下降0.4%。",
	 "1.58万亿元|地区生产总值|level|;同比下降0.4%|地区生产总值|change|;"},
	{"全域腾空土地3万多亩，导入产业项目200余个，高新技术企业突破6600家，人才总量突破260万。",
	 "3万多亩|全域腾空土地|level|;200余个|导入产业项目|level|;突破6600家|高新技术企业|level|;"
	 "突破260万|人才总量|level|;"},
	{"总投资超过1800亿元的181个重大项目开工。",
	 "超过1800亿元|总投资|level|;181个|重大项目|level|;"},
	{"新能源汽车产量增长1.3倍，出口翻一番，占比达到百分之六十二点五。",
	 "增长1.3倍|新能源汽车产量|change|;翻一番|出口|change|;百分之六十二点五|占比|level|;"},
	/* the basis 比上年末 is part of the figure since issue 10 */
	{"常住人口城镇化率为66.16%，比上年末提高0.94个百分点。",
	 "66.16%|常住人口城镇化率|level|;比上年末提高0.94个百分点|常住人口城镇化率|change|;"},
	{"民生支出24.7亿元，占一般公共预算支出的比重为81.5%。",
	 "24.7亿元|民生支出|level|;81.5%|民生支出占一般公共预算支出的比重|level|;"},
	{"全年１１９０万城市居民享受最低生活保障。", "１１９０万|城市居民享受最低生活保障|level|;"},
	/* 分别 */
	{"养老机构、医养结合机构分别达到309家、168家。",
	 "309家|养老机构|level|;168家|医养结合机构|level|;"},
	{"夏粮、秋粮产量分别为14615万吨和52092万吨。",
	 "14615万吨|夏粮|level|;52092万吨|秋粮产量|level|;"},
	{"接待游客412.6万人次，实现旅游收入39.8亿元，分别增长26.4%和31.2%。",
	 "412.6万人次|接待游客|level|;39.8亿元|旅游收入|level|;"
	 "增长26.4%|接待游客|change|;31.2%|旅游收入|change|;"},
	/* plans */
	{"主要预期目标是：地区生产总值增长5.5%左右，城镇调查失业率控制在5.5%以内，城镇新增就业12万人以上。",
	 "增长5.5%左右|地区生产总值|target|;5.5%以内|城镇调查失业率|target|;"
	 "12万人以上|城镇新增就业|target|;"},
	{"今年共确定重点项目565个，计划总投资1.4万亿元。",
	 "565个|确定重点项目|level|;1.4万亿元|总投资|target|;"},
	{"累计完成投资46.8亿元，占年度计划的89.6%。",
	 "46.8亿元|完成投资|level|;89.6%|完成投资占年度计划|level|;"},
	{"二、主要目标\n外贸进出口增长3%以上，实际使用外资60亿美元。",
	 "增长3%以上|外贸进出口|target|;60亿美元|实际使用外资|target|;"},
	{"虚拟现实产业园区4个。", "4个|虚拟现实产业园区|level|;"},
	/* periods: title, paragraph, sentence, clause; relative years from the title */
	{"青川县2023年1-10月经济简况\n1-10月，全县社会消费品零售总额67.9亿元。10月份，居民消费价格同比上涨0.3%。"
	 "分季度看，一季度增长3.1%，上半年增长5.4%。全年目标是规模以上工业增加值增长8%以上。",
	 "67.9亿元|社会消费品零售总额|level|2023-01..2023-10;"
	 "同比上涨0.3%|居民消费价格|change|2023-10..2023-10;"
	 "增长3.1%|居民消费价格|change|2023-01..2023-03;"
	 "增长5.4%|居民消费价格|change|2023-01..2023-06;"
	 "增长8%以上|规模以上工业增加值|target|2023-01..2023-12;"},
	{"2024年政府工作报告\n过去一年，地区生产总值增长5.9%。\n三、“十四五”目标\n到2025年，研发投入强度力争达到3.2%。"
	 "“十四五”时期，累计新增城镇就业目标为150万人。",
	 "增长5.9%|地区生产总值|change|2023-01..2023-12;"
	 "3.2%|研发投入强度|target|2025-01..2025-12;"
	 "150万人|新增城镇就业|target|2021-01..2025-12;"},
	{"上半年经济运行情况\n省统计局发布2023年上半年数据。工业增加值同比增长6.4%。",
	 "同比增长6.4%|工业增加值|change|2023-01..2023-06;"},
	{"今年以来经济向好，社会消费品零售总额增长8%。",
	 "增长8%|社会消费品零售总额|change|;"},
	/* an em dash inside a period; 同比实际增长; hours in digits; a count naming a subject */
	{"2023年10月份经济\n1—10月份，全国网上零售额123497亿元，同比实际增长11.2%。",
	 "123497亿元|网上零售额|level|2023-01..2023-10;同比实际增长11.2%|网上零售额|change|2023-01..2023-10;"},
	{"企业就业人员周平均工作时间为48.8小时，连续两年增加，17日公布。",
	 "48.8小时|企业就业人员周平均工作时间|level|;"},
	{"31个大城市城镇调查失业率为5.0%。", "5.0%|31个大城市城镇调查失业率|level|;"},
	/* a range and a stretch are one target; a heading that reviews a plan does not plan */
	{"二、2025年主要目标\n地区生产总值增长5.5%左右，力争6%；全社会固定资产投资增长5%-6%。",
	 "增长5.5%左右，力争6%|地区生产总值|target|2025-01..2025-12;"
	 "增长5%-6%|全社会固定资产投资|target|2025-01..2025-12;"},
	{"2024年计划执行情况\n地区生产总值预计增长6.2%，完成年度目标（增长6%—6.5%）。",
	 "增长6.2%|地区生产总值|change|2024-01..2024-12;增长6%—6.5%|地区生产总值|target|2024-01..2024-12;"},
	{"全年完成地方一般公共预算收入856.3亿元，同口径增长7.8%。",
	 "856.3亿元|地方一般公共预算收入|level|;增长7.8%|地方一般公共预算收入|change|;"},
	/* 比上年多…: a comparison is a change */
	{"全年新增市场主体5126户，比上年多1203户；全年争取上级补助资金23.8亿元，比上年多争取4.1亿元。",
	 "5126户|新增市场主体|level|;比上年多1203户|新增市场主体|change|;"
	 "23.8亿元|上级补助资金|level|;比上年多争取4.1亿元|上级补助资金|change|;"},
	/* issue 16: spaces between tokens are read through; offsets and text stay as written */
	{"工业产量同比下降 6.4%，服务业增长12 %，月均收入2,300 元，出口增长接近 40%。",
	 "同比下降 6.4%|工业产量|change|;增长12 %|服务业|change|;2,300 元|月均收入|level|;"
	 "增长接近 40%|出口|change|;"},
	/* a leading minus is the figure's sign; not between two figures (a range); a rate with a
	 * minus and no change word is the change (stop 35), after 为 the level */
	{"商品房销售面积(-1.4%)回落，单位能耗为-0.5‰，增长5%-6%。",
	 "-1.4%|商品房销售面积|change|;-0.5‰|单位能耗|level|;增长5%-6%|单位能耗|target|;"},
	/* lists take the change and sign of their verb or noun */
	{"城乡居民收入实际增速分别为8.6%、11.2%。",
	 "8.6%|城乡居民收入实际增速|change|;11.2%|城乡居民收入实际增速|change|;"},
	{"化工、建材和纺织行业增加值分别下降6.4%、3.8%和2.1%。",
	 "下降6.4%|化工|change|;3.8%|建材|change|;2.1%|纺织行业增加值|change|;"},
	{"三类商品销售额下降6.4%、3.8%和2.1%。",
	 "下降6.4%|三类商品销售额|change|;3.8%|三类商品销售额|change|;2.1%|三类商品销售额|change|;"},
	{"三项支出录得36.4%、28.9%及47.5%的降幅，工业投资录得27.4%的增幅，私人投资录得61.5%之按年增幅。",
	 "36.4%|三项支出|change|;28.9%|三项支出|change|;47.5%的降幅|三项支出|change|;"
	 "27.4%的增幅|工业投资|change|;61.5%之按年增幅|私人投资|change|;"},
	/* a basis written with 至; 持平 rows; a change then the new level */
	{"工业增加值增速比1至8月份回落0.5个百分点。",
	 "比1至8月份回落0.5个百分点|工业增加值增速|change|;"},
	{"居民消费价格与上年持平，工业品出厂价格基本持平，保持平稳，支持平台建设。",
	 "与上年持平|居民消费价格|change|;基本持平|工业品出厂价格|change|;"},
	{"户籍人口增加约3,200人至128,400人，城镇居民人均可支配收入3万6200元。",
	 "增加约3,200人|户籍人口|change|;128,400人|户籍人口|level|;"
	 "3万6200元|城镇居民人均可支配收入|level|;"},
	/* ages and stays with decimals are figures; integer days and years are dates or spans */
	{"人均预期寿命79.3岁，旅客平均逗留1.3日，按年上升0.1日，17日公布，连续两年增长。",
	 "79.3岁|人均预期寿命|level|;1.3日|旅客平均逗留|level|;按年上升0.1日|旅客平均逗留|change|;"},
	/* a qualifier or a change noun before a linking word */
	{"人均生产总值约为55.9万元，实际增速为8.6%。",
	 "约为55.9万元|人均生产总值|level|;增速为8.6%|人均生产总值|change|;"},
	/* a list of targets after a colon at a line's end, to a blank line; a count of the plan's
	 * own indicators reports */
	{"今年主要预期目标是：\n地区生产总值增长6.5%以上；\n城镇调查失业率控制在3.5%左右。\n\n"
	 "全年约束性指标9个，新增就业1.2万人。",
	 "增长6.5%以上|地区生产总值|target|;3.5%左右|城镇调查失业率|target|;"
	 "9个|约束性指标|level|;1.2万人|新增就业|level|;"},
	/* the lines after a report's main targets are the plan year's tasks, to a blank line or a
	 * heading that looks back, unless they name a year before the targets' or a part of the
	 * plan year */
	{"2026年主要预期目标是地区生产总值增长7%以上。\n此前，2025年全区实现生产总值3031.89亿元。\n"
	 "一季度，全区生产总值增长5.1%。\n今年将新建高标准农田20万亩。\n回顾过去五年\n粮食产量达到100万吨。",
	 "增长7%以上|主要预期目标是地区生产总值|target|2026-01..2026-12;"
	 "3031.89亿元|生产总值|level|2025-01..2025-12;增长5.1%|生产总值|change|2026-01..2026-03;"
	 "20万亩|新建高标准农田|target|2026-01..2026-12;100万吨|粮食产量|level|2021-01..2025-12;"},
	/* targets quoted in the news (称, 指出): what follows is the article's, not tasks */
	{"《报告》称，今年主要预期目标是：地区生产总值增长7%左右。\n据了解，会议期间共收到建议875件。",
	 "增长7%左右|地区生产总值|target|;875件|会议期间共收到建议|level|;"},
	/* this year's 将 (will) plans; a forecast's does not, nor 将近 */
	{"今年将新建高标准农田20万亩，产量稳定在百万吨以上。预计今年将增长5%左右。今年产量将近100万吨。",
	 "20万亩|新建高标准农田|target|;百万吨以上|产量|target|;增长5%左右|将|change|;"
	 "将近100万吨|产量|level|;"},
	/* a title naming a later plan year gives targets without a period that year */
	{"市交通局2023年工作总结和2024年工作计划\n全年完成投资186.5亿元。力争完成投资200亿元。",
	 "186.5亿元|完成投资|level|2023-01..2023-12;200亿元|完成投资|target|2024-01..2024-12;"},
	/* subjects in Hong Kong's style lose 估计 and 预计 */
	{"本地生产总值估计增长3.2%，通胀预计约2.5%。",
	 "增长3.2%|本地生产总值|change|;约2.5%|通胀|level|;"},
	/* bases of up to eight characters; 约占; 出超 is no qualifier; 千兆 (gigabit) is no figure;
	 * a 兆 amount is one figure (the type reads it whole) */
	{"出口较2022年同月上升7.0%，约占18.5%，贸易出超120亿元，千兆宽带用户120万户，总额二兆三四一亿元。",
	 "较2022年同月上升7.0%|出口|change|;约占18.5%|出口|level|;120亿元|贸易出超|level|;"
	 "120万户|千兆宽带用户|level|;二兆三四一亿元|总额|level|;"},
	/* the first end of a range written without its unit shares the second's; not dates */
	{"研发投入强度提高1至2个百分点，失业率为3到4%，1至8月份增长。",
	 "提高1至2个百分点|研发投入强度|target|;3到4%|失业率|target|;"},
	/* subjects in traditional script lose the reader's words too (則, 實質, 錄得: the shared
	 * table is generated from every word the core spells, the reader's included) and the
	 * grammar's bases and verbs (按年) */
	{"僱員報酬則上升3.1%，政府最終消費支出按年錄得23.6%的跌幅，香港旅客60.17萬人次及台灣地區旅客4.3萬人次。",
	 "上升3.1%|僱員報酬|change|;23.6%的跌幅|政府最終消費支出|change|;60.17萬人次|香港旅客|level|;"
	 "4.3萬人次|台灣地區旅客|level|;"},
	/* a colon after a review of the plan introduces no targets */
	{"年度计划执行情况如下：\n地区生产总值增长6.2%；\n城镇新增就业1.3万人。",
	 "增长6.2%|地区生产总值|change|;1.3万人|城镇新增就业|level|;"},
	/* a one-character verb after an adverb the type reads (微跌); 新增 stays a count */
	{"入境旅客较5月微跌0.2%，新增企业1200户。",
	 "微跌0.2%|入境旅客|change|;1200户|新增企业|level|;"},
	/* nothing, or nothing but noise */
	{"", ""},
	{"一二三四五六七八九十百千万亿", ""},
	{"。。，，；；\n\n“”", ""},
	/* issue 16, third round (b5–b7's mechanisms) */
	{"受僱員工較上月增1萬人或0.14%，亦增12萬5千人或1.68%。",
	 "較上月增1萬人|受僱員工|change|;0.14%|受僱員工|change|;亦增12萬5千人|受僱員工|change|;1.68%|受僱員工|change|;"},
	{"出口增26.2%，進口則減1.1%，製造業增加1萬7千人次之。",
	 "增26.2%|出口|change|;則減1.1%|進口|change|;增加1萬7千人|製造業|change|;"},
	{"家居設備(+11.08%)的升幅較明顯。",
	 "+11.08%|家居設備|change|;"},
	{"零售業總銷貨值292億元，按年跌10.1%，遜預期。失業率為4.3%，好于市場預期。",
	 "292億元|零售業總銷貨值|level|;按年跌10.1%|零售業總銷貨值|change|;4.3%|失業率|level|;"},
	{"农牧民人均纯收入增加一百元，共收到建议八百七十五件，十四五时期。",
	 "增加一百元|农牧民人均纯收入|change|;八百七十五件|收到建议|level|;"},
	{"增幅一成半，出口占7成4。",
	 "增幅一成半||change|;7成4|出口|level|;"},
	{"同比增长5.8%，高于全国(5.0%)0.8个百分点。",
	 "同比增长5.8%||change|;5.0%|高于全国|level|;0.8个百分点|高于全国|change|;"},
	{"三大产业分别快于规模以上工业 5.4 、 2.3 和 2.3 个百分点。",
	 "快于规模以上工业 5.4|三大产业|change|;2.3|三大产业|change|;2.3 个百分点|三大产业|change|;"},
	{"连续8个季度增速第一，连续4次下修。在 31 个省、市、自治区中，预期增长率高于去年的有 23 个。",
	 "23 个|预期增长率高于去年|level|;"},
	{"市政府工作报告\n主要预期目标\n地区生产总值增长5.5%左右\n城镇新增就业11万人以上\n居民消费价格涨幅3%左右",
	 "增长5.5%左右|地区生产总值|target|;11万人以上|城镇新增就业|target|;涨幅3%左右|居民消费价格|target|;"},
	{"2024年经济运行简况\n一、工业\n规模以上工业增加值增长6.2%\n二、投资\n固定资产投资增长3.1%",
	 "增长6.2%|规模以上工业增加值|change|2024-01..2024-12;增长3.1%|固定资产投资|change|2024-01..2024-12;"},
	{"增速高于全国1.5个百分点，低於預測值1.41個百分點，高于全省平均水平1.2个百分点。",
	 "高于全国1.5个百分点|增速|change|;低於預測值1.41個百分點|增速|change|;高于全省平均水平1.2个百分点|增速|change|;"},
	{"人均收入增約7,100人，增长达百分之三点八，减少达到7个百分点。",
	 "增約7,100人|人均收入|change|;增长达百分之三点八|人均收入|change|;减少达到7个百分点|人均收入|change|;"},
	{"三次产业比重較上年下降0.2個、下降0.6個、提高0.8個百分點。新建3个、改造5个和12个项目。",
	 "較上年下降0.2個|三次产业比重|change|;下降0.6個|三次产业比重|change|;提高0.8個百分點|三次产业比重|change|;3个|新建|level|;5个|改造|level|;12个|项目|level|;"},
	{"香港及臺灣旅客分別為六十萬零四千三百及十萬零四千七百多人次。",
	 "六十萬零四千三百|香港|level|;十萬零四千七百多人次|臺灣旅客|level|;"},
	{"二、2025年主要目标任务\n全省地区生产总值增长5.5%以上；\n\n人民网北京7月21日电 6月份，全国社会消费品零售总额3.35万亿元，同比下降1.8%。",
	 "增长5.5%以上|地区生产总值|target|2025-01..2025-12;3.35万亿元|社会消费品零售总额|level|2025-01..2025-12;同比下降1.8%|社会消费品零售总额|change|2025-01..2025-12;"},
	{"本报讯 全年粮食产量稳定在1100亿斤以上。",
	 "1100亿斤以上|粮食产量|level|;"},
	{"同比下降11.4%，降幅比一季度收窄7.6个百分点，工业增加值增速比上月加快0.3个百分点。",
	 "同比下降11.4%||change|;降幅比一季度收窄7.6个百分点||change|;比上月加快0.3个百分点|工业增加值增速|change|;"},
	{"自然增长率5.29‰，下降0.47个千分点。汽车产量保持40%以上增长。投资50亿元以上的项目12个。",
	 "5.29‰|自然增长率|level|;下降0.47个千分点|自然增长率|change|;40%以上增长|汽车产量保持|change|;12个|投资50亿元以上的项目|level|;"},
	{"根据确定的国内生产总值增长 7%的宏观调控目标。",
	 "增长 7%|根据确定的国内生产总值|target|;"},
};

static double
seconds_for(const char *doc, size_t len, long *rows)
{
	IndError	err;
	int			n = ind_extract_count_chars(doc, len, &err);
	Extractor  *ex = malloc(ind_extract_size(n));
	ExtractRow	row;
	clock_t		t0 = clock();

	*rows = 0;
	if (ind_extract_init(ex, doc, len, n, &err))
		while (ind_extract_next(ex, &row))
			(*rows)++;
	free(ex);
	return (double) (clock() - t0) / CLOCKS_PER_SEC;
}

static char *
repeated(const char *unit, size_t total, size_t *len)
{
	size_t		ul = strlen(unit);
	char	   *d = malloc(total + 1);

	*len = 0;
	while (*len + ul <= total)
	{
		memcpy(d + *len, unit, ul);
		*len += ul;
	}
	d[*len] = '\0';
	return d;
}

void
test_extract(void)
{
	static char got[8192];

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		CHECK_STR(rows_of(cases[i].doc, got, sizeof(got)), cases[i].want,
				  "extract \"%s\"", cases[i].doc);

	/* offsets are 0-based code points, stop exclusive */
	{
		const char *doc = "ab超过1800亿元，增长5%。";
		IndError	err;
		int			n = ind_extract_count_chars(doc, strlen(doc), &err);
		Extractor  *ex = malloc(ind_extract_size(n));
		ExtractRow	r1,
					r2;

		CHECK(ind_extract_init(ex, doc, strlen(doc), n, &err), "init");
		CHECK(ind_extract_next(ex, &r1) && r1.start == 2 && r1.stop == 10 && r1.ord == 1,
			  "first row at [2,10)");
		CHECK(ind_extract_next(ex, &r2) && r2.start == 11 && r2.stop == 15 && r2.ord == 2,
			  "second row at [11,15)");
		CHECK(!ind_extract_next(ex, &r2) && !ind_extract_next(ex, &r2), "then no more rows");
		free(ex);
	}
	/* invalid UTF-8 is refused by init, never read past */
	{
		const char	bad[] = {'1', (char) 0xE4, (char) 0xB8, 0};
		IndError	err;
		int			n = ind_extract_count_chars(bad, 3, &err);
		Extractor  *ex = malloc(ind_extract_size(n));

		CHECK(!ind_extract_init(ex, bad, 3, n, &err), "invalid UTF-8 is an error");
		free(ex);
	}

	/* linear time and flat memory on 1 MB and 10 MB documents */
	{
		const char *para = "2023年，全市地区生产总值15760.34亿元，比上年增长5.9%；第十三届“十四五”"
			"一流一批养老机构、医养结合机构分别达到309家、168家，计划总投资1.4万亿元。\n";
		const char *digits = "1234567890";
		size_t		l1,
					l10,
					ld;
		char	   *d1 = repeated(para, 1u << 20, &l1);
		char	   *d10 = repeated(para, 10u << 20, &l10);
		char	   *dd = repeated(digits, 4u << 20, &ld);
		long		r1,
					r10,
					rd;
		struct rusage before,
					after;
		double		t1,
					t10;

		getrusage(RUSAGE_SELF, &before);
		t1 = seconds_for(d1, l1, &r1);
		t10 = seconds_for(d10, l10, &r10);
		getrusage(RUSAGE_SELF, &after);
		CHECK(r10 >= 9 * r1 && r1 > 1000, "10 MB gives ten times the rows (%ld, %ld)", r1, r10);
		CHECK(t10 < 25 * (t1 + 0.002), "linear time: 1 MB %.3f s, 10 MB %.3f s", t1, t10);
		/* the extractor holds the decoded document (4 bytes a character) and nothing per row */
		CHECK(after.ru_maxrss - before.ru_maxrss < (long) (5 * l10 / 1024 + 16384),
			  "flat memory: max RSS grew %ld kB for a %zu kB document",
			  after.ru_maxrss - before.ru_maxrss, l10 / 1024);
		CHECK(seconds_for(dd, ld, &rd) < 5 && rd == 0, "4 MB of digits: no row, no stall");
		free(d1);
		free(d10);
		free(dd);
	}
}
