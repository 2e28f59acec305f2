/*
 * test_parse_fast.c: the fast reading (src/core/parse_fast.c) and the general parser agree:
 * same value (the same 16 bytes) or the same error (code, position, detail, hint), on every
 * figure of the corpus, every fuzz seed, every word of the tables in the common shape, and
 * a few million generated strings near the common shape.  The fast reading must also
 * take the common shapes themselves (else it would agree by never answering).
 */
#include "unit.h"
#include "ind.h"

#include <dirent.h>
#include <stdint.h>
#include <stdlib.h>

void		test_parse_fast(void);

static long agreed,
			taken,
			disagreed;

/* both readers on s[0..len): report the first few disagreements */
static void
agree(const char *s, size_t len)
{
	Indicator	a;
	IndError	ea;
	bool		oka,
				took;

	if (ut_readers_agree(s, len, &a, &oka, &ea, &took))
		agreed++;
	else if (disagreed++ < 10)
		CHECK(false, "fast and general readings differ on \"%.*s\" (general %s \"%s\")",
			  (int) len, s, oka ? "reads it" : "fails", oka ? "" : ea.detail);
	if (took)
		taken++;
}

static void
agree_str(const char *s)
{
	agree(s, strlen(s));
}

/* the spans of test/corpus/figures.tsv (second column) */
static int
corpus(void)
{
	FILE	   *f = fopen("test/corpus/figures.tsv", "r");
	char		line[4096];
	int			n = 0;

	if (!f)
		return -1;
	while (fgets(line, sizeof(line), f))
	{
		char	   *t1 = strchr(line, '\t'),
				   *t2 = t1 ? strchr(t1 + 1, '\t') : NULL;

		if (line[0] == '#' || !t2)
			continue;
		agree(t1 + 1, (size_t) (t2 - t1 - 1));
		n++;
	}
	fclose(f);
	return n;
}

/* every file of test/fuzz/seeds/, whole and split at its newlines as the fuzzer splits */
static int
seeds(void)
{
	DIR		   *d = opendir("test/fuzz/seeds");
	struct dirent *de;
	int			n = 0;

	if (!d)
		return -1;
	while ((de = readdir(d)) != NULL)
	{
		char		path[512],
					buf[1 << 16];
		FILE	   *f;
		size_t		len,
					from = 0;

		if (de->d_name[0] == '.')
			continue;
		snprintf(path, sizeof(path), "test/fuzz/seeds/%s", de->d_name);
		if ((f = fopen(path, "rb")) == NULL)
			continue;
		len = fread(buf, 1, sizeof(buf), f);
		fclose(f);
		agree(buf, len);
		for (size_t i = 0; i <= len; i++)
			if (i == len || buf[i] == '\n')
			{
				agree(buf + from, i - from);
				from = i + 1;
			}
		n++;
	}
	closedir(d);
	return n;
}

/* pieces of the common shape, and near misses of it */
static const char *const pre[] = {
	"", "", "", "", "约", "超过", "超", "近", "不到", "不足", "突破", "至少", "约合", "达到", "达",
	"占比", "多于", "大约", "将近", "不超过", " ", "约 ", "同比", "比上年", "较上年", "与上年相比",
	"比2020年", "比7月份", "环比", "年均", "比上年同期", "同比增长", "同比下降", "增长", "下降",
	"比上年增长", "较上年下降", "增长了", "下降到", "提高至", "增速", "降幅收窄", "持平", "翻",
	"小幅下降", "同比增长超过", "增长约", "-", "+", "负", "百分之", "年均增长", "上",
	"增长近", "比年初增加", "多增", "少增", "新增", "增", "降", "降低于", "同比相比增长"
};
static const char *const num[] = {
	"5", "15.3", "0", "0.0", "7540", "36.40", "1800", "123456789012345678", "1234567890123456789",
	"0.000001", "3.", ".5", "1,234", "1 234", "１８", "3万5", "一千", "两", "00012", "9.99999",
	"100000000000000000", "2022", "1e5", "3.5.1", "0.5", "12", "999999999999999999"
};
static const char *const mid[] = {
	"", "", "", "", "", "多", "余", "万", "亿", "万亿", "千", "百", "十万", "千万", "百亿", "兆",
	"万多", "亿多", "多万", "余亿", "多亿", "万5", "萬", "億", " 万", "十", "千亿"
};
static const char *const unit[] = {
	"", "", "元", "亿元", "%", "个", "家", "人", "亩", "吨", "万吨", "千米", "千瓦", "千瓦时", "兆瓦",
	"百分点", "个百分点", "‰", "倍", "美元", "平方米", "km", "m", "t", "kg", "TEU", "m²",
	"t·km", "/10万", "元/人", "吨/万元", "人次", "千克", "公里", "标准箱", "吨标准煤",
	"吨标煤", "℃", "岁", "成", "个月", "年", "米", "％", "亩多", "个多", "元多", "xyz", "块钱"
};
static const char *const post[] = {
	"", "", "", "", "以上", "以下", "以内", "左右", "上下", "及以上", "多", "余", " ", "。", "\t",
	"以上左右", "多以上", "x", "左", "\n1"
};

#define PICK(a, r) (a[(r) % (sizeof(a) / sizeof(a[0]))])

static uint64_t rng = 0x9E3779B97F4A7C15ULL;

static uint64_t
next_rand(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

/* one generated string: the pieces, sometimes with a byte changed, cut or added */
static void
generated(char *buf, size_t size, size_t *len)
{
	uint64_t	r = next_rand();
	int			n;

	n = snprintf(buf, size, "%s%s%s%s%s", PICK(pre, r), PICK(num, r >> 8), PICK(mid, r >> 16),
				 PICK(unit, r >> 24), PICK(post, r >> 32));
	*len = (size_t) n;
	switch ((r >> 40) % 16)
	{
		case 0:				/* a byte changed */
			if (*len > 0)
				buf[(r >> 44) % *len] = (char) (r >> 52);
			break;
		case 1:				/* cut short, maybe inside a character */
			if (*len > 0)
				*len = (r >> 44) % *len;
			break;
		case 2:				/* a digit added at the end */
			if (*len + 1 < size)
				buf[(*len)++] = (char) ('0' + (r >> 44) % 10);
			break;
		default:
			break;
	}
}

void
test_parse_fast(void)
{
	char		buf[256];
	size_t		len;
	int			nc = corpus(),
				ns = seeds();
	long		before;

	CHECK(nc > 1000, "the corpus test/corpus/figures.tsv was read (%d figures)", nc);
	CHECK(ns > 10, "the fuzz seeds test/fuzz/seeds/ were read (%d files)", ns);

	/* every word of the tables, in the common shape */
	for (int id = 1; id <= ind_unit_count(); id++)
	{
		snprintf(buf, sizeof(buf), "12.5%s", ind_unit(id)->name);
		agree_str(buf);
		snprintf(buf, sizeof(buf), "3万%s多", ind_unit(id)->name);
		agree_str(buf);
		snprintf(buf, sizeof(buf), "增长1800多亿%s以上", ind_unit(id)->name);
		agree_str(buf);
	}
	for (int id = 1; id < ind_qual_count(); id++)
	{
		snprintf(buf, sizeof(buf), "%s36.4万人%s", ind_qual(id)->word, ind_qual(id)->word);
		agree_str(buf);
		snprintf(buf, sizeof(buf), "同比增长%s5%%", ind_qual(id)->word);
		agree_str(buf);
		snprintf(buf, sizeof(buf), "%s5%%", ind_qual(id)->word);
		agree_str(buf);
	}
	for (int id = 1; id < ind_verb_count(); id++)
		for (int b = 0; b < ind_basis_count(); b++)
		{
			snprintf(buf, sizeof(buf), "%s%s15.3%%", ind_basis(b)->word, ind_verb(id)->word);
			agree_str(buf);
			snprintf(buf, sizeof(buf), "%s%s了2个百分点", ind_basis(b)->word, ind_verb(id)->word);
			agree_str(buf);
		}
	for (int m = 1; ind_mag_valid(m); m++)
	{
		snprintf(buf, sizeof(buf), "7%s元", ind_mag_word(m));
		agree_str(buf);
		snprintf(buf, sizeof(buf), "7多%s", ind_mag_word(m));
		agree_str(buf);
	}

	/* the shapes the fast reading is for: it must take them */
	before = taken;
	agree_str("7540亿元");
	agree_str("742.2万人");
	agree_str("同比下降14.5%");
	agree_str("94万多亩");
	agree_str("超过644亿元");
	agree_str("18483元");
	agree_str("约38.54万吨");
	agree_str("5.75万亿元");
	agree_str("比上年增长5.2%");
	agree_str("1800多亿元");
	agree_str("200余个");
	agree_str("3亩多");
	agree_str("50亿元以上");
	agree_str("-3");
	CHECK(taken - before == 14, "the fast reading takes the common shapes (%ld of 14)",
		  taken - before);

	/* generated strings near the common shape */
	before = taken;
	for (long i = 0; i < 2000000; i++)
	{
		generated(buf, sizeof(buf), &len);
		agree(buf, len);
	}
	CHECK(taken - before > 100000, "the fast reading took %ld of 2,000,000 generated strings",
		  taken - before);
	CHECK(disagreed == 0, "fast and general readings agree on %ld inputs (%ld disagree)",
		  agreed, disagreed);
}
