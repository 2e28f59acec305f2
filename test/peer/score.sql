-- score.sql: score the indicator numeral core against peers' public test cases.
--
-- Run by test/peer/score.sh, which loads the JSONL lines (client side, COPY FROM STDIN)
-- into peer_raw(file, line) first.  Each case gets a figure to parse, the peer's
-- expected value (and unit), and one of four classes:
--   pass / fail              in scope: try_indicator(figure) compared with the peer
--   differs-on-purpose       our spec means something else (../shared/peer-cases/README.md);
--                            checked against OUR meaning and reported apart ("ours ok")
--   out-of-scope             sentences, fractions, ranges, vague numbers, units not in
--                            our catalog, traditional characters, k/w/M shorthand ...
-- Figures: a whole input ("whole"), or, for Recognizers-Text cases whose sentence holds
-- exactly one expected figure, the peer's own span of it ("span").  cn2an's error cases
-- are "reject" cases: the input must not parse.
\set ON_ERROR_STOP 1
SET client_min_messages = warning;

-- ---------------------------------------------------------------- the cases
CREATE TEMP TABLE peer_case AS
WITH j AS (
    SELECT file, n, line::jsonb AS r FROM peer_raw
),
cn2an AS (
    SELECT file, n, r->>'input' AS input,
           CASE WHEN r->>'group' LIKE 'cn2an\_error%' THEN 'reject'
                WHEN r->>'group' IN ('cn2an_strict', 'cn2an_normal', 'cn2an_smart')
                     AND jsonb_typeof(r->'expected') = 'number' THEN 'whole'
                ELSE 'other' END AS mode,
           CASE WHEN jsonb_typeof(r->'expected') = 'number' THEN (r->>'expected')::numeric END AS exp_num,
           NULL::numeric AS exp_lo, NULL::numeric AS exp_hi, NULL::text AS peer_unit,
           false AS not_supported, r->>'group' AS grp
    FROM j WHERE file = 'cn2an_tests'
),
rt AS (
    SELECT file, n, r->>'input' AS input,
           CASE WHEN jsonb_array_length(r->'expected') <> 1 THEN 'other'
                WHEN (r->'expected'->0->>'Start')::int = 0
                     AND (r->'expected'->0->>'End')::int = char_length(r->>'input') - 1 THEN 'whole'
                ELSE 'span' END AS mode,
           r->'expected'->0 AS e,
           coalesce((r->>'NotSupported') IS NOT NULL AND r->>'NotSupported' <> '', false) AS not_supported
    FROM j WHERE file LIKE 'rt\_%'
),
rt2 AS (
    SELECT file, n, input, mode,
           CASE WHEN mode = 'span' THEN e->>'Text' ELSE input END AS fig,
           CASE WHEN e->'Resolution'->>'value' ~ '^-?[0-9.]+(E[-+]?[0-9]+)?%?$'
                THEN rtrim(e->'Resolution'->>'value', '%')::numeric END AS exp_num,
           e->'Resolution'->>'unit' AS peer_unit, not_supported
    FROM rt
),
jio AS (
    SELECT file, n, r->>'input' AS input, 'whole' AS mode,
           CASE WHEN jsonb_typeof(r->'expected'->'num') = 'string' THEN (r->'expected'->>'num')::numeric END AS exp_num,
           CASE WHEN jsonb_typeof(r->'expected'->'num') = 'array' THEN (r->'expected'->'num'->>0)::numeric END AS exp_lo,
           CASE WHEN jsonb_typeof(r->'expected'->'num') = 'array' THEN (r->'expected'->'num'->>1)::numeric END AS exp_hi,
           r->'expected'->>'case' AS peer_unit
    FROM j WHERE file = 'jionlp_test_money_parser'
)
SELECT file, n, input, mode, input AS fig, exp_num, exp_lo, exp_hi, peer_unit, not_supported
FROM cn2an
UNION ALL
SELECT file, n, input, mode, fig, exp_num, NULL, NULL, peer_unit, not_supported
FROM rt2 WHERE file IN ('rt_Number_Chinese_NumberModel', 'rt_Number_Chinese_PercentModel',
                        'rt_NumberWithUnit_Chinese_CurrencyModel', 'rt_NumberWithUnit_Chinese_DimensionModel')
UNION ALL
SELECT file, n, input, mode, input, exp_num, exp_lo, exp_hi, peer_unit, false
FROM jio;

-- The unit we compare in, from the peer's unit name ('' = a plain number or percent).
ALTER TABLE peer_case ADD COLUMN our_unit text, ADD COLUMN cls text, ADD COLUMN reason text,
    ADD COLUMN got text, ADD COLUMN ok boolean, ADD COLUMN kind text;
UPDATE peer_case SET our_unit = CASE
    WHEN file LIKE 'rt_Number\_Chinese\_PercentModel' THEN '%'
    WHEN file = 'cn2an_tests' AND fig ~ '元' THEN '元'
    WHEN file IN ('cn2an_tests', 'rt_Number_Chinese_NumberModel') THEN ''
    ELSE CASE peer_unit
        WHEN 'Chinese yuan' THEN '元' WHEN '元' THEN '元'
        WHEN 'United States dollar' THEN '美元' WHEN '美元' THEN '美元'
        WHEN 'Euro' THEN '欧元' WHEN '欧元' THEN '欧元'
        WHEN 'Japanese yen' THEN '日元' WHEN '日元' THEN '日元'
        WHEN 'Hong Kong dollar' THEN '港元' WHEN '港元' THEN '港元'
        WHEN 'Ton' THEN '吨' WHEN 'Kilogram' THEN '千克' WHEN 'Gram' THEN '克' WHEN 'Jin' THEN '斤'
        WHEN 'Meter' THEN '米' WHEN 'Kilometer' THEN '千米' WHEN 'Centimeter' THEN '厘米'
        WHEN 'Millimeter' THEN '毫米' WHEN 'Square meter' THEN '平方米'
        WHEN 'Square kilometer' THEN '平方公里' WHEN 'Hectare' THEN '公顷' WHEN 'Mu' THEN '亩'
        WHEN 'Cubic meter' THEN '立方米' WHEN 'Liter' THEN '升'
        WHEN 'Kilowatt' THEN '千瓦' WHEN 'Watt' THEN '瓦' WHEN 'Megawatt' THEN '兆瓦'
        WHEN 'Kilowatt hour' THEN '千瓦时'
        END END;

-- ---------------------------------------------------------------- classification
-- Characters of a numeral and of the words 百分之 / 个百分点: a space between two of
-- them is inside a numeral or a word, not between the parts the spec lets be spaced.
\set numc '0-9０-９零〇一二两三四五六七八九十百千壹贰叁肆伍陆柒捌玖拾佰仟点分之'
UPDATE peer_case SET cls = 'out-of-scope', reason = x.reason
FROM (SELECT file, n, CASE
    WHEN mode = 'other' THEN 'sentence or several figures (extraction, not parsing)'
    WHEN mode = 'reject' THEN NULL
    WHEN exp_num IS NULL AND exp_lo IS NULL THEN 'peer gives no numeric value'
    WHEN fig ~ '[0-9０-９][eE^＾]|\^|[eE]－?[0-9]' THEN 'exponent or power notation'
    WHEN fig ~ '[0-9０-９.]\s*[kKＫwWM]' THEN 'k / w / M shorthand'
    WHEN fig ~ '[/／又]' OR (file <> 'rt_Number_Chinese_PercentModel' AND fig ~ '分\s*之')
        THEN 'fraction'
    WHEN fig ~ '(万|萬|百万|千万|万万)分\s*之' THEN '万分之 / 百万分之 (no such unit in the catalog)'
    WHEN fig ~ '[折成]\s*[半六]?$' THEN '折 / 成 (discount and tenths, not in the catalog)'
    WHEN fig ~ '打' THEN '打 (dozen)'
    WHEN fig ~ '半' THEN '半 (half)'
    WHEN fig ~ '[几幾数]' THEN '几 / 数 (vague number)'
    WHEN fig ~ '[0-9０-９一二三四五六七八九十百千万两]\s*(到|至|~|～|—|–|-)+\s*[0-9０-９一二三四五六七八九两十]'
        OR fig ~ '^从' THEN 'range (from .. to ..)'
    WHEN exp_lo IS NOT NULL AND fig !~ '[多余]' THEN 'range'
    WHEN fig ~ '[萬億兩負點個倆陸貳]' THEN 'traditional characters'
    WHEN fig ~ '[廿卅]' THEN '廿 / 卅 (not in the spec)'
    -- digits run together before any 点 (after it, digits are read one by one)
    WHEN split_part(fig, '点', 1) ~ '[一二三四五六七八九壹贰叁肆伍陆柒捌玖][一二三四五六七八九壹贰叁肆伍陆柒捌玖〇零]'
         AND split_part(fig, '点', 1) !~ '[十百千万亿拾佰仟]' THEN 'digit-by-digit reading (一七二零)'
    WHEN split_part(fig, '点', 1) ~ '[一二三四五六七八九][一二三四五六七八九]' THEN 'two digits run together (八九亿, 三五百)'
    WHEN fig ~ '(约|大约|大概|近|将近|接近|超过|不到).*[多余]' THEN 'two qualifiers (约 + 多)'
    WHEN fig ~ '万万' THEN '万万 (archaic 亿)'
    WHEN fig ~ '人民币|人民幣|港币|台币|日币|块|毛|钱|圆|[元角分][整正]|RMB|銭|（含）|\(含\)' THEN 'currency word or note not in the catalog'
    WHEN fig ~ '元.*元' THEN 'two currency words'
    WHEN fig ~ '元.*[角分]' THEN 'compound amount (元角分)'
    WHEN fig ~ '(^|[^0-9０-９])[.．][0-9０-９]' THEN 'no digit before the decimal point'
    WHEN fig ~ ('[' || :'numc' || '个]\s+[' || :'numc' || ']') THEN 'spaces inside a numeral or word'
    WHEN our_unit IS NULL THEN 'unit not in the catalog (' || coalesce(peer_unit, '?') || ')'
    END AS reason FROM peer_case) x
WHERE x.file = peer_case.file AND x.n = peer_case.n AND x.reason IS NOT NULL;

-- Differs on purpose (README): 兆 is not a magnitude; 个百分点 is a percentage point
-- (peers say %); 多/余 is an open range (Recognizers-Text gives a point).  And peers'
-- expectations that are wrong for a statistician: our_value is what we must give
-- (NULL: we must reject the figure).
CREATE TEMP TABLE peer_known_wrong (fig text PRIMARY KEY, our_value numeric, reason text);
INSERT INTO peer_known_wrong VALUES
    ('233,333，333,434.344元', 233333333434.344, 'peer rounds money to 分; we keep the digits written'),
    ('202107211321363588510367 美元', NULL, 'more than 18 significant digits is an error (spec), peer rounds through a float');
UPDATE peer_case p SET cls = 'differs-on-purpose', reason = k.reason, exp_num = k.our_value
FROM peer_known_wrong k WHERE p.fig = k.fig AND p.cls IS NULL;
UPDATE peer_case SET cls = 'differs-on-purpose', reason = CASE
    WHEN fig ~ '兆' THEN '兆 is not a magnitude'
    WHEN fig ~ '百分点' THEN '个百分点 is a percentage point, not %'
    ELSE '多/余 is an open range' END
WHERE cls IS NULL AND mode <> 'reject'
  AND (fig ~ '兆' OR fig ~ '百分点' OR (fig ~ '[多余]' AND exp_lo IS NULL));

-- ---------------------------------------------------------------- evaluation
CREATE FUNCTION pg_temp.peer_eval(fig text, mode text, cls text, our_unit text,
        exp_num numeric, exp_lo numeric, exp_hi numeric,
        OUT got text, OUT ok boolean, OUT kind text)
LANGUAGE plpgsql AS $$
DECLARE
    x indicator;
    v numeric;
    r numrange;
    d text;
    st text;
BEGIN
    x := try_indicator(fig);
    IF x IS NULL THEN
        got := NULL;
        IF mode = 'reject' THEN ok := true; RETURN; END IF;
        -- 兆 is not 10^12, and some figures must be rejected (peer_known_wrong)
        IF cls = 'differs-on-purpose' AND (fig ~ '兆' OR exp_num IS NULL) THEN ok := true; RETURN; END IF;
        BEGIN
            PERFORM fig::indicator;
            kind := 'try_indicator NULL but the cast succeeds';
        EXCEPTION WHEN others THEN
            GET STACKED DIAGNOSTICS d = PG_EXCEPTION_DETAIL, st = RETURNED_SQLSTATE;
            -- the error, without its position and quoted text, names the kind
            kind := 'rejected (' || st || '): ' ||
                    regexp_replace(regexp_replace(coalesce(d, ''), ' at character [0-9]+\.?$', ''),
                                   '"[^"]*"', '"…"', 'g');
        END;
        ok := false;
        RETURN;
    END IF;
    got := x::text;
    IF mode = 'reject' THEN ok := false; kind := 'accepted what the peer rejects'; RETURN; END IF;
    BEGIN
        IF cls = 'differs-on-purpose' THEN
            -- our meaning: 个百分点 keeps its unit; 多/余 is open with the number as its
            -- lower bound; 兆 must not be read as 10^12.
            IF exp_num IS NULL THEN
                ok := false;
            ELSIF fig ~ '兆' THEN
                ok := x::numeric <> exp_num;
            ELSIF EXISTS (SELECT FROM peer_known_wrong k WHERE k.fig = peer_eval.fig) THEN
                ok := CASE WHEN our_unit = '' THEN x::numeric ELSE indicator_value(x, our_unit) END = exp_num;
            ELSIF fig ~ '百分点' THEN
                ok := unit(x) = '个百分点' AND x::numeric = exp_num;
            ELSE
                ok := qualifier_class(x) = 'open' AND x::numeric = exp_num;
            END IF;
            kind := CASE WHEN ok THEN NULL ELSE 'our meaning not met' END;
            RETURN;
        END IF;
        IF exp_lo IS NOT NULL THEN
            r := indicator_range(x);
            ok := lower(r) = exp_lo AND upper(r) = exp_hi;
            kind := CASE WHEN ok THEN NULL ELSE 'wrong range ' || r::text END;
            RETURN;
        END IF;
        IF our_unit = '' OR unit(x) = '' THEN
            IF our_unit = '' AND unit(x) <> '' THEN
                ok := false; kind := 'a unit where the peer reads a plain number: ' || unit(x); RETURN;
            END IF;
            v := x::numeric;
        ELSE
            v := indicator_value(x, our_unit);
        END IF;
        ok := v = exp_num;
        kind := CASE WHEN ok THEN NULL ELSE 'wrong value' END;
    EXCEPTION WHEN others THEN
        GET STACKED DIAGNOSTICS d = MESSAGE_TEXT;
        ok := false;
        kind := 'error comparing: ' || d;
    END;
END $$;

UPDATE peer_case p SET got = e.got, ok = e.ok, kind = e.kind,
       cls = coalesce(p.cls, CASE WHEN e.ok THEN 'pass' ELSE 'fail' END)
FROM peer_case q, LATERAL pg_temp.peer_eval(q.fig, q.mode, q.cls, q.our_unit,
                                            q.exp_num, q.exp_lo, q.exp_hi) e
WHERE p.file = q.file AND p.n = q.n AND (q.cls IS NULL OR q.cls = 'differs-on-purpose');

-- A unit the catalog lacks, seen only now (the parser says "unknown unit"): out of scope
-- for the files that carry units.
UPDATE peer_case SET cls = 'out-of-scope', reason = 'unit word not in the catalog'
WHERE cls = 'fail' AND file IN ('rt_NumberWithUnit_Chinese_CurrencyModel',
                                'rt_NumberWithUnit_Chinese_DimensionModel', 'jionlp_test_money_parser')
  AND kind LIKE 'rejected%unknown unit%';

-- ---------------------------------------------------------------- report
\pset footer off
\echo
\echo '== per file (in scope = pass + fail; rate = pass / in scope)'
SELECT file,
       count(*) FILTER (WHERE cls = 'pass') AS pass,
       count(*) FILTER (WHERE cls = 'fail') AS fail,
       round(100.0 * count(*) FILTER (WHERE cls = 'pass')
             / nullif(count(*) FILTER (WHERE cls IN ('pass', 'fail')), 0), 1) AS "rate %",
       count(*) FILTER (WHERE cls = 'differs-on-purpose') AS on_purpose,
       count(*) FILTER (WHERE cls = 'differs-on-purpose' AND ok) AS "ours ok",
       count(*) FILTER (WHERE cls = 'out-of-scope') AS out_of_scope
FROM peer_case GROUP BY ROLLUP (file) ORDER BY file NULLS LAST;

\echo '== in scope by figure kind (whole input, peer span, must-reject)'
SELECT mode, count(*) FILTER (WHERE cls = 'pass') AS pass, count(*) FILTER (WHERE cls = 'fail') AS fail
FROM peer_case WHERE cls IN ('pass', 'fail') GROUP BY mode ORDER BY mode;

\echo '== failure kinds'
SELECT count(*) AS n, kind, string_agg(fig || coalesce(' → ' || got, ''), ' | ' ORDER BY n) AS examples
FROM (SELECT kind, fig, got, row_number() OVER (PARTITION BY kind ORDER BY file, n) AS n FROM peer_case
      WHERE cls = 'fail') f
GROUP BY kind ORDER BY count(*) DESC, kind;

\echo '== failing inputs'
SELECT file, mode, fig, coalesce(exp_num::text, exp_lo || '..' || exp_hi) AS expected,
       our_unit AS unit, got, kind
FROM peer_case WHERE cls = 'fail' ORDER BY file, n;

\echo '== differs on purpose'
SELECT file, reason, fig, exp_num AS peer, got, ok AS "ours ok" FROM peer_case
WHERE cls = 'differs-on-purpose' ORDER BY file, n;

\echo '== out of scope, by reason'
SELECT reason, count(*) AS n, string_agg(fig, ' | ' ORDER BY file, n) FILTER (WHERE rn <= 4) AS examples
FROM (SELECT *, row_number() OVER (PARTITION BY reason ORDER BY file, n) AS rn FROM peer_case
      WHERE cls = 'out-of-scope') o
GROUP BY reason ORDER BY count(*) DESC;

-- The line score.sh reads.
SELECT format('PEER-SCORE in_scope=%s pass=%s fail=%s on_purpose=%s on_purpose_ok=%s out_of_scope=%s',
              count(*) FILTER (WHERE cls IN ('pass', 'fail')),
              count(*) FILTER (WHERE cls = 'pass'), count(*) FILTER (WHERE cls = 'fail'),
              count(*) FILTER (WHERE cls = 'differs-on-purpose'),
              count(*) FILTER (WHERE cls = 'differs-on-purpose' AND ok),
              count(*) FILTER (WHERE cls = 'out-of-scope')) AS summary
FROM peer_case \gset
\echo :summary
