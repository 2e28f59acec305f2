#!/usr/bin/env bash
# test/clients/run.sh: the extension from real client libraries.  Needs the extension
# installed (make install).  Starts its own throwaway cluster listening on 127.0.0.1 (JDBC
# has no Unix sockets) at a free port, loads setup.sql into a template database, and runs
# each client in a fresh copy of it:
#   psycopg2  python3-psycopg2           required
#   jdbc      libpostgresql-jdbc-java + a JDK (java runs JdbcTest.java as a source file)
#   psycopg   python3-psycopg (3.x)      when installed
#   sqlalchemy python3-sqlalchemy        when installed (reflection of the table and view)
#   node_pg   node + the pg module       when `require('pg')` resolves (npm install pg)
#   pgindicator  clients/python installed with pip (offline), with psycopg2 and psycopg 3
#   alembic   python3-alembic + SQLAlchemy, with pgindicator.alembic
# Each client prints a transcript that must equal expected/NAME.out, which doc/clients.md
# must quote as it is, and exits non-zero on a failed check.  Last line:
# clients: N passed, N failed.
set -uo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
PY=/usr/bin/python3
JDBC_JAR=${JDBC_JAR:-/usr/share/java/postgresql.jar}
# CLIENTS_OUT=DIR keeps the transcripts there (to review, or to update expected/).
OUT=${CLIENTS_OUT:-$(mktemp -d /tmp/indicator-clients.XXXXXX)}
[ -n "${CLIENTS_OUT:-}" ] && mkdir -p "$OUT"
passed=0; failed=0

port=$($PY -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
export CLUSTER_PORT=$port CLUSTER_OPTS="-c listen_addresses=127.0.0.1"
. "$ROOT/scripts/cluster.sh"
cluster_start \
    || { echo "clients: 0 passed, 1 failed"; exit 1; }
trap 'rc=$?; cluster_stop; [ -z "${CLIENTS_OUT:-}" ] && rm -rf "$OUT"; exit $rc' EXIT

createdb clients_template && psql -X -q -v ON_ERROR_STOP=1 -d clients_template \
    -c 'CREATE EXTENSION indicator' -f "$HERE/setup.sql" >/dev/null \
    || { echo "clients: 0 passed, 1 failed"; exit 1; }

run_client() {   # name command...
    local name=$1; shift
    local db="clients_$name" rc ok bad
    createdb -T clients_template "$db"
    (cd "$HERE" && PGDATABASE=$db "$@") >"$OUT/$name.out" 2>&1; rc=$?
    ok=$(grep -c '^ok - ' "$OUT/$name.out")
    bad=$(grep -c '^not ok - ' "$OUT/$name.out")
    if ! diff -u "$HERE/expected/$name.out" "$OUT/$name.out" >"$OUT/$name.diff"; then
        echo "  $name: output differs from test/clients/expected/$name.out"
        head -n 40 "$OUT/$name.diff" | sed 's/^/    /'
        bad=$((bad + 1))
    fi
    [ $rc -ne 0 ] && [ "$bad" -eq 0 ] && bad=1
    # doc/clients.md shows each transcript as it is
    if $PY -c 'import sys; sys.exit(open(sys.argv[2]).read() not in open(sys.argv[1]).read())' \
            "$ROOT/doc/clients.md" "$HERE/expected/$name.out"; then
        ok=$((ok + 1))
    else
        echo "  $name: doc/clients.md does not quote test/clients/expected/$name.out"
        bad=$((bad + 1))
    fi
    echo "  $name: $ok passed, $bad failed"
    passed=$((passed + ok)); failed=$((failed + bad))
}

run_client psycopg2 $PY psycopg2_test.py
run_client jdbc java -cp "$JDBC_JAR" JdbcTest.java "jdbc:postgresql://127.0.0.1:$port/clients_jdbc"
if $PY -c 'import psycopg' 2>/dev/null; then
    run_client psycopg $PY psycopg_test.py
else
    echo "  psycopg: skipped (python3-psycopg not installed)"
fi
if $PY -c 'import sqlalchemy' 2>/dev/null; then
    run_client sqlalchemy $PY sqlalchemy_test.py
else
    echo "  sqlalchemy: skipped (python3-sqlalchemy not installed)"
fi
# clients/python as a user installs it: pip, offline, from a copy (pip builds in the tree)
site="$OUT/site"
rm -rf "$OUT/pgindicator-src" "$site"
cp -r "$ROOT/clients/python" "$OUT/pgindicator-src"
rm -rf "$OUT/pgindicator-src/build" "$OUT"/pgindicator-src/*.egg-info   # a stale build/ would win
if $PY -m pip install --quiet --no-build-isolation --no-deps --no-index --target "$site" \
        "$OUT/pgindicator-src" >"$OUT/pip.log" 2>&1; then
    echo "  pip install --no-build-isolation --no-deps clients/python: ok"
    passed=$((passed + 1))
    run_client pgindicator env PYTHONPATH="$site" $PY pgindicator_test.py
    if $PY -c 'import alembic, sqlalchemy' 2>/dev/null; then
        run_client alembic env PYTHONPATH="$site" $PY alembic_test.py
    else
        echo "  alembic: skipped (python3-alembic not installed)"
    fi
else
    echo "  pip install clients/python failed:"; sed 's/^/    /' "$OUT/pip.log" | tail -n 20
    failed=$((failed + 1))
fi
if command -v node >/dev/null && (cd "$HERE" && node -e "require('pg')" 2>/dev/null); then
    run_client node_pg node node_pg_test.js
else
    echo "  node_pg: skipped (node or its pg module not installed)"
fi
echo "clients: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
