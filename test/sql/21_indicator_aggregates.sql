-- sum, avg, min, max; parallel plans give the serial result.
SELECT sum(x), avg(x), min(x), max(x), count(x)
FROM unnest(ARRAY['1800亿元', '1.4万亿元', '27701元', NULL]::indicator[]) x;
SELECT sum(x) AS with_open_range FROM unnest(ARRAY['3万多亩', '200亩', '1公顷']::indicator[]) x;
SELECT sum(x) AS bounds FROM unnest(ARRAY['突破6600家', '超过7000家', '10家']::indicator[]) x;
SELECT sum(x) AS changes FROM unnest(ARRAY['同比增长5%', '同比下降2%', '同比持平']::indicator[]) x;
SELECT sum(x) AS about, avg(x) AS about_avg FROM unnest(ARRAY['同比增长5%', '同比基本持平', '同比下降2%']::indicator[]) x;
SELECT sum(x) AS flats FROM unnest(ARRAY['持平', '基本持平']::indicator[]) x;
SELECT sum(x) AS nothing FROM unnest(ARRAY[]::indicator[]) x;
SELECT avg(x) AS rounds_half_even FROM unnest(ARRAY['36.4万人', '30万人', '1万人']::indicator[]) x;
-- A mean whose exact value terminates but needs more than 18 digits is rounded half-even
-- to 18 significant digits, never an error where sum succeeds (issue 10).
SELECT avg(x) AS nineteen_digits FROM unnest(ARRAY['9.99999999999999999', '0']::indicator[]) x;
SELECT avg(x) AS half_even_up FROM unnest(ARRAY['999999999999999999元', '0元']::indicator[]) x;
SELECT avg(x) AS half_even_down FROM unnest(ARRAY['999999999999999997元', '0元']::indicator[]) x;
SELECT sum(x) AS total, avg(x) AS mean_of_16
FROM unnest(ARRAY['27701.35元', '36.40万元', '1800亿元', '1.4万亿元', '742.2万元', '18483元',
                  '5.75万亿元', '7540亿元', '644亿元', '0.83元', '4909元', '38.54万元', '2.3亿元',
                  '12345.67万元', '99.99元', '9.2万亿元']::indicator[]) x;
-- The sample report: total planned investment across magnitudes.
SELECT sum(x) AS planned FROM unnest(ARRAY['超过1800亿元', '1.4万亿元', '50亿元以上']::indicator[]) x;
-- sum equals the fold of +.
WITH v(i, x) AS (VALUES (1, '1800亿元'::indicator), (2, '1.4万亿元'), (3, '36.40万元'), (4, '-27701元'))
SELECT (SELECT sum(x) FROM v) = (SELECT '1800亿元'::indicator + '1.4万亿元' + '36.40万元' + '-27701元') AS sum_is_fold;
-- A sum of partial sums prints what one sum of all rows prints: the largest magnitude,
-- decimals down to the finest digit any row wrote, the qualifiers combined (issue 13).
CREATE TABLE shape_rows (grp int, v indicator);
INSERT INTO shape_rows VALUES (1, '1亿元'), (1, '1万元'), (2, '9999万元'),
    (3, '超过46.6065亿元'), (3, '11328万元'), (4, '37875万元'), (4, '7192万元');
SELECT grp, sum(v) FROM shape_rows GROUP BY grp ORDER BY grp;
SELECT (SELECT sum(v) FROM shape_rows WHERE grp < 3) AS rows_1_2,
       (SELECT sum(s) FROM (SELECT sum(v) AS s FROM shape_rows WHERE grp < 3 GROUP BY grp) p)
           AS sums_1_2,
       (SELECT sum(v) FROM shape_rows WHERE grp > 2) AS rows_3_4,
       (SELECT sum(s) FROM (SELECT sum(v) AS s FROM shape_rows WHERE grp > 2 GROUP BY grp) p)
           AS sums_3_4;
DROP TABLE shape_rows;

-- A regular table (temporary tables never get parallel plans), parallel plans forced.
CREATE TABLE agg_facts AS
SELECT g, ((g % 997) || '.' || (g % 10) || '万元')::indicator AS money,
       (CASE WHEN g % 3 = 0 THEN '超过' ELSE '' END || (g % 50) || '亩')::indicator AS land
FROM generate_series(1, 60000) g;
ANALYZE agg_facts;
SET parallel_setup_cost = 0; SET parallel_tuple_cost = 0; SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2; SET parallel_leader_participation = off;
EXPLAIN (COSTS OFF) SELECT sum(money), avg(money), min(money), max(money), sum(land) FROM agg_facts;
-- Workers really ran: two partial states, each over half the rows, serialized and combined.
-- (PostgreSQL 18 prints row counts as 1.00 and buffers by default: both normalized away)
CREATE FUNCTION pg_temp.analyzed_plan(query text) RETURNS SETOF text LANGUAGE plpgsql AS $$
DECLARE
    line text;
BEGIN
    FOR line IN EXECUTE 'EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF, BUFFERS OFF) ' || query LOOP
        RETURN NEXT regexp_replace(line, 'rows=([0-9]+)\.00 ', 'rows=\1 ');
    END LOOP;
END $$;
SELECT pg_temp.analyzed_plan('SELECT sum(money), avg(money), min(money), max(money), sum(land) FROM agg_facts')
    AS "QUERY PLAN";
CREATE TABLE agg_parallel AS
SELECT sum(money) AS s, avg(money) AS a, min(money) AS mi, max(money) AS ma, sum(land) AS l FROM agg_facts;
SELECT * FROM agg_parallel;
RESET parallel_leader_participation;
SET max_parallel_workers_per_gather = 0;
SELECT (SELECT sum(money) FROM agg_facts) = s AND (SELECT avg(money) FROM agg_facts) = a
   AND (SELECT min(money) FROM agg_facts) = mi AND (SELECT max(money) FROM agg_facts) = ma
   AND (SELECT sum(land) FROM agg_facts) = l AS serial_equals_parallel,
   (SELECT sum(money)::text FROM agg_facts) = s::text AS same_text
FROM agg_parallel;
-- Grouped, parallel: per dimension.
SET max_parallel_workers_per_gather = 2;
SELECT g % 4 AS k, sum(money), avg(land) FROM agg_facts GROUP BY 1 ORDER BY 1;
RESET max_parallel_workers_per_gather; RESET parallel_setup_cost; RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
DROP TABLE agg_facts, agg_parallel;
