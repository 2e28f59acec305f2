-- extract_bench.sql: indicator_extract against a plain regexp_matches pass over the same
-- Chinese text, in one run (spec section 7: 10 MB/s per core or better).  Run by
-- bench/extract_bench.sh (psql -v mb=N -v unit=TEXT); see bench/README.md.  JIT off,
-- serial; each timing is the median of 3 runs after one warm-up run, inside PL/pgSQL so
-- client transfer is not measured.
\set ON_ERROR_STOP 1
\if :{?mb}
\else
\set mb 10
\endif
SET client_min_messages = warning;
SET jit = off;
SET max_parallel_workers_per_gather = 0;
CREATE EXTENSION IF NOT EXISTS indicator;

-- the document: the shipped reports repeated to :mb megabytes (bytes of UTF-8)
DROP TABLE IF EXISTS bench_doc;
CREATE TABLE bench_doc AS
SELECT repeat(u, ceil(:mb * 1000000.0 / octet_length(u))::int) AS doc
FROM (SELECT :'unit'::text AS u) s;

-- milliseconds of the median of 3 runs after a warm-up run
CREATE OR REPLACE FUNCTION pg_temp.median_ms(q text) RETURNS numeric LANGUAGE plpgsql AS $$
DECLARE
    t timestamptz;
    ms numeric[] := '{}';
BEGIN
    EXECUTE q;
    FOR i IN 1..3 LOOP
        t := clock_timestamp();
        EXECUTE q;
        ms := ms || (extract(epoch FROM clock_timestamp() - t) * 1000)::numeric;
    END LOOP;
    RETURN (SELECT x FROM unnest(ms) x ORDER BY x OFFSET 1 LIMIT 1);
END $$;

-- the peer: one regular expression for figures (the pattern examples/demo.sql used
-- before indicator_extract existed), every match returned
\set pattern '(?:同比(?:下降|提升|增长)|比上年(?:增长|下降)|增长|下降|提高|超过|突破|达到)?[0-9][0-9.,]*(?:万亿|亿|万)?[多余]?(?:元|亩|个|家|人|所|项|条|%|吨|辆|亿元|万元)(?:以上|左右)?'

CREATE TEMP TABLE bench_result AS
SELECT octet_length(doc) AS bytes, length(doc) AS chars,
       (SELECT count(*) FROM indicator_extract(doc)) AS extract_rows,
       (SELECT count(*) FROM regexp_matches(doc, :'pattern', 'g')) AS regexp_rows,
       pg_temp.median_ms('SELECT count(*) FROM indicator_extract((SELECT doc FROM bench_doc))') AS extract_ms,
       pg_temp.median_ms(format('SELECT count(*) FROM regexp_matches((SELECT doc FROM bench_doc), %L, ''g'')',
                                :'pattern')) AS regexp_ms
FROM bench_doc;

\echo == indicator_extract against regexp_matches on the same text (serial, median of 3)
SELECT round(bytes / 1e6, 1) AS "MB", chars AS characters,
       'indicator_extract' AS pass, extract_rows AS rows, round(extract_ms) AS ms,
       round(bytes / 1e6 / (extract_ms / 1000), 1) AS "MB/s"
FROM bench_result
UNION ALL
SELECT round(bytes / 1e6, 1), chars, 'regexp_matches', regexp_rows, round(regexp_ms),
       round(bytes / 1e6 / (regexp_ms / 1000), 1)
FROM bench_result;
SELECT round(extract_ms / regexp_ms, 2) AS "ratio extract / regexp (lower is better)",
       round(bytes / 1e6 / (extract_ms / 1000), 1) >= 10 AS "at least 10 MB/s"
FROM bench_result;
