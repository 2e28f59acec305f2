#!/usr/bin/env bash
# sum_instructions.sh: instructions per row of sum() over indicator against sum(bigint), on
# the same rows (bench/indicator_bench.sql's bench_sum: a 万元 column and a mixed 元/万元/亿元
# one), counted by callgrind in a single-user backend, statement execution only (PortalRun),
# second run of each statement kept.  A count does not move with the machine's load.
#
#   bash bench/sum_instructions.sh     (BENCH_ROWS, default 200000; BENCH_NO_BUILD=1;
#                                       BENCH_KEEP=DIR keeps the callgrind files: out.2 is sum(x))
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS=${BENCH_ROWS:-200000}
command -v valgrind >/dev/null || { echo "sum_instructions.sh: needs valgrind" >&2; exit 2; }
. scripts/cluster.sh
. scripts/build.sh
bench_build
cluster_start
psql -X -q -v ON_ERROR_STOP=1 -v rows="$ROWS" <<'SQL' >/dev/null
SET client_min_messages = warning;
CREATE EXTENSION indicator;
SELECT setseed(0.17);
CREATE TABLE bench_sum AS
SELECT i, x, (x::numeric)::bigint AS b, xm, (xm::numeric)::bigint AS bm
FROM (SELECT i, t::indicator AS x, tm::indicator AS xm
      FROM (SELECT i,
              round((random() * 99999)::numeric, CASE WHEN random() < 0.25 THEN 1 ELSE 2 END) || '万元' AS t,
              CASE WHEN r < 0.5 THEN round((random() * 9999)::numeric, 2) || '万元'
                   WHEN r < 0.8 THEN (1 + (random() * 99999)::int) || '元'
                   ELSE round((random() * 99)::numeric, 2) || '亿元' END AS tm
            FROM (SELECT i, random() AS r FROM generate_series(1, :rows) i) g0) g) s;
VACUUM (ANALYZE, FREEZE) bench_sum;
SQL
cluster_as_user "$PG_BINDIR/pg_ctl" -D "$CLUSTER_DIR/data" -m fast -w stop >/dev/null
labels=(sum_x sum_b sum_xm sum_bm)
stmts=("SELECT sum(x) FROM bench_sum" "SELECT sum(b) FROM bench_sum"
       "SELECT sum(xm) FROM bench_sum" "SELECT sum(bm) FROM bench_sum")
for s in "${stmts[@]}"; do echo "$s"; echo "$s"; done >"$CLUSTER_DIR/stmts"
mkdir "$CLUSTER_DIR/cg" && chmod 777 "$CLUSTER_DIR/cg"
cluster_as_user valgrind --tool=callgrind --toggle-collect=PortalRun --dump-after=PortalRun \
    --callgrind-out-file="$CLUSTER_DIR/cg/out" \
    "$PG_BINDIR/postgres" --single -D "$CLUSTER_DIR/data" -c jit=off \
    -c max_parallel_workers_per_gather=0 postgres \
    <"$CLUSTER_DIR/stmts" >"$CLUSTER_DIR/single.log" 2>"$CLUSTER_DIR/valgrind.log"
[ -n "${BENCH_KEEP:-}" ] && cp -r "$CLUSTER_DIR/cg" "$BENCH_KEEP"   # for callgrind_annotate
counts=()
for f in $(ls "$CLUSTER_DIR/cg" | grep -E '^out\.[0-9]+$' | sort -t. -k2 -n); do
    counts+=("$(sed -n 's/^summary: *\([0-9]*\).*/\1/p;s/^totals: *\([0-9]*\).*/\1/p' "$CLUSTER_DIR/cg/$f" | head -1)")
done
[ "${#counts[@]}" -eq 8 ] || { echo "sum_instructions.sh: ${#counts[@]} counts for 8 statements" >&2; exit 1; }
printf '%-8s %14s %12s\n' statement instructions per_row
for i in 0 1 2 3; do
    c=${counts[$((2 * i + 1))]}
    printf '%-8s %14d %12.1f\n' "${labels[$i]}" "$c" "$(echo "$c / $ROWS" | bc -l)"
done
awk -v x="${counts[1]}" -v b="${counts[3]}" -v xm="${counts[5]}" -v bm="${counts[7]}" 'BEGIN {
    printf "ratio 万元 column / bigint: %.3f\nratio mixed 元/万元/亿元 / bigint: %.3f\n", x / b, xm / bm }'
