-- Arithmetic: + - * / within and across dimensions, qualifiers as sound bounds.
SELECT '1800亿元'::indicator + '1.4万亿元' AS total_investment,
       '1公顷'::indicator + '15亩' AS hectare_plus_mu, '15亩'::indicator + '1公顷' AS mu_plus_hectare,
       '1平方米'::indicator + '1亩' AS exact_in_mu, '36.40万人'::indicator + '1万人' AS keeps_scale;
-- % − % is a difference in percentage points; % ± 个百分点 stays %.
SELECT '7.2%'::indicator - '5.2%' AS pp, '7.2%'::indicator - '5.2%' = '2个百分点' AS equals_2pp,
       '5%'::indicator + '2个百分点' AS pct, '2个百分点'::indicator + '3个百分点' AS pp_sum,
       '同比增长5.2%'::indicator - '同比增长3.0%' AS growth_gap;
-- Per-unit figures and back.
SELECT '1.4万亿元'::indicator / '1000万人' AS per_head,
       '1.5万元/人'::indicator * '36.4万人' AS total, '300人/平方公里'::indicator * '2平方公里' AS people,
       '1800亿元'::indicator / '1.4万亿元' AS same_dimension, ratio('1800亿元', '1.4万亿元');
-- Scaling by numeric; unary minus.
SELECT '36.4万人'::indicator * 2 AS twice, 0.5 * '36.4万人'::indicator AS half,
       '36.4万人'::indicator / 3 AS third, '1800亿元'::indicator * -1 AS negative,
       -'同比下降15.3%'::indicator AS negated_change, -'3万多亩'::indicator AS negated_open;
-- Changes: apply_change applies a change to a level (+ refuses to, 23_levels_changes); changes of one basis add.
SELECT apply_change('27701元', '增加1000元') AS applied, '同比下降15.3%'::indicator + '同比增长3%' AS net,
       '同比增长5%'::indicator + '持平' AS plus_flat, '翻一番'::indicator + '增长1倍' AS doublings;
-- 基本持平 is a change of about 0: what it touches becomes approximate.
SELECT '同比增长5%'::indicator + '同比基本持平' AS plus_about_flat, '持平'::indicator + '基本持平' AS flats,
       apply_change('100亿元', '基本持平') AS applied, '基本持平'::indicator = '持平' AS same;
-- Qualifier propagation: every pair of classes (value space; a 多 range counts as its lower bound).
WITH q(cls, f) AS (VALUES ('exact', '5%'), ('ge', '5%以上'), ('gt', '超过5%'), ('le', '5%以下'),
                          ('lt', '不到5%'), ('approx', '约5%'), ('approx_below', '近5%'), ('open', '5%多'))
SELECT a.cls AS a, b.cls AS b, a.f::indicator + b.f::indicator AS sum,
       qualifier_class(a.f::indicator + b.f::indicator) AS class
FROM q a, q b ORDER BY a.cls, b.cls;
-- The sum of 3万多亩 and 200亩 never claims more than it knows.
SELECT '3万多亩'::indicator + '200亩' AS sum, indicator_range('3万多亩'::indicator + '200亩');
-- Declines bound their size: 下降3%以上 plus 下降2%以上 is a decline of 5% or more.
SELECT '下降3%以上'::indicator + '下降2%以上' AS both_declines,
       indicator_range('下降3%以上'::indicator + '下降2%以上');
