#!/usr/bin/env bash
# extract_bench.sh: indicator_extract against a plain regexp_matches pass over the same
# Chinese text, as MB/s and a ratio in one run (spec section 7).  See bench/README.md.
#
#   bash bench/extract_bench.sh
#   BENCH_MB=50 bash bench/extract_bench.sh
#
# Takes the install lock, builds and installs the extension, starts a throwaway cluster,
# builds a document of BENCH_MB megabytes (default 10) from the reports shipped in the
# clone (examples/sample_report.txt, test/extract/*.txt) and runs bench/extract_bench.sql;
# the cluster is always stopped and deleted.  The output is also kept in bench/out/.
#
#   BENCH_MB=N         size of the document in MB of UTF-8 (default 10)
#   BENCH_NO_BUILD=1   skip the build and measure the installed library
set -euo pipefail
cd "$(dirname "$0")/.."
MB=${BENCH_MB:-10}
. scripts/cluster.sh
. scripts/build.sh
bench_build
CLUSTER_OPTS="-c shared_buffers=512MB -c max_parallel_workers_per_gather=0 -c jit=off ${CLUSTER_OPTS:-}"
cluster_start
mkdir -p bench/out
out=bench/out/extract_bench-$(date +%Y%m%d-%H%M%S).txt
echo "extract bench: $MB MB, $(nproc) CPUs, PostgreSQL $(pg_config --version | awk '{print $2}'), commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')" | tee "$out"
unit=$(cat examples/sample_report.txt test/extract/*.txt)
PGCLIENTENCODING=UTF8 psql -X -q -P pager=off -v mb="$MB" -v unit="$unit" -f bench/extract_bench.sql 2>&1 | tee -a "$out"
