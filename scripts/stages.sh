# stages.sh: sourced by scripts/test.sh and scripts/test-pg17.sh.  The test stages that
# run against a started cluster, and the tally they report into:
#   note_result NAME PASSED FAILED   adds to the totals and prints "== NAME: N passed, N failed"
#   stage_regress [MAKE ARGS...]     pg_regress (make installcheck); diffs shown on failure
#   stage_pgtap DB                   pg_prove on test/*.sql in a new database DB
#   stage_dump                       scripts/dump_test.sh, counted check by check
# With STAGE_LOG_DIR set, each stage's full output is also kept there.

passed=0; failed=0; failures=()

note_result() {   # name passed failed
    passed=$((passed + $2)); failed=$((failed + $3))
    [ "$3" -gt 0 ] && failures+=("$1")
    printf '== %-12s %d passed, %d failed\n' "$1:" "$2" "$3"
}

_stage_keep() {   # name text
    [ -n "${STAGE_LOG_DIR:-}" ] && printf '%s\n' "$2" >"$STAGE_LOG_DIR/$1.log"
    return 0
}

stage_regress() {
    local out rc total bad
    echo "== pg_regress"
    rm -f regression.diffs regression.out
    out=$(make -s "$@" installcheck 2>&1); rc=$?
    _stage_keep installcheck "$out"
    echo "$out" | grep -E '^(test |ok |not ok |     |# |[ ]*[a-z_0-9]+ +\.\.\.)' | sed 's/^/  /'
    total=$(echo "$out" | sed -n 's/.*All \([0-9]*\) tests passed.*/\1/p')
    if [ -n "$total" ] && [ $rc -eq 0 ]; then
        note_result regress "$total" 0
        return
    fi
    bad=$(echo "$out" | sed -n 's/.* \([0-9]*\) of \([0-9]*\) tests failed.*/\1 \2/p')
    if [ -n "$bad" ]; then set -- $bad; note_result regress $(( $2 - $1 )) "$1"
    else echo "$out" | tail -n 30; note_result regress 0 1; fi
    [ -f regression.diffs ] && { echo "---- regression.diffs"; head -c 60000 regression.diffs; }
}

stage_pgtap() {   # database
    local out rc tests bad
    echo "== pgTAP"
    if ! createdb "$1"; then note_result pgtap 0 1; return; fi
    out=$(pg_prove -d "$1" --ext .sql test/*.sql 2>&1); rc=$?
    _stage_keep pgtap "$out"
    echo "$out" | tail -n 40
    tests=$(echo "$out" | sed -n 's/^Files=[0-9]*, Tests=\([0-9]*\),.*/\1/p')
    bad=$(echo "$out" | sed -n 's/.*Failed \([0-9]*\)\/[0-9]* subtests.*/\1/p' | awk '{s+=$1} END {print s+0}')
    [ -z "$tests" ] && tests=0
    [ $rc -ne 0 ] && [ "$bad" -eq 0 ] && bad=1
    note_result pgtap $(( tests - bad < 0 ? 0 : tests - bad )) "$bad"
}

stage_dump() {
    local out rc p f
    echo "== dump/restore and COPY BINARY"
    out=$(CLUSTER_DIR=$CLUSTER_DIR bash scripts/dump_test.sh 2>&1); rc=$?
    _stage_keep dump "$out"
    echo "$out" | grep -v '^  ok ' | tail -n 30
    p=$(echo "$out" | sed -n 's/^dump: \([0-9]*\) passed, \([0-9]*\) failed$/\1/p' | tail -1)
    f=$(echo "$out" | sed -n 's/^dump: \([0-9]*\) passed, \([0-9]*\) failed$/\2/p' | tail -1)
    [ -z "$p" ] && { p=0; f=1; }
    [ $rc -ne 0 ] && [ "$f" -eq 0 ] && f=1
    note_result dump "$p" "$f"
}
