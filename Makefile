# PGXS build of the indicator extension.  Map of the tree: doc/development.md.
#
#   make && make install            build and install into the server of PG_CONFIG
#   make STRICT=1                   the test build: -Wall -Wextra -Werror (scripts/test.sh)
#   make unit                       the core's unit tests, no server needed
#
# C: src/core/ (backend-free core, also built by test/unit and test/fuzz), src/*.c (the
# server functions), src/zh/ (Chinese category names).  The install script
# indicator--VERSION.sql is the concatenation of sql/NN_*.sql in name order.

EXTENSION    = indicator
EXTVERSION   = $(shell sed -n "s/^default_version = '\(.*\)'/\1/p" indicator.control)
MODULE_big   = indicator

CORE_SRCS    = $(sort $(wildcard src/core/*.c))
SERVER_SRCS  = $(sort $(wildcard src/*.c)) $(sort $(wildcard src/zh/*.c))
OBJS         = $(CORE_SRCS:.c=.o) $(SERVER_SRCS:.c=.o)
SRC_HEADERS  = $(wildcard src/*.h src/core/*.h src/zh/*.h src/zh/*.inc)

SQL_PARTS    = $(sort $(wildcard sql/[0-9]*.sql))
DATA_built   = $(EXTENSION)--$(EXTVERSION).sql
DATA         = $(sort $(wildcard sql/upgrade/$(EXTENSION)--*.sql))

# pg_regress: test/sql/*.sql against expected/*.out (PGXS's place, at the top); results in
# test/results/.  pg_regress (15 to 18) reads a test from OUTPUTDIR/sql/ first and only then
# from INPUTDIR/sql/, so the output directory is test/ (the top's sql/ holds the install
# script's parts, some with a test's name).  The expected file: 15 looks in
# OUTPUTDIR/expected/ (test/expected/, which must not exist), then INPUTDIR/expected/ (PGXS's
# ".", so expected/); 16 and later in --expecteddir, whose default is "." too.
REGRESS      = $(sort $(basename $(notdir $(wildcard test/sql/*.sql))))
REGRESS_OPTS = --outputdir=test --load-extension=$(EXTENSION)

PG_CPPFLAGS  = -DINDICATOR_VERSION=\"$(EXTVERSION)\" -Isrc $(ICU_CFLAGS)
ifeq ($(STRICT),1)
PG_CPPFLAGS += -Wall -Wextra -Werror -Wno-unused-parameter -Wno-missing-field-initializers \
               -Wno-cast-function-type
endif
SHLIB_LINK   = $(ICU_LIBS)
EXTRA_CLEAN  = $(DATA_built) test/unit/run_unit test/corpus/score test/fuzz/fuzz_parse test/results \
               test/regression.diffs test/regression.out

PG_CONFIG   ?= pg_config
PGXS        := $(shell $(PG_CONFIG) --pgxs)
include $(PGXS)

$(EXTENSION)--$(EXTVERSION).sql: $(SQL_PARTS) indicator.control
	cat $(SQL_PARTS) > $@

# Standalone unit tests of the core (no server needed), always with -Werror.
test/unit/run_unit: $(CORE_SRCS) $(wildcard src/core/*.h) $(wildcard test/unit/*.c test/unit/*.h)
	$(CC) -std=c11 -O1 -g -Wall -Wextra -Werror -Isrc/core -o $@ $(wildcard test/unit/*.c) $(CORE_SRCS)

unit: test/unit/run_unit
	test/unit/run_unit

# How the core reads the labelled figures of real published texts (test/corpus/README.md).
test/corpus/score: $(CORE_SRCS) $(wildcard src/core/*.h) test/corpus/score.c
	$(CC) -std=c11 -O1 -g -Wall -Wextra -Werror -Isrc/core -o $@ test/corpus/score.c $(CORE_SRCS)

corpus: test/corpus/score
	test/corpus/score test/corpus/figures.tsv

.PHONY: unit corpus

# The reference in doc/ goes to DOCDIR/extension/indicator/ (PGXS's DOCS would put files
# named README.md straight into a directory every extension shares).
DOC_FILES    = $(sort $(wildcard doc/*.md))
install: install-doc
install-doc:
	$(MKDIR_P) '$(DESTDIR)$(docdir)/$(docmoduledir)/indicator'
	$(INSTALL_DATA) $(DOC_FILES) '$(DESTDIR)$(docdir)/$(docmoduledir)/indicator/'
uninstall: uninstall-doc
uninstall-doc:
	rm -rf '$(DESTDIR)$(docdir)/$(docmoduledir)/indicator'

.PHONY: install-doc uninstall-doc

# The message catalog (nls.mk; PGXS defines all-po and install-po when the server has NLS).
ifeq ($(enable_nls), yes)
all: all-po
install: install-po
uninstall: uninstall-po
EXTRA_CLEAN += $(MO_FILES) po/$(CATALOG_NAME).pot
endif

# PGXS does not track header dependencies: rebuild every object when a header changes, and
# the LLVM bitcode the server's JIT inlines too (a stale .bc after an inline in a header
# changed made JIT-compiled queries read as the old code: stop 35's 拉低 in ind.h).
$(OBJS): $(SRC_HEADERS)
ifeq ($(with_llvm), yes)
$(OBJS:.o=.bc): $(SRC_HEADERS)
endif
