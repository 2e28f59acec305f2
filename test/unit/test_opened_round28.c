/*
 * test_opened_round28.c: stop 33's classes, each read by a rule, our own sentences, both
 * sides of every rule.  The reader, from the opened batches' misses (b9, b15, b45, b65, b73,
 * b96): a growth-rate noun of three characters linked to its number by one character
 * (增加率為1.91%, 成長率爲1.5%) is the change, as the type reads it; 经济成长率 and 通胀率
 * linked so stay the headline level.  From b54, b80, b86, b90: a rate noun right before
 * percentage points after a comparison with another holder (低于全州增速0.3个百分点) is the
 * holder's rate: the row is the difference, down after 低于/慢于/落后.  From b139 (opened):
 * 展望2018年 alone on its line heads targets; a paragraph opening with 过去 or 回顾 looks back
 * (a section's or a title's plan does not hold in it); under a title naming targets with no
 * year, the year of the targets stated is the section's.  The type, from b138 and the older
 * opened Taiwan batches: 较民国106年, 较上(107)年, two-digit Republic years from 80 (較97年 =
 * 2008); counts 批次 工作天 课时 工日 村 乡 镇 枚 款 亩次, 个工作天/工作日 as 工作天, 吉瓦.
 * From b142 and b145 (opened): a mirror's pinyin in brackets (增長(zhǎng)) and a footnote's
 * asterisk (185*家) are dropped by the shared normalisation; 创下 and 计有 before a figure.
 * From b121, b54, b80, b86, b90 (opened): a comparative and a holder the tables do not name
 * (高于全州增速0.1个百分点) is the difference in points or percent, the holder not kept.
 */
#include "unit.h"
#include "ind.h"

void		test_opened_round28(void);

#define NO NULL, NULL, NULL, NULL, NULL, 0
static const FormCase cases[] = {
	/* Taiwan's years: 民国 named, a two-digit year from 80, the year in brackets after 上 */
	{"較民國106年增加2.1%", "比2017年增加2.1%", "2.1", "%", "exact", "change", BC_NAMED_PERIOD},
	{"較97年同期增加2.67%", "比2008年同期增加2.67%", "2.67", "%", "exact", "change", BC_NAMED_PERIOD},
	{"較上(107)年增加2,565人", "较上年增加2565人", "2565", "人", "exact", "change", BC_PREV_YEAR},
	{"较上（2019）年增长5%", "较上年增长5%", "5", "%", "exact", "change", BC_PREV_YEAR},
	{"較民國年增加2.1%", NO},
	{"較上(107)增加2%", NO},
	{"较08年增长5%", NO},
	/* counts by their own words, working days, gigawatts */
	{"2100批次", "2100批次", "2100", "批次", "exact", "level", BC_NONE},
	{"縮短至35個工作天", "35个工作天", "35", "个工作天", "exact", "level", BC_NONE},
	{"5个工作日", "5个工作日", "5", "个工作日", "exact", "level", BC_NONE},
	{"不少于1800课时", "不少于1800课时", "1800", "课时", "ge", "level", BC_NONE},
	{"1226.2萬工日", "1226.2万工日", "12262000", "工日", "exact", "level", BC_NONE},
	{"20村", "20村", "20", "村", "exact", "level", BC_NONE},
	{"10乡", "10乡", "10", "乡", "exact", "level", BC_NONE},
	{"5镇", "5镇", "5", "镇", "exact", "level", BC_NONE},
	{"4000萬枚", "4000万枚", "40000000", "枚", "exact", "level", BC_NONE},
	{"30多款", "30多款", "30", "款", "open", "level", BC_NONE},
	{"3355.5万亩次", "3355.5万亩次", "33555000", "亩次", "exact", "level", BC_NONE},
	{"1.6吉瓦", "1.6吉瓦", "1.6", "吉瓦", "exact", "level", BC_NONE},
	{"6乡镇", NO},
	/* b145: a mirror's pinyin after the ideographs is no part of the figure; a bracket of
	 * letters without a tone mark stays unless it is one syllable (stop 37: 億(yi)) */
	{"比上年增長(zhǎng)6.9%", "比上年增长6.9%", "6.9", "%", "exact", "change", BC_PREV_YEAR},
	{"135162.9萬(wàn)人次", "135162.9万人次", "1351629000", "人次", "exact", "level", BC_NONE},
	{"較上年降低0.3個(gè)百分點(diǎn)", "较上年降低0.3个百分点", "-0.3", "个百分点", "exact", "change", BC_PREV_YEAR},
	{"增长(zhang)6.9%", "增长6.9%", "6.9", "%", "exact", "change", BC_NONE},
	{"增长(zhangx)6.9%", NO},
	{"增长（zhǎng）6.9%", "增长6.9%", "6.9", "%", "exact", "change", BC_NONE},
	/* b142, b86: a footnote's asterisk is dropped in a text (xcases), not in a value */
	{"185*家", NO},
	{"較上年增加185*家", NO},
	/* b142, b138: 创下 (set a record of) and 计有 (totalling) before a figure */
	{"創下23,628張", "23628张", "23628", "张", "exact", "level", BC_NONE},
	{"計有105萬4,457人", "105.4457万人", "1054457", "人", "exact", "level", BC_NONE},
	{"创下增长5%", NO},
	/* an unnamed holder after a comparative, then points or percent: the difference, the
	 * holder read and not kept; a named one stays the basis; not across 的 or a copula,
	 * nor before another unit */
	{"高于全州增速0.1個百分點", "高出0.1个百分点", "0.1", "个百分点", "exact", "change", BC_NONE},
	{"低于GDP增幅6.8个百分点", "降低6.8个百分点", "-6.8", "个百分点", "exact", "change", BC_NONE},
	{"增速高于全市规上工业15.5个百分点", "高出15.5个百分点", "15.5", "个百分点", "exact", "change", BC_NONE},
	{"超过时序进度3.5个百分点", "高出3.5个百分点", "3.5", "个百分点", "exact", "change", BC_NONE},
	{"高于全国7.8个百分点", "比全国高7.8个百分点", "7.8", "个百分点", "exact", "change", BC_REFERENCE},
	{"高于全国的5%", NO},
	{"高于女性之3.92%", NO},
	{"低于员工比率达68.75%", NO},
	{"高于同期1.8%的通胀率", NO},
	{"领先于淮北3亿元", NO},
	{"高于淮北3亿元", NO},
	{"高于5%", "高于5%", "5", "%", "gt", "level", BC_NONE},
	/* b138: 超逾 (>), 之内 (≤, as 以内), 扣减 (a cut) */
	{"超逾2億人次", "超逾2亿人次", "200000000", "人次", "gt", "level", BC_NONE},
	{"縮短至1天之內", "1天之内", "1", "天", "le", "level", BC_NONE},
	{"控制在3%之内", "3%之内", "3", "%", "le", "level", BC_NONE},
	{"扣減10%", "扣减10%", "-10", "%", "exact", "change", BC_NONE},
	{"之内3%", NO},
	/* b149: 客岁 (Hong Kong: last year) and 同季 after a year (the same quarter) in a basis */
	{"較客歲同期上升5%", "比去年同期上升5%", "5", "%", "exact", "change", BC_YOY},
	{"較去年同季上升5%", "比去年同期上升5%", "5", "%", "exact", "change", BC_YOY},
	{"比2019年同季增长5%", "比2019年同期增长5%", "5", "%", "exact", "change", BC_NAMED_PERIOD},
	{"客岁增长5%", NO},
	/* b147, b132, b115: 净增加 (as 净增), 台(套) and 套(间) (as 台, 套), 大台阶 (as 台阶), 跨越 (>) */
	{"凈增加50萬畝以上", "净增加50万亩以上", "500000", "亩", "ge", "change", BC_NONE},
	{"30萬臺(套)", "30万台(套)", "300000", "台(套)", "exact", "level", BC_NONE},
	{"5000套(间)以上", "5000套(间)以上", "5000", "套(间)", "ge", "level", BC_NONE},
	{"邁上4萬億元大臺階", "迈上4万亿元", "4000000000000", "元", "ge", "level", BC_NONE},
	{"4万亿元大台阶", NO},
	{"跨越6萬億元", "跨越6万亿元", "6000000000000", "元", "gt", "level", BC_NONE},
	/* b151, b152: 瓩 (Taiwan's kilowatt), 根, 美金 before the number, 滑落, 爆增 */
	{"達到3,770.2萬瓩", "达到3770.2万瓩", "37702000", "瓩", "exact", "level", BC_NONE},
	{"260根以上", "260根以上", "260", "根", "ge", "level", BC_NONE},
	{"美金2.56億元", "2.56亿美金", "256000000", "美金", "exact", "level", BC_NONE},
	{"美金2.56亿美元", NO},
	{"滑落0.5%", "滑落0.5%", "-0.5", "%", "exact", "change", BC_NONE},
	{"爆增二成", "爆增2成", "2", "成", "exact", "change", BC_NONE},
	/* b156: 超 alone and a holder, named or not, then points or percent */
	{"超时序进度3.5个百分点", "高出3.5个百分点", "3.5", "个百分点", "exact", "change", BC_NONE},
	{"超全省平均水平3个百分点以上", "比全省高出3个百分点以上", "3", "个百分点", "ge", "change", BC_REFERENCE},
	{"超5%", "超5%", "5", "%", "gt", "level", BC_NONE},
	{"超时序进度3亿元", NO},
	/* b160, b159: the end of a five-year plan as a basis (its last year's end); 删除 (struck
	 * from a budget); 约 with 多 stays two qualifiers */
	{"较“十二五”末增加46.87万辆", "比2015年末增加46.87万辆", "468700", "辆", "exact", "change", BC_NAMED_PERIOD},
	{"比十三五期末增长5%", "比2020年末增长5%", "5", "%", "exact", "change", BC_NAMED_PERIOD},
	{"较“十五五”末增加5%", NO},
	{"刪除1000萬元", "删除1000万元", "-10000000", "元", "exact", "change", BC_NONE},
	{"約7000多萬元", NO},
};

static const RowsCase xcases[] = {
	/* a growth-rate noun and one linking character: the change */
	{"全年人口增加率為1.91%，住宅用電成長率爲-2.6%。",
	 "增加率為1.91%=增加率1.91%/change;成長率爲-2.6%=降幅2.6%/change;"},
	{"人口增加率為千分之3.25。", "增加率為千分之3.25=增加率3.25‰/change;"},
	/* …but the economy's growth rate and inflation so linked stay the headline level */
	{"经济成长率为4.2%,整体通胀率为1.5%。", "4.2%=4.2%/level;1.5%=1.5%/level;"},
	/* the other holder's rate noun before percentage points is not the row's change */
	{"增速低于全州增速0.3个百分点。", "0.3个百分点=降低0.3个百分点/change;"},
	{"全年增长5.5%，低于GDP增幅6.8个百分点。",
	 "增长5.5%=增长5.5%/change;6.8个百分点=降低6.8个百分点/change;"},
	{"全县增速高于全州增速0.1个百分点。", "0.1个百分点=高出0.1个百分点/change;"},
	/* b139: 展望2018年 alone on its line heads the year's targets; a paragraph opening with
	 * 过去五年 looks back: a section's plan does not hold in it */
	{"商洛市政府工作报告\n2017年全市生产总值增长8%。\n展望2018年\n生產總值增長9%左右\n全年接待游客人數超過5000萬人次\n",
	 "增长8%=增长8%/change;增長9%左右=增长9%左右/target;超過5000萬人次=超过5000万人次/target;"},
	{"经济展望\n生产总值增长9%左右。\n", "增长9%左右=增长9%左右/change;"},
	{"长春市2024年目标\n报告指出,2024年长春市经济社会发展主要预期目标是:地区生产总值增长6.5%以上。\n\n今年GDP增长目标确定为7.5%\n发布时间:2022-01-12 15:53 来源:湖北日报\n报告明确,2022年,武汉市主要预期目标是:城镇新增就业22万人。\n过去五年,武汉市取得一系列成果。8.85万贫困人口全部脱贫,建成4条示范带。\n",
	 "增长6.5%以上=增长6.5%以上/target;增长目标确定为7.5%=增长7.5%/target;22万人=22万人/target;8.85万=8.85万/level;4条=4条/level;"},
	/* …and under such a title with no year of its own, the targets' year (2022) is the
	 * section's: a sentence of 2021 reports */
	{"今年GDP增长目标确定为7.5%\n2022年,全市主要预期目标是:地区生产总值增长7.5%。\n2021年,全市固定资产投资增长12%以上,接待游客2.72亿人次。\n",
	 "增长目标确定为7.5%=增长7.5%/target;增长7.5%=增长7.5%/target;增长12%以上=增长12%以上/change;2.72亿人次=2.72亿人次/level;"},
	/* b142, b86: a footnote's asterisk between a number and its unit or magnitude */
	{"企业185*家,从业人员4.53*万人,3*4。", "185*家=185家/level;4.53*万人=4.53万人/level;"},
	/* b147: 提出 then 全年 plans what is proposed; a heading 2020年成就 looks back */
	{"安徽提出“全年竣工亿元以上项目1200个以上”;河北提出全年完成投资8000亿元以上。",
	 "1200个以上=1200个以上/target;8000亿元以上=8000亿元以上/target;"},
	{"去年全年竣工项目1200个。", "1200个=1200个/level;"},
	/* a quotation after a verb of saying or a colon is speech; a short name in quotes is not */
	{"他表示:“今年新开工项目2600个以上”。实施“5个1”工程。", "2600个以上=2600个以上/level;"},
	{"2021年省政府工作报告\n2020年成就:\n实现生产总值2.62万亿元,增长2.2%\n",
	 "2.62万亿元=2.62万亿元/level;增长2.2%=增长2.2%/change;"},
	/* b152: 将在三年内 (within three years ahead) plans; a span of months does not */
	{"成都将在三年内推进1000个保护修复工程,新建2000公里农村路。", "1000个=1000个/target;2000公里=2000公里/target;"},
	{"该项目将在三个月内完工,投资5亿元。", "5亿元=5亿元/level;"},
	/* b156: a share of the year's plan (占年度投资计划50%) is a result; 超 and a holder before
	 * points is the difference */
	{"累计完成投资12亿元,占年度投资计划50%,超时序进度3.5个百分点。",
	 "12亿元=12亿元/level;50%=50%/level;3.5个百分点=高出3.5个百分点/change;"},
	/* a report proposes for a year: its figures plan; a later clause of 实际 and a verb reports */
	{"去年报告提出今年增长5%,实际增长5.2%。", "增长5%=增长5%/target;实际增长5.2%=实际增长5.2%/change;"},
	{"报告提出今年实际利用外资增长10%。", "增长10%=增长10%/target;"},
	/* b160: 以上 then 就 (then) goes on with the clause: a figure, no class bound; 则 after an
	 * age class keeps the class */
	{"今后三年GDP年均增长6.3%以上就可以。", "年均增长6.3%以上=年均增长6.3%以上/target;"},
	{"18岁以上则以肢体障碍者最多。", ""},
	/* the unnamed holder's own figure, qualifying a noun through 的, is a level */
	{"分别录得6%和2%的回报,高於同期1.8%的年率化通脹率。", "6%=6%/level;2%=2%/level;1.8%=1.8%/level;"},
	/* with no comparison before it the noun is the row's own (增速 is the change) */
	{"全县增速0.1个百分点。", "增速0.1个百分点=增速0.1个百分点/change;"},
};

void
test_opened_round28(void)
{
	ut_check_forms(cases, UT_COUNT(cases));
	ut_check_rows_each(xcases, UT_COUNT(xcases));
}
