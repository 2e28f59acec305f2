/*
 * words.c: the qualifier, change-verb and basis words, and the meaning of each.
 *
 * A value stores the word the user wrote (so 突破6600家 prints back as written); its
 * class (≥, >, ≈ ..., up/down, year-on-year ...) is derived from these tables and is
 * what equality and order use.  Word ids are stored on disk: append, never renumber.
 *
 * Inclusive/exclusive follows the Civil Code, art. 1259: 以上, 以下, 以内 include the
 * number; 超过, 不满 exclude it.
 */
#include "ind.h"
#include "lexicon.h"

#include <stdio.h>
#include <string.h>

/* Qualifier words; the comment at the start of a line is the id of its first word. */
static const WordDef quals[] = {
	/*  0 */ {"", QC_EXACT, QP_PREFIX},
	/*  1 */ {"超过", QC_GT, QP_PREFIX}, {"超", QC_GT, QP_PREFIX}, {"逾", QC_GT, QP_PREFIX},
			 {"多于", QC_GT, QP_PREFIX}, {"高于", QC_GT, QP_PREFIX}, {"大于", QC_GT, QP_PREFIX},
	/*  7 */ {"突破", QC_GE, QP_PREFIX}, {"不低于", QC_GE, QP_PREFIX}, {"至少", QC_GE, QP_PREFIX},
	/* 10 */ {"不到", QC_LT, QP_PREFIX}, {"不足", QC_LT, QP_PREFIX}, {"不满", QC_LT, QP_PREFIX},
			 {"低于", QC_LT, QP_PREFIX}, {"少于", QC_LT, QP_PREFIX}, {"小于", QC_LT, QP_PREFIX},
	/* 16 */ {"不超过", QC_LE, QP_PREFIX}, {"不高于", QC_LE, QP_PREFIX}, {"最多", QC_LE, QP_PREFIX},
			 {"至多", QC_LE, QP_PREFIX},
	/* 20 */ {"约", QC_APPROX, QP_PREFIX}, {"大约", QC_APPROX, QP_PREFIX},
			 {"大概", QC_APPROX, QP_PREFIX},
	/* 23 */ {"近", QC_APPROX_BELOW, QP_PREFIX}, {"将近", QC_APPROX_BELOW, QP_PREFIX},
			 {"接近", QC_APPROX_BELOW, QP_PREFIX},
	/* 26 */ {"以上", QC_GE, QP_SUFFIX},
	/* 27 */ {"以下", QC_LE, QP_SUFFIX}, {"以内", QC_LE, QP_SUFFIX},
	/* 29 */ {"左右", QC_APPROX, QP_SUFFIX}, {"上下", QC_APPROX, QP_SUFFIX},
	/* 31 */ {"多", QC_OPEN, QP_AFTER_NUMBER}, {"多", QC_OPEN, QP_AFTER_MAG},
			 {"多", QC_OPEN, QP_AFTER_UNIT},
	/* 34 */ {"余", QC_OPEN, QP_AFTER_NUMBER}, {"余", QC_OPEN, QP_AFTER_MAG},
			 {"余", QC_OPEN, QP_AFTER_UNIT},
	/* 37 */ {"不少于", QC_GE, QP_PREFIX},
	/* 38 */ {"约合", QC_APPROX, QP_PREFIX},	/* 约合20533美元: a conversion, approximate */
	/* 39 */ {"及以上", QC_GE, QP_SUFFIX}, {"及以下", QC_LE, QP_SUFFIX},	/* 65岁及以上 */
	/* 41 */ {"或以上", QC_GE, QP_SUFFIX}, {"或以下", QC_LE, QP_SUFFIX},	/* 7.5亿欧元或以上 */
	/* 43 */ {"破", QC_GE, QP_PREFIX},		/* 破八: 突破, as headlines write it */
	/* 44 */ {"约占", QC_APPROX, QP_PREFIX},	/* 约占30%: a share, approximately */
	/* 45 */ {"约有", QC_APPROX, QP_PREFIX},	/* 约有8.83万人: a count, approximately */
	/* 46 */ {"大致", QC_APPROX, QP_PREFIX},	/* 大致五成半 */
	/* 47 */ {"最少", QC_GE, QP_PREFIX},		/* as 至少 */
	/* 48 */ {"突破了", QC_GE, QP_PREFIX},	/* as 突破 */
	/* 49 */ {"约为", QC_APPROX, QP_PREFIX},	/* 约为75亿澳门元 */
	/* 50 */ {"不及", QC_LT, QP_PREFIX},		/* Taiwan: 不及1.0%, as 不到 */
	/* 51: the 基本 of 基本持平, a change of about 0 (issue 16); only ever with that verb */
	{"基本", QC_APPROX, QP_IN_VERB},
	/* 52 */ {"未满", QC_LT, QP_PREFIX},		/* 未满18岁: as 不满 */
	/* 53 */ {"迈进", QC_GE, QP_PREFIX},		/* 迈进两万亿元 (strode past): as 突破 */
	/* 54 */ {"迈进了", QC_GE, QP_PREFIX}, {"迈上", QC_GE, QP_PREFIX},
	/* stop 28: a level that fell below a mark (人口跌破125萬, Hong Kong 跌穿): under it */
	/* 56 */ {"跌破", QC_LT, QP_PREFIX}, {"跌穿", QC_LT, QP_PREFIX},
	/* 58: a plan's cap or floor with the modal 不得 (must not): as 不超过, 不低于 */
	{"不得超过", QC_LE, QP_PREFIX}, {"不得高于", QC_LE, QP_PREFIX},
	/* 60 */ {"不得低于", QC_GE, QP_PREFIX}, {"不得少于", QC_GE, QP_PREFIX},
	/* stop 32: a plan table's signs (签约服务率≥80%, 满意度≥90分) */
	/* 62 */ {"≥", QC_GE, QP_PREFIX}, {"≤", QC_LE, QP_PREFIX}, {">", QC_GT, QP_PREFIX},
	/* 65 */ {"<", QC_LT, QP_PREFIX}, {"≧", QC_GE, QP_PREFIX}, {"≦", QC_LE, QP_PREFIX},
	/* 68 */ {"＞", QC_GT, QP_PREFIX}, {"＜", QC_LT, QP_PREFIX},
	/* 70 */ {"首破", QC_GE, QP_PREFIX},	/* 人均GDP首破3萬美元 (broke for the first time): as 破 */
	/* stop 33 (b138, Hong Kong and Macau): 超逾 (超过 and 逾 in one: 超逾2億人次), 之内 (as 以内:
	 * 縮短至1天之內) */
	/* 71 */ {"超逾", QC_GT, QP_PREFIX}, {"之内", QC_LE, QP_SUFFIX},
	/* 73: 跨越 (crossed a mark: 跨越130亿元, 跨越6萬億元; b115, b147 labelled it >), as 超过 */
	{"跨越", QC_GT, QP_PREFIX},
	/* stop 34 (b167): 超越 (surpassed: 將超越1000萬人次), as 跨越; a cap or a floor named (以每戶
	 * 1,500元為上限, 上限為6,000元: at most; 下限 at least), before or after the figure */
	/* 74 */ {"超越", QC_GT, QP_PREFIX}, {"上限为", QC_LE, QP_PREFIX}, {"为上限", QC_LE, QP_SUFFIX},
	/* 77 */ {"下限为", QC_GE, QP_PREFIX}, {"为下限", QC_GE, QP_SUFFIX},
	/* stop 35 (b225): 几乎 (almost: 幾乎增加一倍), as 近 */
	/* 79 */ {"几乎", QC_APPROX_BELOW, QP_PREFIX},
	/* stop 37 (b264): 不小于 (not less than: 占比不小于60%), 不大于, 不多于 (not more than);
	 * the reader had read 小于60% after 不, a bound turned over */
	/* 80 */ {"不小于", QC_GE, QP_PREFIX}, {"不大于", QC_LE, QP_PREFIX}, {"不多于", QC_LE, QP_PREFIX},
	/* stop 37 (b269, Taiwan press): 逼近 (closing in on: 逼近7成), as 接近 (站上, as 迈上, was
	 * tried: a blind batch lost a figure to it) */
	/* 83 */ {"逼近", QC_APPROX_BELOW, QP_PREFIX},
	/* stop 38 (b291, Taiwan press): 上看 (a forecast reaching up to: 年增率上看17％), labelled
	 * about by every batch that had it (b20, b291) */
	/* 84 */ {"上看", QC_APPROX, QP_PREFIX},
	/* stop 38 (b295, Taiwan press): 冲破 (broke through: 衝破500億美元大關), as 突破 */
	/* 85 */ {"冲破", QC_GE, QP_PREFIX},
	/* stop 40 (b369, a plan's table): 大于等于, 小于等于 and with 或 (≥, ≤ in words: 年服务人次大于等于
	 * 1500万); the type had read 大于 and stopped at 等于 */
	/* 86 */ {"大于等于", QC_GE, QP_PREFIX}, {"小于等于", QC_LE, QP_PREFIX},
	/* 88 */ {"大于或等于", QC_GE, QP_PREFIX}, {"小于或等于", QC_LE, QP_PREFIX},
	/* stop 41 (b405, a plan's grants): 最高 (up to: 年度报销限额最高10万元, 最高額補助1000萬元),
	 * 最低 (no less than), labelled at most and at least by every batch that had them (b96, b164) */
	/* 90 */ {"最高", QC_LE, QP_PREFIX}, {"最低", QC_GE, QP_PREFIX}, {"最高达", QC_LE, QP_PREFIX},
	/* stop 42 (b434, Hong Kong press): 过 (over: 過萬億元, 过千亿元, 過百億, 過3成), labelled more
	 * than by every batch that had it; the reader takes it before a bare magnitude only
	 * (extract_widen.c): elsewhere in running text 过 is a verb's aspect (有过3次) */
	/* 93 */ {"过", QC_GT, QP_PREFIX},
};
#define N_QUALS ((int) (sizeof(quals) / sizeof(quals[0])))

static const WordDef verbs[] = {
	/*  0 */ {"", CD_NONE, 0},
	/*  1 */ {"增长", CD_UP, 0}, {"增加", CD_UP, 0}, {"提高", CD_UP, 0}, {"上升", CD_UP, 0},
			 {"提升", CD_UP, 0}, {"回升", CD_UP, 0},
	/*  7 */ {"扩大", CD_UP, 0}, {"上涨", CD_UP, 0}, {"增", CD_UP, 0},
	/* 10 */ {"下降", CD_DOWN, 0}, {"减少", CD_DOWN, 0}, {"降低", CD_DOWN, 0}, {"回落", CD_DOWN, 0},
			 {"下滑", CD_DOWN, 0}, {"缩小", CD_DOWN, 0},
	/* 16 */ {"下跌", CD_DOWN, 0}, {"降", CD_DOWN, 0}, {"减", CD_DOWN, 0},
	/* 19 */ {"持平", CD_FLAT, 0},
	/* 20 */ {"翻", CD_DOUBLE, 0},
	/* rates of change (个百分点): 增速比上月加快1.0个百分点 */
	{"加快", CD_UP, 0},
	{"放缓", CD_DOWN, 0},
	{"增产", CD_UP, 0},
	{"减产", CD_DOWN, 0},
	{"收窄", CD_DOWN, 0},		/* 25: the named quantity narrowed */
	{"新增", CD_UP, 0},
	{"实际增长", CD_UP, 0},		/* real: price changes removed */
	{"名义增长", CD_UP, 0},		/* nominal: at current prices */
	{"实际下降", CD_DOWN, 0},
	{"名义下降", CD_DOWN, 0},	/* 30 */
	{"上修", CD_UP, 0},			/* a revision of an estimate */
	{"下修", CD_DOWN, 0},
	{"高出", CD_UP, 0},
	{"多出", CD_UP, 0},
	{"成长", CD_UP, 0},			/* 35: Taiwan usage for 增长 */
	{"年增", CD_UP, 0},			/* Taiwan: year-on-year growth */
	{"多增", CD_UP, 0},			/* the increase was larger by */
	{"少增", CD_DOWN, 0},		/* the increase was smaller by */
	/* noun phrases that name a rate of change; pos 1 marks them (parse.c combines them) */
	{"增速", CD_UP, 1},
	{"增幅", CD_UP, 1},			/* 40 */
	{"涨幅", CD_UP, 1},
	{"降幅", CD_DOWN, 1},
	{"跌幅", CD_DOWN, 1},
	/* a decline that narrows is a rise of the rate: 降幅收窄6.1个百分点 = +6.1个百分点 */
	{"降幅收窄", CD_UP, 0},
	{"降幅扩大", CD_DOWN, 0},	/* 45 */
	{"跌幅收窄", CD_UP, 0},
	{"跌幅扩大", CD_DOWN, 0},
	{"基本持平", CD_FLAT, 0},
	{"放慢", CD_DOWN, 0},
	{"上调", CD_UP, 0},			/* 50 */
	{"下调", CD_DOWN, 0},
	{"降幅缩小", CD_UP, 0},
	{"年减", CD_DOWN, 0},
	/* single-character verbs of Taiwan and Hong Kong releases (較上月漲1.31%) */
	{"涨", CD_UP, 0},
	{"跌", CD_DOWN, 0},		/* 55 */
	{"升", CD_UP, 0},
	{"增收", CD_UP, 0},		/* revenue: 比上年增收60.55亿元 */
	{"减收", CD_DOWN, 0},
	{"偏多", CD_UP, 0},		/* weather against the norm or last year */
	{"偏少", CD_DOWN, 0},	/* 60 */
	{"偏高", CD_UP, 0},
	{"偏低", CD_DOWN, 0},
	{"微升", CD_UP, 0},
	{"微降", CD_DOWN, 0},
	{"微增", CD_UP, 0},		/* 65 */
	{"负增长", CD_DOWN, 0},	/* negative growth: 负增长1.8% = 下降1.8% */
	{"净增", CD_UP, 0},		/* net increase */
	{"递增", CD_UP, 0},
	{"削减", CD_DOWN, 0},
	{"缩减", CD_DOWN, 0},	/* 70 */
	{"缩短", CD_DOWN, 0},	/* a length of time: 平均逗留时间缩短0.7日 */
	{"延长", CD_UP, 0},
	{"平均上涨", CD_UP, 0},	/* an average change, kept for display */
	{"平均增长", CD_UP, 0},
	{"平均下降", CD_DOWN, 0},	/* 75 */
	{"实质增长", CD_UP, 0},	/* Hong Kong, Macau: real (price changes removed), as 实际增长 */
	{"实质下降", CD_DOWN, 0},
	{"调高", CD_UP, 0},
	{"调低", CD_DOWN, 0},
	/* more nouns naming a rate of change (pos 1) */
	{"升幅", CD_UP, 1},		/* 80: Hong Kong, Macau */
	{"减幅", CD_DOWN, 1},
	{"增长率", CD_UP, 1},
	{"增加率", CD_UP, 1},	/* Taiwan */
	{"成长率", CD_UP, 1},	/* Taiwan */
	/* comparatives after a basis: 比上年同期高2.6个百分点, 比上月快0.3个百分点 */
	{"高", CD_UP, 0},		/* 85 */
	{"低", CD_DOWN, 0},
	{"多", CD_UP, 0},
	{"少", CD_DOWN, 0},
	{"快", CD_UP, 0},
	{"慢", CD_DOWN, 0},		/* 90 */
	{"减低", CD_DOWN, 0},	/* as 降低 */
	/* Taiwan: against the month or quarter before (月减0.03个百分点), as 年增 against the year */
	{"月增", CD_UP, 0},
	{"月减", CD_DOWN, 0},
	{"季增", CD_UP, 0},
	{"季减", CD_DOWN, 0},	/* 95 */
	/*
	 * A sign written for the direction (pos 2: read by parse.c, not looked up): after a
	 * basis (同比-1.4%), or + before a rate with no change word ((+3.2%) beside a level).
	 */
	{"+", CD_UP, 2},
	{"-", CD_DOWN, 2},
	{"年增率", CD_UP, 1},	/* Taiwan: the year-on-year rate (年增率-1.66% is 年减1.66%) */
	/* issue 16, third round: Taiwan's words of decline and its monthly rate */
	{"衰退", CD_DOWN, 0},	/* 99: 出口衰退3.2% (Taiwan press: a fall, not a recession) */
	{"年衰退", CD_DOWN, 0},	/* 100: as 年减 */
	{"负成长", CD_DOWN, 0},	/* as 负增长 */
	{"月增率", CD_UP, 1},	/* the month-on-month rate, as 年增率 */
	/* Taiwan and Hong Kong: 升/跌 against the year or month before, as 年增/年减 */
	{"年升", CD_UP, 0},		/* 103 */
	{"年跌", CD_DOWN, 0},
	{"月升", CD_UP, 0},		/* 105 */
	{"月跌", CD_DOWN, 0},
	/* stop 26: Hong Kong and Taiwan press */
	{"挫", CD_DOWN, 0},		/* 107: 出口貨量則挫40.4% (fell), as 跌 */
	{"上扬", CD_UP, 0},		/* 108: 上揚125.9% */
	{"飙升", CD_UP, 0},		/* 飆升了484.4% (soared) */
	{"年涨", CD_UP, 0},		/* 110: Taiwan, as 年增 (年漲0.88%) */
	{"通胀", CD_UP, 1},		/* Hong Kong: inflation, a rate of price change (通脹1.9%) */
	{"通胀率", CD_UP, 1},	/* 112 */
	/* stop 27: Hong Kong and Macau releases (按年實質變動 -21.4%): a change, its direction the sign */
	{"变动", CD_UP, 1},		/* 113 */
	{"变动率", CD_UP, 1},
	{"流失", CD_DOWN, 0},	/* 115: 人口流失約600人 (lost, a fall) */
	/* stop 29: Hong Kong and Macau (按年實質收縮23.4%: shrank, a fall) */
	{"收缩", CD_DOWN, 0},	/* 116 */
	{"萎缩", CD_DOWN, 0},
	{"实质收缩", CD_DOWN, 0},	/* as 实质下降 */
	{"攀升", CD_UP, 0},		/* 119: 逐年攀升至58.93% (climbed) */
	{"净减", CD_DOWN, 0},	/* 120: 净减1074公里 (net decrease), as 净增 */
	{"压减", CD_DOWN, 0},	/* 121: 支出压减5%以上 (cut back, plans), as 削减 */
	{"拉动", CD_UP, 0},		/* 122: 拉动全市工业增长6.1个百分点 (the pull of a part on a whole's
							 * growth; the whole is read by parse.c and not kept) */
	{"下拉", CD_DOWN, 0},	/* 123: 下拉规上工业产值增速1.1个百分点 (a drag) */
	{"倒退", CD_DOWN, 0},	/* 124: 出口倒退9.7% (Taiwan press: fell back) */
	{"删减", CD_DOWN, 0},	/* 125: 較原預算案刪減14.11億元 (cut from a budget), as 削减 */
	/* stop 32: Taiwan's forecasts and wages, as 上调/下调 (調升至2.54% is the level reached) */
	{"调升", CD_UP, 0},		/* 126 */
	{"调降", CD_DOWN, 0},	/* 127 */
	{"扣减", CD_DOWN, 0},	/* 128: 扣減10% (deducted; stop 33, b138), as 削减 */
	{"净增加", CD_UP, 0},	/* 129: 凈增加50萬畝以上 (b147), as 净增 */
	{"滑落", CD_DOWN, 0},	/* 130: 持續滑落十點七三個百分點 (Taiwan press: slid; b151) */
	{"爆增", CD_UP, 0},		/* 131: 爆增二成 (surged; b151) */
	{"删除", CD_DOWN, 0},	/* 132: 刪除1000萬元 (struck from a budget, Taiwan; b159), as 删减 */
	/* stop 35: budget reports' spending, as 增收/减收 are revenue's (同比增支7,184万元; b207) */
	{"增支", CD_UP, 0},		/* 133 */
	{"减支", CD_DOWN, 0},	/* 134 */
	/* stop 35 (b231): 拉低, 拉高 (a part's pull down or up on a whole's growth, in points), as
	 * 下拉 and 拉动 (ind_verb_pull) */
	{"拉低", CD_DOWN, 0},	/* 135 */
	{"拉高", CD_UP, 0},		/* 136 */
	/* stop 36 (b237): 推高, 推升 (Taiwan and Hong Kong press: pushed up), as 拉高 */
	{"推高", CD_UP, 0},		/* 137 */
	{"推升", CD_UP, 0},		/* 138 */
	/* stop 36 (b249): 扩张 (an economy or a balance expanding: 扩张11.7%), as 扩大 */
	{"扩张", CD_UP, 0},		/* 139 */
	/* stop 37 (b273): 年成长 (Taiwan: grew on the year, 年成長3.08%), as 年增 */
	{"年成长", CD_UP, 0},	/* 140 */
	/* stop 37 (b277): 扩增 (Taiwan: grew, of revenue or orders: 擴增17.52%), as 扩大 */
	{"扩增", CD_UP, 0},		/* 141 */
	/* stop 37 (b276, Taiwan plans): 上涨率 (the rate of a price rise: 消費者物價指數上漲率不超過
	 * 百分之二), a rate noun as 涨幅 */
	{"上涨率", CD_UP, 1},	/* 142 */
	/* stop 37 (b285, Taiwan banking releases): 增额, 月增额 (the amount of an increase: 月增額
	 * 1,070億元), 减额, nouns written before the number as 增幅 */
	{"增额", CD_UP, 1},		/* 143 */
	{"月增额", CD_UP, 1},	/* 144 */
	{"减额", CD_DOWN, 1},	/* 145 */
	/* stop 38 (b291, Taiwan's national accounts): 季增率 (the rate against the quarter before),
	 * a noun as 年增率 and 月增率 (增率 alone was tried: two batches lost a figure to it) */
	{"季增率", CD_UP, 1},	/* 146 */
	/* stop 38 (b295, Taiwan budgets): 增列 (added to a budget: 增列3億多元), as 增编 */
	{"增列", CD_UP, 0},		/* 147 */
	/* stop 40 (b394, Taiwan budgets): 减列 (cut from a budget: 減列2億1,000萬元), 增列's opposite */
	{"减列", CD_DOWN, 0},	/* 148 */
	/* stop 41 (b413, results in the financial press): 下挫 (fell: 股价下挫1.22%), as 挫; 缩水
	 * (shrank: 市值缩水7.53亿元); 反弹 (rebounded: 反弹了3成多) */
	{"下挫", CD_DOWN, 0},	/* 149 */
	{"缩水", CD_DOWN, 0},	/* 150 */
	{"反弹", CD_UP, 0},		/* 151 */
	/* stop 41 (b413): 增长速度 (the rate of growth, written out: 增长速度为9%, 46.67%的高增长速度),
	 * a noun as 增速 */
	{"增长速度", CD_UP, 1},	/* 152 */
	/* stop 42 (b444, industry reviews): 减缓 (slowed: 增速同比减缓6.5个百分点), as 放缓 */
	{"减缓", CD_DOWN, 0},	/* 153 */
};
#define N_VERBS ((int) (sizeof(verbs) / sizeof(verbs[0])))

/* The word of the opposite direction, printed when arithmetic flips a sign. */
static const uint8_t verb_opposite[N_VERBS] = {
	0,
	10, 11, 12, 10, 12, 13, 15, 16, 18,	/* 增长→下降, 增加→减少, 提高→降低 ... */
	1, 2, 3, 6, 4, 7, 8, 9, 9,			/* 下降→增长, 减少→增加 ... 回落→回升 */
	19, 20,
	22, 21, 24, 23, 7, 11, 29, 30, 27, 28,	/* 加快→放缓 ... 收窄→扩大, 新增→减少 */
	32, 31, 11, 11, 10, 53, 38, 37,		/* 上修→下修, 高出→减少 ... 年增→年减, 多增→少增 */
	42, 42, 43, 39, 41,					/* 增速/增幅→降幅, 涨幅→跌幅, 降幅→增速, 跌幅→涨幅 */
	45, 44, 47, 46, 48, 21, 51, 50, 45, 36,
	55, 54, 17, 58, 57, 60, 59, 62, 61, 64, 63, 64,	/* 涨↔跌, 升→降 ... 微增→微降 */
	1, 11, 11, 2, 2, 72, 71, 75, 75, 74,	/* 负增长→增长, 净增→减少 ... 缩短↔延长, 平均… */
	77, 76, 79, 78, 81, 80, 42, 42, 42,	/* 实质…, 调高↔调低, 升幅↔减幅, 增长率→降幅 */
	86, 85, 88, 87, 90, 89,				/* 高↔低, 多↔少, 快↔慢 */
	3, 93, 92, 95, 94,					/* 减低→提高, 月增↔月减, 季增↔季减 */
	10, 1,								/* + → 下降, - → 增长: a sign alone would read as a level */
	53,									/* 年增率 → 年减 */
	35, 36, 35, 93,						/* 衰退→成长, 年衰退→年增, 负成长→成长, 月增率→月减 */
	104, 103, 106, 105,					/* 年升↔年跌, 月升↔月跌 */
	56,									/* 挫→升 */
	16, 16, 104, 42, 42,				/* 上扬 飙升→下跌, 年涨→年跌, 通胀 通胀率→降幅 */
	42, 42,								/* 变动 变动率→降幅 */
	2,									/* 流失→增加 */
	7, 1, 76,							/* 收缩→扩大, 萎缩→增长, 实质收缩→实质增长 */
	10, 67,								/* 攀升→下降, 净减→净增 */
	2,									/* 压减→增加 */
	123, 122,							/* 拉动↔下拉 */
	1,									/* 倒退→增长 */
	2,									/* 删减→增加 */
	127, 126,							/* 调升↔调降 */
	2,									/* 扣减→增加 */
	120,								/* 净增加→净减 */
	131, 130,							/* 滑落↔爆增 */
	2,									/* 删除→增加 */
	134, 133,							/* 增支↔减支 */
	136, 135,							/* 拉低↔拉高 */
	10, 10,								/* 推高 推升→下降 (any unit) */
	116,								/* 扩张→收缩 */
	100,								/* 年成长→年衰退 */
	11,									/* 扩增→减少 */
	43,									/* 上涨率→跌幅 */
	145, 145, 143,						/* 增额 月增额→减额, 减额→增额 */
	95,									/* 季增率→季减 */
	125,								/* 增列→删减 */
	147,								/* 减列→增列 */
	56,									/* 下挫→升 */
	7,									/* 缩水→扩大 */
	13,									/* 反弹→回落 */
	42,									/* 增长速度→降幅 */
	21									/* 减缓→加快 */
};

static const WordDef bases[] = {
	/*  0 */ {"", BC_NONE, 0},
	/*  1 */ {"同比", BC_YOY, 0},
	/*  2 */ {"环比", BC_PREV_PERIOD, 0},
	/*  3 */ {"比上年", BC_PREV_YEAR, 0}, {"比去年", BC_PREV_YEAR, 0}, {"较上年", BC_PREV_YEAR, 0},
			 {"较去年", BC_PREV_YEAR, 0},
	/*  7 */ {"比上年同期", BC_YOY, 0}, {"比去年同期", BC_YOY, 0}, {"较上年同期", BC_YOY, 0},
			 {"较去年同期", BC_YOY, 0},
	/* 11 */ {"比上月", BC_PREV_PERIOD, 0}, {"较上月", BC_PREV_PERIOD, 0},
	/* 13 */ {"比年初", BC_YEAR_START, 0}, {"较年初", BC_YEAR_START, 0},
	/* 15 */ {"年均", BC_ANNUAL_AVERAGE, 0},
	/* bases naming a period (与…相比 and 较… read as 比…, see ind_basis_match_len) */
	{"比上年末", BC_YEAR_START, 0},	/* the end of last year is the start of this one */
	{"较上年末", BC_YEAR_START, 0},
	{"比上年同月", BC_YOY, 0},
	{"比去年同月", BC_YOY, 0},
	{"比上一年", BC_PREV_YEAR, 0},		/* 20 */
	{"两年平均", BC_ANNUAL_AVERAGE, 0},	/* the geometric mean over two years */
	{"比上季", BC_PREV_PERIOD, 0},
	{"比上季度", BC_PREV_PERIOD, 0},
	{"比上期", BC_PREV_PERIOD, 0},
	{"比去年末", BC_YEAR_START, 0},		/* 25 */
	{"比一季度", BC_NAMED_PERIOD, 0},
	{"比二季度", BC_NAMED_PERIOD, 0},
	{"比三季度", BC_NAMED_PERIOD, 0},
	{"比四季度", BC_NAMED_PERIOD, 0},
	{"比上半年", BC_NAMED_PERIOD, 0},	/* 30 */
	{"比下半年", BC_NAMED_PERIOD, 0},
	{"比前三季度", BC_NAMED_PERIOD, 0},
	{"比1月份", BC_NAMED_PERIOD, 0},	/* 33 .. 44: a month named by number */
	{"比2月份", BC_NAMED_PERIOD, 0},
	{"比3月份", BC_NAMED_PERIOD, 0},
	{"比4月份", BC_NAMED_PERIOD, 0},
	{"比5月份", BC_NAMED_PERIOD, 0},
	{"比6月份", BC_NAMED_PERIOD, 0},
	{"比7月份", BC_NAMED_PERIOD, 0},
	{"比8月份", BC_NAMED_PERIOD, 0},
	{"比9月份", BC_NAMED_PERIOD, 0},
	{"比10月份", BC_NAMED_PERIOD, 0},
	{"比11月份", BC_NAMED_PERIOD, 0},
	{"比12月份", BC_NAMED_PERIOD, 0},
	{"比1-2月", BC_NAMED_PERIOD, 0},	/* 45 .. 54: months to date */
	{"比1-3月", BC_NAMED_PERIOD, 0},
	{"比1-4月", BC_NAMED_PERIOD, 0},
	{"比1-5月", BC_NAMED_PERIOD, 0},
	{"比1-6月", BC_NAMED_PERIOD, 0},
	{"比1-7月", BC_NAMED_PERIOD, 0},
	{"比1-8月", BC_NAMED_PERIOD, 0},
	{"比1-9月", BC_NAMED_PERIOD, 0},
	{"比1-10月", BC_NAMED_PERIOD, 0},
	{"比1-11月", BC_NAMED_PERIOD, 0},
	{"比上年度", BC_PREV_YEAR, 0},		/* 55 */
	{"按年", BC_YOY, 0},				/* Hong Kong: 按年升13.7% */
	{"按季", BC_PREV_PERIOD, 0},		/* 按季升0.3% */
	{"按月", BC_PREV_PERIOD, 0},
	{"比上年度修订预算", BC_PREV_YEAR, 0},	/* Hong Kong budgets: against last year's revised estimate */
	{"比上年度相同基础", BC_PREV_YEAR, 0},	/* 60: Taiwan budgets, on the same basis */
	{"同比去年", BC_YOY, 0},
	{"同比上年", BC_YOY, 0},
	{"比上一期", BC_PREV_PERIOD, 0},	/* Macau: the survey period before (就业调查) */
	{"比前一期", BC_PREV_PERIOD, 0},
	{"比前月", BC_PREV_PERIOD, 0},	/* 65 */
	{"比前年", BC_NAMED_PERIOD, 0},	/* the year before last: named, not the previous year */
	{"比一年前同期", BC_YOY, 0},		/* Macau: 较一年前同期 */
	{"比去年1月", BC_NAMED_PERIOD, 0},	/* 68 .. 79: a month of last year (比去年一月), read by last_year_month */
	{"比去年2月", BC_NAMED_PERIOD, 0},
	{"比去年3月", BC_NAMED_PERIOD, 0},
	{"比去年4月", BC_NAMED_PERIOD, 0},
	{"比去年5月", BC_NAMED_PERIOD, 0},
	{"比去年6月", BC_NAMED_PERIOD, 0},
	{"比去年7月", BC_NAMED_PERIOD, 0},
	{"比去年8月", BC_NAMED_PERIOD, 0},
	{"比去年9月", BC_NAMED_PERIOD, 0},
	{"比去年10月", BC_NAMED_PERIOD, 0},
	{"比去年11月", BC_NAMED_PERIOD, 0},
	{"比去年12月", BC_NAMED_PERIOD, 0},
	{"比上月末", BC_PREV_PERIOD, 0},	/* 80: a balance at the end of last month */
	/*
	 * References of the same period, not periods (比全国高1.5个百分点, 高于预期0.3个百分点):
	 * a region a figure is compared with, or a forecast.  Each is a basis of its own.
	 */
	{"比全国", BC_REFERENCE, 0},
	{"比全省", BC_REFERENCE, 0},
	{"比全市", BC_REFERENCE, 0},
	{"比全区", BC_REFERENCE, 0},
	{"比预期", BC_REFERENCE, 0},		/* 85 */
	{"比预测", BC_REFERENCE, 0},
	{"比预测值", BC_REFERENCE, 0},
	/*
	 * 88: a half-year or the average of last year (Taiwan half-year labour figures:
	 * 較去年下半年增加九千人, 較去年平均上升…個百分點): named periods, as 比去年1月.
	 */
	{"比去年上半年", BC_NAMED_PERIOD, 0},
	{"比去年下半年", BC_NAMED_PERIOD, 0},
	{"比上年上半年", BC_NAMED_PERIOD, 0},	/* 90 */
	{"比上年下半年", BC_NAMED_PERIOD, 0},
	{"比去年平均", BC_NAMED_PERIOD, 0},
	{"比上年平均", BC_NAMED_PERIOD, 0},
	/* 94: the climate's norm (climate and water bulletins: 降水量比常年偏多12.3%, 比多年平均值
	 * 偏多7.3%): a reference, not a period. */
	{"比常年", BC_REFERENCE, 0},
	{"比多年平均", BC_REFERENCE, 0},		/* 95; 值 after it is read, not kept */
	/* 96: a plan's target as the reference (a plan's review: 增速高于目标2.1个百分点, 比目标低
	 * 1.8个百分点) */
	{"比目标", BC_REFERENCE, 0},
	/* 97, the last before 98: all industry above the designated size, the reference of an
	 * industry's rate in monthly releases (快于全部规模以上工业4.2个百分点, 较规上工业增加值增速
	 * 高18.5个百分点); read by industry_reference */
	{"比规上工业", BC_REFERENCE, 0},
};
#define N_BASES ((int) (sizeof(bases) / sizeof(bases[0])))

/*
 * A basis naming a year (比2020年, 较2020年, 与2020年相比) has an id of its own:
 * IND_BASIS_YEAR0 + (year - IND_BASIS_FIRST_YEAR) for the years 1949 .. 2048, and the same
 * period of a year (比2019年同期, 较2016年同月) IND_BASIS_SAME0 + (year - 2000), 2000 .. 2027.
 */
#define N_YEARS (256 - IND_BASIS_YEAR0)
/* 比去年平均, 比上年平均 (ids 92, 93 above) */
#define BASIS_LAST_YEAR_AVG 92
#define BASIS_PREV_YEAR_AVG 93

/* does a verb that 平均 combines with (平均增长 平均上涨 平均下降) start cp? */
static bool
average_verb_follows(const uint32_t *cp, int n)
{
	return n >= 2 && ((cp[0] == 0x589E && cp[1] == 0x957F) ||	/* 增长 */
					  (cp[0] == 0x4E0A && cp[1] == 0x6DA8) ||	/* 上涨 */
					  (cp[0] == 0x4E0B && cp[1] == 0x964D));	/* 下降 */
}

static WordDef year_bases[N_YEARS];
static char year_words[N_YEARS][24];
/* the end of a year (比2015年末): ids IND_BASIS_END0 .. 127 */
#define N_YEAR_ENDS (IND_BASIS_YEAR0 - IND_BASIS_END0)
static WordDef year_end_bases[N_YEAR_ENDS];
static char year_end_words[N_YEAR_ENDS][24];

_Static_assert(N_BASES <= IND_BASIS_END0, "basis words run into the year-end ids");

static const char *const qual_class_names[QC__COUNT] = {
	"lt", "le", "approx_below", "approx", "exact", "ge", "gt", "open"
};

static Lexicon qual_lex, verb_lex, basis_lex;

/* Month bases (比7月份, 比1-8月) are read by month_basis(), not looked up: they are many. */
static bool
is_month_basis(int id)
{
	return (id >= 33 && id <= 54) || (id >= 68 && id <= 79);
}

static void
words_init(void)
{
	if (qual_lex.ready)
		return;
	for (int k = 0; k < N_YEARS; k++)
	{
		if (k < IND_BASIS_YEARS)
			snprintf(year_words[k], sizeof(year_words[k]), "比%d年", IND_BASIS_FIRST_YEAR + k);
		else
			snprintf(year_words[k], sizeof(year_words[k]), "比%d年同期",
					 IND_BASIS_FIRST_SAME + k - IND_BASIS_YEARS);
		year_bases[k].word = year_words[k];
		year_bases[k].cls = BC_NAMED_PERIOD;
	}
	for (int k = 0; k < N_YEAR_ENDS; k++)
	{
		snprintf(year_end_words[k], sizeof(year_end_words[k]), "比%d年末", IND_BASIS_FIRST_END + k);
		year_end_bases[k].word = year_end_words[k];
		year_end_bases[k].cls = BC_NAMED_PERIOD;
	}
	lex_init(&qual_lex);
	for (int i = 1; i < N_QUALS; i++)
		if (quals[i].pos != QP_IN_VERB)
			lex_add(&qual_lex, quals[i].word, i, quals[i].pos);
	lex_init(&verb_lex);
	for (int i = 1; i < N_VERBS; i++)
		if (verbs[i].pos != 2)	/* a sign: parse.c reads it */
			lex_add(&verb_lex, verbs[i].word, i, 0);
	/* 與上月大致持平, 大体持平 (b378): roughly flat, read as 基本持平 (about 0) and printed so */
	lex_add(&verb_lex, "大致持平", ind_verb_about_flat(), 0);
	lex_add(&verb_lex, "大体持平", ind_verb_about_flat(), 0);
	lex_init(&basis_lex);
	for (int i = 1; i < N_BASES; i++)
		if (!is_month_basis(i))
			lex_add(&basis_lex, bases[i].word, i, 0);
}

const WordDef *
ind_qual(int id)
{
	return (id >= 0 && id < N_QUALS) ? &quals[id] : NULL;
}

const WordDef *
ind_verb(int id)
{
	return (id >= 0 && id < N_VERBS) ? &verbs[id] : NULL;
}

const WordDef *
ind_basis(int id)
{
	if (id >= IND_BASIS_YEAR0 && id < 256)
	{
		words_init();
		return &year_bases[id - IND_BASIS_YEAR0];
	}
	if (id >= IND_BASIS_END0 && id < IND_BASIS_YEAR0)
	{
		words_init();
		return &year_end_bases[id - IND_BASIS_END0];
	}
	return (id >= 0 && id < N_BASES) ? &bases[id] : NULL;
}

int
ind_qual_count(void)
{
	return N_QUALS;
}

int
ind_verb_count(void)
{
	return N_VERBS;
}

int
ind_basis_count(void)
{
	return N_BASES;
}

int
ind_qual_match_len(const uint32_t *cp, int n, int pos_filter, int *id)
{
	words_init();
	return lex_match(&qual_lex, cp, n, pos_filter, id);
}

int
ind_verb_match_len(const uint32_t *cp, int n, int *id)
{
	words_init();
	return lex_match(&verb_lex, cp, n, -1, id);
}

int
ind_size_noun_len(const uint32_t *cp, int n)
{
	return n >= 2 && ((cp[0] == 0x5E45 && cp[1] == 0x5EA6) ||	/* 幅度 */
					  (cp[0] == 0x6BD4 && cp[1] == 0x7387)) ? 2 : 0;	/* 比率 */
}

int
ind_intensity_len(const uint32_t *cp, int n)
{
	/* two characters each, then 正 alone (4.8%的正增长) */
	static const uint32_t two[][2] = {
		{0x5F3A, 0x52B2}, {0x7A33, 0x5B9A}, {0x7A33, 0x5065}, {0x8F83, 0x5FEB},	/* 强劲 稳定 稳健 较快 */
		{0x8F83, 0x5927}, {0x5FEB, 0x901F}, {0x663E, 0x8457}, {0x6E29, 0x548C},	/* 较大 快速 显著 温和 */
		{0x5927, 0x5E45}, {0x5C0F, 0x5E45}, {0x8F7B, 0x5FAE}, {0x5FAE, 0x5E45},	/* 大幅 小幅 轻微 微幅 */
		{0x660E, 0x663E}, {0x9AD8, 0x901F},	/* 明显 高速 */
	};

	if (n >= 2)
		for (int k = 0; k < (int) (sizeof(two) / sizeof(two[0])); k++)
			if (cp[0] == two[k][0] && cp[1] == two[k][1])
				return 2;
	/* 正 alone (4.8%的正增长), 高 alone (46.67%的高增长速度, b413) */
	return n >= 1 && (cp[0] == 0x6B63 || cp[0] == 0x9AD8) ? 1 : 0;
}

/* 比2020年 (the year as four ASCII digits): its length, the id in *id; 0 when not one */
static int
year_basis(const uint32_t *cp, int n, int *id)
{
	int			year = 0,
				k = 1;

	while (k < n && k <= 4 && cp[k] >= '0' && cp[k] <= '9')
	{
		year = year * 10 + (int) (cp[k] - '0');
		k++;
	}
	if (k >= n || cp[k] != 0x5E74)	/* 年 */
		return 0;
	/* 比2015年; 較104年 (Taiwan: the year of the Republic, three digits, 104 = 2015): the same
	 * year; two digits from 80 (較96年, 80 = 1991 .. 99 = 2010) as well. */
	if (k == 4 && year >= 100 && year <= 137)
		year += 1911;
	else if (k == 3 && year >= 80)
		year += 1911;			/* 較97年: 97 = 2008 (every two-digit year after a basis word in the
								 * labelled texts is Taiwan's; mainland texts write 1997年) */
	else if (k != 5)
		return 0;
	k++;
	/* 較113年度同期, 比2019年度 (Taiwan budgets: the fiscal year, there the calendar year):
	 * read as the year */
	if (k + 1 < n && cp[k] == 0x5EA6 && cp[k + 1] != 0x672B && cp[k + 1] != 0x5E95)	/* 度, not 度末 */
		k++;
	/* 比2015年末, 比2015年底: the end of that year */
	if (k < n && (cp[k] == 0x672B || cp[k] == 0x5E95))	/* 末 底 */
	{
		if (year < IND_BASIS_FIRST_END || year >= IND_BASIS_FIRST_END + N_YEAR_ENDS)
			return 0;
		*id = IND_BASIS_END0 + (year - IND_BASIS_FIRST_END);
		return k + 1;
	}
	/* 比2019年同期, 比2016年同月: the same period of that year */
	if (k + 1 < n && cp[k] == 0x540C && (cp[k + 1] == 0x671F || cp[k + 1] == 0x6708))	/* 同期 同月 */
	{
		if (year < IND_BASIS_FIRST_SAME || year >= IND_BASIS_FIRST_SAME + (N_YEARS - IND_BASIS_YEARS))
			return 0;
		*id = IND_BASIS_SAME0 + (year - IND_BASIS_FIRST_SAME);
		return k + 2;
	}
	if (year < IND_BASIS_FIRST_YEAR || year >= IND_BASIS_FIRST_YEAR + IND_BASIS_YEARS)
		return 0;
	*id = IND_BASIS_YEAR0 + (year - IND_BASIS_FIRST_YEAR);
	return k;
}

/*
 * A bracket after a basis restating its period or adding a note: 較上一期(7月至9月),
 * 較去年同期(2018年9月22至24日), 比常年值(多年平均值,下同).  Its content (at most 24
 * characters) has no digit, or only digits and the words of dates and periods; a rate or an
 * amount in it (较上年同期(3.2%)) is a figure, not an aside.  Its length at cp ('(' or '（'),
 * brackets included; 0 when not one.
 */
int
ind_basis_aside_len(const uint32_t *cp, int n)
{
	uint32_t	close;
	bool		digits = false,
				other = false;
	int			i;

	if (n < 3 || (cp[0] != '(' && cp[0] != 0xFF08))
		return 0;
	close = cp[0] == '(' ? ')' : 0xFF09;	/* ) ） */
	for (i = 1; i < n && i <= 24 && cp[i] != close; i++)
	{
		uint32_t	ch = cp[i];

		if (ch == '(' || ch == 0xFF08 || ch == '%' || ch == 0xFF05)
			return 0;
		if (ch >= '0' && ch <= '9')
			digits = true;
		else if (!(ch == 0x5E74 || ch == 0x6708 || ch == 0x65E5 || ch == 0x53F7 ||	/* 年 月 日 号 */
				   ch == 0x81F3 || ch == 0x5230 || ch == '-' || ch == 0x2014 ||	/* 至 到 - — */
				   ch == 0x2013 || ch == '~' || ch == 0xFF5E || ch == 0x3001 ||	/* – ~ ～ 、 */
				   ch == ' ' || ch == 0x5E95 || ch == 0x672B))	/* 底 末 */
			other = true;
	}
	if (i >= n || cp[i] != close || i == 1 || (digits && other))
		return 0;
	return i + 1;
}

/*
 * The basis at cp: a word of the table, or one read as such.  较X and 与X相比 are read as
 * 比X when the table has no 较X of its own (较上年同月 is 比上年同月); the canonical text
 * prints the 比 form, which reads back to the same basis.  A 与X without 相比 is left to
 * the caller (与上年持平).  Returns the length consumed, 相比 included.
 */
/* a number of one or two ASCII digits at cp[*i] within 1..max; advances */
static int
small_number(const uint32_t *cp, int n, int *i, int max)
{
	int			v = 0,
				k = 0;

	while (*i < n && k < 2 && cp[*i] >= '0' && cp[*i] <= '9')
	{
		v = v * 10 + (int) (cp[*i] - '0');
		(*i)++;
		k++;
	}
	return (k > 0 && v >= 1 && v <= max) ? v : 0;
}

/*
 * 比二零二零年, 較二〇二〇年同月 (Hong Kong releases write the year in Chinese digits): the four
 * digits after 比, then 年, are rewritten in ASCII in cp (a copy) for year_basis.
 */
static void
chinese_year_digits(uint32_t *cp, int n)
{
	static const uint32_t digit[] = {0x96F6, 0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D,
	0x4E03, 0x516B, 0x4E5D};		/* 零 一 .. 九 */
	uint32_t	ascii[4];

	if (n < 6 || cp[5] != 0x5E74)	/* 年 */
		return;
	for (int k = 0; k < 4; k++)
	{
		int			d = cp[1 + k] == 0x3007 ? 0 : -1;	/* 〇 */

		for (int v = 0; v < 10 && d < 0; v++)
			if (cp[1 + k] == digit[v])
				d = v;
		if (d < 0)
			return;
		ascii[k] = (uint32_t) ('0' + d);
	}
	memcpy(cp + 1, ascii, sizeof(ascii));
}

/*
 * “十二五”末, 十三五期末 (the end of the 11th .. 14th five-year plan: 2010, 2015, 2020, 2025), in
 * quotes or not: its length, the id of that year's end (比2015年末) in *id; 0 when not one.
 */
static int
plan_end_basis(const uint32_t *cp, int n, int *id)
{
	static const uint32_t nth[] = {0x4E00, 0x4E8C, 0x4E09, 0x56DB};	/* 一 二 三 四 */
	int			k = 0,
				year = 0;

	if (k < n && (cp[k] == 0x201C || cp[k] == '"'))
		k++;
	if (k + 2 >= n || cp[k] != 0x5341 || cp[k + 2] != 0x4E94)	/* 十 … 五 */
		return 0;
	for (int v = 0; v < 4; v++)
		if (cp[k + 1] == nth[v])
			year = 2010 + 5 * v;
	if (year == 0)
		return 0;
	k += 3;
	if (k < n && (cp[k] == 0x201D || cp[k] == '"'))
		k++;
	if (k + 1 < n && cp[k] == 0x671F && cp[k + 1] == 0x672B)	/* 期末 */
		k += 2;
	else if (k < n && cp[k] == 0x672B)	/* 末 */
		k++;
	else
		return 0;
	*id = IND_BASIS_END0 + (year - IND_BASIS_FIRST_END);
	return k;
}

/*
 * After 比/较/与 at cp[0]: 民国 before the digits of a year (較民國106年), or a year in brackets
 * after 上, 去 or 前 and before 年 (較上(107)年, 較前(2018)年底): the length of what is read and
 * not kept (民国 at cp[1], or the bracket at cp[2]); 0 when neither.
 */
static int
era_or_aside(const uint32_t *cp, int n)
{
	int			k;

	if (cp[1] == 0x6C11 && cp[2] == 0x56FD && cp[3] >= '0' && cp[3] <= '9')	/* 民国 */
		return 2;
	if ((cp[1] != 0x4E0A && cp[1] != 0x53BB && cp[1] != 0x524D) ||	/* 上 去 前 */
		(cp[2] != '(' && cp[2] != 0xFF08))
		return 0;
	for (k = 3; k < n && k < 8 && cp[k] >= '0' && cp[k] <= '9'; k++)
		;
	if (k < 5 || k + 1 >= n || (cp[k] != ')' && cp[k] != 0xFF09) || cp[k + 1] != 0x5E74)	/* 年 */
		return 0;
	return k + 1 - 2;
}

/* a month written in Chinese (一月 .. 十二月) at cp[*i]: 1 .. 12, advancing; 0 when none */
static int
chinese_month(const uint32_t *cp, int n, int *i)
{
	static const uint32_t digit[] = {0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03,
	0x516B, 0x4E5D};				/* 一 .. 九 */
	int			m = 0;

	if (*i < n && cp[*i] == 0x5341)	/* 十, 十一, 十二 */
	{
		(*i)++;
		m = 10;
		if (*i < n && (cp[*i] == 0x4E00 || cp[*i] == 0x4E8C))
			m += cp[(*i)++] == 0x4E00 ? 1 : 2;
		return m;
	}
	for (int k = 0; k < 9 && *i < n; k++)
		if (cp[*i] == digit[k])
		{
			(*i)++;
			return k + 1;
		}
	return 0;
}

/*
 * 比7月份 / 比7月 (a month; 比9月末 of a balance, the same month) and 比1-8月 / 比1-8月份 /
 * 比1—8月 / 比1至8月份 (January to a month), after 比: the length read, the id in *id; 0 when
 * not one.
 */
static int
month_basis(const uint32_t *cp, int n, int *id)
{
	int			i = 1,
				m;

	/* 比前10个月, 较前10月, 比前三个月: the months to date, as 比1-10月 */
	if (n > 2 && cp[1] == 0x524D)	/* 前 */
	{
		i = 2;
		if ((m = small_number(cp, n, &i, 11)) == 0)
			m = chinese_month(cp, n, &i);
		if (m < 2 || m > 11)
			return 0;
		if (i < n && cp[i] == 0x4E2A)	/* 个 */
			i++;
		if (i >= n || cp[i] != 0x6708)	/* 月 */
			return 0;
		*id = 45 + (m - 2);
		return i + 1;
	}
	if ((m = small_number(cp, n, &i, 12)) == 0 && (m = chinese_month(cp, n, &i)) == 0)
		return 0;				/* (比五月份: a month in Chinese numerals) */
	/* 比1月至9月 (b282): 月 after the first month too, as 比1至9月 */
	if (m == 1 && i + 2 < n && cp[i] == 0x6708 &&
		(cp[i + 1] == '-' || cp[i + 1] == 0x81F3 || cp[i + 1] == 0x5230) &&
		cp[i + 2] >= '0' && cp[i + 2] <= '9')
		i++;
	if (m == 1 && i < n && (cp[i] == '-' || cp[i] == 0x2014 || cp[i] == 0x2013 ||
							cp[i] == '~' || cp[i] == 0xFF5E ||
							cp[i] == 0x81F3 || cp[i] == 0x5230))	/* 至 到: 比1至8月份 */
	{
		int			j = i + 1,
					to = small_number(cp, n, &j, 11);

		if (to < 2 || j >= n || cp[j] != 0x6708)	/* 月 */
			return 0;
		*id = 45 + (to - 2);	/* 比1-2月 .. 比1-11月 */
		j++;
		if (j < n && cp[j] == 0x4EFD)	/* 份 */
			j++;
		return j;
	}
	if (i >= n || cp[i] != 0x6708)	/* 月 */
		return 0;
	*id = 33 + (m - 1);			/* 比1月份 .. 比12月份 */
	i++;
	if (i < n && cp[i] == 0x4EFD)	/* 份 */
		i++;
	else if (i < n && (cp[i] == 0x672B || cp[i] == 0x5E95))	/* 末 底 */
		i++;
	return i;
}


/*
 * 比第二季 / 比第2季度 (Macau and Taiwan name a quarter so), after 比: read as 比二季度 (ids
 * 26 .. 29).  The length read, the id in *id; 0 when not one.
 */
static int
ordinal_quarter(const uint32_t *cp, int n, int *id)
{
	static const uint32_t q[] = {0x4E00, 0x4E8C, 0x4E09, 0x56DB};	/* 一 二 三 四 */
	int			k;

	if (n < 4 || cp[1] != 0x7B2C || cp[3] != 0x5B63)	/* 第 季 */
		return 0;
	for (k = 0; k < 4; k++)
		if (cp[2] == q[k] || cp[2] == (uint32_t) ('1' + k))
			break;
	if (k == 4)
		return 0;
	*id = 26 + k;
	return n > 4 && cp[4] == 0x5EA6 ? 5 : 4;	/* 度 */
}

/* 比首季, 比首季度 (Hong Kong and Macau: the first quarter), after 比: as 比一季度, id 26 */
static int
first_quarter(const uint32_t *cp, int n, int *id)
{
	if (n < 3 || cp[1] != 0x9996 || cp[2] != 0x5B63)	/* 首季 */
		return 0;
	*id = 26;
	return n > 3 && cp[3] == 0x5EA6 ? 4 : 3;	/* 度 */
}

/*
 * 比今年一季度, 較今年首季, 比今年1-5月: 今年 before a period of this year is read and not kept
 * (比一季度): the basis names the same period.  Only before a named period.
 */
static int
this_year_period(const uint32_t *cp, int n, int *id)
{
	uint32_t	rest[LEX_MAX_LEN];
	int			len;

	if (n < 4 || cp[1] != 0x4ECA || cp[2] != 0x5E74)	/* 今年 */
		return 0;
	rest[0] = 0x6BD4;			/* 比 */
	memcpy(rest + 1, cp + 3, (n - 3) * sizeof(uint32_t));
	len = ind_basis_match_len(rest, n - 2, id);
	if (len <= 1 || *id >= N_BASES || bases[*id].cls != BC_NAMED_PERIOD || *id == 66)
		return 0;				/* (比前年 names a year) */
	return len + 2;
}

/* 比全中国 (高於全中國0.4個百分點, Hong Kong and Taiwan press), after 比: as 比全国 */
static int
whole_china(const uint32_t *cp, int n, int *id)
{
	static const uint32_t quanguo[] = {0x6BD4, 0x5168, 0x56FD};	/* 比全国 */

	if (n < 4 || cp[1] != 0x5168 || cp[2] != 0x4E2D || cp[3] != 0x56FD)	/* 全中国 */
		return 0;
	return lex_match(&basis_lex, quanguo, 3, -1, id) == 3 ? 4 : 0;
}

/*
 * 比计划, 比年度计划, 比年度目标, 比计划投资 (a plan's own figure as the reference: 比年度计划高
 * 20.3个百分点, 与年度计划持平), after 比: as 比目标 (id 96).
 */
static int
plan_reference(const uint32_t *cp, int n, int *id)
{
	int			i = 1;

	if (i + 1 < n && cp[i] == 0x5E74 && cp[i + 1] == 0x5EA6)	/* 年度 */
		i += 2;
	if (i + 1 >= n || !((cp[i] == 0x8BA1 && cp[i + 1] == 0x5212) ||	/* 计划 */
						(cp[i] == 0x76EE && cp[i + 1] == 0x6807)))	/* 目标 */
		return 0;
	if (i == 1 && cp[i] == 0x76EE)
		return 0;				/* 比目标 itself is the table's */
	i += 2;
	if (i + 1 < n && cp[i] == 0x6295 && cp[i + 1] == 0x8D44)	/* 投资 */
		i += 2;
	*id = 96;
	return i;
}

/*
 * 比规模以上工业, 比全部规上工业, 比规上工业增加值, after 比: as 比规上工业 (id 97); 增速 after it
 * is the reference's own rate, read by the caller as for 比全国增速.
 */
static int
industry_reference(const uint32_t *cp, int n, int *id)
{
	int			i = 1;

	if (i + 1 < n && cp[i] == 0x5168 && cp[i + 1] == 0x90E8)	/* 全部 */
		i += 2;
	if (i + 1 < n && cp[i] == 0x89C4 && cp[i + 1] == 0x4E0A)	/* 规上 */
		i += 2;
	else if (i + 3 < n && cp[i] == 0x89C4 && cp[i + 1] == 0x6A21 &&
			 cp[i + 2] == 0x4EE5 && cp[i + 3] == 0x4E0A)	/* 规模以上 */
		i += 4;
	else
		return 0;
	if (i + 1 >= n || cp[i] != 0x5DE5 || cp[i + 1] != 0x4E1A)	/* 工业 */
		return 0;
	i += 2;
	if (i + 2 < n && cp[i] == 0x589E && cp[i + 1] == 0x52A0 && cp[i + 2] == 0x503C)
		i += 3;					/* 增加值 */
	*id = 97;
	return i;
}

/*
 * 比去年1月 / 比去年一月份 / 比上年3月, after 比: a month of last year, ids 68 .. 79.  The
 * length read, the id in *id; 0 when not one.
 */
static int
last_year_month(const uint32_t *cp, int n, int *id)
{
	int			i = 3,
				m;

	if (n < 5 || !(cp[1] == 0x53BB || cp[1] == 0x4E0A) || cp[2] != 0x5E74)	/* 去年 上年 */
		return 0;
	m = cp[3] >= '0' && cp[3] <= '9' ? small_number(cp, n, &i, 12) : chinese_month(cp, n, &i);
	if (m == 0 || i >= n || cp[i] != 0x6708)	/* 月 */
		return 0;
	*id = 68 + (m - 1);
	i++;
	if (i < n && cp[i] == 0x4EFD)	/* 份 */
		i++;
	return i;
}

/*
 * The basis at cp: a word of the table, or one read as such.  较X and 与X相比 are read as
 * 比X when the table has no 较X of its own (较上年同月 is 比上年同月); the canonical text
 * prints the 比 form, which reads back to the same basis.  A 与X without 相比 is left to
 * the caller (与上年持平).  Returns the length consumed, 相比 included.
 */
int
ind_basis_match_len(const uint32_t *cp, int n, int *id)
{
	uint32_t	tmp[LEX_MAX_LEN];
	int			len = 0,
				len2 = 0,
				id2 = 0,
				m;
	bool		sub = false;

	words_init();
	if (n <= 0)
		return 0;
	/* 相较X is 较X (相较上年增长5%, 相較去年同期), 相比X is 比X (相比10月增加106人, b374): the
	 * 相 is read, not kept */
	if ((cp[0] == 0x76F8 && n > 2 && (cp[1] == 0x8F83 || cp[1] == 0x6BD4)) ||	/* 相较 相比 */
		(cp[0] == 0x6BD4 && n > 2 && cp[1] == 0x8F83))	/* 比较X is 较X (比較上月增加了6千人, b406) */
	{
		len = ind_basis_match_len(cp + 1, n - 1, id);
		return len > 0 ? len + 1 : 0;
	}
	/* 较“十二五”末 (the end of a five-year plan): the end of its last year, 比2015年末 */
	if ((cp[0] == 0x6BD4 || cp[0] == 0x8F83 || cp[0] == 0x4E0E) && n > 4 &&
		(len = plan_end_basis(cp + 1, n - 1, id)) > 0)
		return len + 1;
	/* 較民國106年 (Taiwan: the Republic's era named), 較上(107)年, 較前(2018)年底 (the year named
	 * in brackets): read as 較106年, 較上年, 較前年底 */
	if ((cp[0] == 0x6BD4 || cp[0] == 0x8F83 || cp[0] == 0x4E0E) && n > 4 && (len = era_or_aside(cp, n)) > 0)
	{
		uint32_t	copy[LEX_MAX_LEN];
		int			at = cp[1] == 0x6C11 ? 1 : 2,
					m2 = n - len < LEX_MAX_LEN ? n - len : LEX_MAX_LEN;

		memcpy(copy, cp, at * sizeof(uint32_t));
		memcpy(copy + at, cp + at + len, (m2 - at) * sizeof(uint32_t));
		m = ind_basis_match_len(copy, m2, id);
		return m > at ? m + len : 0;
	}
	/* 比起X is 比X (比起五月份成長486億元: compared with) */
	if (cp[0] == 0x6BD4 && n > 2 && cp[1] == 0x8D77)	/* 比起 */
	{
		uint32_t	copy[24];
		int			m2 = n - 1 < 24 ? n - 1 : 24;

		memcpy(copy, cp + 1, m2 * sizeof(uint32_t));
		copy[0] = 0x6BD4;
		len = ind_basis_match_len(copy, m2, id);
		return len > 0 ? len + 1 : 0;
	}
	/* 比同期, 较同期 (the same period, its year left out: 比同期多40户) and 比 before 增/降/减
	 * and a digit (比增6.3%: a release's short 同比增长) are 同比, printed so (b205) */
	if ((cp[0] == 0x6BD4 || cp[0] == 0x8F83) && n > 2)
	{
		int			vid;

		/* (a change word next: 高于同期1.8%的通胀率 compares with a level) */
		if (cp[1] == 0x540C && cp[2] == 0x671F && n > 3 &&	/* 同期 */
			ind_verb_match_len(cp + 3, n - 3, &vid) > 0)
		{
			*id = 1;
			return 3;
		}
		if (cp[0] == 0x6BD4 && (cp[1] == 0x589E || cp[1] == 0x964D || cp[1] == 0x51CF) &&
			((cp[2] >= '0' && cp[2] <= '9') || cp[2] == 0x8FBE))	/* 增 降 减; 达 (比增达到8%, b411) */
		{
			*id = 1;
			return 1;
		}
	}
	/* 年比 (Taiwan: against the same month a year before) is 同比: the canonical text prints
	 * 同比; not before a period or 上/去 (今年比上年, where 比上年 is the basis) */
	if (cp[0] == 0x5E74 && n > 2 && cp[1] == 0x6BD4 && cp[2] != 0x53BB &&
		!(cp[2] == 0x4E0A && n > 3 && (cp[3] == 0x5E74 || cp[3] == 0x6708 || cp[3] == 0x5B63 ||
										cp[3] == 0x534A || cp[3] == 0x4E00)) &&	/* 上年 上月 上季 上半 上一 */
		!(cp[2] >= '0' && cp[2] <= '9'))
	{
		*id = 1;
		return 2;
	}
	if (cp[0] != 0x4E0E)		/* 与 reads only as 比 */
		len = lex_match(&basis_lex, cp, n, -1, id);
	if (cp[0] != 0x6BD4 && cp[0] != 0x8F83 && cp[0] != 0x4E0E)	/* 比 较 与 */
		return len;
	m = n < LEX_MAX_LEN ? n : LEX_MAX_LEN;
	memcpy(tmp, cp, m * sizeof(uint32_t));
	tmp[0] = 0x6BD4;			/* 比 */
	/*
	 * 年底 and 月底 are 年末 and 月末 (比上年底, 较上月底, 比去年底): read as the table's 末
	 * words, which the canonical text prints.  (比2015年底 and 比9月底 are read below.)
	 */
	for (int k = 2; k < m; k++)
		if (tmp[k] == 0x5E95 && (tmp[k - 1] == 0x5E74 || tmp[k - 1] == 0x6708))	/* 底 after 年 月 */
		{
			tmp[k] = 0x672B;	/* 末 */
			sub = true;
		}
	/* 較客歲同期 (Hong Kong: 客岁 is last year), 比去年同季 (the same quarter), 比去年同日 (the same
	 * day): read as 比去年同期 */
	for (int k = 1; k + 1 < m; k++)
		if (tmp[k] == 0x5BA2 && tmp[k + 1] == 0x5C81)	/* 客岁 */
		{
			tmp[k] = 0x53BB;	/* 去 */
			tmp[k + 1] = 0x5E74;	/* 年 */
			sub = true;
		}
		else if (k + 2 < m && tmp[k] == 0x53BB && tmp[k + 1] == 0x5E74 && tmp[k + 2] == 0x5EA6)
		{
			tmp[k] = 0x4E0A;	/* 去年度 (a budget's last year: 比去年度增加65.48亿元) as 上年度 */
			sub = true;
		}
		else if (k >= 2 && tmp[k] == 0x540C && (tmp[k + 1] == 0x5B63 || tmp[k + 1] == 0x65E5) &&
				 tmp[k - 1] == 0x5E74)	/* 年同季, 年同日 (比去年同日增長6.4%: a holiday's day) */
		{
			tmp[k + 1] = 0x671F;	/* 期 */
			sub = true;
		}
	chinese_year_digits(tmp, m);	/* 較二零二零年同月 */
	if (m > 1 && tmp[1] >= '0' && tmp[1] <= '9')
	{
		if ((len2 = year_basis(tmp, m, &id2)) == 0)
			len2 = month_basis(tmp, m, &id2);
	}
	else if (m > 1 && tmp[1] == 0x524D && (len2 = month_basis(tmp, m, &id2)) > 0)
		;						/* 比前10个月 */
	else if (m > 2 && (tmp[1] == 0x5341 || (tmp[1] >= 0x4E00 && tmp[2] == 0x6708)) &&
			 (len2 = month_basis(tmp, m, &id2)) > 0)
		;						/* 比五月份, 比十二月 */
	else if (cp[0] != 0x6BD4 || sub)
		len2 = lex_match(&basis_lex, tmp, m, -1, &id2);
	/* 較前1年, 比前一年 (Taiwan: the year before) are 比上年, printed so */
	if (len2 == 0 && m > 3 && tmp[1] == 0x524D && (tmp[2] == 0x4E00 || tmp[2] == '1') &&
		tmp[3] == 0x5E74)
	{
		uint32_t	prev[LEX_MAX_LEN];
		int			l;

		prev[0] = 0x6BD4;		/* 比 */
		prev[1] = 0x4E0A;		/* 上 */
		memcpy(prev + 2, tmp + 3, (m - 3) * sizeof(uint32_t));
		if ((l = lex_match(&basis_lex, prev, m - 1, -1, &id2)) > 0)
			len2 = l + 1;
	}
	{
		int			id3 = 0,
					len3 = last_year_month(tmp, m, &id3);

		if (len3 == 0)
			len3 = ordinal_quarter(tmp, m, &id3);
		if (len3 == 0)
			len3 = first_quarter(tmp, m, &id3);
		if (len3 == 0)
			len3 = this_year_period(tmp, m, &id3);
		if (len3 == 0)
			len3 = whole_china(tmp, m, &id3);
		if (len3 == 0)
			len3 = industry_reference(cp, n, &id3);	/* (longer than tmp) */
		if (len3 == 0)
			len3 = plan_reference(tmp, m, &id3);

		if (len3 > len2)
		{
			len2 = len3;
			id2 = id3;
		}
	}
	if (len2 > len)
	{
		len = len2;
		*id = id2;
	}
	/* a reference's average: 比全国平均水平, read as 比全国 (平均水平 is not kept) */
	if (len > 0 && len + 3 < n && *id < N_BASES && bases[*id].cls == BC_REFERENCE &&
		cp[len] == 0x5E73 && cp[len + 1] == 0x5747 && cp[len + 2] == 0x6C34 &&
		cp[len + 3] == 0x5E73)	/* 平均水平 */
		len += 4;
	/* 高于全区增速2个百分点, 比全省增速快, 增幅比全国平均增幅高: the reference's own rate of
	 * growth, read as the reference (the figure's rate is the one compared) */
	if (len > 0 && *id < N_BASES && bases[*id].cls == BC_REFERENCE)
	{
		int			a = len + 3 < n && cp[len] == 0x5E73 && cp[len + 1] == 0x5747 ? 2 : 0;	/* 平均 */

		/* only before a change word or at the end of what is looked at: 比全国增速5% and
		 * 比全国增速不超过5% are the basis and the rate noun 增速 as the change word, as the
		 * canonical text prints them */
		int			rest = len + a + 2,
					vid,
					qid;

		/* a verb the qualifier is not longer than: 比全市增速高于5% is 比全市 + 增速 + 高于 */
		if (ind_reference_rate_len(cp + len + a, n - len - a) > 0 &&
			(rest >= n || ind_verb_match_len(cp + rest, n - rest, &vid) >
			 ind_qual_match_len(cp + rest, n - rest, QP_PREFIX, &qid)))
			len += a + 2;
	}
	/* 比去年全年加快4.5个百分点 (a release of months against last year's whole year): as 比去年;
	 * 比2015年全年增加4.27個百分點 (b444) as 比2015年 */
	if (len > 0 && len + 2 < n &&
		((*id < N_BASES && bases[*id].cls == BC_PREV_YEAR) ||
		 (*id >= IND_BASIS_YEAR0 && *id < IND_BASIS_YEAR0 + IND_BASIS_YEARS)) &&
		cp[len] == 0x5168 && cp[len + 1] == 0x5E74)	/* 全年 */
		len += 2;
	/* 比去年平均增长: the basis 比去年 and the verb 平均增长 (the text reads one way only) */
	if (len > 2 && *id < N_BASES && (*id == BASIS_LAST_YEAR_AVG || *id == BASIS_PREV_YEAR_AVG) &&
		average_verb_follows(cp + len, n - len))
	{
		len = lex_match(&basis_lex, cp, len - 2, -1, id);
		if (len == 0)
			return 0;
	}
	if (len > 0 && len < n && cp[len] == 0x503C && *id < N_BASES &&
		(strcmp(bases[*id].word, "比多年平均") == 0 || strcmp(bases[*id].word, "比常年") == 0))
		len++;					/* 比多年平均值, 比常年值: the norm's value, as 比多年平均 */
	if (len > 0 && len < n && cp[len - 1] == 0x671F && cp[len] == 0x95F4)
		len++;					/* 比上年同期间 (Taiwan): as 同期 */
	if (len > 0 && len + 1 < n && cp[len] == 0x76F8 && cp[len + 1] == 0x6BD4)	/* 相比 */
		len += 2;
	else if (len > 0 && len + 1 < n && cp[0] == 0x4E0E && cp[len] == 0x6BD4 && cp[len + 1] == 0x8F83)
		len += 2;				/* 与5月比较 (Macau): as 相比 */
	return len;
}

/*
 * 平均 + a verb that makes a 平均… verb (增长 上涨 下降, 增长率) after 比去年平均: the words read as
 * 比去年 + 平均增长, so a value 比去年平均 + 增长 cannot be written; validate.c refuses it.
 */
bool
ind_basis_average_clash(int basis, int verb)
{
	uint32_t	cps[8];
	IndError	e;
	int			n;

	if ((basis != BASIS_LAST_YEAR_AVG && basis != BASIS_PREV_YEAR_AVG) || verb <= 0 ||
		verb >= N_VERBS)
		return false;
	/* the words average_verb_follows reads after 平均, and the words they begin (增长率) */
	n = ind_utf8_decode(verbs[verb].word, strlen(verbs[verb].word), cps, 8, &e);
	return n > 0 && average_verb_follows(cps, n);
}

int
ind_qual_open_id(bool yu, QualPos pos)
{
	int			base = yu ? 34 : 31;

	return base + (pos == QP_AFTER_NUMBER ? 0 : pos == QP_AFTER_MAG ? 1 : 2);
}

int
ind_canonical_qual(QualClass cls)
{
	switch (cls)
	{
		case QC_LT:
			return 10;			/* 不到 */
		case QC_LE:
			return 27;			/* 以下 */
		case QC_APPROX_BELOW:
			return 23;			/* 近 */
		case QC_APPROX:
			return 20;			/* 约 */
		case QC_GE:
			return 26;			/* 以上 */
		case QC_GT:
			return 1;			/* 超过 */
		case QC_OPEN:
			return 32;			/* 多 after the magnitude */
		default:
			return 0;
	}
}

const char *
ind_qual_class_name(QualClass cls)
{
	return (cls >= 0 && cls < QC__COUNT) ? qual_class_names[cls] : "?";
}

int
ind_verb_opposite(int id)
{
	return (id >= 0 && id < N_VERBS) ? verb_opposite[id] : 0;
}

bool
ind_verb_rising(int id)
{
	return id > 0 && id < N_VERBS && verbs[id].cls == CD_UP && verbs[id].pos == 0;
}

int
ind_verb_flat(void)
{
	return 19;
}

/* 基本持平 (verb 48) always carries qualifier 51, so its class is approx */
int
ind_verb_about_flat(void)
{
	return 48;
}

int
ind_qual_about_flat(void)
{
	return 51;
}

int
ind_verb_double(void)
{
	return 20;
}

/* the verb of a sign written for the direction: + (96) or - (97) */
int
ind_verb_sign(bool plus)
{
	return plus ? 96 : 97;
}

/* The class of a figure's word: its table entry's (ids are validated; 0 is "none"). */
#define WORD_CLASS_OF(fn, Type, field, table, count) \
	Type \
	fn(const Indicator *x) \
	{ \
		return (Type) table[x->field < count ? x->field : 0].cls; \
	}

WORD_CLASS_OF(ind_qual_class, QualClass, qual, quals, N_QUALS)
WORD_CLASS_OF(ind_change_dir, ChangeDir, verb, verbs, N_VERBS)

BasisClass
ind_basis_class(const Indicator *x)
{
	const WordDef *w = ind_basis(x->basis);

	return w ? (BasisClass) w->cls : BC_NONE;
}

/*
 * What equality, order and hash use of the basis: its class, except that bases naming
 * different periods (比7月份, 比2020年) or references (比全国, 比预期) differ: a class, or
 * 256 + the basis id.
 */
int
ind_basis_key(const Indicator *x)
{
	BasisClass	c = ind_basis_class(x);

	return c == BC_NAMED_PERIOD || c == BC_REFERENCE ? 256 + x->basis : (int) c;
}

/*
 * The id of a basis word ("同比", "年均", "比2020年", "与上年相比"): 0 for "", -1 when the
 * text is not one basis as a whole.
 */
int
ind_basis_id(const char *word)
{
	uint32_t	cp[LEX_MAX_LEN + 4];
	IndError	err;
	int			n,
				id = 0;

	if (word[0] == '\0')
		return 0;
	n = ind_utf8_decode(word, strlen(word), cp, LEX_MAX_LEN + 4, &err);
	return n > 0 && ind_basis_match_len(cp, n, &id) == n ? id : -1;
}
