#!/usr/bin/env bash
# try.sh: build, install, and run SQL (a file argument, or stdin) in a throwaway cluster
# with the extension created.  For trying things by hand: bash scripts/try.sh q.sql
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/cluster.sh
. scripts/build.sh
build_install
cluster_start
psql -X -q -d postgres -c 'CREATE EXTENSION indicator'
psql -X -d postgres -v ON_ERROR_STOP=0 -f "${1:--}"
