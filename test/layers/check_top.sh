#!/usr/bin/env bash
# check_top.sh: the top level the design card names (Makefile, src, sql, expected, test,
# indicator.control) and the pairing of pg_regress files: every test/sql/NAME.sql has
# expected/NAME.out, every expected/NAME.out or NAME_N.out (an alternative output) has
# test/sql/NAME.sql, and no test/expected/ exists (PostgreSQL 15's pg_regress would read it
# before expected/: see the Makefile).  Prints "house: N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/../.."
pass=0; fail=0
ok()  { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "  FAIL $*"; }
for p in Makefile indicator.control; do [ -f "$p" ] && ok || bad "no $p at the top"; done
for d in src sql expected test; do [ -d "$d" ] && ok || bad "no $d/ at the top"; done
[ -e test/expected ] && bad "test/expected exists (expected outputs live in expected/)" || ok
for f in test/sql/*.sql; do
    n=$(basename "$f" .sql)
    [ -f "expected/$n.out" ] && ok || bad "test/sql/$n.sql has no expected/$n.out"
done
for f in expected/*.out; do
    n=$(basename "$f" .out); n=${n%_[0-9]}
    [ -f "test/sql/$n.sql" ] && ok || bad "expected/$(basename "$f") has no test/sql/$n.sql"
done
echo "house: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
