#!/usr/bin/env bash
# demo.sh: build and install the extension, start a throwaway cluster, load the sample
# report (examples/sample_report.txt, in the clone) through indicator_extract into a facts
# table and run the example queries in examples/demo.sql, then stop the cluster.
#   REPORT=path/to/report.txt bash scripts/demo.sh    reads another report instead
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/cluster.sh
. scripts/build.sh

FUZZ_SECONDS=0 CLIENT_TESTS=0 bash scripts/setup.sh
build_install
cluster_start
createdb demo
export PGCLIENTENCODING=UTF8
REPORT=${REPORT:-examples/sample_report.txt}
psql -X -q -v ON_ERROR_STOP=1 -d demo -v content="$(cat "$REPORT")" <<'SQL'
CREATE EXTENSION indicator;
CREATE TABLE report (name text PRIMARY KEY, body text NOT NULL);
INSERT INTO report VALUES ('sample', :'content');
SQL
psql -X -v ON_ERROR_STOP=1 -d demo -f examples/demo.sql
