-- BI: figures taken apart into numeric and text (doc/clients.md).
\pset null ∅
SELECT x AS figure, base_unit_value(x), base_unit(x), display_value(x), display_unit(x),
       base_range(x), indicator_range(x, 0.2)
  FROM unnest(ARRAY['超过1800亿元', '3万多亩', '1亩', '同比下降15.3%', '36.40万人', '约5%',
                    '14万元/人', '3吨/万元', '突破260万', '增长1倍', '5‰', '持平']::indicator[]) x;
SELECT t AS plan, base_range(t), base_range(t, 0), target_range(t, 0.5)
  FROM unnest(ARRAY['565个', '5%左右', '5%-6%', '下降3%以上', '3万亩']::target[]) t;
SELECT try_target('控制在3%以内'), try_target('控制在'), try_target('3万多亩');

-- the view a BI tool reads
CREATE TABLE facts (
    id     integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    region zh_category NOT NULL,
    item   text NOT NULL,
    amount indicator,
    plan   target
);
INSERT INTO facts (region, item, amount, plan) VALUES
    ('长沙', '重大项目总投资', '超过1800亿元', '1500亿元以上'),
    ('重庆', '计划总投资', '1.4万亿元', NULL),
    ('北京', '腾空土地', '3万多亩', '3万亩'),
    ('上海', '刑事警情', '同比下降15.3%', '下降10%以上'),
    ('深圳', '地区生产总值', '3.46万亿元', '增长6%左右，力争6.5%');
SELECT indicator_bi_view('facts');
\d facts_bi
\x on
SELECT * FROM facts_bi WHERE id IN (1, 3, 5) ORDER BY id;
\x off
SELECT amount_dimension, amount_base_unit, sum(amount_value), count(*)
  FROM facts_bi GROUP BY 1, 2 ORDER BY 1;
-- the bounds of 约/左右 follow the setting when the view is read ...
SET indicator.approx_tolerance = '0.05';
SELECT plan, plan_lower, plan_upper FROM facts_bi WHERE id = 5;
RESET indicator.approx_tolerance;
-- ... unless a tolerance is fixed when the view is created
CREATE SCHEMA bi;
SELECT indicator_bi_view('facts', 'bi.facts_fixed', 0.05);
SET indicator.approx_tolerance = '0.5';
SELECT plan, plan_lower, plan_upper FROM bi.facts_fixed WHERE id = 5;
RESET indicator.approx_tolerance;

-- errors
\set SHOW_CONTEXT never
SELECT indicator_bi_view('facts');
SELECT indicator_bi_view('facts', 'a.b.c');
SELECT indicator_bi_view('facts', 'v', 2);
SELECT indicator_range('约5%', 1.5);
DROP SCHEMA bi CASCADE;
DROP TABLE facts CASCADE;
