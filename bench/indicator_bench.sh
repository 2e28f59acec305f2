#!/usr/bin/env bash
# indicator_bench.sh: indicator against numeric, and sum() against bigint and numeric,
# as ratios in one run (spec section 7).  See bench/README.md.
#
#   bash bench/indicator_bench.sh
#   BENCH_ROWS=1000000 bash bench/indicator_bench.sh
#
# Takes the install lock (like scripts/try.sh), builds and installs the extension,
# starts a throwaway cluster, runs bench/indicator_bench.sql on BENCH_ROWS figures
# (default 2,000,000) and prints tables of milliseconds and ratios; the cluster is
# always stopped and deleted.  The output is also kept in bench/out/ (gitignored).
#
#   BENCH_ROWS=N       rows per table (default 2000000)
#   BENCH_RUNS=N       timed pairs per line of part 1 (default 7), after a warm-up
#   BENCH_NO_BUILD=1   skip the build and measure the installed library
#   BENCH_TIMEOUT=S    stop the SQL part after S seconds (default 600, scaled up for
#                      more than 2,000,000 rows or 7 runs); the run then fails
#   CLUSTER_OPTS=...   more server options (-c name=value ...)
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS=${BENCH_ROWS:-2000000}
RUNS=${BENCH_RUNS:-7}
TIMEOUT=${BENCH_TIMEOUT:-$(( 600 * (ROWS > 2000000 ? ROWS : 2000000) / 2000000 * (RUNS > 7 ? RUNS : 7) / 7 ))}
. scripts/cluster.sh
. scripts/build.sh
bench_build
# max_parallel_workers: the sum() section runs 2 workers per query; max_wal_size: no
# checkpoint in the middle of a line (each line starts with one)
CLUSTER_OPTS="-c shared_buffers=1GB -c max_parallel_workers_per_gather=0 -c max_parallel_workers=8 -c jit=off -c max_wal_size=8GB ${CLUSTER_OPTS:-}"
cluster_start
mkdir -p bench/out
out=bench/out/indicator_bench-$(date +%Y%m%d-%H%M%S).txt
echo "indicator bench: $ROWS rows, $(nproc) CPUs, PostgreSQL $(pg_config --version | awk '{print $2}'), commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet HEAD -- src Makefile indicator.control 2>/dev/null || echo ' (+ uncommitted changes)')" | tee "$out"
start=$SECONDS
rc=0
timeout "$TIMEOUT" psql -X -q -P pager=off -v rows="$ROWS" -v runs="$RUNS" -v part1="$CLUSTER_DIR/part1.sql" -f bench/indicator_bench.sql 2>&1 | tee -a "$out" || rc=$?
if [ "$rc" -eq 124 ]; then
    echo "indicator bench: stopped after ${TIMEOUT}s (BENCH_TIMEOUT)" | tee -a "$out" >&2
fi
echo "(SQL part took $((SECONDS - start)) s; kept in $out)" | tee -a "$out"
exit "$rc"
