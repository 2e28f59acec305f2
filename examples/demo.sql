-- demo.sql: what the indicator extension can do so far.  Run by scripts/demo.sh in a
-- throwaway database that has the extension and a table `report` holding the sample
-- report of ../shared/corpus/.
\pset null '∅'
\echo '== indicator extension'
SELECT indicator_version() AS version, indicator_icu_version() AS icu;
\echo '== the sample report'
SELECT name, length(body) AS characters FROM report;
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
