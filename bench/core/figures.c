/*
 * figures.c: the core's parse (mode 0), parse + print (mode 1) and the server's input path,
 * the fast parser with the general one behind it (mode 2), of the benchmark's figure
 * shapes, 20,000 rounds; run under callgrind by bench/core_instructions.sh.
 */
#include "ind.h"
#include <stdio.h>
#include <string.h>
static const char *figs[] = {"7540亿元","742.2万人","同比下降14.5%","94万多亩","超过644亿元","18483元","4909家","约38.54万吨","5.75万亿元","88833.60万元", "一千八百亿元", "三十六点四万人"};
int
main(int argc, char **argv)
{
	int mode = argv[1][0] - '0'; long n = 0; char buf[IND_OUT_MAX];
	Indicator x; IndError e;
	for (int it = 0; it < 20000; it++)
		for (int i = 0; i < 12; i++) {
			if (!(mode == 2 ? ind_parse_fast : ind_parse)(figs[i], strlen(figs[i]), &x, &e)) { printf("fail %s\n", figs[i]); return 1; }
			if (mode == 1) n += ind_format(&x, buf, sizeof buf);
		}
	printf("%ld\n", n); return 0; }
