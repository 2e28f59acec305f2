#!/usr/bin/env bash
# indicator_bench.sh: indicator against numeric, as ratios in one run (spec section 7).
#
#   BENCH_ROWS=1000000 bash bench/indicator_bench.sh
#
# Takes the install lock (like scripts/try.sh), builds and installs the extension,
# starts a throwaway cluster, runs bench/indicator_bench.sql on BENCH_ROWS figures
# (default 2,000,000; BENCH_NO_BUILD=1 skips the build and uses the installed library)
# and prints a table of milliseconds and ratios; the cluster is
# always stopped and deleted.  The output is also kept in bench/out/ (gitignored).
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS=${BENCH_ROWS:-2000000}
. scripts/cluster.sh
exec 9>/tmp/indicator-install.lock
flock 9
if [ -z "${BENCH_NO_BUILD:-}" ]; then   # BENCH_NO_BUILD=1: measure what is installed
    make -s >/dev/null
    make -s install >/dev/null
fi
CLUSTER_OPTS="-c shared_buffers=1GB -c max_parallel_workers_per_gather=0 -c jit=off ${CLUSTER_OPTS:-}"
cluster_start
mkdir -p bench/out
out=bench/out/indicator_bench-$(date +%Y%m%d-%H%M%S).txt
echo "indicator bench: $ROWS rows, $(nproc) CPUs, PostgreSQL $(pg_config --version | awk '{print $2}'), commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')" | tee "$out"
psql -X -q -P pager=off -v rows="$ROWS" -f bench/indicator_bench.sql 2>&1 | tee -a "$out"
echo "(kept in $out)"
