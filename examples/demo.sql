-- demo.sql: what the indicator extension can do so far.  Run by scripts/demo.sh in a
-- throwaway database that has the extension and a table `report` holding the sample
-- report of ../shared/corpus/.
\pset null '∅'
\echo '== indicator extension'
SELECT indicator_version() AS version, indicator_icu_version() AS icu;
\echo '== the sample report'
SELECT name, length(body) AS characters FROM report;

\echo '== figures of the sample report, typed as indicators'
-- Until indicator_extract() exists, a plain regular expression finds the figures and
-- try_indicator() types them (NULL where a match is not a figure).
CREATE TEMP VIEW report_figures AS
SELECT m.ord, t.txt, try_indicator(t.txt) AS figure
FROM report r,
     regexp_matches(r.body,
       '(?:同比(?:下降|提升|增长)|提高|超过|突破|达到)?[0-9][0-9.,]*(?:万亿|亿|万)?[多余]?(?:元|亩|个|家|人|所|项|条|%)(?:以上)?',
       'g') WITH ORDINALITY AS m(arr, ord),
     LATERAL (SELECT m.arr[1]) t(txt);
SELECT ord, txt AS "as written", figure, figure::numeric AS value, unit(figure) AS unit,
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
-- plain ORDER BY on a zh_category column: ICU pinyin (长沙 under Z: ICU reads 长 as zhǎng)
SELECT name, zh_pinyin(name) AS pinyin FROM demo_regions ORDER BY name;
-- zh_sort_key reads polyphones right: 长沙 cháng shā files under C
SELECT zh_index_label(name) AS letter,
       string_agg(name::text, ' ' ORDER BY zh_sort_key(name)) AS regions
FROM demo_regions GROUP BY 1 ORDER BY 1;
