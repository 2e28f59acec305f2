/*
 * units.c: the built-in unit catalog, the dimensions and the magnitude words.
 *
 * This is the one place that says which units exist.  Each unit has a dimension and an
 * exact rational factor to that dimension's base unit (亩 = 2000/3 平方米); conversions
 * happen only inside a dimension.  Every spelling is its own id (公里 and 千米 share a
 * factor) so a value prints back the way it was written.  Unit ids are stored on disk:
 * append new units at the end, never renumber.
 */
#include "ind.h"
#include "lexicon.h"

#include <stddef.h>
#include <stdio.h>
#include <string.h>

/* Dimensions, in the fixed order the type sorts them. */
enum
{
	D_NONE = 0, D_CNY, D_USD, D_EUR, D_HKD, D_JPY,
	D_AREA, D_LENGTH, D_MASS, D_VOLUME, D_ENERGY, D_POWER, D_COAL, D_TEU,
	D_CALENDAR, D_DURATION, D_RATIO, D_PP,
	D_COUNT0					/* counts: one dimension per measure word, from here on */
};

static const char *const count_words[] = {
	"个", "家", "所", "项", "条", "座", "户", "人", "名", "位", "人次", "辆", "台", "套",
	"件", "处", "批", "次", "只", "头", "张", "部", "艘", "架", "列", "栋", "间", "床",
	"篇", "份"
};
#define N_COUNTS ((int) (sizeof(count_words) / sizeof(count_words[0])))

/*
 * Dimensions added after the counts (ids are not stored, but the order of dimensions is
 * documented: these sort after every count).  New count words get a dimension each too.
 */
enum
{
	D_TKM = D_COUNT0 + N_COUNTS,	/* freight turnover: 吨公里 */
	D_PKM,						/* passenger turnover: 人公里 */
	D_AGE,						/* age in years: 岁 */
	D_TEMPERATURE,				/* degrees Celsius: ℃ (levels and differences alike) */
	D_SOUND,					/* sound level: 分贝 */
	D_COUNT1					/* counts added later: one dimension per word, from here on */
};

static const char *const later_count_words[] = {
	"羽", "门", "客位", "天次", "册", "集", "卷", "株", "棵", "匹", "眼", "块", "本", "种", "笔",
	"例", "宗", "起", "架次", "班次", "车次", "艘次", "户次", "对", "支", "颗"
};
#define N_LATER_COUNTS ((int) (sizeof(later_count_words) / sizeof(later_count_words[0])))

static const char *const later_dim_names[] = {
	"freight turnover", "passenger turnover", "age", "temperature", "sound level"
};

/* Dimensions added in issue 16, after the later counts: two currencies, nights, counts. */
enum
{
	D_TWD = D_COUNT1 + N_LATER_COUNTS,	/* 新台币 */
	D_MOP,						/* 澳门元 (pataca) */
	D_NIGHTS,					/* 晚: nights of a stay, not convertible to days */
	D_COUNT2					/* counts added in issue 16: one dimension per word */
};

static const char *const third_dim_names[] = {"TWD", "MOP", "nights"};

static const char *const third_count_words[] = {"头只", "口", "单", "国"};
#define N_THIRD_COUNTS ((int) (sizeof(third_count_words) / sizeof(third_count_words[0])))

/* Dimensions added in issue 16's third round, after those counts: two currencies, counts. */
enum
{
	D_GBP = D_COUNT2 + N_THIRD_COUNTS,	/* 英镑 */
	D_KRW,						/* 韩元 */
	D_COUNT3					/* counts of the third round: one dimension per word */
};

static const char *const fourth_dim_names[] = {"GBP", "KRW"};

static const char *const fourth_count_words[] = {"辆次", "箱", "幢", "场", "尾", "桶", "场次",
"票", "瓶", "盏", "旅次", "死", "伤", "批次", "工作天", "课时", "工日", "村", "乡", "镇", "枚", "款",
"亩次", "根"};	/* stop 31; stop 32; stop 33 */
#define N_FOURTH_COUNTS ((int) (sizeof(fourth_count_words) / sizeof(fourth_count_words[0])))

/* Dimensions added in stop 36, after those counts (which are closed: dimensions order the
 * type, so a block never grows once another follows it): two currencies. */
enum
{
	D_MYR = D_COUNT3 + N_FOURTH_COUNTS,	/* 令吉, 林吉特 (Malaysian ringgit) */
	D_SGD,						/* 新元, 新加坡元 (Singapore dollar) */
	D_COUNT4					/* counts of stop 37: one dimension per word */
};

static const char *const fifth_dim_names[] = {"MYR", "SGD"};

/* stop 37 (b273, Taiwan housing statistics): 宅 (dwellings: 住宅9,050,340宅) */
static const char *const fifth_count_words[] = {"宅", "计费吨", "伙", "幅", "班", "邻", "单位", "重量箱",
	"载重吨"};
#define N_FIFTH_COUNTS ((int) (sizeof(fifth_count_words) / sizeof(fifth_count_words[0])))

enum
{
	D_END = D_COUNT4 + N_FIFTH_COUNTS	/* the number of dimensions */
};

static const char *const dim_names[D_COUNT0] = {
	"dimensionless", "CNY", "USD", "EUR", "HKD", "JPY",
	"area", "length", "mass", "volume", "energy", "power", "standard coal", "TEU",
	"calendar time", "duration", "ratio", "percentage point"
};

/*
 * Units that are not counts.  Factor = num / den x 10^exp10 of the base (listed first).
 * The comment at the start of a line is the unit id of its first unit.
 */
static const UnitDef base_units[] = {
	/*  1 */ {"元", D_CNY, 1, 1, 0, true}, {"角", D_CNY, 1, 1, -1, true},
			 {"分", D_CNY, 1, 1, -2, true},
	/*  4 */ {"美元", D_USD, 1, 1, 0, true}, {"欧元", D_EUR, 1, 1, 0, true},
			 {"港元", D_HKD, 1, 1, 0, true}, {"日元", D_JPY, 1, 1, 0, true},
	/*  8 */ {"平方米", D_AREA, 1, 1, 0, true}, {"平方公里", D_AREA, 1, 1, 6, true},
			 {"平方千米", D_AREA, 1, 1, 6, true}, {"公顷", D_AREA, 1, 1, 4, true},
			 {"亩", D_AREA, 2, 3, 3, true},
	/* 13 */ {"米", D_LENGTH, 1, 1, 0, true}, {"公里", D_LENGTH, 1, 1, 3, true},
			 {"千米", D_LENGTH, 1, 1, 3, true}, {"厘米", D_LENGTH, 1, 1, -2, true},
			 {"毫米", D_LENGTH, 1, 1, -3, true},
	/* 18 */ {"千克", D_MASS, 1, 1, 0, true}, {"公斤", D_MASS, 1, 1, 0, true},
			 {"克", D_MASS, 1, 1, -3, true}, {"吨", D_MASS, 1, 1, 3, true},
			 {"斤", D_MASS, 1, 2, 0, true},
	/* 23 */ {"立方米", D_VOLUME, 1, 1, 0, true}, {"升", D_VOLUME, 1, 1, -3, true},
	/* 25 */ {"千瓦时", D_ENERGY, 1, 1, 0, true}, {"度", D_ENERGY, 1, 1, 0, true},
	/* 27 */ {"瓦", D_POWER, 1, 1, 0, true}, {"千瓦", D_POWER, 1, 1, 3, true},
			 {"兆瓦", D_POWER, 1, 1, 6, true},
	/* 30 */ {"吨标准煤", D_COAL, 1, 1, 0, true}, {"标准箱", D_TEU, 1, 1, 0, true},
	/* 32 */ {"年", D_CALENDAR, 1, 1, 0, true}, {"个月", D_CALENDAR, 1, 12, 0, true},
	/* 34 */ {"天", D_DURATION, 1, 1, 0, true}, {"日", D_DURATION, 1, 1, 0, true},
			 {"小时", D_DURATION, 1, 24, 0, true},
	/* 37 */ {"%", D_RATIO, 1, 1, 0, false}, {"‰", D_RATIO, 1, 1, -1, false},
			 {"倍", D_RATIO, 1, 1, 2, false},
	/* 40 */ {"个百分点", D_PP, 1, 1, 0, false}, {"百分点", D_PP, 1, 1, 0, false},
};
#define N_BASE ((int) (sizeof(base_units) / sizeof(base_units[0])))

/*
 * Units added after the first catalog: their ids follow the counts (append only).
 * Latin symbols as journals print them are spellings of their own (3.5万t prints back as
 * written).  成 is a tenth (三成 = 30%); /10万 is per hundred thousand (孕产妇死亡率18.3/10万).
 */
static const UnitDef later_units[] = {
	{"吨公里", D_TKM, 1, 1, 0, true},
	{"人公里", D_PKM, 1, 1, 0, true},
	{"标箱", D_TEU, 1, 1, 0, true},
	{"TEU", D_TEU, 1, 1, 0, true},
	{"个千分点", D_PP, 1, 1, -1, false},	/* a tenth of a percentage point */
	{"千分点", D_PP, 1, 1, -1, false},
	{"微克", D_MASS, 1, 1, -9, true},
	{"毫克", D_MASS, 1, 1, -6, true},
	{"岁", D_AGE, 1, 1, 0, true},
	{"成", D_RATIO, 1, 1, 1, false},
	{"/10万", D_RATIO, 1, 1, -3, false},
	{"km", D_LENGTH, 1, 1, 3, true},
	{"m", D_LENGTH, 1, 1, 0, true},
	{"t", D_MASS, 1, 1, 3, true},
	{"kg", D_MASS, 1, 1, 0, true},
	{"m²", D_AREA, 1, 1, 0, true},
	{"km²", D_AREA, 1, 1, 6, true},
	{"hm²", D_AREA, 1, 1, 4, true},
	{"kWh", D_ENERGY, 1, 1, 0, true},
	{"t·km", D_TKM, 1, 1, 3, true},
	{"羽", D_COUNT1 + 0, 1, 1, 0, true},	/* counts: a dimension each, as later_count_words */
	{"门", D_COUNT1 + 1, 1, 1, 0, true},
	{"客位", D_COUNT1 + 2, 1, 1, 0, true},
	{"天次", D_COUNT1 + 3, 1, 1, 0, true},
	{"℃", D_TEMPERATURE, 1, 1, 0, true},
	{"㎡", D_AREA, 1, 1, 0, true},		/* the one-character symbols of CJK fonts */
	{"㎞", D_LENGTH, 1, 1, 3, true},
	{"㎏", D_MASS, 1, 1, 0, true},
	{"㎢", D_AREA, 1, 1, 6, true},
	{"分贝", D_SOUND, 1, 1, 0, true},
	{"分钟", D_DURATION, 1, 1440, 0, true},
	{"周岁", D_AGE, 1, 1, 0, true},
	{"吨标煤", D_COAL, 1, 1, 0, true},	/* 吨标准煤 as abbreviated */
	{"册", D_COUNT1 + 4, 1, 1, 0, true},	/* more counts, in later_count_words order */
	{"集", D_COUNT1 + 5, 1, 1, 0, true},
	{"卷", D_COUNT1 + 6, 1, 1, 0, true},
	{"株", D_COUNT1 + 7, 1, 1, 0, true},
	{"棵", D_COUNT1 + 8, 1, 1, 0, true},
	{"匹", D_COUNT1 + 9, 1, 1, 0, true},
	{"眼", D_COUNT1 + 10, 1, 1, 0, true},
	{"块", D_COUNT1 + 11, 1, 1, 0, true},
	{"本", D_COUNT1 + 12, 1, 1, 0, true},
	{"种", D_COUNT1 + 13, 1, 1, 0, true},
	{"笔", D_COUNT1 + 14, 1, 1, 0, true},
	{"例", D_COUNT1 + 15, 1, 1, 0, true},
	{"宗", D_COUNT1 + 16, 1, 1, 0, true},
	{"起", D_COUNT1 + 17, 1, 1, 0, true},
	{"架次", D_COUNT1 + 18, 1, 1, 0, true},
	{"班次", D_COUNT1 + 19, 1, 1, 0, true},
	{"车次", D_COUNT1 + 20, 1, 1, 0, true},
	{"艘次", D_COUNT1 + 21, 1, 1, 0, true},
	{"户次", D_COUNT1 + 22, 1, 1, 0, true},
	{"对", D_COUNT1 + 23, 1, 1, 0, true},
	{"支", D_COUNT1 + 24, 1, 1, 0, true},
	{"颗", D_COUNT1 + 25, 1, 1, 0, true},
	/* issue 16: currencies as Hong Kong, Macau and Taiwan texts write them */
	{"元人民币", D_CNY, 1, 1, 0, true},	/* 7264亿元人民币 */
	{"人民币", D_CNY, 1, 1, 0, true},		/* 3316.17亿人民币 */
	{"新台币", D_TWD, 1, 1, 0, true},
	{"元新台币", D_TWD, 1, 1, 0, true},
	{"澳门元", D_MOP, 1, 1, 0, true},
	{"澳门币", D_MOP, 1, 1, 0, true},
	{"晚", D_NIGHTS, 1, 1, 0, true},		/* 平均留宿1.5晚 */
	{"头只", D_COUNT2 + 0, 1, 1, 0, true},	/* livestock, counted by head */
	{"口", D_COUNT2 + 1, 1, 1, 0, true},	/* wells, ponds: 新打机井50口 */
	{"单", D_COUNT2 + 2, 1, 1, 0, true},	/* orders, parcels: 快递业务量2.1亿单 */
	{"国", D_COUNT2 + 3, 1, 1, 0, true},	/* countries: 34國 (Taiwan releases) */
	/* issue 16, third round */
	{"港币", D_HKD, 1, 1, 0, true},		/* 6.7亿港幣 (Hong Kong's own spelling of 港元) */
	{"英镑", D_GBP, 1, 1, 0, true},
	{"韩元", D_KRW, 1, 1, 0, true},
	{"辆次", D_COUNT3 + 0, 1, 1, 0, true},	/* vehicle trips: 过境车辆5.6万辆次 */
	{"箱", D_COUNT3 + 1, 1, 1, 0, true},	/* boxes, containers counted as such */
	{"幢", D_COUNT3 + 2, 1, 1, 0, true},	/* buildings */
	{"场", D_COUNT3 + 3, 1, 1, 0, true},	/* events, games: 举办展会120场 */
	{"尾", D_COUNT3 + 4, 1, 1, 0, true},	/* fish fry: 放流鱼苗8.9万尾 */
	{"桶", D_COUNT3 + 5, 1, 1, 0, true},	/* barrels: 8.9美元/桶 */
	{"场次", D_COUNT3 + 6, 1, 1, 0, true},	/* performances, screenings */
	{"美金", D_USD, 1, 1, 0, true},		/* Taiwan and Hong Kong: 1,200億美金 */
	{"日圆", D_JPY, 1, 1, 0, true},		/* 日圓 */
	/* blind batches 17 and 19 */
	{"公吨", D_MASS, 1, 1, 3, true},		/* metric ton (Taiwan: 3萬4687公噸) */
	{"台币", D_TWD, 1, 1, 0, true},		/* 約778億台幣 */
	{"人·km", D_PKM, 1, 1, 3, true},	/* as t·km: 35 349.06亿人·km */
	/* stop 26 */
	{"m³", D_VOLUME, 1, 1, 0, true},	/* 立方米 as a symbol: 5万m3 (normalised to m³) */
	/* stop 27: energy in Latin symbols above kWh (电池产能达35GWh) */
	{"MWh", D_ENERGY, 1, 1, 3, true},
	{"GWh", D_ENERGY, 1, 1, 6, true},
	{"TWh", D_ENERGY, 1, 1, 9, true},
	/* stop 29: rainfall in mm (降水量610.8mm); Taiwan's metric words (5.03平方公尺) */
	{"mm", D_LENGTH, 1, 1, -3, true},
	{"cm", D_LENGTH, 1, 1, -2, true},
	{"公尺", D_LENGTH, 1, 1, 0, true},
	{"平方公尺", D_AREA, 1, 1, 0, true},
	{"立方公尺", D_VOLUME, 1, 1, 0, true},
	{"公分", D_LENGTH, 1, 1, -2, true},
	{"担", D_MASS, 5, 1, 1, true},		/* the market picul, 50 kg (粮食30万担) */
	{"头(只)", D_COUNT2 + 0, 1, 1, 0, true},	/* as 头只: livestock by head (生猪存栏609525头(只)) */
	/* stop 30 (ids are stored in values: new units go at the end only) */
	{"μg", D_MASS, 1, 1, -9, true},	/* 微克 as a symbol: 47μg/m3 (air quality) */
	/* stop 31: counts by their own words (blind batches 87, 96, 97) */
	{"票", D_COUNT3 + 7, 1, 1, 0, true},	/* votes: 29萬6155票 */
	{"瓶", D_COUNT3 + 8, 1, 1, 0, true},	/* bottles */
	{"盏", D_COUNT3 + 9, 1, 1, 0, true},	/* lamps: 安装太阳能路灯1000盏 (not 组: 分成5组, the
										 * quintiles of income surveys, is a class count) */
	/* stop 32 (blind batch 118) */
	{"旅次", D_COUNT3 + 10, 1, 1, 0, true},	/* passenger trips (Taiwan): 1億4207萬旅次 */
	/* stop 32 (blind batch 131): the dead and the injured as Taiwan's press counts them
	 * (減少60死, 3死2傷) */
	{"死", D_COUNT3 + 11, 1, 1, 0, true},
	{"伤", D_COUNT3 + 12, 1, 1, 0, true},
	/* stop 33 (opened blind batches): counts by their own words.  批次 batches (抽检2100批次),
	 * 工作天 working days (Hong Kong: 縮短至35個工作天, not convertible to days), 课时 class
	 * hours, 工日 work-days of labour, 村 乡 镇 villages, townships and towns counted
	 * (覆盖6乡镇20村 reads 村; 乡镇 is 乡 and 镇 in one word, left out), 枚 pieces (stamps,
	 * eggs), 款 models of a product, 亩次 sown area by the time it is worked */
	{"批次", D_COUNT3 + 13, 1, 1, 0, true},
	{"工作天", D_COUNT3 + 14, 1, 1, 0, true},
	{"课时", D_COUNT3 + 15, 1, 1, 0, true},
	{"工日", D_COUNT3 + 16, 1, 1, 0, true},
	{"村", D_COUNT3 + 17, 1, 1, 0, true},
	{"乡", D_COUNT3 + 18, 1, 1, 0, true},
	{"镇", D_COUNT3 + 19, 1, 1, 0, true},
	{"枚", D_COUNT3 + 20, 1, 1, 0, true},
	{"款", D_COUNT3 + 21, 1, 1, 0, true},
	{"亩次", D_COUNT3 + 22, 1, 1, 0, true},
	/* …and working days as counted with 个, or as mainland texts write them (5个工作日) */
	{"个工作天", D_COUNT3 + 14, 1, 1, 0, true},
	{"工作日", D_COUNT3 + 14, 1, 1, 0, true},
	{"个工作日", D_COUNT3 + 14, 1, 1, 0, true},
	/* stop 33: a count written with its alternative in brackets, as the first word: 台(套)
	 * (30萬臺(套), 1483万台(套)) as 台, 套(间) (5000套(间)) as 套 */
	{"台(套)", D_COUNT0 + 12, 1, 1, 0, true},
	{"套(间)", D_COUNT0 + 13, 1, 1, 0, true},
	/* stop 33: gigawatts (装机1.6吉瓦), after 兆瓦 */
	{"吉瓦", D_POWER, 1, 1, 9, true},
	/* stop 33 (b151): 瓩, Taiwan's one-character kilowatt (用電尖峰3,770.2萬瓩), as 千瓦; 根, a
	 * count of poles and piles (新增公共充电设施260根以上; b152) */
	{"瓩", D_POWER, 1, 1, 3, true},
	{"根", D_COUNT3 + 23, 1, 1, 0, true},
	/* stop 35 (b225): the square foot, 0.09290304 m², a denominator only (ind_per_unit_match_len) */
	{"平方呎", D_AREA, 9290304, 1, -8, true},
	/* stop 36 (b237): Taiwan's ping, (20/11 m)² = 400/121 m² exactly (50.95坪, 19萬坪) */
	{"坪", D_AREA, 400, 121, 0, true},
	/* stop 36 (b249): Malaysia's and Singapore's currencies in the Chinese press (1054亿7000万令吉,
	 * 突破2兆林吉特, 5亿新元), each its own dimension as 英镑 */
	{"令吉", D_MYR, 1, 1, 0, true},
	{"林吉特", D_MYR, 1, 1, 0, true},
	{"新元", D_SGD, 1, 1, 0, true},
	{"新加坡元", D_SGD, 1, 1, 0, true},
	{"宅", D_COUNT4 + 0, 1, 1, 0, true},	/* dwellings (Taiwan): 9,050,340宅, 二四八萬宅 */
	{"夜", D_NIGHTS, 1, 1, 0, true},		/* nights, as 晚 (Taiwan: 平均停留7.38夜; stop 38) */
	/* stop 38 (b303, Taiwan's energy statistics): power in Latin symbols, as 千瓦 兆瓦 吉瓦 */
	{"kW", D_POWER, 1, 1, 3, true},
	{"MW", D_POWER, 1, 1, 6, true},
	{"GW", D_POWER, 1, 1, 9, true},
	/* stop 39 (b320, Qinghai's herds): livestock by head, horses named too, as 头只 */
	{"头只匹", D_COUNT2 + 0, 1, 1, 0, true},	/* 牲畜存栏19.03万头只匹 */
	/* stop 39 (b319, a port's budget): freight tonnes, by weight or by volume: no 吨 */
	{"计费吨", D_COUNT4 + 1, 1, 1, 0, true},	/* 7億3,870萬計費噸 */
	/* stop 39 (b327, Hong Kong housing and land, Kinmen's registers) */
	{"伙", D_COUNT4 + 2, 1, 1, 0, true},	/* flats (Hong Kong): 落成量錄約1355伙 */
	{"幅", D_COUNT4 + 3, 1, 1, 0, true},	/* parcels of land: 已完成135幅 */
	{"班", D_COUNT4 + 4, 1, 1, 0, true},	/* runs of a ferry or flight: 往返廈門24班 */
	{"邻", D_COUNT4 + 5, 1, 1, 0, true},	/* Taiwan's neighbourhoods: 七百六十七鄰 */
	/* stop 41 (b422, Hong Kong housing): 單位 (flats; organisations on the mainland: 300个单位),
	 * longer than 单 (orders), which had read 18.9萬單位 as 18.9万单 */
	{"单位", D_COUNT4 + 6, 1, 1, 0, true},
	/* stop 42 (b444, the glass industry): 重量箱 (a weight case of flat glass, 50 kg of 2 mm
	 * sheet), longer than 箱: 67753万重量箱, 57.2元/重量箱 */
	{"重量箱", D_COUNT4 + 7, 1, 1, 0, true},
	/* stop 43 (b462, Hong Kong results): 港仙, the Hong Kong cent, a hundredth of 港元
	 * (每基金單位中期分派126.88港仙; 仙 alone stays unread: 仙桃, and the ringgit's sen) */
	{"港仙", D_HKD, 1, 1, -2, true},
	/* stop 43 (b481, ports): 载重吨 (deadweight tonnes, a ship's or a port's capacity), its own
	 * dimension as 计费吨, longer than 吨: 突破1100万载重吨 */
	{"载重吨", D_COUNT4 + 8, 1, 1, 0, true},
};
#define N_LATER ((int) (sizeof(later_units) / sizeof(later_units[0])))
#define N_ALL (N_BASE + N_COUNTS + N_LATER)

static UnitDef catalog[N_ALL];
static Lexicon unit_lex;
static Lexicon mag_lex;

static const char *const mag_words[] = {
	"", "十", "百", "千", "万", "十万", "百万", "千万", "亿", "十亿", "百亿", "千亿", "万亿"
};
#define N_MAGS ((int) (sizeof(mag_words) / sizeof(mag_words[0])))

static void
units_init(void)
{
	if (unit_lex.ready)
		return;
	for (int i = 0; i < N_BASE; i++)
		catalog[i] = base_units[i];
	for (int i = 0; i < N_COUNTS; i++)
	{
		UnitDef		u = {count_words[i], (uint8_t) (D_COUNT0 + i), 1, 1, 0, true};

		catalog[N_BASE + i] = u;
	}
	for (int i = 0; i < N_LATER; i++)
		catalog[N_BASE + N_COUNTS + i] = later_units[i];
	lex_init(&unit_lex);
	for (int i = 0; i < N_ALL; i++)
	{
		if (i + 1 != IND_UNIT_SQFT)	/* 平方呎: a denominator only, not in the lexicon */
			lex_add(&unit_lex, catalog[i].name, i + 1, 0);
	}
	lex_init(&mag_lex);
	for (int m = 1; m < N_MAGS; m++)
		lex_add(&mag_lex, mag_words[m], m, 0);
	/* 兆 is 万亿 in Taiwan (2兆444億元); a unit such as 兆瓦 still wins, being longer */
	lex_add(&mag_lex, "兆", 12, 0);
}

bool
ind_unit_in_points(int id)
{
	const UnitDef *u = ind_unit(id);
	const UnitDef *pp = ind_unit(ind_unit_id("个百分点"));

	return u && pp && u->dim == pp->dim;
}

int
ind_dollar_prefix_len(const uint32_t *cp, int n, int *id)
{
	static const struct
	{
		char		a,
					b;
		const char *unit;
	}			prefixes[] = {{'H', 'K', "港元"}, {'U', 'S', "美元"}, {'N', 'T', "新台币"}};
	int			k = 0;
	const char *unit = "元";

	if (n >= 3 && cp[2] == '$')
		for (int p = 0; p < 3; p++)
			if (cp[0] == (uint32_t) prefixes[p].a && cp[1] == (uint32_t) prefixes[p].b)
			{
				k = 2;
				unit = prefixes[p].unit;
			}
	if (k >= n || cp[k] != '$' || k + 1 >= n || cp[k + 1] < '0' || cp[k + 1] > '9')
		return 0;				/* a digit right after the sign */
	*id = ind_unit_id(unit);
	return *id > 0 ? k + 1 : 0;
}

bool
ind_unit_halves(int id)
{
	return id > 0 && (id == ind_unit_id("成") || id == ind_unit_id("个百分点") ||
					  id == ind_unit_id("百分点"));
}

/* A rate: %, ‰ or percentage/permille points, the units a + alone makes a change of
 * (parse.c rate_sign; validate.c checks a sign verb against it). */
bool
ind_unit_is_rate(int id)
{
	static const char *const rates[] = {"%", "‰", "个百分点", "百分点", "个千分点", "千分点"};
	const UnitDef *u = ind_unit(id);

	for (size_t k = 0; u && k < sizeof(rates) / sizeof(rates[0]); k++)
		if (strcmp(u->name, rates[k]) == 0)
			return true;
	return false;
}

int
ind_unit_count(void)
{
	return N_ALL;
}

const UnitDef *
ind_unit(int id)
{
	units_init();
	if (id < 1 || id > N_ALL)
		return NULL;
	return &catalog[id - 1];
}

int
ind_dim_of_unit(int unit_id)
{
	const UnitDef *u = ind_unit(unit_id);

	return u ? u->dim : D_NONE;
}

/* a physical measure (area, length, mass, volume, energy, power, coal, TEU), not a count or money */
bool
ind_unit_is_measure(int unit_id)
{
	int			dim = ind_dim_of_unit(unit_id);

	return dim >= D_AREA && dim <= D_TEU;
}

/*
 * A unit after "/" (a denominator): as ind_unit_match_len, and the square foot, 平方呎 or 呎
 * alone as Hong Kong's property prices write it ($18,695/呎: per 平方呎).  Before the number
 * neither is a unit (430平方呎以下的單位 classes flats; 40呎 is a length): no figure.
 */
int
ind_per_unit_match_len(const uint32_t *cp, int n, int *unit_id)
{
	int			len = ind_unit_match_len(cp, n, unit_id);

	if (len > 0 || n < 1)
		return len;
	if (cp[0] == 0x544E)		/* 呎 */
		len = 1;
	else if (n >= 3 && cp[0] == 0x5E73 && cp[1] == 0x65B9 && cp[2] == 0x544E)	/* 平方呎 */
		len = 3;
	if (len > 0)
		*unit_id = IND_UNIT_SQFT;
	return len;
}

/* a unit of time (年 月 天 小时 ...: calendar time or a duration) */
bool
ind_unit_is_time(int unit_id)
{
	int			dim = ind_dim_of_unit(unit_id);

	return dim == D_CALENDAR || dim == D_DURATION;
}

bool
ind_unit_is_currency(int unit_id)
{
	int			dim = ind_dim_of_unit(unit_id);

	return (dim >= D_CNY && dim <= D_JPY) || dim == D_TWD || dim == D_MOP || dim == D_GBP ||
		dim == D_KRW || dim == D_MYR || dim == D_SGD;
}

/*
 * 1令吉96仙, 2令吉零5仙: after the ringgit, its sen (a hundredth) written as a second number;
 * the length of [零]digits仙 at cp, the sen in *cents; 0 when none or not after a ringgit.
 */
int
ind_unit_cents_len(const uint32_t *cp, int n, int unit_id, int *cents)
{
	int			k = 0,
				v = 0;

	if (ind_dim_of_unit(unit_id) != D_MYR)
		return 0;
	if (k < n && cp[k] == 0x96F6)	/* 零 */
		k++;
	while (k < n && k < 3 && cp[k] >= '0' && cp[k] <= '9')
		v = v * 10 + (int) (cp[k++] - '0');
	if (v == 0 || v > 99 || k >= n || cp[k] != 0x4ED9 ||	/* 仙 */
		(cp[0] == 0x96F6 && v > 9))
		return 0;
	*cents = v;
	return k + 1;
}

/*
 * 1小时21分钟, 3年6个月, 2公里300米 (b363): after a unit of time, length or mass, a whole
 * number of a smaller unit of its dimension that goes into it a whole number of times, and
 * fewer of them than make one (21 < 60): one quantity in the smaller unit (81分钟).  The length
 * of the digits and the unit at cp; the smaller unit in *smaller, how many of it the larger
 * holds in *ratio, the number in *part; 0 when not so.  Arabic digits only (两小时三十分钟 is
 * left alone).  The type (parse_unit_part) and the reader (widen_forward) read it here alike.
 */
int
ind_unit_compound_len(const uint32_t *cp, int n, int unit_id, int *smaller, int64_t *ratio,
					  int64_t *part)
{
	const UnitDef *big,
			   *small;
	int			k = 0,
				len,
				dim = ind_dim_of_unit(unit_id);
	int64_t		v = 0,
				top,
				bottom;

	if (dim != D_DURATION && dim != D_CALENDAR && dim != D_LENGTH && dim != D_MASS)
		return 0;
	while (k < n && k < 4 && cp[k] >= '0' && cp[k] <= '9')
		v = v * 10 + (int64_t) (cp[k++] - '0');
	if (k == 0 || k >= n || (k < n && cp[k] >= '0' && cp[k] <= '9') ||
		(len = ind_unit_match_len(cp + k, n - k, smaller)) == 0 ||
		ind_dim_of_unit(*smaller) != dim)
		return 0;
	big = ind_unit(unit_id);
	small = ind_unit(*smaller);
	if (big->exp10 < small->exp10 || big->exp10 - small->exp10 > 6)
		return 0;
	/* big / small = (big.num x small.den x 10^(big.exp - small.exp)) / (big.den x small.num) */
	top = (int64_t) big->num * small->den;
	for (int e = small->exp10; e < big->exp10; e++)
		top *= 10;
	bottom = (int64_t) big->den * small->num;
	if (bottom <= 0 || top % bottom != 0 || top / bottom <= 1 || v >= top / bottom)
		return 0;
	*ratio = top / bottom;
	*part = v;
	return k + len;
}

/*
 * 43微克每立方米: 每 and a unit after a measure (not money or a count) name its denominator, as
 * "/" does; the length of 每 and the unit at cp, the unit in *per_unit; 0 when not one.  The type
 * (parse_unit) and the reader (after_unit) read it here alike.
 */
int
ind_per_word_len(const uint32_t *cp, int n, int unit_id, int *per_unit)
{
	int			len;

	if (n < 2 || cp[0] != 0x6BCF || !ind_unit_is_measure(unit_id))	/* 每 */
		return 0;
	len = ind_per_unit_match_len(cp + 1, n - 1, per_unit);
	return len > 0 ? 1 + len : 0;
}

/* a count by a measure word (个, 户, 张, 场 …): each its own dimension */
bool
ind_unit_is_count(int unit_id)
{
	int			dim = ind_dim_of_unit(unit_id);

	return (dim >= D_COUNT0 && dim < D_COUNT0 + N_COUNTS) ||
		(dim >= D_COUNT1 && dim < D_COUNT1 + N_LATER_COUNTS) ||
		(dim >= D_COUNT2 && dim < D_COUNT2 + N_THIRD_COUNTS) ||
		(dim >= D_COUNT3 && dim < D_COUNT3 + N_FOURTH_COUNTS) ||
		(dim >= D_COUNT4 && dim < D_COUNT4 + N_FIFTH_COUNTS);
}

/* a currency whose word ends in 币 (新台币, 港币, 澳门币, 人民币): it may stand before the number */
bool
ind_unit_is_prefix_currency(int unit_id)
{
	const UnitDef *u = ind_unit(unit_id);
	size_t		len = u ? strlen(u->name) : 0;

	/* 新台币, 港币, 人民币 …, and 美金 (Taiwan: 美金2.56億元, stop 33) */
	return len > 3 && (strcmp(u->name + len - 3, "币") == 0 || strcmp(u->name, "美金") == 0) &&
		ind_unit_is_currency(unit_id);
}

int
ind_unit_match_len(const uint32_t *cp, int n, int *unit_id)
{
	units_init();
	return lex_match(&unit_lex, cp, n, -1, unit_id);
}

int
ind_dim_count(void)
{
	return D_END;
}

const char *
ind_dim_name(int dim)
{
	if (dim >= 0 && dim < D_COUNT0)
		return dim_names[dim];
	if (dim >= D_COUNT0 && dim < D_COUNT0 + N_COUNTS)
		return count_words[dim - D_COUNT0];
	if (dim >= D_TKM && dim < D_COUNT1)
		return later_dim_names[dim - D_TKM];
	if (dim >= D_COUNT1 && dim < D_COUNT1 + N_LATER_COUNTS)
		return later_count_words[dim - D_COUNT1];
	if (dim >= D_TWD && dim < D_COUNT2)
		return third_dim_names[dim - D_TWD];
	if (dim >= D_COUNT2 && dim < D_COUNT2 + N_THIRD_COUNTS)
		return third_count_words[dim - D_COUNT2];
	if (dim >= D_GBP && dim < D_COUNT3)
		return fourth_dim_names[dim - D_GBP];
	if (dim >= D_COUNT3 && dim < D_COUNT3 + N_FOURTH_COUNTS)
		return fourth_count_words[dim - D_COUNT3];
	if (dim >= D_MYR && dim < D_COUNT4)
		return fifth_dim_names[dim - D_MYR];
	if (dim >= D_COUNT4 && dim < D_END)
		return fifth_count_words[dim - D_COUNT4];
	return NULL;
}

bool
ind_mag_valid(int mag)
{
	return mag >= 0 && mag < N_MAGS;
}

const char *
ind_mag_word(int mag)
{
	return ind_mag_valid(mag) ? mag_words[mag] : NULL;
}

int
ind_mag_match_len(const uint32_t *cp, int n, int *mag)
{
	units_init();
	return lex_match(&mag_lex, cp, n, -1, mag);
}

uint16_t
ind_dim_key(const Indicator *x)
{
	return (uint16_t) ((ind_dim_of_unit(x->unit) << 8) |
					   (x->per_unit ? ind_dim_of_unit(x->per_unit) : 0));
}

/* The id of a unit spelled exactly so ("%", "个百分点"), 0 when there is none. */
int
ind_unit_id(const char *name)
{
	units_init();
	return lex_lookup(&unit_lex, name);
}

/* append a word to buf[*len]; words that do not fit are left out */
static void
append(char *buf, size_t size, size_t *len, const char *w)
{
	size_t		n = strlen(w);

	if (*len + n < size)
	{
		memcpy(buf + *len, w, n + 1);
		*len += n;
	}
}

/* "元", "元/人", "吨/万元": the unit as printed, "" for none (output's hot path: no printf) */
int
ind_format_unit(const Indicator *x, char *buf, size_t size)
{
	size_t		len = 0;

	buf[0] = '\0';
	if (x->unit)
		append(buf, size, &len, ind_unit(x->unit)->name);
	if (x->per_unit)
	{
		append(buf, size, &len, "/");
		append(buf, size, &len, ind_mag_word(IND_DEN_MAG(x)));
		append(buf, size, &len, ind_unit(x->per_unit)->name);
	}
	return (int) len;
}

/* "亿元", "万人", "万元/人", "万" (a bare 突破260万): magnitude and unit as displayed */
int
ind_format_display_unit(const Indicator *x, char *buf, size_t size)
{
	const char *mag = ind_mag_word(x->mag);
	int			n = snprintf(buf, size, "%s", mag ? mag : "");

	if (n < 0 || n >= (int) size)
		return n < 0 ? 0 : (int) size - 1;
	return n + ind_format_unit(x, buf + n, size - n);
}

/* The base unit of a unit's dimension: the dimension's first unit (元, 平方米, %); 0 stays 0. */
int
ind_base_unit(int unit_id)
{
	int			dim = ind_dim_of_unit(unit_id);

	for (int id = 1; id < unit_id; id++)
		if (ind_dim_of_unit(id) == dim)
			return id;
	return unit_id;
}

/*
 * The unit a base-unit value of x is stated in: x's units replaced by their dimensions'
 * base units (吨/万元 → 千克/元), no magnitudes; the value fields are zero.
 */
void
ind_base_units(const Indicator *x, Indicator *out)
{
	memset(out, 0, sizeof(*out));
	out->unit = (uint8_t) ind_base_unit(x->unit);
	out->per_unit = (uint8_t) ind_base_unit(x->per_unit);
}

/* "CNY", "area", "CNY/人": the dimension's name, numerator/denominator for per-unit */
int
ind_format_dimension(const Indicator *x, char *buf, size_t size)
{
	const char *num = ind_dim_name(ind_dim_of_unit(x->unit));
	int			n = x->per_unit
		? snprintf(buf, size, "%s/%s", num, ind_dim_name(ind_dim_of_unit(x->per_unit)))
		: snprintf(buf, size, "%s", num);

	return n < 0 ? 0 : n >= (int) size ? (int) size - 1 : n;
}

/* "cannot add "元" (CNY) and "亩" (area)": both units and their dimensions named */
bool
ind_fail_units(IndError *err, const char *what, const char *sep, const Indicator *a,
			   const Indicator *b)
{
	/* whole sentences per operation, so that a translation can order the words its way */
	static const struct
	{
		const char *what;
		const char *fmt;
	}			sentences[] = {
		{"add", IND_MSG("cannot add \"%s\" (%s) and \"%s\" (%s)")},
		{"subtract", IND_MSG("cannot subtract \"%s\" (%s) and \"%s\" (%s)")},
		{"multiply", IND_MSG("cannot multiply \"%s\" (%s) by \"%s\" (%s)")},
		{"divide", IND_MSG("cannot divide \"%s\" (%s) by \"%s\" (%s)")},
		{"convert", IND_MSG("cannot convert \"%s\" (%s) to \"%s\" (%s)")},
		{"compute the growth of", IND_MSG("cannot compute the growth of \"%s\" (%s) over \"%s\" (%s)")},
		{"aggregate", IND_MSG("cannot aggregate \"%s\" (%s) with \"%s\" (%s)")},
		{"judge", IND_MSG("cannot judge \"%s\" (%s) against the target in \"%s\" (%s)")},
		{"measure the gap of", IND_MSG("cannot measure the gap of \"%s\" (%s) to the target in \"%s\" (%s)")},
	};
	char		ua[64],
				ub[64];
	const char *dim_a = ind_dim_name(ind_dim_of_unit(a->unit));
	const char *dim_b = ind_dim_name(ind_dim_of_unit(b->unit));

	ind_format_unit(a, ua, sizeof(ua));
	ind_format_unit(b, ub, sizeof(ub));
	for (size_t i = 0; i < sizeof(sentences) / sizeof(sentences[0]); i++)
		if (strcmp(what, sentences[i].what) == 0)
			return ind_fail(err, IND_ERR_DIMENSION, 0, sentences[i].fmt,
							ua[0] ? ua : "no unit", dim_a, ub[0] ? ub : "no unit", dim_b);
	return ind_fail(err, IND_ERR_DIMENSION, 0, "cannot %s \"%s\" (%s) %s \"%s\" (%s)", what,
					ua[0] ? ua : "no unit", dim_a, sep, ub[0] ? ub : "no unit", dim_b);
}
