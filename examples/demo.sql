-- demo.sql: what the indicator extension can do.  Run by scripts/demo.sh in a throwaway
-- database that has the extension and a table `report` holding examples/sample_report.txt.
\pset null '∅'
SET datestyle = 'ISO';
\echo '== indicator extension'
SELECT indicator_version() AS version, indicator_icu_version() AS icu;
\echo '== the sample report'
SELECT name, length(body) AS characters FROM report;

\echo '== the report as a facts table: one INSERT ... SELECT ... FROM indicator_extract(report)'
CREATE TEMP TABLE facts (
    report   text,
    ord      integer,
    subject  text,
    figure   indicator,
    target   target,
    period   daterange,
    kind     text,
    PRIMARY KEY (report, ord)
);
INSERT INTO facts (report, ord, subject, figure, target, period, kind)
SELECT r.name, e.ord, e.subject, e.figure, e.target, e.period, e.kind
FROM report r, indicator_extract(r.body) AS e;
SELECT ord, subject, coalesce(figure::text, target::text) AS "figure or target", period, kind
FROM facts ORDER BY ord;

\echo '== what indicator_extract does not report: years, ordinals, plan and slogan names, words with numerals'
SELECT t AS "written in the report", strpos(r.body, t) - 1 AS at,
       EXISTS (SELECT 1 FROM indicator_extract(r.body) e
               WHERE e.start < strpos(r.body, t) - 1 + length(t) AND strpos(r.body, t) - 1 < e.stop) AS reported
FROM report r,
     unnest(ARRAY['2022年', '前十位', '第七位', '第一梯队', '“十四五”时期', '“两个确立”',
                  '“一二三四六十”', '“最后一公里”', '万家民营企业', '一批', '①']) AS t;

\echo '== the facts typed: value with its magnitude, unit, qualifier, what it asserts'
CREATE TEMP VIEW report_figures AS
SELECT e.ord, e.text AS txt, e.subject, e.figure
FROM report r, indicator_extract(r.body) e WHERE e.figure IS NOT NULL;
SELECT ord, subject, txt AS "as written", figure::numeric AS value, unit(figure) AS unit,
       qualifier_class(figure) AS qualifier, indicator_range(figure) AS asserts
FROM report_figures ORDER BY ord;

\echo '== the same figures sorted: dimension, then value in the base unit, then qualifier'
SELECT figure, dimension(figure) FROM report_figures ORDER BY figure;

\echo '== grouped by dimension'
SELECT dimension(figure) AS dimension, count(*) AS figures, min(figure) AS smallest,
       max(figure) AS largest
FROM report_figures GROUP BY 1 ORDER BY min(figure);

\echo '== equality by meaning, conversion, rounding'
SELECT '1.4万亿元'::indicator = '14000亿元' AS same_money, '1公顷'::indicator = '15亩' AS same_area,
       indicator_value('1.4万亿元', '亿元') AS in_yi, to_unit('3万多亩', '公顷') AS in_hectares,
       indicator_auto('27701元') AS auto, round('36.46万人'::indicator, 1) AS rounded;

\echo '== Chinese category names: a region table sorted by pinyin, grouped by index letter'
CREATE TEMP TABLE demo_regions (name zh_category PRIMARY KEY);
INSERT INTO demo_regions VALUES ('青岛市'), ('长沙市'), ('重庆市'), ('厦门市'), ('北京市'),
    ('上海市'), ('济南市'), ('长春市'), ('大连市'), ('成都市'), ('市南区'), ('崂山区');
-- zh_sort_key reads place names right: 长沙 cháng shā, 厦门 xià mén
SELECT name, zh_pinyin(name) AS pinyin FROM demo_regions ORDER BY zh_sort_key(name);
SELECT zh_index_label(name) AS letter,
       string_agg(name::text, ' ' ORDER BY zh_sort_key(name)) AS regions
FROM demo_regions GROUP BY 1 ORDER BY 1;
-- a plain ORDER BY uses the column's collation: right on PostgreSQL 16 and later (ICU with
-- the extension's rules); on 15 plain ICU, which gives each character one reading
SELECT current_setting('server_version_num')::int >= 160000 AS tailored \gset
\if :tailored
\echo '-- plain ORDER BY name (PostgreSQL 16+: the tailored collation, the same order as zh_sort_key):'
\else
\echo '-- plain ORDER BY name on PostgreSQL 15: plain ICU reads each character one way (长 zhǎng, 厦 shà),'
\echo '-- so 长春/长沙 come last and 厦门 before 上海. Sort by zh_sort_key(name), as above, for the right order.'
\endif
SELECT string_agg(name::text, ' ' ORDER BY name) AS "ORDER BY name" FROM demo_regions;

\echo '== arithmetic that is exact and honest about bounds'
SELECT '1800亿元'::indicator + '1.4万亿元' AS total_investment,
       '3万多亩'::indicator + '200亩' AS land, '7.2%'::indicator - '5.2%' AS points,
       '1.4万亿元'::indicator / '1000万人' AS per_head;
SELECT sum(figure) AS total_cny FROM report_figures WHERE dimension(figure) = 'CNY' AND NOT is_change(figure);

\echo '== growth'
SELECT growth('27701元', '25986元', '同比') AS income_growth,
       base_value('27701元', '同比增长6.6%') AS last_year, cagr('1000亿元', '1.4万亿元', 10, 2) AS cagr;

\echo '== the plans in the report, beside the level of the same subject the year before'
SELECT f.subject, f.period AS planned_for, f.target, a.figure AS "the year before",
       meets(a.figure, f.target) AS "already met"
FROM facts f JOIN facts a ON a.subject = f.subject AND a.kind = 'level'
                         AND upper(a.period) = lower(f.period)
WHERE f.kind = 'target' ORDER BY f.ord;

\echo '== plans and how they are judged'
CREATE TEMP TABLE plan (item text PRIMARY KEY, target target, actual indicator, midyear indicator);
INSERT INTO plan VALUES
  ('地区生产总值增速', '增长5.5%左右，力争6%', '增长5.9%', '增长5.6%'),
  ('一般公共预算收入', '1300亿元', '1345亿元', '610亿元'),
  ('固定资产投资', '3000亿元以上', '2950亿元', '1600亿元'),
  ('城镇调查失业率', '控制在5.5%以内', '5.1%', '5.3%'),
  ('单位GDP能耗', '下降3%以上', '下降3.2%', '下降1.2%'),
  ('新增城镇就业', '30万人', '36.4万人', '17万人');
SELECT item, target, actual, meets(actual, target), completion(actual, target) AS "completion %",
       gap(actual, target), target_status(actual, target) AS status,
       schedule_status(midyear, target, 0.5) AS at_midyear
FROM plan ORDER BY item;

\echo '== a view for BI tools that know only numeric and text'
CREATE TEMP VIEW report_figures_bi AS
SELECT ord, txt AS figure_text, figure::numeric AS value, unit(figure) AS unit,
       dimension(figure) AS dimension, qualifier_class(figure) AS qualifier,
       lower(indicator_range(figure)) AS lower_bound, upper(indicator_range(figure)) AS upper_bound
FROM report_figures;
SELECT * FROM report_figures_bi WHERE qualifier <> 'exact' ORDER BY ord;
