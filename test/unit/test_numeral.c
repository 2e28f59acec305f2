/*
 * test_numeral.c: the short forms of Chinese numerals (issue 10) and a property check:
 * every numeral the parser accepts reads as the independent oracle reads it.
 */
#include "unit.h"
#include "ind.h"
#include "numeral_oracle.h"

#include <inttypes.h>
#include <stdlib.h>

void		test_numeral(void);

typedef struct NumCase
{
	const char *in;
	const char *value;			/* NULL: must be rejected (22P02) */
} NumCase;

static const NumCase cases[] = {
	/* the bugs of issue 10: a digit after 千/百 abbreviates, also before 万 */
	{"三千五万", "35000000"},
	{"3千5万", "35000000"},
	{"一百二万", "1200000"},
	{"一万二千万", "120000000"},	/* (一万二千)万 = 1.2亿 */
	{"两千三百五万", "23500000"},
	{"三千零五万", "30050000"},	/* 零: no abbreviation */
	{"三十五万", "350000"},
	{"1万2千万", "120000000"},
	{"一万二千三百万", "123000000"},
	/* ambiguous: refused, never a different number */
	{"一亿五万", NULL},
	{"一亿二千万三千万", NULL},
	/* digit by digit before a multiplier (Taiwan press) */
	{"一八八一亿", "188100000000"},
	{"一七二三億美元", "172300000000"},
	{"〇〇亿", NULL},
	/* 廿 卅 卌, ○ */
	{"卅六", "36"},
	{"百分之卅六點八四", "36.84"},
	{"廿", "20"},
	{"增加○點二九個百分點", "0.29"},
	/* 兆 = 万亿 (Taiwan), while 兆瓦 stays a unit */
	{"12兆1,805億元", "12180500000000"},
	{"2兆444億元", "2044400000000"},
	{"3兆瓦", "3"},
	/* issue 16: 兆 with an 亿 part written digit by digit after it (Taiwan press) */
	{"二兆三四一億元", "2034100000000"},
	{"十一兆六○二七億元", "11602700000000"},
	{"2亿三四五六万", "234560000"},
	{"5兆3000亿", "5300000000000"},	/* an 亿 part: 10^12 without a currency */
	/* 兆 alone is 10^12 only before a currency: 千兆 (gigabit), 5兆 are refused */
	{"1.2兆元", "1200000000000"},
	{"5兆", NULL},
	{"千兆", NULL},
	/* two neighbouring digits before a multiplier say a range, not digits */
	{"二三万", NULL},
	{"七八百", NULL},
	{"三四亿", NULL},
	{"一兆二三亿元", NULL},
	{"二四亿", "2400000000"},	/* not neighbours: digit by digit, as 一八八一亿 */
	/* mixed notation */
	{"3万6200元", "36200"},
	/* issue 16 (Macau budgets): arabic digits after an arabic digit's 百 or 千, filling every
	 * place below it; any other run after a position stays refused */
	{"1千1百52億1千8百60萬1千6百元", "115218601600"},
	{"3百56億零7百39萬9千元", "35607399000"},
	{"1百52", "152"},
	{"1千234", "1234"},
	{"1千23", NULL},
	{"1百05", NULL},
	{"一百12", NULL},
	{"百12", NULL},
	{"205万318个", "2050318"},
	{"1,024 萬 3 千人", "10243000"},
	/* a magnitude with no digit after a qualifier or change word is one of it */
	{"突破万亿元", "1000000000000"},
	{"超過億元", "100000000"},
	{"万亿元", NULL},
	{"增加万人", "10000"},
	/* decimal points of Chinese numerals */
	{"年減六.三%", "-6.3"},
	{"二．八七％", "2.87"},
	{"三四七.一五億元", "34715000000"},
	{"百分之二十一點七", "21.7"},
	/* digits grouped by spaces */
	{"32 451亿元", "3245100000000"},
	{"10 536 205", "10536205"},
	{"1234 567", NULL},
	{"1 2", NULL},
	/* found by the fuzzer against the oracle */
	{"4万8200万82000", NULL},	/* after (4万8200)万 a remainder below 万 only */
	{"1万0000000000000000000亿1", "1000010000000"},	/* (1万0)亿: 万亿 only when adjacent */
	{"0万", "00000"},	/* zero at 万: value_string keeps the magnitude's places */
	/* vague magnitudes are not figures */
	{"上千亿元", NULL},
	{"数十亿元", NULL},
	{"几百万人", NULL},
};

static void
regression_cases(void)
{
	for (size_t k = 0; k < sizeof(cases) / sizeof(cases[0]); k++)
	{
		const NumCase *c = &cases[k];
		Indicator	x;
		IndError	err;
		char		val[128];
		bool		ok = ind_parse(c->in, strlen(c->in), &x, &err);

		if (!c->value)
		{
			CHECK(!ok && err.code == IND_ERR_SYNTAX, "\"%s\" must be rejected with a syntax error", c->in);
			continue;
		}
		CHECK(ok, "\"%s\" parses: %s", c->in, err.detail);
		if (!ok)
			continue;
		ind_value_string(&x, val, sizeof(val));
		CHECK_STR(val, c->value, "value of \"%s\"", c->in);
	}
}

/*
 * Random numerals over the characters that matter (a fixed seed: the same every run).
 * Whatever the parser accepts, the oracle must accept with the same value.
 */
static void
property_oracle(void)
{
	static const char *const alphabet[] = {
		"零", "一", "二", "两", "三", "五", "九", "十", "百", "千", "万", "亿", "卅", "〇", "兆", "3", "12"
	};
	uint64_t	seed = 0x9E3779B97F4A7C15ULL;
	int			accepted = 0,
				disagree = 0;

	for (int iter = 0; iter < 300000; iter++)
	{
		char		s[64];
		int			len;
		size_t		k = 0;
		Indicator	x;
		IndError	err;

		seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
		len = 1 + (int) ((seed >> 33) % 7);
		s[0] = '\0';
		for (int j = 0; j < len; j++)
		{
			const char *w;

			seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
			w = alphabet[(seed >> 33) % (sizeof(alphabet) / sizeof(alphabet[0]))];
			if (k + strlen(w) + 1 >= sizeof(s))
				break;
			memcpy(s + k, w, strlen(w) + 1);
			k += strlen(w);
		}
		if (ind_parse(s, strlen(s), &x, &err) && x.unit == 0 && x.verb == 0 && x.qual == 0)
		{
			char		val[128];
			int64_t		want;
			char		wbuf[32];

			accepted++;
			ind_value_string(&x, val, sizeof(val));
			if (!numeral_oracle(s, &want))
			{
				if (disagree++ < 10)
					CHECK(false, "parser accepts \"%s\" = %s, the oracle rejects it", s, val);
				continue;
			}
			snprintf(wbuf, sizeof(wbuf), "%" PRId64, want);
			if (strcmp(val, wbuf) != 0 && disagree++ < 10)
				CHECK_STR(val, wbuf, "\"%s\": parser and oracle disagree", s);
		}
	}
	CHECK(disagree == 0, "%d of %d accepted numerals disagree with the oracle", disagree, accepted);
	CHECK(accepted > 1000, "the property test exercised %d accepted numerals", accepted);
}

void
test_numeral(void)
{
	regression_cases();
	property_oracle();
}
