-- data.sql: the benchmarks' tables, read by bench/indicator_bench.sql (timed) and
-- bench/instructions.sh (instruction counts), so that both measure the same figures.
-- psql variable rows: rows of bench_fig and bench_sum.

-- ---------------------------------------------------------------- data
-- bench_fig: realistic figures with varied units (t), the same values as numeric
-- strings (n, x::numeric with the magnitude applied), as indicator (x) and as numeric
-- (y).  Built in one statement so the table has no dead space.  z: y made distinct where
-- x is (y + 0.01 x the rank of x among the figures of that value; y has at most one
-- decimal), so that a numeric GROUP BY or join on z has exactly as many groups or keys as
-- one on x: numeric equality ignores unit and qualifier (超过644亿元 = 644亿元 as numeric),
-- so y has fewer.
SELECT setseed(0.42) \g /dev/null
DROP TABLE IF EXISTS bench_fig;
CREATE TABLE bench_fig AS
SELECT i, t, n, x, y, y + 0.01 * (dense_rank() OVER (PARTITION BY y ORDER BY x) - 1) AS z
FROM (SELECT i, t, (x::numeric)::text AS n, x, x::numeric AS y
      FROM (SELECT i, t, t::indicator AS x
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
                  FROM generate_series(1, :rows) i) g) s) s2
ORDER BY i;
VACUUM (ANALYZE, FREEZE) bench_fig;
-- one-column tables for on-disk size per value
DROP TABLE IF EXISTS bench_x, bench_y;
CREATE TABLE bench_x AS SELECT x FROM bench_fig;
CREATE TABLE bench_y AS SELECT y FROM bench_fig;
VACUUM bench_x, bench_y;
-- the distinct values of each column, for the hash join (each bench_fig row matches
-- exactly one row, so both joins return `rows` rows)
DROP TABLE IF EXISTS bench_kx, bench_ky, bench_kz;
CREATE TABLE bench_kx AS SELECT DISTINCT x FROM bench_fig;
CREATE TABLE bench_ky AS SELECT DISTINCT y FROM bench_fig;
CREATE TABLE bench_kz AS SELECT DISTINCT z FROM bench_fig;
VACUUM ANALYZE bench_kx, bench_ky, bench_kz;
DO $$ BEGIN
    IF (SELECT count(*) FROM bench_kz) <> (SELECT count(*) FROM bench_kx) THEN
        RAISE EXCEPTION 'bench_fig.z: % values, x: % (z must group as x does)',
            (SELECT count(*) FROM bench_kz), (SELECT count(*) FROM bench_kx);
    END IF;
END $$;

-- bench_sum: a statistics table's money columns, for sum().  x: one unit per column,
-- as a statistics table has it (万元, mostly 2 decimals, a quarter with 1); xm: money
-- in mixed magnitudes (元 / 万元 / 亿元, in random order).  b, bm: the same values in
-- 元 as bigint; y, ym: the same as numeric.  Every sum is over the same rows.
SELECT setseed(0.17) \g /dev/null
DROP TABLE IF EXISTS bench_sum;
CREATE TABLE bench_sum AS
SELECT i, x, (x::numeric)::bigint AS b, x::numeric AS y,
          xm, (xm::numeric)::bigint AS bm, xm::numeric AS ym
FROM (SELECT i, t::indicator AS x, tm::indicator AS xm
      FROM (SELECT i,
              round((random() * 99999)::numeric, CASE WHEN random() < 0.25 THEN 1 ELSE 2 END) || '万元' AS t,
              CASE WHEN r < 0.5 THEN round((random() * 9999)::numeric, 2) || '万元'
                   WHEN r < 0.8 THEN (1 + (random() * 99999)::int) || '元'
                   ELSE round((random() * 99)::numeric, 2) || '亿元' END AS tm
            FROM (SELECT i, random() AS r FROM generate_series(1, :rows) i) g0) g) s;
VACUUM (ANALYZE, FREEZE) bench_sum;
