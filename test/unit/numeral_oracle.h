/* numeral_oracle.h: an independent reading of Chinese numerals (see numeral_oracle.c). */
#ifndef INDICATOR_NUMERAL_ORACLE_H
#define INDICATOR_NUMERAL_ORACLE_H

#include <stdbool.h>
#include <stdint.h>

extern bool numeral_oracle(const char *s, int64_t *value);

#endif
