-- pgTAP: the aggregates' states are real types whose text and binary forms round-trip and
-- reject malformed input, and the shape of a sum is associative: for random rows and
-- random splits, the sum of the per-group sums equals the sum of the rows, in value and
-- in text (issue 13).
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS indicator;
SELECT plan(20);

-- ---- every aggregate of the extension
CREATE TEMP VIEW ext_aggs AS
SELECT a.aggfnoid::regprocedure AS agg, a.aggtransfn::regproc AS sfunc, a.aggtranstype::regtype AS stype,
       t.typtype, a.aggcombinefn::regproc AS combine, p.pronargs
FROM pg_aggregate a JOIN pg_proc p ON p.oid = a.aggfnoid
JOIN pg_type t ON t.oid = a.aggtranstype
JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e'
JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'indicator';

SELECT cmp_ok((SELECT count(*) FROM ext_aggs), '>=', 8::bigint, 'the extension''s aggregates are found');
SELECT is((SELECT string_agg(agg::text, ', ') FROM ext_aggs WHERE typtype = 'p'), NULL,
          'no aggregate of the extension has a pseudo-type (internal) state');
SELECT is((SELECT string_agg(agg::text, ', ') FROM ext_aggs WHERE combine = 0), NULL,
          'every aggregate has a combine function');
SELECT is((SELECT string_agg(agg::text, ', ') FROM ext_aggs a JOIN pg_type t ON t.oid = a.stype
           WHERE t.typlen < 0 OR t.typsend = 0 OR t.typreceive = 0), NULL,
          'every state type is fixed-size with binary I/O');

-- ---- each aggregate's state, made by its own transition function from sample rows,
-- round-trips through text (how Citus ships it) and through binary COPY
CREATE FUNCTION pg_temp.state_of(a ext_aggs) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
    -- two sample rows per aggregate (min/max: two figures of different dimensions)
    row1 text := CASE
        WHEN a.pronargs = 1 THEN $a$'超过1800亿元'::indicator$a$
        WHEN a.agg::text LIKE 'completion_agg%' THEN $a$'8000亿元'::indicator, '8000亿元'::target$a$
        ELSE $a$'500亿元'::indicator, '480亿元'::indicator$a$ END;
    row2 text := CASE
        WHEN a.stype = 'indicator'::regtype THEN $a$'3万多亩'::indicator$a$
        WHEN a.pronargs = 1 THEN $a$'1.4万亿元'::indicator$a$
        WHEN a.agg::text LIKE 'completion_agg%' THEN $a$'5000亿元'::indicator, '5200亿元'::target$a$
        WHEN a.agg::text LIKE 'group_growth%' THEN $a$'5000亿元'::indicator, '4700亿元'::indicator$a$
        ELSE $a$'3万多元'::indicator, '480亿元'::indicator$a$ END;
    s text;
BEGIN
    IF a.stype = 'indicator'::regtype THEN
        EXECUTE format('SELECT %s(%s, %s)::text', a.sfunc, row1, row2) INTO s;
    ELSE
        EXECUTE format('SELECT %s(%s(NULL, %s), %s)::text', a.sfunc, a.sfunc, row1, row2) INTO s;
    END IF;
    RETURN s;
END $$;
CREATE TABLE agg_state_samples AS
SELECT agg::text AS agg, stype, pg_temp.state_of(a) AS state FROM ext_aggs a;
SELECT is((SELECT string_agg(agg, ', ') FROM agg_state_samples WHERE state IS NULL), NULL,
          'a sample state is made for every aggregate');
CREATE FUNCTION pg_temp.text_round_trip(state text, stype regtype) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
    back text;
BEGIN
    EXECUTE format('SELECT %L::%s::text', state, stype) INTO back;
    RETURN back;
END $$;
SELECT is((SELECT string_agg(agg, ', ') FROM agg_state_samples
           WHERE pg_temp.text_round_trip(state, stype) IS DISTINCT FROM state), NULL,
          'every state''s text form round-trips');

-- binary: COPY the states out and in again in binary format, then compare their text
CREATE TABLE agg_state_bin (sum_state indicator_sum_state, pair_state indicator_pair_state);
INSERT INTO agg_state_bin
SELECT (SELECT state FROM agg_state_samples WHERE agg LIKE 'sum%')::indicator_sum_state,
       s.state::indicator_pair_state
FROM agg_state_samples s WHERE s.stype = 'indicator_pair_state'::regtype;
CREATE FUNCTION pg_temp.binary_copy(src text, dst text, file text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format('COPY %s TO %L (FORMAT binary)', src, file);
    EXECUTE format('COPY %s FROM %L (FORMAT binary)', dst, file);
END $$;
CREATE TABLE agg_state_bin2 (LIKE agg_state_bin);
SELECT pg_temp.binary_copy('agg_state_bin', 'agg_state_bin2',
                           '/tmp/indicator_agg_state_' || pg_backend_pid() || '.bin');
SELECT is((SELECT count(*) FROM agg_state_bin2 b
           WHERE (b.sum_state::text, b.pair_state::text) IN (SELECT sum_state::text, pair_state::text FROM agg_state_bin)),
          4::bigint, 'states round-trip through binary COPY');

-- ---- malformed input: text is 22P02, binary is 22P03
SELECT throws_ok($$SELECT 'zz'::indicator_sum_state$$, '22P02', NULL, 'a state text of the wrong length is 22P02');
SELECT throws_ok($$SELECT repeat('g', 178)::indicator_sum_state$$, '22P02', NULL, 'a state text that is not hex is 22P02');
SELECT throws_ok($$SELECT ('02' || repeat('0', 176))::indicator_sum_state$$, '22P02', NULL,
                 'a state text of an unknown format version is 22P02');
SELECT throws_ok($$SELECT ('01' || repeat('f', 386))::indicator_pair_state$$, '22P02', NULL,
                 'a pair state text with impossible fields is 22P02');
-- a sum of changes in 元 whose change word (byte 88) is made 加快 (21): a speed's word over a
-- count, a sum that would not validate (a fuzz find, stop 42)
SELECT throws_ok(format($$SELECT overlay(%L placing '15' from 2 * 88 + 1 for 2)::indicator_sum_state$$,
                        indicator_sum_trans(indicator_sum_trans(NULL, '增加5亿元'::indicator),
                                            '增加3亿元'::indicator)::text),
                 '22P02', NULL, 'a sum state with a speed''s change word over 元 is 22P02');
-- the same sum with its change word made 持平 (48): a flat word over values, a sum that would
-- print 持平 with a value (a fuzz find, stop 43)
SELECT throws_ok(format($$SELECT overlay(%L placing '30' from 2 * 88 + 1 for 2)::indicator_sum_state$$,
                        indicator_sum_trans(indicator_sum_trans(NULL, '增加5亿元'::indicator),
                                            '增加3亿元'::indicator)::text),
                 '22P02', NULL, 'a sum state with 持平 over values is 22P02');
CREATE TABLE agg_state_raw (b bytea);
CREATE TABLE agg_state_in (s indicator_sum_state);
INSERT INTO agg_state_raw SELECT decode('02' || substr(state, 3), 'hex') FROM agg_state_samples WHERE agg LIKE 'sum%';
SELECT throws_ok($$SELECT pg_temp.binary_copy('agg_state_raw', 'agg_state_in', '/tmp/indicator_agg_state_' || pg_backend_pid() || '.bin')$$,
                 '22P03', NULL, 'binary state bytes of an unknown version are 22P03');
UPDATE agg_state_raw SET b = substr(b, 1, 20);
SELECT throws_ok($$SELECT pg_temp.binary_copy('agg_state_raw', 'agg_state_in', '/tmp/indicator_agg_state_' || pg_backend_pid() || '.bin')$$,
                 '22P03', NULL, 'binary state bytes of the wrong length are 22P03');
UPDATE agg_state_raw SET b = decode('01' || repeat('ff', 88), 'hex');
SELECT throws_ok($$SELECT pg_temp.binary_copy('agg_state_raw', 'agg_state_in', '/tmp/indicator_agg_state_' || pg_backend_pid() || '.bin')$$,
                 '22P03', NULL, 'binary state bytes with impossible fields are 22P03');

-- ---- the associative shape: random rows in 元/万元/亿元 with random qualifiers and signs
-- (a third negative: the sign decides a 多/余 row's bound, issue 19), split
-- into random groups; the sum of the group sums must equal the sum of the rows and print
-- the same.  A regular table, so the plans are the ones real tables get.
SELECT setseed(0.4242);
CREATE TABLE agg_prop_rows AS
WITH r AS (
    SELECT t, i, 1 + floor(random() * 99999)::int AS whole, floor(random() * 5)::int AS decimals,
           floor(random() * 10000)::int AS frac, floor(random() * 3)::int AS mag,
           floor(random() * 5)::int AS form, floor(random() * 7)::int AS q,
           floor(random() * 4)::int AS grp, floor(random() * 3)::int = 0 AS neg
    FROM generate_series(1, 400) t, generate_series(1, 1 + (t % 12)) i)
SELECT t AS trial, grp,
       (CASE form
            WHEN 0 THEN (ARRAY['', '超过', '近', '约', '不到', '', ''])[q + 1] || num || m || '元'
            WHEN 1 THEN num || m || '元' || (ARRAY['', '以上', '以下', '左右', '', '', ''])[q + 1]
            WHEN 2 THEN sgn || whole || CASE m WHEN '' THEN '万' ELSE m END || '多元'
            WHEN 3 THEN num || m || '元'
            ELSE num || m || '元' END)::indicator AS v
FROM (SELECT *, (ARRAY['', '万', '亿'])[mag + 1] AS m, CASE WHEN neg THEN '-' ELSE '' END AS sgn,
             CASE WHEN neg THEN '-' ELSE '' END || whole || CASE WHEN decimals = 0 THEN ''
                           ELSE '.' || lpad((frac % (10 ^ decimals)::int)::text, decimals, '0') END AS num
      FROM r) x;
SELECT is((SELECT count(DISTINCT trial) FROM agg_prop_rows), 400::bigint, '400 trials of random rows');
SELECT is((SELECT count(*) FROM (
    SELECT w.trial FROM (SELECT trial, sum(v) AS s FROM agg_prop_rows GROUP BY trial) w
    JOIN (SELECT trial, sum(s) AS s
          FROM (SELECT trial, grp, sum(v) AS s FROM agg_prop_rows GROUP BY trial, grp) g
          GROUP BY trial) p USING (trial)
    WHERE w.s <> p.s OR w.s::text <> p.s::text) bad), 0::bigint,
    'sum of the group sums = sum of the rows, in value and in text, for every random split');
SELECT is((SELECT count(*) FROM (
    SELECT trial FROM agg_prop_rows GROUP BY trial
    HAVING sum(v) IS NULL OR avg(v) IS NULL OR min(v) IS NULL) bad), 0::bigint,
    'avg succeeds wherever sum does');
-- the same with the rows of a trial split by a second, independent grouping
SELECT is((SELECT count(*) FROM (
    SELECT w.trial FROM (SELECT trial, sum(v) AS s FROM agg_prop_rows GROUP BY trial) w
    JOIN (SELECT trial, sum(s) AS s
          FROM (SELECT trial, sum(v) AS s FROM agg_prop_rows GROUP BY trial, (v < '1万元')) g
          GROUP BY trial) p USING (trial)
    WHERE w.s::text <> p.s::text) bad), 0::bigint,
    'the same when the rows are split by size');

SELECT * FROM finish();
ROLLBACK;
