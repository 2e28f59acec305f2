-- Bad input: 22P02 with the whole input quoted and a detail naming the part and position;
-- unknown units hint at indicator_units(); overflow is 22003.  (SQLSTATEs: test/10_indicator.sql)
\set VERBOSITY default
SELECT 'abc'::indicator;
SELECT ''::indicator;
SELECT '3光年'::indicator;
SELECT '18亿美刀'::indicator;
SELECT '超过约5%'::indicator;
SELECT '超过3万多亩'::indicator;
SELECT '同比5%'::indicator;
SELECT '下降-3%'::indicator;
SELECT '5万%'::indicator;
SELECT '十四五'::indicator;
SELECT '一二三四六十'::indicator;
SELECT '0多个'::indicator;
SELECT '3.'::indicator;
SELECT '一万兆'::indicator;
SELECT '1234567890123456789'::indicator;
SELECT '1.0000000000000000001'::indicator;
SELECT '5元/光年'::indicator;
SELECT E'3\x01个'::indicator;
SELECT '翻一百番'::indicator;
SELECT repeat('1', 2000)::indicator IS NULL AS long_input;
SELECT indicator_value('1800亿元', '亩');
SELECT indicator_value('1800亿元', '光年');
SELECT to_unit('持平', '%');
SELECT 'NaN'::numeric::indicator;
SELECT round('3万多亩'::indicator, -1);
SET indicator.approx_tolerance = 'abc';
SET indicator.approx_tolerance = '2';
-- Huge inputs fail fast and quote only a prefix.
SELECT repeat('超过', 100000)::indicator;
