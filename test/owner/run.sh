#!/usr/bin/env bash
# test/owner/run.sh: pg_regress (test/sql) and pgTAP (test/pgtap) a second time, as a
# non-superuser database owner who creates the extension itself (the documented path: the
# extension is trusted), against the running throwaway cluster (PGHOST etc. set, a
# superuser in PGUSER).  pgTAP's 64_zh_ops also switches to a plain role (indicator_plain)
# where privileges matter.
#   - the role indicator_owner: LOGIN, NOSUPERUSER, CREATEDB (71_encoding makes databases),
#     member of indicator_plain
#   - pg_regress --use-existing on a database it owns, prepared as pg_regress would (the
#     ALTER DATABASE ... SET lc_messages of pg_regress needs a superuser), where the owner
#     runs CREATE EXTENSION indicator; the same expected/ files
#   - pgTAP in a database it owns; pgtap itself is not trusted, so a superuser creates it
#     there first; each file creates indicator as the owner
# Tests whose point is superuser-only behaviour are skipped, each with its reason (SKIP).
# Last line: owner: N passed, N failed.
set -uo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
cd "$ROOT"
OWNER=indicator_owner PLAIN=indicator_plain
REGRESS_DB=contrib_regression TAP_DB=indicator_owner_tap
passed=0; failed=0

# name -> why it cannot run as a non-superuser
declare -A SKIP=(
    [70_messages_zh]="SET lc_messages needs a superuser (PGC_SUSET)"
    [73_messages_sql]="SET lc_messages needs a superuser (PGC_SUSET)"
    [64_zh_phrase_citus]="fakes Citus's catalogs in pg_catalog (allow_system_table_mods)"
    [62_zh_phrase_sessions]="its second session is a dblink connection without a password, which dblink allows a superuser only"
    [12_indicator_sort_abbrev]="checks its indexes with amcheck, which only a superuser may create (not trusted)"
    [72_messages_roles]="creates roles and sets lc_messages for them (needs a superuser: that is what it shows)"
    [81_bi_migrations]="creates and drops roles of its own (CREATE ROLE needs CREATEROLE, which a database owner does not have)"
    [50_aggregate_states]="COPY ... TO a server file (binary states) needs a superuser or pg_write_server_files"
)

su_sql() { psql -X -q -v ON_ERROR_STOP=1 "$@"; }
for db in $REGRESS_DB $TAP_DB; do dropdb --if-exists "$db" >/dev/null 2>&1; done
su_sql -c "DROP ROLE IF EXISTS $OWNER" -c "DROP ROLE IF EXISTS $PLAIN" >/dev/null 2>&1
su_sql -c "CREATE ROLE $OWNER LOGIN NOSUPERUSER CREATEDB NOCREATEROLE" \
       -c "CREATE ROLE $PLAIN NOLOGIN" -c "GRANT $PLAIN TO $OWNER" || { echo "owner: 0 passed, 1 failed"; exit 1; }
su_sql -c "CREATE DATABASE $REGRESS_DB OWNER $OWNER TEMPLATE template0" \
       -c "ALTER DATABASE $REGRESS_DB SET lc_messages TO 'C'" \
       -c "ALTER DATABASE $REGRESS_DB SET lc_monetary TO 'C'" \
       -c "ALTER DATABASE $REGRESS_DB SET lc_numeric TO 'C'" \
       -c "ALTER DATABASE $REGRESS_DB SET lc_time TO 'C'" \
       -c "ALTER DATABASE $REGRESS_DB SET bytea_output TO 'hex'" \
       -c "ALTER DATABASE $REGRESS_DB SET timezone_abbreviations TO 'Default'" \
       -c "CREATE DATABASE $TAP_DB OWNER $OWNER" || exit 1
su_sql -d $TAP_DB -c "CREATE EXTENSION pgtap" || exit 1

# ---- pg_regress
if PGUSER=$OWNER psql -X -q -v ON_ERROR_STOP=1 -d $REGRESS_DB -c "CREATE EXTENSION indicator" \
        -c "DO \$\$ BEGIN ASSERT NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user); END \$\$"; then
    echo "  ok - CREATE EXTENSION indicator as $OWNER (not a superuser)"; passed=$((passed + 1))
else
    echo "  not ok - CREATE EXTENSION indicator as $OWNER"; failed=$((failed + 1))
fi
tests=()
for f in test/sql/*.sql; do
    t=$(basename "$f" .sql)
    if [ -n "${SKIP[$t]:-}" ]; then echo "  SKIP pg_regress $t: ${SKIP[$t]}"; else tests+=("$t"); fi
done
rm -f test/regression.diffs test/regression.out
out=$(PGUSER=$OWNER make -s installcheck REGRESS="${tests[*]}" EXTRA_REGRESS_OPTS=--use-existing 2>&1); rc=$?
echo "$out" | grep -E '^(not ok|test .*FAILED|.*failed \()' | sed 's/^/  /'
total=${#tests[@]}
bad=$(echo "$out" | sed -n 's/.* \([0-9]*\) of \([0-9]*\) tests failed.*/\1/p')
[ -z "$bad" ] && bad=0
[ $rc -ne 0 ] && [ "$bad" -eq 0 ] && bad=1
echo "regress as $OWNER: $((total - bad)) passed, $bad failed"
[ "$bad" -gt 0 ] && [ -f test/regression.diffs ] && head -c 20000 test/regression.diffs
passed=$((passed + total - bad)); failed=$((failed + bad))

# ---- pgTAP
files=()
for f in test/pgtap/*.sql; do
    t=$(basename "$f" .sql)
    if [ -n "${SKIP[$t]:-}" ]; then echo "  SKIP pgTAP $t: ${SKIP[$t]}"; else files+=("$f"); fi
done
out=$(PGUSER=$OWNER pg_prove -d $TAP_DB --ext .sql "${files[@]}" 2>&1); rc=$?
echo "$out" | grep -vE '\.\. ok$|^All tests successful|^Result: PASS' | tail -n 40 | sed 's/^/  /'
tests=$(echo "$out" | sed -n 's/^Files=[0-9]*, Tests=\([0-9]*\),.*/\1/p')
bad=$(echo "$out" | sed -n 's/.*Failed \([0-9]*\)\/[0-9]* subtests.*/\1/p' | awk '{s+=$1} END {print s+0}')
[ -z "$tests" ] && tests=0
[ $rc -ne 0 ] && [ "$bad" -eq 0 ] && bad=1
echo "pgtap as $OWNER: $((tests - bad)) passed, $bad failed"
passed=$((passed + tests - bad)); failed=$((failed + bad))

for db in $REGRESS_DB $TAP_DB; do dropdb "$db"; done
su_sql -c "DROP ROLE $PLAIN" -c "DROP ROLE $OWNER"
echo "owner: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
