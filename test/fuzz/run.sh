#!/usr/bin/env bash
# run.sh: build the libFuzzer target of the parser core and fuzz it for SECONDS.
#
#   bash test/fuzz/run.sh [SECONDS]        (default 60)
#
# Builds test/fuzz/fuzz_parse (ASan + UBSan, UBSan aborting), copies test/fuzz/seeds into
# the work corpus test/fuzz/corpus-work (both gitignored), and runs -max_total_time=SECONDS.  Exits
# non-zero when the fuzzer finds a crash, leak, timeout or violated property, and prints
# the crashing input (hex and text) and the reproducer file.  The last line is
# "fuzz: 1 passed, 0 failed" or "fuzz: 0 passed, 1 failed" (scripts/stages.sh reads it).  Needs no lock: nothing is
# installed.  Environment: FUZZ_JOBS (parallel fuzzing processes, default 1),
# CC (default clang-14), FUZZ_RUNS and FUZZ_SEED (below).
#
# Two uses.  Exploring (the default): a random seed and the growing work corpus, so every run
# tries inputs no run tried before; run it long after changing the core.  Checking
# (FUZZ_RUNS=N, scripts/test.sh and so CI): N inputs from seed FUZZ_SEED (default 1), one
# process, a fresh work corpus made of the seeds alone, no comparison feedback (its operands
# include addresses), no reloading and no address randomisation (setarch -R): the same
# inputs on every machine, so
# a run that passes here passes in CI (SECONDS then only caps a slow machine's run, which
# stops early in the same sequence and so cannot fail where the full run passes).
set -uo pipefail
cd "$(dirname "$0")/../.."
SECONDS_TO_RUN=${1:-60}
CC=${CC:-clang-14}
OUT=test/fuzz/fuzz_parse
WORK=test/fuzz/corpus-work
ART=test/fuzz/artifacts/

if ! command -v "$CC" >/dev/null 2>&1; then
    echo "test/fuzz/run.sh: $CC not found (scripts/setup.sh installs clang-14)" >&2
    echo "fuzz: 0 passed, 1 failed"
    exit 2
fi

# Rebuild when the target or any core file is newer than the binary.
if [ ! -x "$OUT" ] || [ -n "$(find test/fuzz/fuzz_parse.c test/unit/numeral_oracle.[ch] src/core -newer "$OUT" -name '*.[ch]' 2>/dev/null)" ]; then
    echo "fuzz: building $OUT"
    "$CC" -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all \
        -fno-omit-frame-pointer -Isrc/core -Itest/unit -o "$OUT" test/fuzz/fuzz_parse.c \
        test/unit/numeral_oracle.c src/core/[a-z]*.c \
        || { echo "test/fuzz/run.sh: build failed" >&2; echo "fuzz: 0 passed, 1 failed"; exit 2; }
fi

mode="-max_total_time=$SECONDS_TO_RUN"
runner=
if [ -n "${FUZZ_RUNS:-}" ]; then
    WORK=$(mktemp -d /tmp/indicator-fuzz-work.XXXXXX)
    FUZZ_JOBS=1
    # addresses reach the mutations even so (runs of 150000 differ without this): no ASLR
    if setarch "$(uname -m)" -R true 2>/dev/null; then
        runner="setarch $(uname -m) -R"
    else
        echo "fuzz: setarch -R refused here: the run may differ from machine to machine"
    fi
    mode="-runs=$FUZZ_RUNS -seed=${FUZZ_SEED:-1} -reload=0 -use_cmp=0 -max_total_time=$SECONDS_TO_RUN"
fi
mkdir -p "$WORK" "$ART"
cp -n test/fuzz/seeds/* "$WORK"/ 2>/dev/null || true

export ASAN_OPTIONS=${ASAN_OPTIONS:-abort_on_error=1:detect_leaks=1:symbolize=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:abort_on_error=1:print_stacktrace=1}

log=$(mktemp /tmp/indicator-fuzz.XXXXXX)
dict=$(mktemp /tmp/indicator-fuzz-dict.XXXXXX)
trap 'rm -f "$log" "$dict"; [ -n "${FUZZ_RUNS:-}" ] && rm -rf "$WORK"' EXIT
# A dictionary of the grammar's words (units, magnitudes, qualifiers, verbs, numerals),
# taken from the core's own string tables so that it follows the catalog, plus ASCII
# tokens the grammar knows; libFuzzer wants bytes >= 0x80 written as \xNN.
{
    grep -ohP '"[^\x00-\x7f]+"' src/core/*.c | LC_ALL=C sort -u
    printf '"%s"\n' '%' '.' ',' '/' '-' '+' ' ' '0' '00' '999999999999999999' '1000000000000000000'
} | perl -pe 's/([\x80-\xff])/sprintf("\\x%02x", ord $1)/ge' >"$dict"
jobs=
[ "${FUZZ_JOBS:-1}" -gt 1 ] && jobs="-jobs=$FUZZ_JOBS -workers=$FUZZ_JOBS"
echo "fuzz: running $OUT ($mode) on $WORK"
$runner "$OUT" $mode -max_len=1200 -timeout=10 -rss_limit_mb=2048 \
    -print_final_stats=1 -dict="$dict" -artifact_prefix="$ART" $jobs \
    "$WORK" test/fuzz/seeds >"$log" 2>&1
rc=$?
# With -jobs>1, libFuzzer writes each job's output to fuzz-N.log.
[ "${FUZZ_JOBS:-1}" -gt 1 ] && cat fuzz-*.log >>"$log" 2>/dev/null && rm -f fuzz-*.log

if [ $rc -eq 0 ]; then
    grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb|#[0-9]+ +DONE)' "$log" | tr '\n' ' '
    echo
    echo "fuzz: no crash ($mode; $(ls "$WORK" | wc -l) inputs in the corpus)"
    echo "fuzz: 1 passed, 0 failed"
    exit 0
fi

echo "fuzz: FAILED (exit $rc)"
# The sanitizer or property report, without libFuzzer's progress lines.
grep -vE '^#[0-9]+ +(NEW|REDUCE|pulse|INITED|RELOAD|INFO)' "$log" | grep -vE '^INFO:' | tail -n 80
for f in $(grep -o "Test unit written to [^ ]*" "$log" | sed 's/Test unit written to //'); do
    [ -f "$f" ] || continue
    echo "---- crashing input $f ($(wc -c <"$f") bytes)"
    od -An -tx1 "$f" | head -n 20
    echo "as text: $(head -c 400 "$f" | tr -d '\000')"
    echo "reproduce: $OUT $f"
done
# Last, the few lines that say what failed (a CI log shows a run's tail).
echo "fuzz: what failed: $(grep -m1 -E 'property violated|runtime error|ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)|SUMMARY' "$log" | cut -c1-300)"
for f in $(grep -o "Test unit written to [^ ]*" "$log" | sed 's/Test unit written to //'); do
    [ -f "$f" ] && echo "fuzz: input as text: $(head -c 300 "$f" | tr -d '\000\n')"
done
echo "fuzz: 0 passed, 1 failed"
exit 1
