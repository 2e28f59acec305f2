# stages.sh: sourced by scripts/test.sh.  The tally of a test run and its stages:
#   note_result NAME PASSED FAILED   adds to the totals and prints "== NAME: N passed, N failed"
#   note_counts NAME RC OUTPUT       the one result parser: reads the last
#                                    "N passed, N failed" line of a stage's output (any
#                                    prefix word allowed), counts a non-zero exit or a
#                                    missing line as a failure, and calls note_result
#   stage_regress [MAKE ARGS...]     pg_regress (make installcheck); diffs shown on failure
#   stage_pgtap DB                   pg_prove on test/pgtap/*.sql in a new database DB
#   stage_script NAME CMD...         a script that prints "N passed, N failed" last; a
#                                    failing one's last lines are kept in failure_tails,
#                                    which scripts/test.sh prints again at the end
# With STAGE_LOG_DIR set, each stage's full output is also kept there.

passed=0; failed=0; failures=(); failure_tails=''

note_result() {   # name passed failed
    passed=$((passed + $2)); failed=$((failed + $3))
    [ "$3" -gt 0 ] && failures+=("$1")
    printf '== %-12s %d passed, %d failed\n' "$1:" "$2" "$3"
}

note_counts() {   # name rc output
    local line p f
    line=$(printf '%s\n' "$3" | grep -E '^([A-Za-z0-9_-]+: )?[0-9]+ passed, [0-9]+ failed' | tail -1)
    p=$(printf '%s' "$line" | sed -n 's/^\([A-Za-z0-9_-]*: \)\{0,1\}\([0-9]*\) passed, \([0-9]*\) failed.*/\2/p')
    f=$(printf '%s' "$line" | sed -n 's/^\([A-Za-z0-9_-]*: \)\{0,1\}\([0-9]*\) passed, \([0-9]*\) failed.*/\3/p')
    [ -z "$p" ] && { p=0; f=1; }
    [ "$2" -ne 0 ] && [ "$f" -eq 0 ] && f=1
    note_result "$1" "$p" "$f"
}

_stage_keep() {   # name text
    [ -n "${STAGE_LOG_DIR:-}" ] && printf '%s\n' "$2" >"$STAGE_LOG_DIR/$1.log"
    return 0
}

stage_regress() {
    local out rc total bad
    echo "== pg_regress"
    rm -f test/regression.diffs test/regression.out
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
    [ -f test/regression.diffs ] && { echo "---- test/regression.diffs"; head -c 60000 test/regression.diffs; }
}

stage_pgtap() {   # database
    local out rc tests bad
    echo "== pgTAP"
    if ! createdb "$1"; then note_result pgtap 0 1; return; fi
    out=$(pg_prove -d "$1" --ext .sql test/pgtap/*.sql 2>&1); rc=$?
    _stage_keep pgtap "$out"
    echo "$out" | tail -n 40
    tests=$(echo "$out" | sed -n 's/^Files=[0-9]*, Tests=\([0-9]*\),.*/\1/p')
    bad=$(echo "$out" | sed -n 's/.*Failed \([0-9]*\)\/[0-9]* subtests.*/\1/p' | awk '{s+=$1} END {print s+0}')
    [ -z "$tests" ] && tests=0
    [ $rc -ne 0 ] && [ "$bad" -eq 0 ] && bad=1
    note_result pgtap $(( tests - bad < 0 ? 0 : tests - bad )) "$bad"
}

stage_script() {   # name command...
    local name=$1 out rc
    shift
    out=$("$@" 2>&1); rc=$?
    _stage_keep "$name" "$out"
    echo "$out" | grep -vE '^(  )?ok ' | tail -n 40
    local before=$failed
    note_counts "$name" "$rc" "$out"
    # A failing stage's last lines again at the end of the run, where a CI log's tail shows them.
    [ "$failed" -gt "$before" ] &&
        failure_tails+="---- $name failed; its last lines:"$'\n'"$(echo "$out" | tail -n 12)"$'\n'
    return 0
}
