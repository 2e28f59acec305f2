#!/usr/bin/env bash
# instructions.sh: the statements of the timed benches, counted in instructions (callgrind on
# a single-user backend), as ratios against numeric, bigint and ICU.  A count does not move
# with the machine's load, so this is the measure to decide on when the machine is busy
# (bench/README.md, "Instruction counts").
#
#   bash bench/instructions.sh
#   BENCH_ROWS=50000 bash bench/instructions.sh
#
#   BENCH_ROWS=N       rows of each table (default 200000)
#   BENCH_DOC_KB=N     kilobytes of the document indicator_extract reads (default 1000)
#   BENCH_NO_BUILD=1   skip the build and measure the installed library
#   BENCH_CACHE=1      also simulate the caches (callgrind --cache-sim=yes, about twice as
#                      slow) and print the data-cache misses of sort, btree, hash and join:
#                      where time follows memory rather than instructions (bench/README.md).
#                      The LL geometry is read from /sys (valgrind 3.19 takes an AMD L3 for
#                      direct-mapped), and each statement but the index builds runs three
#                      times, the third kept: a backend's first big sort or hash still meets
#                      fresh memory in its second run (bench/README.md, "Issue 19: cache misses")
#   BENCH_KEEP=DIR     keep callgrind's dump of every statement in DIR (N.label.cg, names
#                      uncompressed so that each file reads alone with callgrind_annotate)
#
# Builds and installs (scripts/build.sh), fills a throwaway cluster with bench/data.sql (the
# timed bench's tables), zh names and a document, stops the server, then runs every statement
# twice (three times with BENCH_CACHE) in one `postgres --single` under callgrind, collecting
# only inside PortalRun (the statement's execution: no parsing, planning or start-up) and
# dumping the count after each statement; the last run of each is kept (caches warm).  Prints
# the table and keeps it in bench/out/.  Needs valgrind and icu_ext (scripts/setup.sh --bench).
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS=${BENCH_ROWS:-200000}
DOC_KB=${BENCH_DOC_KB:-1000}
command -v valgrind >/dev/null || { echo "instructions.sh: needs valgrind" >&2; exit 2; }
bash scripts/setup.sh --bench
. scripts/cluster.sh
. scripts/build.sh
bench_build
cluster_start
unit=$(cat examples/sample_report.txt test/extract/*.txt)
psql -X -q -v ON_ERROR_STOP=1 -v rows="$ROWS" -v doc_kb="$DOC_KB" -v unit="$unit" <<'SQL' >/dev/null
SET client_min_messages = warning;
CREATE EXTENSION indicator;
CREATE EXTENSION icu_ext;
\ir bench/data.sql
-- organisation-like names, as bench/zh_bench.sh makes them
CREATE TABLE names AS
SELECT (a.phrase || b.phrase || s.suffix)::text AS n
FROM (SELECT phrase FROM zh_builtin_phrases() ORDER BY phrase) a,
     (SELECT phrase FROM zh_builtin_phrases() ORDER BY phrase DESC) b,
     (VALUES (''), ('分行'), ('统计局')) s(suffix)
ORDER BY md5(a.phrase || b.phrase || s.suffix)
LIMIT :rows;
-- the shipped reports repeated to doc_kb kilobytes, as bench/extract_bench.sh does
CREATE TABLE bench_doc AS
SELECT repeat(u, ceil(:doc_kb * 1000.0 / octet_length(u))::int) AS doc FROM (SELECT :'unit'::text AS u) s;
VACUUM (ANALYZE, FREEZE) names, bench_doc;
SQL
doc_bytes=$(psql -X -At -c "SELECT octet_length(doc) FROM bench_doc")
cluster_as_user "$PG_BINDIR/pg_ctl" -D "$CLUSTER_DIR/data" -m fast -w stop >/dev/null

# label|statement, in this order: a labelled statement runs twice and the second run is kept
# (the index builds are written out twice, a DROP after each); "-": run once, not measured
cat >"$CLUSTER_DIR/plan" <<EOF
in_ind|SELECT count(t::indicator) FROM bench_fig
in_num|SELECT count(n::numeric) FROM bench_fig
in_ind0|SELECT count(t) FROM bench_fig
in_num0|SELECT count(n) FROM bench_fig
out_ind|SELECT sum(length(x::text)) FROM bench_fig
out_num|SELECT sum(length(y::text)) FROM bench_fig
out_ind0|SELECT count(x) FROM bench_fig
out_num0|SELECT count(y) FROM bench_fig
sort_ind|SELECT x FROM bench_fig ORDER BY x OFFSET $ROWS
sort_num|SELECT y FROM bench_fig ORDER BY y OFFSET $ROWS
-|CREATE INDEX bench_fig_idx ON bench_fig (x)
-|DROP INDEX bench_fig_idx
btree_ind|CREATE INDEX bench_fig_idx ON bench_fig (x)
-|DROP INDEX bench_fig_idx
-|CREATE INDEX bench_fig_idx ON bench_fig (y)
-|DROP INDEX bench_fig_idx
btree_num|CREATE INDEX bench_fig_idx ON bench_fig (y)
-|DROP INDEX bench_fig_idx
-|SET enable_sort = off
group_ind|SELECT count(*) FROM (SELECT x FROM bench_fig GROUP BY x) s
group_num|SELECT count(*) FROM (SELECT y FROM bench_fig GROUP BY y) s
group_numz|SELECT count(*) FROM (SELECT z FROM bench_fig GROUP BY z) s
-|RESET enable_sort
-|SET enable_mergejoin = off
-|SET enable_nestloop = off
join_ind|SELECT count(*) FROM bench_fig JOIN bench_kx USING (x)
join_num|SELECT count(*) FROM bench_fig JOIN bench_ky USING (y)
join_numz|SELECT count(*) FROM bench_fig JOIN bench_kz USING (z)
sum_ind|SELECT sum(x) FROM bench_sum
sum_big|SELECT sum(b) FROM bench_sum
summ_ind|SELECT sum(xm) FROM bench_sum
summ_big|SELECT sum(bm) FROM bench_sum
zh_ind|SELECT count(zh_sort_key(n)) FROM names
zh_icu|SELECT count(icu_sort_key(n COLLATE "zh-x-icu")) FROM names
ext_ind|SELECT count(*) FROM bench_doc, indicator_extract(doc)
EOF
# a statement a line (the single-user backend reads one per line); k: its count's line
# (runs: 2, or 3 with BENCH_CACHE)
cache_sim=no runs=2 vg_opts=()
if [ -n "${BENCH_CACHE:-}" ]; then
    cache_sim=yes runs=3
    # The backend's first big sorts meet fresh memory for three runs or more (glibc moves
    # its mmap threshold after each free, so the arrays land on new addresses) whichever
    # type comes first: warm the allocator with the peer's statement, unmeasured, before
    # the first sort (twice) and the first index build (once)
    awk -F'|' '$1 == "sort_ind" && !s++ { w = $2; gsub(/ x /, " y ", w); print "-|" w; print "-|" w }
        $0 == "-|CREATE INDEX bench_fig_idx ON bench_fig (x)" && !b++ {
            print "-|CREATE INDEX bench_fig_idx ON bench_fig (y)"; print "-|DROP INDEX bench_fig_idx" }
        { print }' "$CLUSTER_DIR/plan" >"$CLUSTER_DIR/plan.warm"
    mv "$CLUSTER_DIR/plan.warm" "$CLUSTER_DIR/plan"
    # the host's last-level cache as it is: valgrind 3.19 reads an AMD EPYC's 32 MB 16-way L3
    # as direct-mapped, whose conflict misses follow the address layout, not the work
    llc=/sys/devices/system/cpu/cpu0/cache/index3
    if [ -r "$llc/size" ] && [ -r "$llc/ways_of_associativity" ] && [ -r "$llc/coherency_line_size" ]; then
        ll_size=$(sed 's/K$//' "$llc/size") ll_ways=$(cat "$llc/ways_of_associativity") ll_line=$(cat "$llc/coherency_line_size")
        ll_sets=$((ll_size * 1024 / ll_ways / ll_line))
        # valgrind takes only a power-of-two number of sets
        if [ "$ll_sets" -gt 0 ] && [ $((ll_sets & (ll_sets - 1))) -eq 0 ]; then
            vg_opts+=("--LL=$((ll_size * 1024)),$ll_ways,$ll_line")
        fi
    fi
fi
[ -n "${BENCH_KEEP:-}" ] && vg_opts+=(--compress-strings=no --compress-pos=no)
awk -F'|' -v runs=$runs '$1 != "-" && $2 !~ /^CREATE INDEX/ { for (i = 1; i < runs; i++) print $2 } { print $2 }' \
    "$CLUSTER_DIR/plan" >"$CLUSTER_DIR/stmts"
mkdir "$CLUSTER_DIR/cg" && chmod 777 "$CLUSTER_DIR/cg"
cluster_as_user valgrind --tool=callgrind --cache-sim=$cache_sim ${vg_opts[@]+"${vg_opts[@]}"} \
    --toggle-collect=PortalRun --dump-after=PortalRun \
    --callgrind-out-file="$CLUSTER_DIR/cg/out" \
    "$PG_BINDIR/postgres" --single -D "$CLUSTER_DIR/data" -c jit=off -c work_mem=1GB \
    -c maintenance_work_mem=1GB -c max_parallel_workers_per_gather=0 \
    -c max_parallel_maintenance_workers=0 -c client_min_messages=warning postgres \
    <"$CLUSTER_DIR/stmts" >"$CLUSTER_DIR/single.log" 2>"$CLUSTER_DIR/valgrind.log" \
    || { cat "$CLUSTER_DIR/single.log" "$CLUSTER_DIR/valgrind.log" >&2; exit 1; }
if grep -q "ERROR" "$CLUSTER_DIR/single.log" "$CLUSTER_DIR/valgrind.log"; then
    grep -h -B2 -A2 ERROR "$CLUSTER_DIR/single.log" "$CLUSTER_DIR/valgrind.log" >&2; exit 1
fi
# dump k (1-based, in statement order) holds statement k's instructions
for f in $(ls "$CLUSTER_DIR/cg" | grep -E '^out\.[0-9]+$' | sort -t. -k2 -n); do
    sed -n 's/^summary: *\([0-9]*\).*/\1/p;s/^totals: *\([0-9]*\).*/\1/p' "$CLUSTER_DIR/cg/$f" | head -1
done >"$CLUSTER_DIR/counts"
# with the cache simulation: D1 and LL data misses (events Ir Dr Dw I1mr D1mr D1mw ILmr DLmr DLmw)
for f in $(ls "$CLUSTER_DIR/cg" | grep -E '^out\.[0-9]+$' | sort -t. -k2 -n); do
    sed -n 's/^summary: *//p;s/^totals: *//p' "$CLUSTER_DIR/cg/$f" | head -1 |
        awk '{ print $5 + $6, $8 + $9 }'
done >"$CLUSTER_DIR/misses"
if [ -n "${BENCH_KEEP:-}" ]; then
    mkdir -p "$BENCH_KEEP"
    awk -F'|' -v runs=$runs '$1 != "-" && $2 !~ /^CREATE INDEX/ { for (i = 1; i < runs; i++) print $1 } { print $1 }' \
        "$CLUSTER_DIR/plan" | awk '{ print NR "." ($1 == "-" ? "x" : $1) }' >"$CLUSTER_DIR/names"
    k=0
    for f in $(ls "$CLUSTER_DIR/cg" | grep -E '^out\.[0-9]+$' | sort -t. -k2 -n); do
        k=$((k + 1)); cp "$CLUSTER_DIR/cg/$f" "$BENCH_KEEP/$(sed -n "${k}p" "$CLUSTER_DIR/names").cg"
    done
fi
want=$(wc -l <"$CLUSTER_DIR/stmts")
if [ "$(wc -l <"$CLUSTER_DIR/counts")" -ne "$want" ]; then
    echo "instructions.sh: $(wc -l <"$CLUSTER_DIR/counts") counts for $want statements" >&2; exit 1
fi
mkdir -p bench/out
out=bench/out/instructions-$(date +%Y%m%d-%H%M%S).txt
commit="$(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet HEAD -- src Makefile 2>/dev/null || echo ' (+ uncommitted changes)')"
# the count of each labelled statement's last run
awk -F'|' 'NR == FNR { c[FNR] = $1; next }
    { k += ($1 != "-" && $2 !~ /^CREATE INDEX/) ? runs : 1; print $1, c[k] }' runs=$runs "$CLUSTER_DIR/counts" "$CLUSTER_DIR/plan" |
LC_ALL=C awk -v rows="$ROWS" -v bytes="$doc_bytes" -v commit="$commit" '
{ n[$1] = $2 }
# s padded to w columns: a 3-byte UTF-8 character (CJK) is 2 columns wide
function pad(s, w,   t, k) { t = s; k = gsub(/[\340-\357]/, "", t); return sprintf("%-" (w + k) "s", s) }
function row(what, a, b, goal, alone) {
    printf "| %s | %13.0f | %13.0f | %6.3f | %-6s | %-7s |\n", pad(what, 42), a, b, a / b, alone, goal }
function alone(a, a0, b, b0) { return sprintf("%.3f", (a - a0) / (b - b0)) }
END {
    printf "instructions (callgrind, statement execution only), %d rows, commit %s\n\n", rows, commit
    printf "| %-42s | %13s | %13s | %6s | %-6s | %-7s |\n", "measure", "indicator", "peer", "ratio", "alone", "goal"
    printf "|%s|%s|%s|%s|%s|%s|\n", "--------------------------------------------", "---------------", "---------------", "--------", "--------", "---------"
    row("text input vs numeric", n["in_ind"], n["in_num"], "<= 0.85", alone(n["in_ind"], n["in_ind0"], n["in_num"], n["in_num0"]))
    row("text output vs numeric", n["out_ind"], n["out_num"], "<= 1.0", alone(n["out_ind"], n["out_ind0"], n["out_num"], n["out_num0"]))
    row("sort (ORDER BY) vs numeric", n["sort_ind"], n["sort_num"], "<= 0.8", "")
    row("btree build vs numeric", n["btree_ind"], n["btree_num"], "<= 0.8", "")
    row("hash GROUP BY vs numeric", n["group_ind"], n["group_num"], "<= 1.0", "")
    row("hash join vs numeric", n["join_ind"], n["join_num"], "<= 1.0", "")
    row("hash GROUP BY vs numeric z (same groups)", n["group_ind"], n["group_numz"], "", "")
    row("hash join vs numeric z (same keys)", n["join_ind"], n["join_numz"], "", "")
    row("sum, 万元 column vs sum(bigint)", n["sum_ind"], n["sum_big"], "<= 1.05", "")
    row("sum, mixed 元/万元/亿元 vs sum(bigint)", n["summ_ind"], n["summ_big"], "<= 1.05", "")
    row("zh_sort_key vs ICU sort key (icu_ext)", n["zh_ind"], n["zh_icu"], "<= 0.5", "")
    printf "| %-42s | %13.0f | %13s | %6s | %-6s | %-7s |\n", "indicator_extract, instructions/byte", n["ext_ind"], bytes " B", sprintf("%.0f", n["ext_ind"] / bytes), "", ""
    printf "\nper row: input %.0f against %.0f (alone %.0f against %.0f), output %.0f against %.0f (alone %.0f against %.0f)\n",
        n["in_ind"] / rows, n["in_num"] / rows, (n["in_ind"] - n["in_ind0"]) / rows, (n["in_num"] - n["in_num0"]) / rows,
        n["out_ind"] / rows, n["out_num"] / rows, (n["out_ind"] - n["out_ind0"]) / rows, (n["out_num"] - n["out_num0"]) / rows
    printf "alone: the statement minus the same scan without the conversion (count(t), count(x) ...)\n"
}' | tee "$out"
if [ "$cache_sim" = yes ]; then
    awk -F'|' 'NR == FNR { m[FNR] = $0; next }
        { k += ($1 != "-" && $2 !~ /^CREATE INDEX/) ? runs : 1; print $1, m[k] }' runs=$runs "$CLUSTER_DIR/misses" "$CLUSTER_DIR/plan" |
    LC_ALL=C awk -v llcfg="$(sed -n 's/^desc: //p' "$CLUSTER_DIR/cg/out.1" | grep -E '^(D1|LL) cache' | paste -sd';' | sed 's/;/; /')" '
    { d1[$1] = $2; ll[$1] = $3 }
    function row(what, a, b) {
        printf "| %-26s | %11.0f | %11.0f | %6.3f | %11.0f | %11.0f | %6s |\n", what, d1[a], d1[b], d1[a] / d1[b], ll[a], ll[b], (ll[b] ? sprintf("%.3f", ll[a] / ll[b]) : "-") }
    END {
        printf "\ndata-cache misses, indicator against numeric (callgrind --cache-sim=yes; the third run of\neach statement but the btree builds, the second of those; %s)\n\n", llcfg
        printf "| %-26s | %11s | %11s | %6s | %11s | %11s | %6s |\n", "measure", "D1 ind", "D1 num", "ratio", "LL ind", "LL num", "ratio"
        printf "|----------------------------|-------------|-------------|--------|-------------|-------------|--------|\n"
        row("sort (ORDER BY)", "sort_ind", "sort_num")
        row("btree build", "btree_ind", "btree_num")
        row("hash GROUP BY (numeric z)", "group_ind", "group_numz")
        row("hash join (numeric z)", "join_ind", "join_numz")
    }' | tee -a "$out"
fi
echo "(kept in $out)"
