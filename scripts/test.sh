#!/usr/bin/env bash
# test.sh: build, install and run every test of the indicator extension (the README's
# test command; .ci/run runs exactly this).
#
#   1. install missing packages (scripts/setup.sh)
#   2. build with -Wall -Wextra -Werror and install (scripts/build.sh, under the
#      machine-wide install lock)
#   3. the core's standalone unit tests (test/unit), its layering and top level (test/layers),
#      the message catalog (test/messages: every msgid translated, none fuzzy), the corpus
#      of real published figures (test/corpus: fails below 98% read right or on any figure
#      read wrong) and a short fuzz run (test/fuzz)
#   4. a throwaway cluster (scripts/cluster.sh): pg_regress (test/sql against expected/),
#      pgTAP (test/pgtap), both again as a non-superuser database owner who creates the
#      extension (test/owner: a plain role too where privileges matter), indicator_extract scored on labelled texts (test/extract),
#      the README's examples (test/readme), dump/restore and COPY BINARY (test/dump), the
#      update from 0.1.0 (test/upgrade), real client libraries (test/clients: psycopg2,
#      JDBC, ...), the peer cases (test/peer, skipped when ../shared/peer-cases is absent)
#   5. a line per stage "== stage: N passed, N failed" and last "tests: N passed, N failed";
#      the cluster is always stopped and deleted
#
# Other PostgreSQL versions (opt-in): `bash scripts/test.sh --pg 17` (or --pg 17,18, --pg all)
# runs this same command on those versions in Debian chroots (scripts/test-pg.sh).
#
# Environment: FUZZ_RUNS and FUZZ_SEED (the fuzz run's inputs: default 150000 from seed 1, the
# same on every machine), FUZZ_SECONDS (its cap, default 120; 0 skips it and its packages),
# CLIENT_TESTS (default 1; 0 skips the client tests and their packages),
# PG_CONFIG (the PostgreSQL to build for; default pg_config on PATH).
set -uo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" = "--pg" ]; then
    [ -n "${2:-}" ] || { echo "usage: scripts/test.sh [--pg VERSION[,VERSION...]|all]" >&2; exit 2; }
    exec bash scripts/test-pg.sh "$2"
fi
. scripts/cluster.sh
. scripts/build.sh
. scripts/stages.sh
die() { echo "test.sh: $*" >&2; echo "tests: $passed passed, $((failed + 1)) failed"; exit 1; }

bash scripts/setup.sh || die "setup failed"

echo "== build ($(${PG_CONFIG:-pg_config} --version))"
build_install clean || die "build failed"

echo "== unit tests (the core, no server)"
stage_script unit make -s unit
echo "== the core's layering (src/core/ind.h's order of files)"
stage_script layers bash test/layers/check_layers.sh
echo "== the top level and pg_regress's file pairs (test/layers/check_top.sh)"
stage_script house bash test/layers/check_top.sh
echo "== messages: every msgid of the sources translated in po/zh_CN.po (test/messages)"
stage_script messages bash test/messages/check_po.sh

echo "== corpus (figures of real published texts, test/corpus)"
stage_script corpus make -s corpus

if [ "${FUZZ_SECONDS:-120}" -gt 0 ]; then
    # the same inputs on every machine (test/fuzz/run.sh: checking); explore with run.sh alone
    echo "== fuzz (${FUZZ_RUNS:-150000} inputs from seed ${FUZZ_SEED:-1}, at most ${FUZZ_SECONDS:-120} s; libFuzzer + ASan + UBSan)"
    stage_script fuzz env FUZZ_RUNS="${FUZZ_RUNS:-150000}" FUZZ_SEED="${FUZZ_SEED:-1}" \
        bash test/fuzz/run.sh "${FUZZ_SECONDS:-120}"
fi

echo "== starting a throwaway cluster"
cluster_start || die "could not start a cluster"

stage_regress
stage_pgtap indicator_tap
echo "== pg_regress and pgTAP again as a non-superuser database owner (test/owner)"
stage_script owner bash test/owner/run.sh
echo "== indicator_extract on the labelled texts (test/extract)"
stage_script extract bash test/extract/score.sh
echo "== the README's examples run as printed (test/readme)"
stage_script readme bash test/readme/check.sh
echo "== dump/restore and COPY BINARY"
stage_script dump bash test/dump/dump_test.sh
echo "== upgrade from 0.1.0 (ALTER EXTENSION indicator UPDATE)"
stage_script upgrade bash test/upgrade/run.sh
if [ "${CLIENT_TESTS:-1}" != 0 ]; then
    echo "== clients (psycopg2, JDBC, psycopg 3, SQLAlchemy, node-pg; own cluster on 127.0.0.1)"
    stage_script clients bash test/clients/run.sh
fi

echo "== peer cases (optional: other projects' test cases, in ../shared/peer-cases when present)"
bash test/peer/score.sh "${TMPDIR:-/tmp}/indicator-peer.log"; rc=$?
case $rc in
    0) note_result peer 1 0 ;;
    3) echo "   (skipped)" ;;
    *) sed -n '/^== failure kinds/,/^== failing inputs/p' "${TMPDIR:-/tmp}/indicator-peer.log" 2>/dev/null | head -n 30
       note_result peer 0 1 ;;
esac

cluster_stop
echo
if [ $failed -gt 0 ]; then printf '%s' "$failure_tails"; echo "FAILED: ${failures[*]}"; fi
echo "tests: $passed passed, $failed failed"
[ $failed -eq 0 ]
