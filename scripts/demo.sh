#!/usr/bin/env bash
# demo.sh: build and install the extension, start a throwaway cluster, load the sample
# report and run the example queries in examples/demo.sql, then stop the cluster.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/cluster.sh
. scripts/build.sh

FUZZ_SECONDS=0 bash scripts/setup.sh
build_install
cluster_start
createdb demo
# The sample report sits in ../shared/corpus beside the checkout; the demo reads it
# from the client side so the server never needs access to this directory.
REPORT=${REPORT:-../shared/corpus/000_49268e9bcda0c48e.txt}
psql -X -q -v ON_ERROR_STOP=1 -d demo -c 'CREATE EXTENSION indicator'
if [ -r "$REPORT" ]; then
    psql -X -q -v ON_ERROR_STOP=1 -d demo -v content="$(cat "$REPORT")" <<'SQL'
CREATE TABLE report (name text PRIMARY KEY, body text NOT NULL);
INSERT INTO report VALUES ('qingdao', :'content');
SQL
else
    echo "demo: sample report $REPORT not found; report queries will show no rows" >&2
    psql -X -q -d demo -c 'CREATE TABLE report (name text PRIMARY KEY, body text NOT NULL)'
fi
psql -X -v ON_ERROR_STOP=1 -d demo -f examples/demo.sql
