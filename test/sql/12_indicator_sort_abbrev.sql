-- Abbreviated sort keys (issue 19): a sort of indicator or target values compares a 64-bit
-- key of dimension, kind and value, and the full comparison only on equal keys.  Only the
-- first sort key is abbreviated, so ORDER BY k, x with a constant k sorts x by the full
-- comparison alone: both orders must be the same, and each must be ordered by <= itself.
SET client_min_messages = warning;
SET max_parallel_workers_per_gather = 0;
CREATE TEMP TABLE sortfig AS
SELECT i, 0 AS k, (CASE i % 12
    WHEN 0 THEN (i % 97) || '亿元'
    WHEN 1 THEN (i % 97 * 10000) || '万元'
    WHEN 2 THEN (i % 97 * 100000000::bigint) || '元'
    WHEN 3 THEN '同比下降' || (i % 41) / 10.0 || '%'
    WHEN 4 THEN '同比增长' || (i % 41) / 10.0 || '%'
    WHEN 5 THEN (1 + i % 13) || '万多亩'
    WHEN 6 THEN '超过' || (i % 97) || '亿元'
    WHEN 7 THEN '-' || (i % 89) || '.5万吨'
    WHEN 8 THEN (i % 89 * 5000) || '千克'
    WHEN 9 THEN '约' || (i % 7) || '公顷'
    WHEN 10 THEN (i % 31) || '.123456789012345元/人'
    ELSE (i % 5) || '个百分点' END)::indicator AS x
FROM generate_series(1, 20000) i;

-- the same rows in the same order, abbreviated or not (ties broken by i)
SELECT count(*) AS rows,
       count(*) FILTER (WHERE a.i <> b.i) AS differing_positions
FROM (SELECT i, row_number() OVER () AS r FROM (SELECT i FROM sortfig ORDER BY x, i) s) a
JOIN (SELECT i, row_number() OVER () AS r FROM (SELECT i FROM sortfig ORDER BY k, x, i) s) b
USING (r);

-- the abbreviated order is ordered by the full comparison, in both directions
SELECT bool_and(prev <= x) AS ascending FROM
    (SELECT x, lag(x) OVER (ORDER BY x) AS prev FROM sortfig) s WHERE prev IS NOT NULL;
SELECT bool_and(prev >= x) AS descending FROM
    (SELECT x, lag(x) OVER (ORDER BY x DESC) AS prev FROM sortfig) s WHERE prev IS NOT NULL;

-- equal values written differently (1亿元, 10000万元, 100000000元) sort together
SELECT x::text AS written, count(*) FROM sortfig WHERE x = '1亿元' GROUP BY 1 ORDER BY 1;
SELECT count(DISTINCT r) AS positions, max(r) - min(r) + 1 AS span
FROM (SELECT x, row_number() OVER (ORDER BY x) AS r FROM sortfig) s WHERE x = '1亿元';

-- a btree built with abbreviated keys holds the order amcheck expects
CREATE EXTENSION IF NOT EXISTS amcheck;
CREATE INDEX sortfig_x ON sortfig (x);
SELECT bt_index_check('sortfig_x', true);
SELECT count(*) FROM sortfig WHERE x >= '50亿元' AND x < '5000000000.5元';

-- targets: the comparator above the main figure's key
CREATE TEMP TABLE sorttarget AS
SELECT i, 0 AS k, (CASE i % 5
    WHEN 0 THEN (i % 17) || '%以上'
    WHEN 1 THEN (i % 17) || '%左右'
    WHEN 2 THEN '控制在' || (i % 17) || '%以内'
    WHEN 3 THEN (i % 7) || '%-' || (i % 7 + 2) || '%'
    ELSE (i % 23) || '亿元' END)::target AS t
FROM generate_series(1, 5000) i;
SELECT count(*) FILTER (WHERE a.i <> b.i) AS differing_positions
FROM (SELECT i, row_number() OVER () AS r FROM (SELECT i FROM sorttarget ORDER BY t, i) s) a
JOIN (SELECT i, row_number() OVER () AS r FROM (SELECT i FROM sorttarget ORDER BY k, t, i) s) b
USING (r);
SELECT bool_and(prev <= t) AS ascending FROM
    (SELECT t, lag(t) OVER (ORDER BY t) AS prev FROM sorttarget) s WHERE prev IS NOT NULL;
CREATE INDEX sorttarget_t ON sorttarget (t);
SELECT bt_index_check('sorttarget_t', true);
