/*
 * test_opened_round36.c: stop 41's classes from the opened batches, each read by a rule, our
 * own sentences, both sides of every rule.  The type, b405: 最高 and 最低 before a figure cap
 * and floor it (up to, no less than), 最高达 as 最高; b406: 比较 before a basis as 较; b411:
 * 比增达到 as 比增.  The reader, b405: a plan's 拥有, 建有 (or 每, 各 in the clause) before a count
 * of 个 is a target, not how many members a class has; a share with its bound opening the
 * clause (80%以上的驻社区单位) is a figure, not a class bound; 最高/最低 after a copula or
 * ranking after 以 name the extreme reached, read from the number; b412: a rate right after
 * 者 (those who answered so) is a survey's share, never a target; b413: 下挫, 缩水, 反弹 (the
 * financial press); b415: an age before 人口 is an age class, a rate before 抽样 a survey's name; b418: 百分七 as
 * 百分之七 in the reader too; b421: a bullet's dash is no minus, 增长目标5.5% a target; b422: 单位.
 */
#include "unit.h"
#include <string.h>
#include "ind.h"

void		test_opened_round36(void);

#define NO NULL, NULL, NULL, NULL, NULL, 0
static const FormCase cases[] = {
	/* b405: 最高 (up to) and 最低 (no less than) before the number, as 最多 and 最少; 最高达 too */
	{"最高10万元", "最高10万元", "100000", "元", "le", "level", BC_NONE},
	{"最低5%", "最低5%", "5", "%", "ge", "level", BC_NONE},
	{"最高達60%", "最高达60%", "60", "%", "le", "level", BC_NONE},
	{"最高", NO},
	{"最高额10万元", NO},		/* a noun between: no qualifier */
	/* b406: 比较 before a basis is 较 (compared with); 比较 alone is an adverb */
	{"比較上月增加了6千人", "较上月增加6千人", "6000", "人", "exact", "change", BC_PREV_PERIOD},
	{"比较上年增长5%", "较上年增长5%", "5", "%", "exact", "change", BC_PREV_YEAR},
	{"比较快", NO},
	{"增长比较快", NO},
	/* b411: 比增 (a release's short 同比增长) before 达 or 达到, as before a digit */
	{"比增达到8%", "同比增8%", "8", "%", "exact", "change", BC_YOY},
	{"比增达8%", "同比增8%", "8", "%", "exact", "change", BC_YOY},
	{"比增8%", "同比增8%", "8", "%", "exact", "change", BC_YOY},
	{"比增达到", NO},
	/* b413 (results in the financial press): 下挫 (fell) as 挫, 缩水 (shrank), 反弹 (rebounded);
	 * 反弹至 is the level reached, as 回升至 */
	{"下挫1.22%", "下挫1.22%", "-1.22", "%", "exact", "change", BC_NONE},
	{"同比下挫約31.1%", "同比下挫约31.1%", "-31.1", "%", "approx", "change", BC_YOY},
	{"縮水7.53億元", "缩水7.53亿元", "-753000000", "元", "exact", "change", BC_NONE},
	{"反彈了3成多", "反弹3成多", "3", "成", "open", "change", BC_NONE},
	{"反弹至5%", "5%", "5", "%", "exact", "level", BC_NONE},
	/* b413: 增长速度 (the rate of growth written out) as 增速, before or after the figure; 高
	 * alone between 的 and a change after the figure, as 正 */
	{"增长速度为5%", "增长速度5%", "5", "%", "exact", "change", BC_NONE},
	{"增長速度達到6.5%", "增长速度6.5%", "6.5", "%", "exact", "change", BC_NONE},
	{"46.67%的高增长速度", "增长速度46.67%", "46.67", "%", "exact", "change", BC_NONE},
	{"5%的高增长", "增长5%", "5", "%", "exact", "change", BC_NONE},
	{"5%的高", NO},
	{"增长速度", NO},
	/* b422: 單位 (flats in Hong Kong, organisations on the mainland) is a count, longer than
	 * 单 (orders) */
	{"達18.9萬單位", "达18.9万单位", "189000", "单位", "exact", "level", BC_NONE},
	{"2.1亿单", "2.1亿单", "210000000", "单", "exact", "level", BC_NONE},
};

static const RowsCase xcases[] = {
	/* b405: in a plan, having or building so many (拥有 建有 设有 配有), or each member having
	 * them (每个, 各), is a target; 有N个 after a class still counts its members (no target),
	 * and 每年 is a rate in time, not each member */
	{"到2015年，每个街道建有1个健身小广场、每个镇建有1个全民健身广场。",
	 "1个=1个/target;1个=1个/target;"},
	{"到2015年，城镇社区拥有3个社区社会组织。", "3个=3个/target;"},
	{"今年预期增长率高于去年的有23个。", "23个=23个/level;"},
	{"今年将建成公屋，平均每年有超过3万个单位落成。", "超过3万个=超过3万个/level;"},
	/* b405: a share with its bound opening the clause is how much of the noun does what the
	 * clause says; a bound after the noun's measure, or one counting projects, stays a class */
	{"到2015年，参与率达到20%，80%以上的驻社区单位和社区签订共建协议。",
	 "20%=20%/target;80%以上=80%以上/target;"},
	{"高端人才加速集聚；75%以上科技人员落户企业。", "75%以上=75%以上/level;"},
	{"增速10%以上的行业有12个，50亿元以上的项目5个。", "12个=12个/level;5个=5个/level;"},
	/* b405, b163, b40: 最高 after a noun caps it (a target in a plan); after a copula or ranking
	 * after 以 it names the extreme reached, read from the number */
	{"今年将建立大病救助制度，年度报销限额最高10万元。", "最高10万元=最高10万元/target;"},
	{"分攤比例最高達60%。", "最高達60%=最高达60%/level;"},
	{"於111年6月為最低397萬2,271人。", "397萬2,271人=397.2271万人/level;"},
	{"平均戶量方面，以連江縣最高達3.46人。", "3.46人=3.46人/level;"},
	/* b412: a rate right after 者 (those who answered so), or 者 and 占, is a survey's share:
	 * no target even after 預期; a count after 旅游者 is no share */
	{"展望10月，預期接單增加者占14.4%、持平者57.6%、減少者28%。",
	 "14.4%=14.4%/level;57.6%=57.6%/level;28%=28%/level;"},
	{"力争全年接待入境旅游者340万人次。", "340万人次=340万人次/target;"},
	/* b415: an age before 人口 names an age class even where 年龄 stands in the sentence (an
	 * age measured after 寿命 stays a figure); a rate before 抽样 names the sample survey */
	{"从年龄构成看，0至14岁人口为22696万人，占16.52%。", "22696万人=22696万人/level;16.52%=16.52%/level;"},
	{"人均预期寿命由76.7岁提高到77岁。", "76.7岁=76.7岁/level;77岁=77岁/level;"},
	{"发布2015年全国1%人口抽样调查主要数据公报。据1‰人口变动抽样调查，出生率为10.5‰。",
	 "10.5‰=10.5‰/level;"},
	{"抽样调查显示，1%的家庭收入增长。", "1%=1%/level;"},
	/* b418: 百分 and a Chinese numeral without 之 (Macau press) is read as the type reads it;
	 * 百分百 and 百分点 are not */
	{"公共財政收入已達到百分七十七點七，同比增百分九點二。百分百完成，下降3个百分点。",
	 "百分七十七點七=77.7%/level;同比增百分九點二=同比增9.2%/change;下降3个百分点=下降3个百分点/change;"},
	/* b421: a sign with a space after it is a bullet or a dash, not the number's sign (a table's
	 * sign set apart before its number stays one); 增长目标 and 增速目标 before the number set it */
	{"出口增长37% [7] - 211个项目完成投资超800亿元;同比 -5.2%,65 147 555 +11.4%",
	 "增长37%=增长37%/change;211个=211个/level;超800亿元=超800亿元/level;同比 -5.2%=同比-5.2%/change;"
	 "+11.4%=+11.4%/change;"},
	{"扩大内需：地区生产总值增长目标5.5%。增速高于目标2.1个百分点。",
	 "增长目标5.5%=增长5.5%/target;高于目标2.1个百分点=比目标高2.1个百分点/change;"},
	/* b188 (seen at the stop's end): a deadline right after a colon opens what is announced,
	 * with or without its comma; without the colon or the comma it stays a period (b206) */
	{"国务院:到2025年全国地级及以上城市PM2.5浓度比2020年下降10%。",
	 "比2020年下降10%=比2020年下降10%/target;"},
	{"全国地级及以上城市到2025年PM2.5浓度比2020年下降10%。",
	 "比2020年下降10%=比2020年下降10%/change;"},
};

void
test_opened_round36(void)
{
	ut_check_forms(cases, UT_COUNT(cases));
	ut_check_rows_each(xcases, UT_COUNT(xcases));
}
