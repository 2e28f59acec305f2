-- The aggregate states (indicator_sum_state, indicator_pair_state): real types, so that
-- engines that move states as values (Citus) can combine partial aggregates (issue 13).

-- No aggregate of the extension keeps a pseudo-type (internal) state.
SELECT p.proname AS aggregate, a.aggtranstype::regtype AS state,
       a.aggcombinefn <> 0 AS combines
FROM pg_aggregate a JOIN pg_proc p ON p.oid = a.aggfnoid
JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e'
JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'indicator'
ORDER BY 1, 2;

-- States as values: the support functions may be called directly (on copies).
WITH s AS (
    SELECT indicator_sum_trans(indicator_sum_trans(NULL, '超过1800亿元'), '1.4万亿元') AS a,
           indicator_sum_trans(NULL, '50亿元以上') AS b)
SELECT indicator_sum_final(a) AS partial, indicator_sum_final(indicator_sum_combine(a, b)) AS combined,
       indicator_avg_final(indicator_sum_combine(a, b)) AS mean,
       length(a::text) AS text_length, a::text::indicator_sum_state::text = a::text AS text_round_trip,
       length(indicator_sum_state_send(a)) AS binary_bytes
FROM s;
WITH s AS (SELECT indicator_pair_trans(NULL, '8000亿元', '7400亿元') AS a)
SELECT indicator_group_growth_final(a) AS growth, length(a::text) AS text_length,
       a::text::indicator_pair_state::text = a::text AS text_round_trip
FROM s;
SELECT indicator_sum_final(NULL) AS no_state, indicator_sum_combine(NULL, NULL) AS nothing;

-- Untrusted text: not hexadecimal, the wrong length, or bytes no aggregate makes.
SELECT 'zz'::indicator_sum_state;
SELECT repeat('0', 178)::indicator_sum_state;
SELECT ('01' || repeat('0', 176))::indicator_sum_state;
SELECT ('01' || repeat('f', 176))::indicator_sum_state;
-- a state of no rows, as text, is what the aggregate starts from
SELECT indicator_sum_trans(NULL, NULL) AS no_rows,
       indicator_sum_final(indicator_sum_trans(NULL, NULL)) AS its_sum;
SELECT indicator_pair_trans(NULL, NULL, NULL)::text = (SELECT '01' || t || t || '00' || repeat('0', 32)
    FROM (SELECT substr(indicator_sum_trans(NULL, NULL)::text, 3) AS t) x) AS pair_is_two_sums;
-- a total's bytes without its flag
SELECT (substr(indicator_pair_trans(NULL, NULL, NULL)::text, 1, 386) || '01')::indicator_pair_state;
