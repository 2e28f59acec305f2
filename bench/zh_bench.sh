#!/usr/bin/env bash
# zh_bench.sh: the Chinese category functions side by side with ICU called directly
# through icu_ext, on ROWS generated names (default 1,000,000), in one run.
#
#   zh_pinyin(n)                     vs  icu_transform(n, 'Han-Latin')
#   zh_sort_key(n)                   vs  icu_sort_key(n COLLATE "zh-x-icu")
#   ORDER BY a zh_category column    vs  ORDER BY n COLLATE "zh-x-icu"
#
# Prints the median of RUNS runs (default 5) of each, and the ratio ours/peer (lower is
# better; target <= 1).  icu_transform opens a transliterator on every call (about 0.2 ms
# a row), so it runs on the first PEER_ROWS names only (default 20,000) and its time is
# scaled to ROWS; every other figure is measured on all ROWS names.  Installs postgresql-15-icu-ext (scripts/setup.sh --bench) and
# builds and installs the extension; uses a throwaway cluster (scripts/cluster.sh).
# Serial (no parallel workers), JIT off, work_mem large enough to sort in memory.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/cluster.sh
ROWS=${ROWS:-1000000}
RUNS=${RUNS:-5}
PEER_ROWS=${PEER_ROWS:-20000}

bash scripts/setup.sh --bench
. scripts/build.sh
build_install
cluster_start

psql -X -q -v ON_ERROR_STOP=1 -v rows="$ROWS" -v runs="$RUNS" -v peer_rows="$PEER_ROWS" <<'SQL'
CREATE EXTENSION indicator;
CREATE EXTENSION icu_ext;
SET max_parallel_workers_per_gather = 0;
SET work_mem = '512MB';

-- Names: a division or word followed by another and an organisational suffix
-- (青岛市银行分行, 长沙增长统计局 ...), about two thirds of them with a phrase to correct.
CREATE TABLE names AS
SELECT (a.phrase || b.phrase || s.suffix)::text AS n,
       (a.phrase || b.phrase || s.suffix)::zh_category AS c
FROM (SELECT phrase FROM zh_builtin_phrases() ORDER BY phrase) a,
     (SELECT phrase FROM zh_builtin_phrases() ORDER BY phrase DESC) b,
     (VALUES (''), ('分行'), ('统计局')) s(suffix)
ORDER BY md5(a.phrase || b.phrase || s.suffix)
LIMIT :rows;
ANALYZE names;
CREATE TABLE peer_names AS SELECT n FROM names LIMIT :peer_rows;

-- Ours and the peer alternate, run after run, so that load from elsewhere on the machine
-- hits both alike; medians of RUNS runs after one warm-up run of each.
CREATE FUNCTION pg_temp.bench(what text, ours text, peer text, runs int, peer_scale float8 DEFAULT 1)
RETURNS void LANGUAGE plpgsql AS $$
DECLARE t0 timestamptz; a float8[] := '{}'; b float8[] := '{}';
BEGIN
    EXECUTE ours; EXECUTE peer;                  -- warm up caches and ICU objects
    FOR i IN 1..runs LOOP
        t0 := clock_timestamp(); EXECUTE ours;
        a := a || (extract(epoch FROM clock_timestamp() - t0) * 1000);
        t0 := clock_timestamp(); EXECUTE peer;
        b := b || (extract(epoch FROM clock_timestamp() - t0) * 1000 * peer_scale);
    END LOOP;
    INSERT INTO results VALUES (what,
        (SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY m) FROM unnest(a) m),
        (SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY m) FROM unnest(b) m));
END $$;

CREATE TEMP TABLE results(what text, ours_ms float8, peer_ms float8);
SELECT pg_temp.bench('zh_pinyin vs icu_transform Han-Latin',
    'SELECT count(zh_pinyin(n)) FROM names',
    'SELECT count(icu_transform(n, ''Han-Latin'')) FROM peer_names', :runs,
    (SELECT count(*) FROM names)::float8 / (SELECT count(*) FROM peer_names));
SELECT pg_temp.bench('zh_sort_key vs icu_sort_key zh-x-icu',
    'SELECT count(zh_sort_key(n)) FROM names',
    'SELECT count(icu_sort_key(n COLLATE "zh-x-icu")) FROM names', :runs);
SELECT pg_temp.bench('ORDER BY zh_category vs COLLATE zh-x-icu',
    'SELECT c FROM names ORDER BY c OFFSET 100000000',
    'SELECT n FROM names ORDER BY n COLLATE "zh-x-icu" OFFSET 100000000', :runs);

\echo
SELECT count(*) AS rows, round(avg(length(n)), 1) AS avg_chars FROM names;
SELECT what, round(ours_ms::numeric) AS ours_ms, round(peer_ms::numeric) AS peer_ms,
       round((ours_ms / peer_ms)::numeric, 3) AS "ratio ours/peer"
FROM results;
SQL
