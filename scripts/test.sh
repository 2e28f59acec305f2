#!/usr/bin/env bash
# test.sh: build, install and run every test of the indicator extension.
#
#   1. install missing packages (scripts/setup.sh)
#   2. build with -Wall -Wextra -Werror and install into the local PostgreSQL
#   3. run the parser core's standalone unit tests, and a short fuzz run
#   4. start a throwaway cluster, run pg_regress (make installcheck), pgTAP (pg_prove),
#      the dump/restore and COPY BINARY test and the peer-case scoring (scripts/stages.sh,
#      tests/peer/score.sh)
#   5. print a summary; the cluster is always stopped and deleted
#
# Environment: FUZZ_SECONDS (default 20; 0 skips the fuzz run).
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
. scripts/cluster.sh

. scripts/stages.sh
die() { echo "test.sh: $*" >&2; echo "tests: $passed passed, $((failed + 1)) failed"; exit 1; }

bash scripts/setup.sh || die "setup failed"

# One build/install/test at a time on this machine: the installed library is shared.
exec 9>/tmp/indicator-install.lock
flock 9

echo "== build"
make -s clean >/dev/null 2>&1
if ! make -s 2>&1; then die "build failed"; fi
make -s install >/dev/null || die "make install failed"

echo "== unit tests (parser core, no server)"
out=$(make -s unit 2>&1); rc=$?
echo "$out" | grep -v '^ok ' | tail -n 40
p=$(echo "$out" | sed -n 's/^\([0-9]*\) passed, \([0-9]*\) failed$/\1/p' | tail -1)
f=$(echo "$out" | sed -n 's/^\([0-9]*\) passed, \([0-9]*\) failed$/\2/p' | tail -1)
[ -z "$p" ] && { p=0; f=1; }
[ $rc -ne 0 ] && [ "$f" -eq 0 ] && f=1
note_result unit "$p" "$f"

if [ "${FUZZ_SECONDS:-20}" -gt 0 ] && [ -f fuzz/fuzz_parse.c ]; then
    echo "== fuzz (${FUZZ_SECONDS:-20} s, libFuzzer + ASan + UBSan)"
    if bash fuzz/run.sh "${FUZZ_SECONDS:-20}" >"${TMPDIR:-/tmp}/indicator-fuzz.log" 2>&1; then
        tail -n 2 "${TMPDIR:-/tmp}/indicator-fuzz.log"
        note_result fuzz 1 0
    else
        tail -n 60 "${TMPDIR:-/tmp}/indicator-fuzz.log"
        note_result fuzz 0 1
    fi
fi

echo "== starting a throwaway cluster"
cluster_start || die "could not start a cluster"

stage_regress
stage_pgtap indicator_tap
stage_dump

echo "== peer cases (../shared/peer-cases)"
bash tests/peer/score.sh "${TMPDIR:-/tmp}/indicator-peer.log"; rc=$?
case $rc in
    0) note_result peer 1 0 ;;
    3) echo "   (skipped)" ;;
    *) sed -n '/^== failure kinds/,/^== failing inputs/p' "${TMPDIR:-/tmp}/indicator-peer.log" 2>/dev/null | head -n 30
       note_result peer 0 1 ;;
esac

cluster_stop
echo
if [ $failed -gt 0 ]; then echo "FAILED: ${failures[*]}"; fi
echo "tests: $passed passed, $failed failed"
[ $failed -eq 0 ]
