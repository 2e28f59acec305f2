-- indicator_bench.sql: indicator against numeric (and bigint for sum) on the same
-- figures, in one run.  Run by bench/indicator_bench.sh (psql -v rows=N -v runs=R); see
-- bench/README.md.  JIT off.  Part 1 (indicator vs numeric) is serial, sorts and index
-- builds in memory: each line's indicator and numeric statements alternate run after run
-- (the order swapped every run), after a CHECKPOINT and in a fresh backend, and every run is
-- kept, so the report gives medians with their spread and the spread of the pairs' ratios.
-- Part 2 (sum) runs each query serial and with 2 parallel workers.  Every plan is checked
-- before it is timed, so a line never measures something other than its label.
\set ON_ERROR_STOP 1
\if :{?rows}
\else
\set rows 2000000
\endif
\if :{?runs}
\else
\set runs 7
\endif
SET client_min_messages = warning;
SET jit = off;
SET max_parallel_workers_per_gather = 0;
SET max_parallel_maintenance_workers = 0;
SET work_mem = '2GB';
SET maintenance_work_mem = '2GB';
CREATE EXTENSION IF NOT EXISTS indicator;

-- the tables bench_fig, bench_x, bench_y, bench_kx, bench_ky, bench_kz and bench_sum (shared
-- with bench/instructions.sh)
\ir data.sql

-- ---------------------------------------------------------------- timing
-- Functions in a schema of their own (not pg_temp): part 1 reconnects before every line.
DROP SCHEMA IF EXISTS benchfn CASCADE;
CREATE SCHEMA benchfn;

-- the plan of q as text (through EXECUTE, as the timing functions run it)
CREATE FUNCTION benchfn.plan_of(q text, do_analyze bool DEFAULT false) RETURNS text
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
CREATE FUNCTION benchfn.check_plan(q text, want text[], refuse text[] DEFAULT '{}')
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    p text := benchfn.plan_of(q);
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

-- milliseconds of one run of q; a CREATE INDEX is dropped again afterwards (not timed)
CREATE FUNCTION benchfn.run_ms(q text) RETURNS numeric LANGUAGE plpgsql AS $$
DECLARE
    t0 timestamptz := clock_timestamp();
    ms numeric;
BEGIN
    EXECUTE q;
    ms := extract(epoch FROM clock_timestamp() - t0) * 1000;
    IF q ~ '^CREATE INDEX' THEN
        EXECUTE 'DROP INDEX bench_fig_idx';
    END IF;
    RETURN ms;
END $$;

CREATE TABLE benchfn.runs (ord int, k int, ind numeric, num numeric);
CREATE TABLE benchfn.lines (ord int, op text, qi text, qn text, settings text, want text[]);

-- Run k of line ord: its settings (SET LOCAL ...), the plan checks (first run), a warm-up of
-- both statements, then one pair, indicator first in odd runs and numeric first in even
-- ones (so that whatever one statement leaves behind for the next hits both alike).
CREATE FUNCTION benchfn.pair(line int, k int) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    l benchfn.lines;
    a numeric;
    b numeric;
BEGIN
    SELECT * INTO STRICT l FROM benchfn.lines WHERE ord = line;
    EXECUTE l.settings;
    IF k = 1 AND cardinality(l.want) > 0 THEN
        PERFORM benchfn.check_plan(l.qi, l.want);
        PERFORM benchfn.check_plan(l.qn, l.want);
    END IF;
    PERFORM benchfn.run_ms(l.qi);
    PERFORM benchfn.run_ms(l.qn);
    IF k % 2 = 1 THEN
        a := benchfn.run_ms(l.qi);
        b := benchfn.run_ms(l.qn);
    ELSE
        b := benchfn.run_ms(l.qn);
        a := benchfn.run_ms(l.qi);
    END IF;
    INSERT INTO benchfn.runs VALUES (line, k, a, b);
END $$;

-- several queries taken in turn, run after run, so that load from elsewhere on the
-- machine hits them alike; the medians, in the order given (part 2)
CREATE FUNCTION benchfn.bench_many(qs text[], runs int DEFAULT 3) RETURNS numeric[]
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

-- the joins must find exactly one match per row
DO $$ BEGIN
    SET LOCAL enable_mergejoin = off;
    SET LOCAL enable_nestloop = off;
    IF (SELECT count(*) FROM bench_fig JOIN bench_kx USING (x)) <> (SELECT count(*) FROM bench_fig)
       OR (SELECT count(*) FROM bench_fig JOIN bench_ky USING (y)) <> (SELECT count(*) FROM bench_fig)
       OR (SELECT count(*) FROM bench_fig JOIN bench_kz USING (z)) <> (SELECT count(*) FROM bench_fig) THEN
        RAISE EXCEPTION 'hash join: not one match per row';
    END IF;
END $$;
SELECT (SELECT count(*) FROM bench_kx) AS groups_x, (SELECT count(*) FROM bench_ky) AS groups_y \gset

-- ---------------------------------------------------------------- part 1: vs numeric
\set serial 'SET LOCAL jit = off; SET LOCAL max_parallel_workers_per_gather = 0; SET LOCAL max_parallel_maintenance_workers = 0; SET LOCAL work_mem = ''2GB''; SET LOCAL maintenance_work_mem = ''2GB'''
\set hashagg :serial '; SET LOCAL enable_sort = off'
\set hashjoin :serial '; SET LOCAL enable_mergejoin = off; SET LOCAL enable_nestloop = off'
INSERT INTO benchfn.lines VALUES
(1, 'input parsing (count(t::indicator) / count(n::numeric))',
    'SELECT count(t::indicator) FROM bench_fig', 'SELECT count(n::numeric) FROM bench_fig', :'serial', '{}'),
(2, 'text output (sum(length(x::text)))',
    'SELECT sum(length(x::text)) FROM bench_fig', 'SELECT sum(length(y::text)) FROM bench_fig', :'serial', '{}'),
-- sort in memory; OFFSET returns no rows so the client does not count
(3, 'sort (ORDER BY, in memory)',
    format('SELECT x FROM bench_fig ORDER BY x OFFSET %s', :rows),
    format('SELECT y FROM bench_fig ORDER BY y OFFSET %s', :rows), :'serial', '{Sort}'),
(4, 'btree index build',
    'CREATE INDEX bench_fig_idx ON bench_fig (x)', 'CREATE INDEX bench_fig_idx ON bench_fig (y)', :'serial', '{}'),
(5, 'hash GROUP BY (HashAggregate)',
    'SELECT count(*) FROM (SELECT x FROM bench_fig GROUP BY x) s',
    'SELECT count(*) FROM (SELECT y FROM bench_fig GROUP BY y) s', :'hashagg', '{HashAggregate}'),
(6, 'hash GROUP BY, numeric z: as many groups as x',
    'SELECT count(*) FROM (SELECT x FROM bench_fig GROUP BY x) s',
    'SELECT count(*) FROM (SELECT z FROM bench_fig GROUP BY z) s', :'hashagg', '{HashAggregate}'),
-- hash join: every bench_fig row probes a hash table of the column's distinct values and
-- finds one match (hash function + equality); merge and nested-loop joins are off
(7, 'hash join, each row to its distinct value',
    'SELECT count(*) FROM bench_fig JOIN bench_kx USING (x)',
    'SELECT count(*) FROM bench_fig JOIN bench_ky USING (y)', :'hashjoin', '{"Hash Join"}'),
(8, 'hash join, numeric z: as many keys as x',
    'SELECT count(*) FROM bench_fig JOIN bench_kx USING (x)',
    'SELECT count(*) FROM bench_fig JOIN bench_kz USING (z)', :'hashjoin', '{"Hash Join"}');
-- Every pair in a fresh backend (\c) after a CHECKPOINT, the lines taken in turn, round
-- after round: the same statement's time moves by up to a third from one backend to the
-- next (memory layout), and what a statement leaves behind (memory handed back after a 2 GB
-- index build, dirty buffers of the loaded tables) would otherwise land on whatever comes
-- next.  The script of rounds is written to the file :part1, then run.
\pset tuples_only on
\pset format unaligned
SELECT string_agg(format(E'CHECKPOINT;\n\\c\nSELECT benchfn.pair(%s, %s) \\g /dev/null', l.ord, k), E'\n' ORDER BY k, l.ord)
FROM benchfn.lines l, generate_series(1, :runs) k \g :part1
\pset tuples_only off
\pset format aligned
\i :part1
\c
SET client_min_messages = warning;
SET jit = off;
SET max_parallel_workers_per_gather = 0;
SET max_parallel_maintenance_workers = 0;
SET work_mem = '2GB';
SET maintenance_work_mem = '2GB';
-- sizes
CREATE TEMP TABLE bench_size (ord int, op text, ind numeric, num numeric, unit text);
INSERT INTO bench_size SELECT 9, 'avg pg_column_size per value',
    (SELECT avg(pg_column_size(x)) FROM bench_fig), (SELECT avg(pg_column_size(y)) FROM bench_fig), 'bytes';
INSERT INTO bench_size SELECT 10, 'one-column table size per row',
    pg_relation_size('bench_x')::numeric / :rows, pg_relation_size('bench_y')::numeric / :rows, 'bytes';
CREATE INDEX bench_fig_ix ON bench_fig (x);
CREATE INDEX bench_fig_iy ON bench_fig (y);
INSERT INTO bench_size SELECT 11, 'btree index size per row',
    pg_relation_size('bench_fig_ix')::numeric / :rows, pg_relation_size('bench_fig_iy')::numeric / :rows, 'bytes';
DROP INDEX bench_fig_ix, bench_fig_iy;

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
SELECT benchfn.check_plan('SELECT sum(' || c || ') FROM bench_sum', '{Aggregate,"Seq Scan"}', '{Gather,Partial}')
FROM unnest('{x,b,y,xm,bm,ym}'::text[]) c \g /dev/null
SELECT benchfn.bench_many('{"SELECT sum(x) FROM bench_sum", "SELECT sum(b) FROM bench_sum",
    "SELECT sum(y) FROM bench_sum", "SELECT sum(xm) FROM bench_sum", "SELECT sum(bm) FROM bench_sum",
    "SELECT sum(ym) FROM bench_sum"}') AS serial \gset
SET max_parallel_workers_per_gather = 2;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SELECT benchfn.check_plan('SELECT sum(' || c || ') FROM bench_sum',
    '{"Finalize Aggregate",Gather,"Workers Planned: 2","Partial Aggregate","Parallel Seq Scan"}')
FROM unnest('{x,b,y,xm,bm,ym}'::text[]) c \g /dev/null
SELECT benchfn.bench_many('{"SELECT sum(x) FROM bench_sum", "SELECT sum(b) FROM bench_sum",
    "SELECT sum(y) FROM bench_sum", "SELECT sum(xm) FROM bench_sum", "SELECT sum(bm) FROM bench_sum",
    "SELECT sum(ym) FROM bench_sum"}') AS parallel \gset
SELECT (regexp_match(benchfn.plan_of('SELECT sum(x) FROM bench_sum', true), 'Workers Launched: (\d+)'))[1] AS launched \gset
SELECT benchfn.plan_of('SELECT sum(x) FROM bench_sum') AS parallel_plan \gset
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
\echo 'indicator vs numeric,' :rows 'rows, serial, JIT off,' :runs 'pairs, each in a fresh backend after a warm-up of both (ratio = indicator / numeric; spec 7 wants <= 1.5 for parsing, sort, btree, hash)'
\echo 'ms: median [min-max] of the runs; ratio: of the medians; pairs: the runs ratio by ratio, median [min-max]'
SELECT op AS measure,
       format('%s [%s-%s]', round(percentile_disc(0.5) WITHIN GROUP (ORDER BY ind), 1), round(min(ind)), round(max(ind))) AS "indicator ms",
       format('%s [%s-%s]', round(percentile_disc(0.5) WITHIN GROUP (ORDER BY num), 1), round(min(num)), round(max(num))) AS "numeric ms",
       round(percentile_disc(0.5) WITHIN GROUP (ORDER BY ind) / nullif(percentile_disc(0.5) WITHIN GROUP (ORDER BY num), 0), 2) AS ratio,
       format('%s [%s-%s]', round(percentile_disc(0.5) WITHIN GROUP (ORDER BY ind / num), 2),
              round(min(ind / num), 2), round(max(ind / num), 2)) AS pairs
FROM benchfn.runs JOIN benchfn.lines USING (ord) GROUP BY ord, op ORDER BY ord;
SELECT op AS measure, round(ind, 1) AS indicator, round(num, 1) AS numeric, unit, round(ind / nullif(num, 0), 2) AS ratio
FROM bench_size ORDER BY ord;
\echo 'distinct values: x (indicator)' :groups_x ', y (numeric)' :groups_y ', z (numeric, made to group as x does)' :groups_x
\echo '(numeric equality ignores unit and qualifier: 超过644亿元 and 644亿元 are one numeric value; the z lines compare equal workloads)'
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
