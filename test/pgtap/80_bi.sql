-- The BI accessors, the tolerance variants, try_target and indicator_bi_view: volatility,
-- properties over a sample of figures and targets, and every error path with its SQLSTATE.
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS indicator;
SELECT plan(46);

-- ---- volatility: IMMUTABLE unless the setting indicator.approx_tolerance is read ------
SELECT volatility_is('base_unit', ARRAY['indicator'], 'immutable', 'base_unit is IMMUTABLE');
SELECT volatility_is('base_unit_value', ARRAY['indicator'], 'immutable', 'base_unit_value is IMMUTABLE');
SELECT volatility_is('display_value', ARRAY['indicator'], 'immutable', 'display_value is IMMUTABLE');
SELECT volatility_is('display_unit', ARRAY['indicator'], 'immutable', 'display_unit is IMMUTABLE');
SELECT volatility_is('indicator_range', ARRAY['indicator', 'numeric'], 'immutable',
    'indicator_range(x, tolerance) is IMMUTABLE');
SELECT volatility_is('base_range', ARRAY['indicator', 'numeric'], 'immutable',
    'base_range(x, tolerance) is IMMUTABLE');
SELECT volatility_is('base_range', ARRAY['indicator'], 'stable', 'base_range(x) is STABLE (the setting)');
SELECT volatility_is('target_range', ARRAY['target', 'numeric'], 'immutable',
    'target_range(t, tolerance) is IMMUTABLE');
SELECT volatility_is('base_range', ARRAY['target', 'numeric'], 'immutable',
    'base_range(t, tolerance) is IMMUTABLE');
SELECT volatility_is('base_range', ARRAY['target'], 'stable', 'base_range(t) is STABLE (the setting)');
SELECT volatility_is('try_target', ARRAY['text'], 'immutable', 'try_target is IMMUTABLE');
SELECT volatility_is('indicator_bi_view', ARRAY['regclass', 'text', 'numeric', 'boolean'], 'volatile',
    'indicator_bi_view is VOLATILE (it creates a view)');

-- ---- properties over a sample ----------------------------------------------------------
CREATE TEMP TABLE sample (x) AS SELECT x::indicator FROM unnest(ARRAY[
    '超过1800亿元', '3万多亩', '-3万多亩', '同比下降15.3%', '36.40万人', '约5%', '近5%', '2个百分点',
    '15亩', '1亩', '1公顷', '14万元/人', '3吨/万元', '突破260万', '增长1倍', '翻两番', '持平',
    '不到3%', '5‰', '5万千瓦时', '0.5小时', '达到565个', '1.4万亿元以上', '3.5亿美元']) x;
CREATE TEMP TABLE plans (t) AS SELECT t::target FROM unnest(ARRAY[
    '565个', '6%以上', '超过6%', '控制在3%以内', '低于3%', '5%左右', '5%-6%', '增长6%左右',
    '下降3%以上', '5%左右，力争6%', '力争6.5%', '3万亩', '12万元/人-15万元/人']) t;

SELECT is_empty($$SELECT x FROM sample WHERE base_unit_value(x) <> indicator_value(x, base_unit(x))
                   AND base_unit(x) <> ''$$,
    'base_unit_value(x) is indicator_value(x, base_unit(x))');
SELECT is_empty($$SELECT x FROM sample WHERE display_value(x) IS NULL OR display_unit(x) IS NULL$$,
    'display_value and display_unit are never NULL');
SELECT is_empty($$SELECT x FROM sample WHERE qualifier_class(x) = 'exact' AND NOT is_change(x)
                   AND (display_value(x)::text || display_unit(x))::indicator <> x$$,
    'an exact level reads back from display_value || display_unit');
SELECT is_empty($$SELECT x FROM sample WHERE base_range(x, 0.1) <> base_range(x)$$,
    'base_range(x) uses the setting (default 0.1)');
SELECT is_empty($$SELECT x FROM sample WHERE indicator_range(x, 0.1) <> indicator_range(x)$$,
    'indicator_range(x, 0.1) = indicator_range(x) at the default setting');
SET LOCAL indicator.approx_tolerance = '0.25';
SELECT is_empty($$SELECT x FROM sample WHERE indicator_range(x, 0.25) <> indicator_range(x)
                   OR base_range(x, 0.25) <> base_range(x)$$,
    'the tolerance argument matches the setting it replaces');
SELECT is_empty($$SELECT t FROM plans WHERE target_range(t, 0.25) <> target_range(t)
                   OR base_range(t, 0.25) <> base_range(t)$$,
    'target_range(t, tolerance) and base_range(t, tolerance) match the setting');
RESET indicator.approx_tolerance;
SELECT is_empty($$SELECT x FROM sample WHERE qualifier_class(x) = 'exact' AND NOT is_change(x)
                   AND base_range(x, 0) <> numrange(base_unit_value(x), base_unit_value(x), '[]')$$,
    'an exact level asserts exactly its base-unit value');
SELECT is_empty($$SELECT x FROM sample WHERE base_unit(x) = unit(x) AND dimension(x) NOT LIKE '%/%'
                   AND base_range(x, 0.1) <> indicator_range(x, 0.1)$$,
    'in its base unit, base_range is indicator_range');
SELECT is_empty($$SELECT t FROM plans WHERE base_unit(target_value(t)) = unit(target_value(t))
                   AND base_range(t, 0.1) <> target_range(t, 0.1)$$,
    'in its base unit, base_range(t) is target_range(t)');
SELECT is(base_unit_value('3万多亩'), 20000000::numeric, '3万亩 are 20000000 平方米');
SELECT is(base_unit_value('1亩'), 666.666666666666667, '1亩 in 平方米: 18 significant digits, half-even');
SELECT is(base_unit_value('5‰') + base_unit_value('增长1倍'), 100.5, '‰ and 倍 in %');
SELECT is((SELECT sum(base_unit_value(x)) FROM sample WHERE dimension(x) = 'area' AND x::text NOT LIKE '-%'),
    20000000 + 10000 + 666.666666666666667 + 10000, 'base-unit values of mixed area units add up');
SELECT is(display_value('36.40万人')::text, '36.40', 'display_value keeps the written scale');
SELECT is(display_unit('3吨/万元'), '吨/万元', 'display_unit of a per-unit figure');
SELECT is(base_unit('3吨/万元'), '千克/元', 'base_unit of a per-unit figure');
SELECT is(base_unit('突破260万'), '', 'a bare number has an empty base unit, as unit() does');

-- ---- try_target ------------------------------------------------------------------------
SELECT is_empty($$SELECT t FROM plans WHERE try_target(t::text) IS DISTINCT FROM t$$,
    'try_target reads every target''s text back');
SELECT is(try_target('增长'), NULL, 'try_target of a bad target is NULL');
SELECT is(try_target(''), NULL, 'try_target of an empty text is NULL');

-- ---- IMMUTABLE means usable in indexes and generated columns ---------------------------
CREATE TEMP TABLE land (
    area  indicator,
    sq_m  numeric GENERATED ALWAYS AS (base_unit_value(area)) STORED,
    upper_sq_m numeric GENERATED ALWAYS AS (upper(base_range(area, 0.1))) STORED);
INSERT INTO land (area) VALUES ('3万多亩'), ('15亩');
SELECT results_eq('SELECT sq_m, upper_sq_m FROM land ORDER BY sq_m',
    $$VALUES (10000::numeric, 10000::numeric), (20000000, 26666666.6666666667)$$,
    'generated columns from base_unit_value and base_range(x, tolerance)');
SELECT lives_ok('CREATE INDEX ON land USING gist (indicator_range(area, 0.1))',
    'an expression index on indicator_range(x, tolerance)');

-- ---- errors ----------------------------------------------------------------------------
SELECT throws_ok($$SELECT indicator_range('约5%', 1.5)$$, '22023', 'tolerance 1.5 is not between 0 and 1',
    'a tolerance above 1 is 22023');
SELECT throws_ok($$SELECT base_range('约5%'::indicator, -0.1)$$, '22023', NULL, 'a negative tolerance is 22023');
SELECT throws_ok($$SELECT target_range('5%左右', 2)$$, '22023', NULL, 'target_range: tolerance above 1 is 22023');
SELECT throws_ok($$SELECT base_range('5%左右'::target, -1)$$, '22023', NULL, 'base_range(t): negative tolerance is 22023');

CREATE TABLE facts (region text, amount indicator, plan target);
SELECT is(indicator_bi_view('facts')::text, 'facts_bi', 'the view is named after the table');
CREATE TABLE "Odd Names" ("Amount 金额" indicator);
INSERT INTO "Odd Names" VALUES ('3亿元');
SELECT indicator_bi_view('"Odd Names"');
SELECT results_eq($$SELECT "Amount 金额", "Amount 金额_value", "Amount 金额_display_unit" FROM "Odd Names_bi"$$,
    $$VALUES ('3亿元'::text, 300000000::numeric, '亿元'::text)$$,
    'quoted table and column names carry over to the view');
SELECT throws_ok($$SELECT indicator_bi_view('facts')$$, '42P07', NULL, 'an existing view is 42P07');
SELECT throws_ok($$SELECT indicator_bi_view('facts', 'a.b.c')$$, '42601', NULL,
    'a view name with two dots is 42601');
SELECT throws_ok($$SELECT indicator_bi_view('facts', 'v', 1.5)$$, '22023', NULL,
    'indicator_bi_view: a tolerance above 1 is 22023');
CREATE TABLE a_table_name_so_long_that_the_suffix_bi_makes_it_sixty_four_x (x indicator);
SELECT throws_ok($$SELECT indicator_bi_view('a_table_name_so_long_that_the_suffix_bi_makes_it_sixty_four_x')$$,
    '42622', NULL, 'a default view name longer than 63 bytes is 42622');
CREATE TABLE long_names (a_column_name_long_enough_that_suffixes_overflow_it indicator);
SELECT throws_ok($$SELECT indicator_bi_view('long_names')$$, '42622', NULL,
    'a derived column name longer than 63 bytes is 42622');

SELECT * FROM finish();
ROLLBACK;
