/*
 * test_opened_round34.c: stop 39's classes from the opened batches b315 and b317, each read
 * by a rule, our own sentences, both sides of every rule; and b319, b320, b322.  The type: 几 after a
 * numeral's 成 (三成幾 = 三成多), units 头只匹, 计费吨, 伙, 幅, 班, 邻, 加快/放缓 with a rate only.  The reader: a 分别 list printed with
 * commas for 、, a numbered heading's "4. " opening a line, which is not the decimal point of
 * what follows, 计划 before a bracketed acronym, a programme's name, 任务为 and a number (a
 * task set), a figure (or a list of them) before 的, a noun and 任务 (the task's size), 累计 in a
 * sentence naming 办实事 (progress, not pledges), 水平/水准 after a bound (b327), 底线目标 and
 * 奋斗目标 before a number (b330), places in a ranking written without 第 (b322), an amount sizing a counted class (b326), a date in digits (b320), a range before 者 (b323), Chinese numerals before a currency (b339), 建築計劃 a building project (b347), 今后五年 opening a paragraph, a range before a class noun (b346).
 */
#include "unit.h"
#include <string.h>
#include "ind.h"

void		test_opened_round34(void);

#define NO NULL, NULL, NULL, NULL, NULL, 0
static const FormCase cases[] = {
	/* b315: 几 after a numeral's 成 is 多 (thirty-odd percent), as after a position */
	{"三成幾", "3成多", "3", "成", "open", "level", BC_NONE},
	{"3成几", "3成多", "3", "成", "open", "level", BC_NONE},
	{"完成几", NO},				/* 成 of a verb: 几 stays a word */
	{"三成几十", NO},			/* before a position: an order of magnitude */
	/* b320: livestock by head, horses named, as 头只 (the same dimension) */
	{"19.03 万头只匹", "19.03万头只匹", "190300", "头只匹", "exact", "level", BC_NONE},
	{"同比减少0.1万頭隻匹", "同比减少0.1万头只匹", "-1000", "头只匹", "exact", "change", BC_YOY},
	/* b319: freight tonnes, a count of their own, not 吨 */
	{"7億3,870萬計費噸", "7.387亿计费吨", "738700000", "计费吨", "exact", "level", BC_NONE},
	{"增加10萬計費噸", "增加10万计费吨", "100000", "计费吨", "exact", "change", BC_NONE},
	/* b327: counts of flats, parcels of land, runs, neighbourhoods: each its own dimension */
	{"錄約1355伙", "约1355伙", "1355", "伙", "approx", "level", BC_NONE},
	{"按月減少801伙", "按月减少801伙", "-801", "伙", "exact", "change", BC_PREV_PERIOD},
	{"已完成135幅", NO},			/* a verb before it: the reader's, not the type's */
	{"135幅", "135幅", "135", "幅", "exact", "level", BC_NONE},
	{"24班", "24班", "24", "班", "exact", "level", BC_NONE},
	{"七百六十七鄰", "767邻", "767", "邻", "exact", "level", BC_NONE},
	/* b338: 加快/放缓 change a speed, a rate; a count after them is the things sped up */
	{"加快30个", NO},
	{"放缓3个", NO},
	{"加快2%", "加快2%", "2", "%", "exact", "change", BC_NONE},
	{"放缓0.5个百分点", "放缓0.5个百分点", "-0.5", "个百分点", "exact", "change", BC_NONE},
	/* a whole value keeps reading a point across white space (printed "5. 3%") */
	{"增长5. 3%", "增长5.3%", "5.3", "%", "exact", "change", BC_NONE},
};

static const RowsCase xcases[] = {
	/* b317: a 分别 list printed with commas: every bare item takes the list's change noun */
	{"烟草制品业累计降幅分别为7.5%,7.8%,8.6%。",
	 "7.5%=降幅7.5%/change;7.8%=降幅7.8%/change;8.6%=降幅8.6%/change;"},
	{"非烟工业累计增幅分别为7.3%，10.0%。", "7.3%=增幅7.3%/change;10.0%=增幅10.0%/change;"},
	/* a clause with a word of its own after the comma ends the list */
	{"两区分别增长5%,同比提高2个百分点。",
	 "增长5%=增长5%/change;同比提高2个百分点=同比提高2个百分点/change;"},
	{"两区分别增长5%,3%的企业亏损。", "增长5%=增长5%/change;3%=3%/level;"},
	/* b317: "4. " opening a line is a heading's number: the count after it is 4个, not 4.4个 */
	{"3. 十大行业九升一降。\n4. 4个重点州增速低于全省。", "4个=4个/level;"},
	{"4. 4个重点州增速低于全省。", "4个=4个/level;"},
	{"工业增长5. 3%。", "增长5. 3%=增长5.3%/change;"},	/* inside a line: a decimal */
	/* b319: 计划 before a bracketed acronym ends a programme's name, not a plan */
	{"去年投資與發展開支計劃(PIDDA),實際開支為一百一十一億一千三百萬元。",
	 "一百一十一億一千三百萬元=111.13亿元/level;"},
	{"今年计划（草案）安排投资5亿元。", "5亿元=5亿元/target;"},
	/* b322: 任务为 and a number sets the task; what 其中 lists after it follows */
	{"明确明年全省植树造林任务为590万亩。其中,植树造林90万亩、森林抚育300万亩。",
	 "590万亩=590万亩/target;90万亩=90万亩/target;300万亩=300万亩/target;"},
	{"主要任务是建设学校。全县有学校590所。", "590所=590所/level;"},
	/* b322: a figure, or each item of a list, before 的, a noun and 任务 is the task's size */
	{"三地分别将完成21.05万亩、17.3万亩、9.59万亩的植树造林任务。",
	 "21.05万亩=21.05万亩/target;17.3万亩=17.3万亩/target;9.59万亩=9.59万亩/target;"},
	{"全年分别完成30万辆、20万辆的目标。", "30万辆=30万辆/target;20万辆=20万辆/target;"},
	{"新建学校5所、医院3所的任务。", "5所=5所/level;3所=3所/target;"},	/* items with nouns: one each */
	{"造林21.05万亩，任务艰巨。", "21.05万亩=21.05万亩/level;"},
	/* b322: a sentence naming 办实事 with 累计 reports progress: the next sentence plans nothing */
	{"推動“為民辦實事”項目71件,累計投入4.5億元。聚焦救助,實施困難家庭59戶。",
	 "71件=71件/level;4.5億元=4.5亿元/level;59戶=59户/level;"},
	{"今年为民办实事项目10件。新建学校5所。", "10件=10件/level;5所=5所/target;"},
	/* b327: 水平/水准 after a bound, its 的 or not, is the level held, not a class */
	{"已重返疫情前高峰的九成以上水準。", "九成以上=9成以上/level;"},
	{"保持在90%以上水平。", "90%以上=90%以上/level;"},
	{"规模50亿元以上项目12个。", "12个=12个/level;"},	/* a class bound, as before */
	/* b315: 多 right before digits compares (more by), it is no open end of the level before */
	{"人数比上年同期的3万人多5000人。", "3万人=3万人/level;5000人=5000人/level;"},
	{"全县有3万人多。", "3万人多=3万人多/level;"},
	/* b330: 底线目标 and 奋斗目标 (the floor and the stretch) right before a number set targets */
	{"社会消费品零售总额:底线目标929亿元,增长12.5%;奋斗目标938亿元,增长13.5%。",
	 "929亿元=929亿元/target;增长12.5%=增长12.5%/target;938亿元=938亿元/target;"
	 "增长13.5%=增长13.5%/target;"},
	{"销售额高于目标2.1个百分点。", "高于目标2.1个百分点=比目标高2.1个百分点/change;"},	/* a reference */
	/* b322: a place in a ranking without 第 (a move of places, a place held, the places of a
	 * move, the items of a list of them) is no statistic; people counted with 位 stay figures */
	{"较上年前进1位。位次较一季度前移6位。", ""},
	{"居全省19位,较上年进3位。在全省位次分别进2位、7位。", ""},
	{"前三季度分别前移7位、8位和7位。從81位上升到45位。", ""},
	{"位列96位,这次较上年提升了41位。分别居全省第21位和43位。", ""},
	{"引进专家3位、院士2位。居民代表5位。", "3位=3位/level;2位=2位/level;5位=5位/level;"},
	/* b326: an amount (or a range of them) right before a class noun phrase whose members are
	 * counted sizes the class, as 50亿元以上项目 does; an amount before a comma stays one */
	{"全年新落户50亿元产业项目3个以上;10—50亿元产业项目6个以上。", "3个以上=3个以上/level;6个以上=6个以上/level;"},
	{"完成投资10亿元,项目3个。", "10亿元=10亿元/level;3个=3个/level;"},
	{"投资50亿元项目建设。", "50亿元=50亿元/level;"},
	/* b320: a month or a day of a date printed in digits is no figure (03-19 株 was a range) */
	{"2012-03-19 株洲市石峰区统计局", ""},
	{"2016/8/17 下午发布。", ""},
	{"2012-2015年增长5%。", "增长5%=增长5%/change;"},	/* a range of years stays one */
	/* b339: two or more Chinese numerals before a currency are an amount (六十元); one numeral
	 * or a count stays out (一元复始, 两个确立) */
	{"僱主每月供款六十元,僱員每月供款三十元。", "六十元=60元/level;三十元=30元/level;"},
	{"一元复始，两个确立。", ""},
	/* b347: 计划 after 建筑 or 楼宇 names a building project (Macau), not a plan */
	{"施工中或審批中的建築計劃共有127個,其他用途的樓宇計劃則有86個。", "127個=127个/level;86個=86个/level;"},
	{"今年计划新建学校5所。", "5所=5所/target;"},
	/* b346: the years ahead as a clause opening a sentence plan the paragraph's details; as a
	 * noun's modifier they do not */
	{"今后五年,时堰镇要锚定发展定位。地区生产总值年均增长7%左右。", "年均增长7%左右=年均增长7%左右/target;"},
	{"未来五年的经济发展需要创新。目前研发投入强度在2%左右。", "2%左右=2%左右/level;"},
	/* b346: a range right before a class noun bounds the class */
	{"10至500万元项目累计投资0.54亿元。", "0.54亿元=0.54亿元/level;"},
	/* b323: a range before 者 (those in it) bounds a class, after a change or not */
	{"平均年齡較上年增加0.1歲，其中以25歲至44歲者占57.6%。",
	 "較上年增加0.1歲=较上年增加0.1岁/change;57.6%=57.6%/level;"},
};

void
test_opened_round34(void)
{
	ut_check_forms(cases, UT_COUNT(cases));
	ut_check_rows_each(xcases, UT_COUNT(xcases));
}
