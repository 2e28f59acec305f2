-- Casts, conversion, rounding and accessors.
SELECT '1800亿元'::indicator::numeric AS yi, '3万多亩'::indicator::numeric AS mu,
       '15.3%'::indicator::numeric AS pct, '同比下降15.3%'::indicator::numeric AS decline;
SELECT 12.50::indicator AS from_numeric, (-0.001)::numeric::indicator AS small,
       '36.4万人'::text::indicator AS from_text;
CREATE TABLE t_assign (x indicator);
INSERT INTO t_assign VALUES (123.45);	-- numeric is assignable
SELECT x, unit(x), dimension(x) FROM t_assign;
DROP TABLE t_assign;
SELECT try_indicator('3万多亩') AS ok, try_indicator('三光年') AS bad, try_indicator('') AS empty;
-- indicator_value: any convertible unit; rational factors round half-even to 18 digits.
SELECT indicator_value('1800亿元', '亿元') AS yi, indicator_value('1800亿元', '万亿元') AS wanyi,
       indicator_value('1800亿元', '元') AS yuan, indicator_value('1公顷', '亩') AS mu,
       indicator_value('1亩', '平方米') AS m2, indicator_value('3万多亩', '平方公里') AS km2,
       indicator_value('2斤', '千克') AS kg, indicator_value('1.5万元/人', '元/人') AS per_head,
       indicator_value('0.5吨/万元', '千克/元') AS kg_per_yuan,
       indicator_value('1倍', '%') AS pct;
SELECT to_unit('1800亿元', '万亿元') AS a, to_unit('15亩', '公顷') AS b,
       to_unit('1亩', '平方米') AS c, to_unit('超过1800亿元', '万元') AS keeps_qualifier,
       to_unit('同比下降15.3%', '‰') AS keeps_change;
SELECT indicator_auto('27701元') AS a, indicator_auto('180000000000元') AS b,
       indicator_auto('1400000000000元') AS c, indicator_auto('9999元') AS d,
       indicator_auto('15.3%') AS pct_unchanged, indicator_auto('36.4万人') AS e;
-- round() is half-even at the displayed magnitude (GB/T 8170).
SELECT round('36.46万人'::indicator, 1) AS a, round('36.45万人'::indicator, 1) AS half_even_down,
       round('36.55万人'::indicator, 1) AS half_even_up, round('36.4万人'::indicator, 2) AS pads,
       round('-2.5%'::indicator) AS neg, round('同比下降15.35%'::indicator, 1) AS change;
-- Accessors.
SELECT x, unit(x), dimension(x), qualifier(x), qualifier_class(x), basis(x), is_change(x)
FROM unnest(ARRAY['超过1800亿元', '3万多亩', '同比下降15.3%', '突破260万', '1.5万元/人',
                  '0.5吨/万元', '比上年增长3.0%', '达到20个']::indicator[]) x;
-- The range each figure asserts, in its own unit; declines apply the comparator to the size.
SELECT x, indicator_range(x) FROM unnest(ARRAY['超过1800亿元', '1800亿元以上', '不到3%', '3%以内',
  '3万多亩', '200余个', '3亩多', '同比下降15.3%', '下降3%以上', '下降超过3%', '约5%', '近3万人',
  '下降5万多人']::indicator[]) x;
SET indicator.approx_tolerance = '0.05';
SELECT indicator_range('约5%') AS five_percent_tolerance, indicator_range('5%左右') AS same;
RESET indicator.approx_tolerance;
SELECT indicator_to_jsonb('超过1800亿元');
SELECT indicator_to_jsonb('同比下降15.3%');
SELECT jsonb_pretty(indicator_to_jsonb('1.5万元/人'));
-- The unit catalog.
SELECT count(*) AS units, count(DISTINCT dimension) AS dimensions FROM indicator_units();
SELECT * FROM indicator_units() WHERE dimension IN ('area', 'mass', 'ratio', 'percentage point', 'energy', 'power');
-- 多/余 spans one unit of the lowest non-zero digit, so across units only its lower bound
-- is kept (3万多亩 is not 2000多公顷); across magnitudes the range is unchanged.
SELECT to_unit('3万多亩', '公顷') AS other_unit, to_unit('3万多亩', '亩') AS same_unit,
       indicator_range(to_unit('3万多亩', '亩')) = indicator_range('3万多亩') AS same_range;
