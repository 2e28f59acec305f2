-- indicator_bench.sql: indicator against numeric on the same figures, in one run.
-- Run by bench/indicator_bench.sh (psql -v rows=N).  Serial numbers: JIT off, no
-- parallel workers, sorts and index builds in memory.  Each timing is the median of 3
-- runs after one warm-up run.
\set ON_ERROR_STOP 1
\if :{?rows}
\else
\set rows 2000000
\endif
SET client_min_messages = warning;
SET jit = off;
SET max_parallel_workers_per_gather = 0;
SET max_parallel_maintenance_workers = 0;
SET work_mem = '2GB';
SET maintenance_work_mem = '2GB';
CREATE EXTENSION IF NOT EXISTS indicator;

-- ---------------------------------------------------------------- data
-- t: realistic figures with varied numbers; n: the same values as numeric strings
-- (x::numeric, magnitude applied); x: indicator; y: numeric.  A regular table.
SELECT setseed(0.42) \g /dev/null
DROP TABLE IF EXISTS bench_fig;
CREATE TABLE bench_fig AS
SELECT i, t, NULL::text AS n, NULL::indicator AS x, NULL::numeric AS y
FROM (SELECT i, CASE i % 10
        WHEN 0 THEN (1 + (random() * 9999)::int) || '亿元'
        WHEN 1 THEN round((random() * 999)::numeric, 1) || '万人'
        WHEN 2 THEN '同比下降' || round((random() * 40)::numeric, 1) || '%'
        WHEN 3 THEN (1 + (random() * 99)::int) || '万多亩'
        WHEN 4 THEN '超过' || (1 + (random() * 9999)::int) || '亿元'
        WHEN 5 THEN (10000 + (random() * 90000)::int) || '元'
        WHEN 6 THEN '同比增长' || round((random() * 20)::numeric, 1) || '%'
        WHEN 7 THEN (1 + (random() * 9999)::int) || '家'
        WHEN 8 THEN '约' || round((random() * 99)::numeric, 2) || '万吨'
        ELSE round((random() * 10)::numeric, 2) || '万亿元' END AS t
      FROM generate_series(1, :rows) i) s;
UPDATE bench_fig SET x = t::indicator;
UPDATE bench_fig SET y = x::numeric, n = (x::numeric)::text;
VACUUM (ANALYZE, FREEZE) bench_fig;
-- one-column tables for on-disk size per value
DROP TABLE IF EXISTS bench_x, bench_y;
CREATE TABLE bench_x AS SELECT x FROM bench_fig;
CREATE TABLE bench_y AS SELECT y FROM bench_fig;
VACUUM bench_x, bench_y;

-- ---------------------------------------------------------------- timing
CREATE OR REPLACE FUNCTION pg_temp.bench_ms(q text, runs int DEFAULT 3) RETURNS numeric
LANGUAGE plpgsql AS $$
DECLARE
    t0 timestamptz;
    ms numeric[] := '{}';
BEGIN
    EXECUTE q;                                  -- warm-up
    FOR k IN 1 .. runs LOOP
        t0 := clock_timestamp();
        EXECUTE q;
        ms := ms || (extract(epoch FROM clock_timestamp() - t0) * 1000)::numeric;
    END LOOP;
    RETURN (SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY m) FROM unnest(ms) m);
END $$;

CREATE OR REPLACE FUNCTION pg_temp.bench_index_ms(col text, runs int DEFAULT 3) RETURNS numeric
LANGUAGE plpgsql AS $$
DECLARE
    t0 timestamptz;
    ms numeric[] := '{}';
BEGIN
    FOR k IN 0 .. runs LOOP                     -- run 0 is the warm-up
        EXECUTE 'DROP INDEX IF EXISTS bench_fig_idx';
        t0 := clock_timestamp();
        EXECUTE format('CREATE INDEX bench_fig_idx ON bench_fig (%I)', col);
        IF k > 0 THEN
            ms := ms || (extract(epoch FROM clock_timestamp() - t0) * 1000)::numeric;
        END IF;
    END LOOP;
    EXECUTE 'DROP INDEX IF EXISTS bench_fig_idx';
    RETURN (SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY m) FROM unnest(ms) m);
END $$;

CREATE TEMP TABLE bench_result (ord int, op text, ind numeric, num numeric, unit text);

-- input parsing: text to indicator against equivalent numeric strings to numeric
INSERT INTO bench_result SELECT 1, 'input parsing (count(t::indicator) / count(n::numeric))',
    pg_temp.bench_ms('SELECT count(t::indicator) FROM bench_fig'),
    pg_temp.bench_ms('SELECT count(n::numeric) FROM bench_fig'), 'ms';
-- text output
INSERT INTO bench_result SELECT 2, 'text output (sum(length(x::text)))',
    pg_temp.bench_ms('SELECT sum(length(x::text)) FROM bench_fig'),
    pg_temp.bench_ms('SELECT sum(length(y::text)) FROM bench_fig'), 'ms';
-- sort in memory; OFFSET returns no rows so the client does not count
INSERT INTO bench_result SELECT 3, 'sort (ORDER BY, in memory)',
    pg_temp.bench_ms(format('SELECT x FROM bench_fig ORDER BY x OFFSET %s', :rows)),
    pg_temp.bench_ms(format('SELECT y FROM bench_fig ORDER BY y OFFSET %s', :rows)), 'ms';
-- btree index build
INSERT INTO bench_result SELECT 4, 'btree index build',
    pg_temp.bench_index_ms('x'), pg_temp.bench_index_ms('y'), 'ms';
-- hash aggregate
SET enable_sort = off;
INSERT INTO bench_result SELECT 5, 'hash GROUP BY (HashAggregate)',
    pg_temp.bench_ms('SELECT count(*) FROM (SELECT x FROM bench_fig GROUP BY x) s'),
    pg_temp.bench_ms('SELECT count(*) FROM (SELECT y FROM bench_fig GROUP BY y) s'), 'ms';
RESET enable_sort;
-- equality lookups by hash join (hash function + equality)
INSERT INTO bench_result SELECT 6, 'hash join on the column (self join, count)',
    pg_temp.bench_ms('SELECT count(*) FROM (SELECT x FROM bench_fig LIMIT 200000) a JOIN (SELECT x FROM bench_fig LIMIT 200000) b USING (x)'),
    pg_temp.bench_ms('SELECT count(*) FROM (SELECT y FROM bench_fig LIMIT 200000) a JOIN (SELECT y FROM bench_fig LIMIT 200000) b USING (y)'), 'ms';
-- size
INSERT INTO bench_result SELECT 7, 'avg pg_column_size per value',
    (SELECT avg(pg_column_size(x)) FROM bench_fig), (SELECT avg(pg_column_size(y)) FROM bench_fig), 'bytes';
INSERT INTO bench_result SELECT 8, 'one-column table size per row',
    pg_relation_size('bench_x')::numeric / :rows, pg_relation_size('bench_y')::numeric / :rows, 'bytes';

\pset footer off
\echo
\echo 'indicator vs numeric,' :rows 'rows, serial, JIT off, medians of 3 (ratio = indicator / numeric; spec 7 wants <= 1.5 for parsing, sort, btree, hash)'
SELECT op AS measure, round(ind, 1) AS indicator, round(num, 1) AS numeric, unit,
       round(ind / nullif(num, 0), 2) AS ratio
FROM bench_result ORDER BY ord;
\echo 'sample figures:'
SELECT t, x, y FROM bench_fig WHERE i <= 10 ORDER BY i;
