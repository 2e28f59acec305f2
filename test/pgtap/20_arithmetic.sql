-- pgTAP: arithmetic, aggregates and growth: properties and every error's SQLSTATE.
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS indicator;
SELECT plan(35);

-- Properties over a grid of exact values in several units and magnitudes.
CREATE TEMP TABLE vals (v indicator);
INSERT INTO vals SELECT x::indicator FROM unnest(ARRAY['1800亿元', '1.4万亿元', '27701元', '-3.5万元',
  '0元', '36.40万元', '5角', '1.25亿元']) x;
SELECT is((SELECT count(*) FROM vals a, vals b WHERE a.v + b.v <> b.v + a.v), 0::bigint, 'a + b = b + a');
SELECT is((SELECT count(*) FROM vals a, vals b WHERE (a.v + b.v) - b.v <> a.v), 0::bigint, '(a + b) - b = a for exact values');
SELECT is((SELECT count(*) FROM vals a, vals b, vals c WHERE (a.v + b.v) + c.v <> a.v + (b.v + c.v)), 0::bigint, '+ is associative on exact values');
SELECT is((SELECT count(*) FROM vals a WHERE -(-a.v) <> a.v OR a.v - a.v <> '0元'), 0::bigint, 'negation and a - a');
SELECT is((SELECT count(*) FROM vals a WHERE a.v * 3 <> a.v + a.v + a.v), 0::bigint, 'a * 3 = a + a + a');
SELECT ok((SELECT sum(v) FROM vals) = (SELECT '1800亿元'::indicator + '1.4万亿元' + '27701元' + '-3.5万元' + '0元' + '36.40万元' + '5角' + '1.25亿元'),
          'sum equals the fold of +');
SELECT is((SELECT sum(v)::text FROM vals), '1.5801253567015万亿元', 'sum keeps the largest magnitude');

-- Error paths with their SQLSTATEs.
SELECT throws_ok($$SELECT '1800亿元'::indicator + '3万亩'$$, '22023', NULL, 'adding across dimensions is 22023');
SELECT throws_like($$SELECT '1800亿元'::indicator + '3万亩'$$, '%incompatible units%', 'and says so');
SELECT throws_ok($$SELECT '5家'::indicator - '5所'$$, '22023', NULL, 'measure words do not mix');
SELECT throws_ok($$SELECT '1800亿元'::indicator * '3万亩'$$, '22023', NULL, 'multiplying two quantities is 22023');
SELECT throws_ok($$SELECT '1800亿元'::indicator / 0$$, '22012', NULL, 'dividing by numeric zero is 22012');
SELECT throws_ok($$SELECT '1800亿元'::indicator / '0元'$$, '22012', NULL, 'dividing by a zero figure is 22012');
SELECT throws_ok($$SELECT '999999999999999999'::indicator + '999999999999999999'$$, '22003', NULL, 'overflow is 22003');
SELECT throws_ok($$SELECT '999999999999999999'::indicator * 10.5$$, '22003', NULL, 'overflow by scaling is 22003');
SELECT throws_ok($$SELECT '1亿元'::indicator * 'NaN'::numeric$$, '22003', NULL, 'NaN factor is 22003');
SELECT throws_ok($$SELECT sum(x) FROM unnest(ARRAY['1800亿元', '3万多亩']::indicator[]) x$$, '22023', NULL, 'sum over mixed dimensions is 22023');
SELECT throws_like($$SELECT sum(x) FROM unnest(ARRAY['1800亿元', '3万多亩']::indicator[]) x$$, '%incompatible units%', 'names the problem');
SELECT throws_ok($$SELECT sum(x) FROM unnest(ARRAY['999999999999999999', '999999999999999999']::indicator[]) x$$, '22003', NULL, 'sum overflow is 22003');
SELECT throws_ok($$SELECT ratio('1800亿元', '3万亩')$$, '22023', NULL, 'ratio across dimensions');
SELECT throws_ok($$SELECT growth('1800亿元', '0元')$$, '22012', NULL, 'growth over zero is 22012');
SELECT throws_ok($$SELECT growth('1800亿元', '3万亩')$$, '22023', NULL, 'growth across dimensions is 22023');
SELECT throws_ok($$SELECT growth('1800亿元', '1500亿元', '上个月')$$, '22023', NULL, 'unknown basis is 22023');
SELECT throws_ok($$SELECT base_value('100亿元', '下降100%')$$, '22012', NULL, 'backing out a fall of 100% is 22012');
SELECT throws_ok($$SELECT cagr('100亿元', '121亿元', 0)$$, '22023', NULL, 'cagr over zero years is 22023');
SELECT throws_ok($$SELECT cagr('0亿元', '121亿元', 2)$$, '22023', NULL, 'cagr from zero is 22023');
SELECT throws_ok($$SELECT cagr('100亿元', '121万亩', 2)$$, '22023', NULL, 'cagr across dimensions is 22023');
SELECT throws_ok($$SELECT growth('1800亿元', '1500亿元', NULL, '元')$$, '22023', NULL, 'growth in a unit other than % or 倍 is 22023');
SELECT throws_ok($$SELECT growth('1800亿元', '1500亿元', NULL, '%', 40)$$, '22003', NULL, 'growth digits out of range is 22003');
SELECT throws_ok($$SELECT growth('同比增长5%', '同比增长3%')$$, '22023', NULL, 'growth of changes is 22023');
SELECT throws_ok($$SELECT contribution(x, y) FROM (VALUES ('1亿元'::indicator, '10万亩'::indicator)) v(x, y)$$, '22023', NULL, 'contribution across dimensions is 22023');
SELECT throws_ok($$SELECT '1元'::indicator * 1234567890123456789012345678901234567$$, '22003', NULL, 'a factor of 37 digits is 22003');
SELECT throws_ok($$SELECT pull(x, y) FROM (VALUES ('1亿元'::indicator, '0亿元'::indicator)) v(x, y)$$, '22012', NULL, 'pull over a zero total is 22012');
SELECT throws_ok($$SELECT contribution(x, y) FROM (VALUES ('1亿元'::indicator, '10亿元'::indicator), ('1亿元', '11亿元')) v(x, y)$$,
                 '22023', NULL, 'a total that changes between rows is 22023');
SELECT throws_ok($$SELECT apply_change('同比增长5%', '增长5%')$$, '22023', NULL, 'apply_change needs a level as its base');

SELECT * FROM finish();
ROLLBACK;
