-- pgTAP: the indicator type's error codes and properties.
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS indicator;
SELECT plan(35);

-- Error paths, each with its SQLSTATE.
SELECT throws_ok($$SELECT 'abc'::indicator$$, '22P02', NULL, 'garbage is 22P02');
SELECT throws_ok($$SELECT ''::indicator$$, '22P02', NULL, 'empty input is 22P02');
SELECT throws_ok($$SELECT '3光年'::indicator$$, '22P02', NULL, 'unknown unit is 22P02');
SELECT throws_like($$SELECT '3光年'::indicator$$, '%"3光年"%', 'the message quotes the whole input');
SELECT throws_ok($$SELECT '超过3万多亩'::indicator$$, '22P02', NULL, 'two qualifiers are 22P02');
SELECT throws_ok($$SELECT '同比5%'::indicator$$, '22P02', NULL, 'a basis without a change word');
SELECT throws_ok($$SELECT '下降-3%'::indicator$$, '22P02', NULL, 'a sign after a change word');
SELECT throws_ok($$SELECT '5万%'::indicator$$, '22P02', NULL, 'a magnitude on %');
SELECT throws_ok($$SELECT '十四五'::indicator$$, '22P02', NULL, 'a plan name is not a number');
SELECT throws_ok($$SELECT '一万兆'::indicator$$, '22P02', NULL, '兆 (万亿) stands first: 一万兆 is 22P02');
SELECT throws_ok($$SELECT '1234567890123456789'::indicator$$, '22003', NULL, '19 digits is 22003');
SELECT throws_ok($$SELECT '1.0000000000000000001'::indicator$$, '22003', NULL, '19 significant digits is 22003');
SELECT throws_ok($$SELECT E'3\x01个'::indicator$$, '22P02', NULL, 'control characters are 22P02');
SELECT throws_ok($$SELECT repeat('超过', 5000000)::indicator$$, '22P02', NULL, 'a 10 MB input is 22P02');
SELECT throws_ok($$SELECT indicator_value('1800亿元', '亩')$$, '22023', NULL, 'converting across dimensions is 22023');
SELECT throws_ok($$SELECT indicator_value('1800亿元', '光年')$$, '22023', NULL, 'an unknown target unit is 22023');
SELECT throws_ok($$SELECT to_unit('持平', '%')$$, '22023', NULL, 'to_unit of 持平');
SELECT throws_ok($$SELECT 'NaN'::numeric::indicator$$, '22003', NULL, 'NaN does not convert');
SELECT throws_ok($$SELECT 'Infinity'::numeric::indicator$$, '22003', NULL, 'infinity does not convert');
SELECT throws_ok($$SELECT 12345678901234567890::numeric::indicator$$, '22003', NULL, 'a 20-digit numeric is 22003');
SELECT throws_ok($$SELECT round('3万多亩'::indicator, -5)$$, '22003', NULL, 'rounding 多 to zero');
SELECT throws_ok($$SELECT round('3万亩'::indicator, 99)$$, '22003', NULL, 'round digits out of range');
SELECT throws_ok($$SET indicator.approx_tolerance = 'abc'$$, '22023', NULL, 'a bad tolerance is rejected');

-- Properties.
SELECT is(try_indicator('三光年'), NULL, 'try_indicator gives NULL on bad input');
SELECT ok('1.4万亿元'::indicator = '14000亿元' AND '1公顷'::indicator = '15亩', 'equality by meaning');
SELECT ok(indicator_hash('1.4万亿元') = indicator_hash('1400000000000元'), 'hash agrees with equality');
SELECT is((SELECT count(*) FROM unnest(ARRAY['超过5%','5%以上','5%','约5%','近5%','5%以下','不到5%','5%多']::indicator[]) a,
                 unnest(ARRAY['超过5%','5%以上','5%','约5%','近5%','5%以下','不到5%','5%多']::indicator[]) b
          WHERE (a < b) = (b > a) AND (a = b) = (indicator_cmp(a, b) = 0)), 64::bigint,
          'the order is antisymmetric and cmp agrees with =');
SELECT ok(NOT EXISTS (
    SELECT 1 FROM unnest(ARRAY['1800亿元','3万多亩','同比下降15.3%','36.40万人','1.5万元/人','翻两番',
                               '持平','达到50亿元以上','百分之十五点三','二十三亿五千万元']) s
    WHERE s::indicator::text::indicator <> s::indicator
       OR s::indicator::text::indicator::text <> s::indicator::text),
    'output re-reads to an equal value and the same text');
SELECT is(pg_column_size('1.4万亿元'::indicator), 16, 'a value is 16 bytes');
SELECT is(indicator_value('1亩', '平方米'), 666.666666666666667, 'a non-terminating conversion rounds half-even to 18 digits');
SELECT is(round('36.45万人'::indicator, 1)::text, '36.4万人', 'round is half-even');
SELECT is((SELECT provolatile FROM pg_proc WHERE oid = 'indicator_range(indicator)'::regprocedure)::text, 's',
          'indicator_range(x) is STABLE (it reads a setting; indicator_range(x, tolerance) does not)');
SELECT is((SELECT count(*) FROM pg_proc p
           WHERE p.oid IN ('indicator_range(indicator)'::regprocedure, 'base_range(indicator)'::regprocedure,
                           'target_range(target)'::regprocedure, 'base_range(target)'::regprocedure)
             AND p.provolatile = 'i'), 0::bigint, 'nothing reading a setting is IMMUTABLE');

SELECT throws_ok($$SELECT '新台币3亿美元'::indicator$$, '22P02', NULL,
                 'a currency before the number and another unit after it is an input error');
SELECT is('新臺幣1,234億元'::indicator::text, '1234亿新台币', 'a currency in 币 before the number names the 元 after it');
SELECT * FROM finish();
ROLLBACK;
