-- indicator_bench.sql: indicator against numeric (and bigint for sum) on the same
-- figures, in one run.  Run by bench/indicator_bench.sh (psql -v rows=N); see
-- bench/README.md.  JIT off; every timing is the median of 3 runs after one warm-up run.
-- Part 1 (indicator vs numeric) is serial, sorts and index builds in memory.  Part 2
-- (sum) runs each query serial and with 2 parallel workers.  Every plan is checked
-- before it is timed, so a line never measures something other than its label.
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

-- the tables bench_fig, bench_x, bench_y, bench_kx, bench_ky and bench_sum (shared with
-- bench/instructions.sh)
\ir data.sql

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

-- several queries taken in turn, run after run, so that load from elsewhere on the
-- machine hits them alike; the medians, in the order given
CREATE OR REPLACE FUNCTION pg_temp.bench_many(qs text[], runs int DEFAULT 3) RETURNS numeric[]
LANGUAGE plpgsql AS $$
DECLARE
    t0 timestamptz;
    q text;
    n int := cardinality(qs);
    ms numeric[] := '{}';                       -- run k of query j at (k-1)*n + j
BEGIN
    FOREACH q IN ARRAY qs LOOP EXECUTE q; END LOOP;   -- warm-up
    FOR k IN 1 .. runs LOOP
        FOREACH q IN ARRAY qs LOOP
            t0 := clock_timestamp();
            EXECUTE q;
            ms := ms || (extract(epoch FROM clock_timestamp() - t0) * 1000)::numeric;
        END LOOP;
    END LOOP;
    RETURN ARRAY(SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY m)
                 FROM unnest(ms) WITH ORDINALITY u(m, o)
                 GROUP BY (o - 1) % n ORDER BY (o - 1) % n);
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

-- the plan of q as text (through EXECUTE, as the timing functions run it)
CREATE OR REPLACE FUNCTION pg_temp.plan_of(q text, do_analyze bool DEFAULT false) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
    r text;
    acc text := '';
BEGIN
    FOR r IN EXECUTE 'EXPLAIN (COSTS OFF'
        || CASE WHEN do_analyze THEN ', ANALYZE, TIMING OFF, SUMMARY OFF' ELSE '' END || ') ' || q
    LOOP
        acc := acc || r || E'\n';
    END LOOP;
    RETURN acc;
END $$;

-- fails the run unless q's plan has every node in want and none in refuse
CREATE OR REPLACE FUNCTION pg_temp.check_plan(q text, want text[], refuse text[] DEFAULT '{}')
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    p text := pg_temp.plan_of(q);
    w text;
BEGIN
    FOREACH w IN ARRAY want LOOP
        IF strpos(p, w) = 0 THEN
            RAISE EXCEPTION 'plan of "%" has no %:%', q, w, E'\n' || p;
        END IF;
    END LOOP;
    FOREACH w IN ARRAY refuse LOOP
        IF strpos(p, w) > 0 THEN
            RAISE EXCEPTION 'plan of "%" has %:%', q, w, E'\n' || p;
        END IF;
    END LOOP;
END $$;

CREATE TEMP TABLE bench_result (ord int, op text, ind numeric, num numeric, unit text);

-- ---------------------------------------------------------------- part 1: vs numeric
-- input parsing: text to indicator against equivalent numeric strings to numeric
INSERT INTO bench_result SELECT 1, 'input parsing (count(t::indicator) / count(n::numeric))',
    pg_temp.bench_ms('SELECT count(t::indicator) FROM bench_fig'),
    pg_temp.bench_ms('SELECT count(n::numeric) FROM bench_fig'), 'ms';
-- text output
INSERT INTO bench_result SELECT 2, 'text output (sum(length(x::text)))',
    pg_temp.bench_ms('SELECT sum(length(x::text)) FROM bench_fig'),
    pg_temp.bench_ms('SELECT sum(length(y::text)) FROM bench_fig'), 'ms';
-- sort in memory; OFFSET returns no rows so the client does not count
SELECT pg_temp.check_plan(format('SELECT x FROM bench_fig ORDER BY x OFFSET %s', :rows), '{Sort}') \g /dev/null
INSERT INTO bench_result SELECT 3, 'sort (ORDER BY, in memory)',
    pg_temp.bench_ms(format('SELECT x FROM bench_fig ORDER BY x OFFSET %s', :rows)),
    pg_temp.bench_ms(format('SELECT y FROM bench_fig ORDER BY y OFFSET %s', :rows)), 'ms';
-- btree index build
INSERT INTO bench_result SELECT 4, 'btree index build',
    pg_temp.bench_index_ms('x'), pg_temp.bench_index_ms('y'), 'ms';
-- hash aggregate
SET enable_sort = off;
SELECT pg_temp.check_plan('SELECT count(*) FROM (SELECT x FROM bench_fig GROUP BY x) s', '{HashAggregate}') \g /dev/null
SELECT pg_temp.check_plan('SELECT count(*) FROM (SELECT y FROM bench_fig GROUP BY y) s', '{HashAggregate}') \g /dev/null
INSERT INTO bench_result SELECT 5, 'hash GROUP BY (HashAggregate)',
    pg_temp.bench_ms('SELECT count(*) FROM (SELECT x FROM bench_fig GROUP BY x) s'),
    pg_temp.bench_ms('SELECT count(*) FROM (SELECT y FROM bench_fig GROUP BY y) s'), 'ms';
RESET enable_sort;
-- hash join: every bench_fig row probes a hash table of the column's distinct values
-- and finds one match (hash function + equality); merge and nested-loop joins are off
-- so the plan is a Hash Join for both types
SET enable_mergejoin = off;
SET enable_nestloop = off;
SELECT pg_temp.check_plan('SELECT count(*) FROM bench_fig JOIN bench_kx USING (x)', '{"Hash Join"}') \g /dev/null
SELECT pg_temp.check_plan('SELECT count(*) FROM bench_fig JOIN bench_ky USING (y)', '{"Hash Join"}') \g /dev/null
DO $$ BEGIN
    IF (SELECT count(*) FROM bench_fig JOIN bench_kx USING (x)) <> (SELECT count(*) FROM bench_fig)
       OR (SELECT count(*) FROM bench_fig JOIN bench_ky USING (y)) <> (SELECT count(*) FROM bench_fig) THEN
        RAISE EXCEPTION 'hash join: not one match per row';
    END IF;
END $$;
INSERT INTO bench_result SELECT 6, 'hash join, each row to its distinct value (count)',
    pg_temp.bench_ms('SELECT count(*) FROM bench_fig JOIN bench_kx USING (x)'),
    pg_temp.bench_ms('SELECT count(*) FROM bench_fig JOIN bench_ky USING (y)'), 'ms';
RESET enable_mergejoin;
RESET enable_nestloop;
-- size
INSERT INTO bench_result SELECT 7, 'avg pg_column_size per value',
    (SELECT avg(pg_column_size(x)) FROM bench_fig), (SELECT avg(pg_column_size(y)) FROM bench_fig), 'bytes';
INSERT INTO bench_result SELECT 8, 'one-column table size per row',
    pg_relation_size('bench_x')::numeric / :rows, pg_relation_size('bench_y')::numeric / :rows, 'bytes';

-- ---------------------------------------------------------------- part 2: sum()
-- The same rows of bench_sum, summed as indicator, bigint and numeric; serial, then
-- with 2 parallel workers (plus the leader).  The sums must agree.
DO $$ BEGIN
    IF (SELECT sum(x)::numeric <> sum(y) OR sum(b) <> sum(y) OR sum(xm)::numeric <> sum(ym)
               OR sum(bm) <> sum(ym) FROM bench_sum) THEN
        RAISE EXCEPTION 'sum(): indicator, bigint and numeric disagree';
    END IF;
END $$;
CREATE TEMP TABLE bench_sum_result (ord int, op text, ind numeric, big numeric, num numeric, unit text);

SET max_parallel_workers_per_gather = 0;
SELECT pg_temp.check_plan('SELECT sum(' || c || ') FROM bench_sum', '{Aggregate,"Seq Scan"}', '{Gather,Partial}')
FROM unnest('{x,b,y,xm,bm,ym}'::text[]) c \g /dev/null
SELECT pg_temp.bench_many('{"SELECT sum(x) FROM bench_sum", "SELECT sum(b) FROM bench_sum",
    "SELECT sum(y) FROM bench_sum", "SELECT sum(xm) FROM bench_sum", "SELECT sum(bm) FROM bench_sum",
    "SELECT sum(ym) FROM bench_sum"}') AS serial \gset
SET max_parallel_workers_per_gather = 2;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SELECT pg_temp.check_plan('SELECT sum(' || c || ') FROM bench_sum',
    '{"Finalize Aggregate",Gather,"Workers Planned: 2","Partial Aggregate","Parallel Seq Scan"}')
FROM unnest('{x,b,y,xm,bm,ym}'::text[]) c \g /dev/null
SELECT pg_temp.bench_many('{"SELECT sum(x) FROM bench_sum", "SELECT sum(b) FROM bench_sum",
    "SELECT sum(y) FROM bench_sum", "SELECT sum(xm) FROM bench_sum", "SELECT sum(bm) FROM bench_sum",
    "SELECT sum(ym) FROM bench_sum"}') AS parallel \gset
SELECT (regexp_match(pg_temp.plan_of('SELECT sum(x) FROM bench_sum', true), 'Workers Launched: (\d+)'))[1] AS launched \gset
SELECT pg_temp.plan_of('SELECT sum(x) FROM bench_sum') AS parallel_plan \gset
SET max_parallel_workers_per_gather = 0;
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;

INSERT INTO bench_sum_result
SELECT 10 * g + o, format('sum, %s, %s', CASE g WHEN 1 THEN '万元 column' ELSE '元/万元/亿元 mixed' END, m),
       v[3 * g - 2], v[3 * g - 1], v[3 * g], 'ms'
FROM (VALUES (1, 'serial', :'serial'::numeric[]), (2, '2 workers', :'parallel'::numeric[])) r(o, m, v),
     (VALUES (1), (2)) gg(g);
INSERT INTO bench_sum_result
SELECT 10 * g + 3, format('speed-up serial/2 workers, %s', CASE g WHEN 1 THEN '万元 column' ELSE '元/万元/亿元 mixed' END),
       s[3 * g - 2] / p[3 * g - 2], s[3 * g - 1] / p[3 * g - 1], s[3 * g] / p[3 * g], 'x'
FROM (SELECT :'serial'::numeric[] s, :'parallel'::numeric[] p) r, (VALUES (1), (2)) gg(g);

-- ---------------------------------------------------------------- report
\pset footer off
\echo
\echo 'indicator vs numeric,' :rows 'rows, serial, JIT off, medians of 3 (ratio = indicator / numeric; spec 7 wants <= 1.5 for parsing, sort, btree, hash)'
SELECT op AS measure, round(ind, 1) AS indicator, round(num, 1) AS numeric, unit,
       round(ind / nullif(num, 0), 2) AS ratio
FROM bench_result ORDER BY ord;
\echo 'sum() over the same' :rows 'rows of one table: indicator, bigint, numeric; JIT off, medians of 3'
\echo '(spec 7: indicator/bigint <= 1.3, indicator/numeric < 1, speed-up near linear: about 2 at most on 2 cores)'
SELECT op AS measure, round(ind, 1) AS indicator, round(big, 1) AS bigint, round(num, 1) AS numeric, unit,
       CASE WHEN unit = 'ms' THEN round(ind / nullif(big, 0), 2) END AS "ind/bigint",
       CASE WHEN unit = 'ms' THEN round(ind / nullif(num, 0), 2) END AS "ind/numeric"
FROM bench_sum_result ORDER BY ord;
\echo 'parallel plan of every sum (checked for all six columns):'
\echo :parallel_plan
\echo 'EXPLAIN ANALYZE SELECT sum(x) FROM bench_sum: Workers Launched:' :launched 'of 2'
\echo 'sample figures:'
SELECT t, x, y FROM bench_fig WHERE i <= 10 ORDER BY i;
SELECT x, b, xm, bm FROM bench_sum WHERE i <= 6 ORDER BY i;
