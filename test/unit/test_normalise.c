/*
 * test_normalise.c: the one reading of characters the type and the document reader share
 * (normalise.c): traditional script, full width, white space between tokens, decimal
 * points of Chinese numerals, and the map back to the text as written.
 */
#include "unit.h"
#include "ind.h"

#include <stdint.h>

void		test_normalise(void);

/* normalise UTF-8 text, return the UTF-8 result in out and the map in map */
static int
normalise_utf8(const char *in, int flags, char *out, int32_t *map, int *n_in)
{
	uint32_t	cp[256];
	IndError	err;
	int			n = ind_utf8_decode(in, strlen(in), cp, 256, &err),
				m,
				k = 0;

	*n_in = n;
	m = ind_normalise(cp, n, cp, map, flags);
	for (int i = 0; i < m; i++)
		k += ind_utf8_encode(cp[i], out + k);
	out[k] = '\0';
	return m;
}

typedef struct NormCase
{
	const char *in;
	int			flags;
	const char *out;
} NormCase;

static const NormCase cases[] = {
	/* traditional words of the grammar */
	{"同比減少18.6%", IND_NORM_TEXT, "同比减少18.6%"},
	{"產量增長5.3%", IND_NORM_TEXT, "产量增长5.3%"},
	{"上升0.7個百分點", IND_NORM_TEXT, "上升0.7个百分点"},
	{"約1,200億元", IND_NORM_TEXT, "约1,200亿元"},
	{"超過3萬戶", IND_NORM_TEXT, "超过3万户"},
	{"兩成", IND_NORM_TEXT, "两成"},
	{"較上年同期增長", IND_NORM_TEXT, "较上年同期增长"},
	{"與上年持平", IND_NORM_TEXT, "与上年持平"},
	{"負增長1.8%", IND_NORM_TEXT, "负增长1.8%"},
	{"預計計劃實現目標", IND_NORM_TEXT, "预计计划实现目标"},	/* the reader's words */
	{"參拾萬", IND_NORM_TEXT, "叁十万"},	/* financial 參 is 叁, not the 参 of 参加 */
	/* characters of simplified text are never mapped */
	{"著名乾坤瞭望", IND_NORM_TEXT, "著名乾坤了望"},
	/* full width */
	{"１２，３４５．６７％", IND_NORM_TEXT, "12,345.67%"},
	{"１２，３４", IND_NORM_TEXT, "12，34"},		/* not a digit group: a clause comma */
	{"１２，３４", IND_NORM_VALUE, "12,34"},
	{"－０．５‰", IND_NORM_TEXT, "-0.5‰"},
	{"５﹒２﹪", IND_NORM_TEXT, "5.2%"},
	{"３．５万ｔ", IND_NORM_TEXT, "3.5万t"},
	{"十一兆六○二七億元", IND_NORM_TEXT, "十一兆六〇二七亿元"},
	{"（增长6%）：", IND_NORM_TEXT, "（增长6%）："},	/* clause punctuation is kept */
	/* white space between tokens */
	{"同比下降 6.4%", IND_NORM_TEXT, "同比下降6.4%"},
	{"增长12 %", IND_NORM_TEXT, "增长12%"},
	{"2,300 元", IND_NORM_TEXT, "2,300元"},
	{"增长接近\u3000\u300040%", IND_NORM_TEXT, "增长接近40%"},
	{"1,024 萬 3 千人", IND_NORM_TEXT, "1,024万3千人"},
	{"32\u2009451\u202F亿元", IND_NORM_TEXT, "32 451亿元"},
	{"10 536 205", IND_NORM_TEXT, "10 536 205"},
	{"2023 12.5%", IND_NORM_TEXT, "2023 12.5%"},
	{"3.5 t km", IND_NORM_TEXT, "3.5t km"},
	{"\u00a0 超过 1800 亿元 \t", IND_NORM_VALUE, "超过1800亿元"},
	{"增长\n5%", IND_NORM_VALUE, "增长5%"},
	{"增长\n5%", IND_NORM_TEXT, "增长\n5%"},	/* a line break ends a sentence */
	/* decimal points of Chinese numerals */
	{"年減六.三%", IND_NORM_TEXT, "年减六点三%"},
	{"二．八七％", IND_NORM_TEXT, "二点八七%"},
	{"三四七.一五億元", IND_NORM_TEXT, "三四七点一五亿元"},
	{"百分之二十一點七", IND_NORM_TEXT, "百分之二十一点七"},
	{"一.经济", IND_NORM_TEXT, "一.经济"},	/* numbering, not a decimal */
	{"6.3", IND_NORM_TEXT, "6.3"},
	/* 拾 佰 仟 as positions only next to a numeral */
	{"壹仟捌佰元", IND_NORM_TEXT, "壹千捌百元"},
	{"仟分之贰", IND_NORM_TEXT, "千分之贰"},
	{"拾金不昧", IND_NORM_TEXT, "拾金不昧"},
};

/* every word of the grammar's tables, written in traditional script, reads back as itself */
static void
check_tables_round_trip(void)
{
	static const char *const trad[][2] = {
		{"增長", "增长"}, {"減少", "减少"}, {"個百分點", "个百分点"}, {"億", "亿"}, {"萬", "万"},
		{"兩", "两"}, {"點", "点"}, {"漲幅", "涨幅"}, {"較上年", "较上年"}, {"與", "与"},
		{"噸", "吨"}, {"畝", "亩"}, {"輛", "辆"}, {"項", "项"}, {"條", "条"}, {"戶", "户"},
		{"間", "间"}, {"棟", "栋"}, {"處", "处"}, {"張", "张"}, {"隻", "只"}, {"頭", "头"},
		{"臺", "台"}, {"歲", "岁"}, {"標準箱", "标准箱"}, {"擴大", "扩大"}, {"縮小", "缩小"},
		{"緩", "缓"}, {"實際", "实际"}, {"名義", "名义"}, {"門", "门"}, {"小時", "小时"},
		{"公頃", "公顷"}, {"釐米", "厘米"}, {"環比", "环比"}, {"歐元", "欧元"}, {"不滿", "不满"},
		{"將近", "将近"}, {"以內", "以内"}, {"負", "负"}, {"為", "为"}, {"總", "总"}, {"數", "数"},
		{"幾", "几"}, {"冊", "册"}, {"種", "种"}, {"顆", "颗"}, {"對", "对"}, {"塊", "块"},
		{"分鐘", "分钟"}, {"分貝", "分贝"}, {"筆", "笔"}, {"車次", "车次"}, {"輕微", "轻微"},
		{"佔比", "占比"}, {"穩步", "稳步"}, {"明顯", "明显"}, {"約", "约"}, {"達到", "达到"},
		{"超過", "超过"}, {"餘", "余"}, {"額", "额"}, {"產", "产"}, {"長", "长"}, {"漲", "涨"},
		{"於", "于"}, {"週歲", "周岁"},
	};

	for (size_t k = 0; k < sizeof(trad) / sizeof(trad[0]); k++)
	{
		char		out[256];
		int32_t		map[64];
		int			n;

		normalise_utf8(trad[k][0], IND_NORM_TEXT, out, map, &n);
		CHECK_STR(out, trad[k][1], "traditional %s", trad[k][0]);
	}
}

/* the map says where each output character was written */
static void
check_map(void)
{
	char		out[256];
	int32_t		map[64];
	int			n,
				m = normalise_utf8(" 同比下降 6.4 %", IND_NORM_TEXT, out, map, &n);

	CHECK_STR(out, "同比下降6.4%", "map case");
	CHECK(m == 8 && n == 11, "lengths %d %d", m, n);
	CHECK(map[0] == 1 && map[3] == 4 && map[4] == 6 && map[6] == 8 && map[7] == 10,
		  "map %d %d %d %d %d", map[0], map[3], map[4], map[6], map[7]);
	CHECK(map[m] == n, "map of the end");
	/* a span of the output: [map[a], map[b - 1] + 1) of the input */
	CHECK(map[4] == 6 && map[7] + 1 == 11, "6.4 %% is input [6, 11)");
}

/* the type reports error positions in the text as written */
static void
check_error_position(void)
{
	Indicator	x;
	IndError	e;
	const char *s = "增长  5%  xyz";

	CHECK(!ind_parse(s, strlen(s), &x, &e) && e.position == 9,
		  "error at the x of the text as written: %d %s", e.position, e.detail);
}

void
test_normalise(void)
{
	for (size_t k = 0; k < sizeof(cases) / sizeof(cases[0]); k++)
	{
		char		out[512];
		int32_t		map[256];
		int			n,
					m = normalise_utf8(cases[k].in, cases[k].flags, out, map, &n);

		CHECK_STR(out, cases[k].out, "normalise \"%s\"", cases[k].in);
		CHECK(m <= n && map[m] == n, "\"%s\": output no longer than the input", cases[k].in);
		for (int i = 1; i < m; i++)
			CHECK(map[i] > map[i - 1], "\"%s\": map increasing at %d", cases[k].in, i);
	}
	check_tables_round_trip();
	check_map();
	check_error_position();
}
