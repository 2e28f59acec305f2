# PGXS build of the indicator extension.
# C sources live in src/; the parser core (src/core/) has no backend calls so that
# tests/unit and fuzz/ can build it standalone.  The install script is assembled from
# the per-feature SQL files in src/sql/, in file-name order.

EXTENSION    = indicator
EXTVERSION   = $(shell sed -n "s/^default_version = '\(.*\)'/\1/p" indicator.control)
MODULE_big   = indicator

CORE_SRCS    = $(sort $(wildcard src/core/*.c))
SERVER_SRCS  = $(sort $(wildcard src/*.c))
OBJS         = $(CORE_SRCS:.c=.o) $(SERVER_SRCS:.c=.o)

SQL_PARTS    = $(sort $(wildcard src/sql/*.sql))
DATA_built   = $(EXTENSION)--$(EXTVERSION).sql
DATA         = $(sort $(wildcard src/upgrade/$(EXTENSION)--*--*.sql))

REGRESS      = $(sort $(basename $(notdir $(wildcard sql/*.sql))))
REGRESS_OPTS = --inputdir=. --load-extension=$(EXTENSION)

PG_CPPFLAGS  = -DINDICATOR_VERSION=\"$(EXTVERSION)\" -Isrc -Isrc/core $(ICU_CFLAGS) -Wall -Wextra -Werror -Wno-unused-parameter \
               -Wno-missing-field-initializers -Wno-cast-function-type
SHLIB_LINK   = $(ICU_LIBS)
EXTRA_CLEAN  = $(DATA_built) tests/unit/run_unit fuzz/fuzz_parse

PG_CONFIG   ?= pg_config
PGXS        := $(shell $(PG_CONFIG) --pgxs)
include $(PGXS)

$(EXTENSION)--$(EXTVERSION).sql: $(SQL_PARTS) indicator.control
	cat $(SQL_PARTS) > $@

# Standalone unit tests of the parser core (no server needed).
tests/unit/run_unit: $(CORE_SRCS) $(wildcard src/core/*.h) $(wildcard tests/unit/*.c)
	$(CC) -std=c11 -O1 -g -Wall -Wextra -Werror -Isrc/core -o $@ $(wildcard tests/unit/*.c) $(CORE_SRCS)

unit: tests/unit/run_unit
	tests/unit/run_unit

.PHONY: unit

# PGXS does not track header dependencies: rebuild every object when a header changes.
$(OBJS): $(wildcard src/*.h src/core/*.h)
