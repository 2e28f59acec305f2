-- Chinese category names: readings, index labels, sort keys, normalization (SPEC section 4).
-- Inputs: simplified, traditional, full-width, mixed Latin, empty, NULL, polyphones.
\pset null '∅'
CREATE TEMP TABLE samples(id int, x text);
INSERT INTO samples VALUES
    (1, '青岛市'), (2, '臺灣省'), (3, 'ＧＤＰ增长'), (4, '中国GDP增长'), (5, ''),
    (6, NULL), (7, '长沙'), (8, '重庆'), (9, '厦门'), (10, '银行'), (11, '2023年'),
    (12, '  Éclair  '), (13, '（青岛）'), (14, '绿色'), (15, '𠀀');

-- zh_pinyin, with and without tones; zh_initials; zh_index_label
SELECT id, x, zh_pinyin(x), zh_pinyin(x, true) AS tones, zh_initials(x), zh_index_label(x)
FROM samples ORDER BY id;

-- the IMMUTABLE built-in variants agree while there are no user phrases
SELECT count(*) FILTER (WHERE zh_builtin_pinyin(x) IS NOT DISTINCT FROM zh_pinyin(x)
                          AND zh_builtin_initials(x) IS NOT DISTINCT FROM zh_initials(x)
                          AND zh_builtin_index_label(x) IS NOT DISTINCT FROM zh_index_label(x)
                          AND zh_builtin_sort_key(x) IS NOT DISTINCT FROM zh_sort_key(x)) AS agree,
       count(*) AS total
FROM samples;

-- polyphones read from the phrase table, not ICU's one reading per character
SELECT x, zh_pinyin(x) AS pinyin, zh_pinyin(x, true) AS tones, zh_initials(x), zh_index_label(x)
FROM unnest(ARRAY['长沙', '重庆', '厦门', '银行', '行业', '重点', '长江', '增长', '长春',
                  '长治', '朝阳', '成都', '西藏', '六安', '蚌埠', '济南', '佛山', '长沙市银行']) x;

-- the districts of Qingdao
SELECT x, zh_pinyin(x), zh_initials(x), zh_index_label(x)
FROM unnest(ARRAY['市南区', '市北区', '黄岛区', '崂山区', '李沧区', '城阳区', '即墨区',
                  '胶州市', '平度市', '莱西市']) x
ORDER BY zh_sort_key(x);

-- zh_normalize: NFKC (full-width to half-width), white space collapsed, trimmed
SELECT id, x, '[' || zh_normalize(x) || ']' AS normalized FROM samples ORDER BY id;
SELECT zh_normalize(E'\u3000青岛\t\t 市南区　 ') AS ideographic_space_and_tabs,
       zh_normalize('ＡＢＣ１２３，。') AS full_width;

-- zh_simplified / zh_traditional
SELECT id, x, zh_simplified(x), zh_traditional(x) FROM samples ORDER BY id;
SELECT zh_simplified(zh_traditional('长沙市银行')) = '长沙市银行' AS round_trip;

-- sort keys: 长沙 sorts under C (after 常德, before 大连), not under Z as ICU alone does
SELECT x, zh_index_label(x) FROM unnest(ARRAY['长沙', '漳州', '常德', '大连', '北京',
                                              '重庆', '中山', '厦门', '山东', '上海']) x
ORDER BY zh_sort_key(x);
SELECT x FROM unnest(ARRAY['长沙', '漳州', '常德', '大连', '北京']) x
ORDER BY x COLLATE zh_pinyin;
-- styles: stroke and zhuyin; the style name is case-insensitive
SELECT x FROM unnest(ARRAY['一', '十', '大', '山', '青岛', '北京']) x ORDER BY zh_sort_key(x, 'stroke');
SELECT x FROM unnest(ARRAY['一', '十', '大', '山', '青岛', '北京']) x ORDER BY x COLLATE zh_stroke;
SELECT x FROM unnest(ARRAY['八', '大', '他', '马', '北京']) x ORDER BY zh_sort_key(x, 'ZhuYin');
SELECT zh_sort_key('') IS NOT NULL AS empty_has_key, zh_sort_key(NULL) IS NULL AS null_gives_null,
       zh_sort_key('a', NULL) IS NULL AS null_style_gives_null,
       pg_typeof(zh_sort_key('青岛')) AS type;
-- Latin, digits and ideographs in the same column: as ICU orders them
SELECT x FROM unnest(ARRAY['Beijing', '北京', '123', '阿坝', 'Zebra', '中国GDP', '中国']) x
ORDER BY zh_sort_key(x);

-- errors
SELECT zh_sort_key('青岛', 'radical');

-- the zh_category domain: a plain ORDER BY sorts by pinyin; clients see text
CREATE TEMP TABLE regions(name zh_category);
INSERT INTO regions VALUES ('青岛'), ('北京'), ('上海'), ('广州'), ('深圳'), ('杭州'), ('济南');
SELECT name FROM regions ORDER BY name;
-- (the collation is zh_pinyin on 15, zh_pinyin_phrases on 16+: test/pgtap/63_zh_collation.sql)
SELECT pg_typeof(name)::text, (SELECT collname FROM pg_collation c
    JOIN pg_attribute a ON a.attcollation = c.oid
    WHERE a.attrelid = 'regions'::regclass AND a.attname = 'name') LIKE 'zh_pinyin%' AS pinyin_collation
FROM regions LIMIT 1;
SELECT zh_index_label(name) AS label, string_agg(name, ' ' ORDER BY zh_sort_key(name)) AS names
FROM regions GROUP BY 1 ORDER BY 1;
-- NULL in, NULL out
SELECT zh_pinyin(NULL) IS NULL AS a, zh_pinyin('青岛', NULL) IS NULL AS b,
       zh_initials(NULL) IS NULL AS c, zh_index_label(NULL) IS NULL AS d,
       zh_normalize(NULL) IS NULL AS e, zh_simplified(NULL) IS NULL AS f,
       zh_traditional(NULL) IS NULL AS g;
-- user readings on every node of a Citus cluster (doc/scale-out.md); without Citus, here
SELECT zh_phrase_set('乐清', 'yuè qīng') AS nodes_changed;
SELECT zh_pinyin('乐清');
SELECT zh_phrase_sync() AS workers_changed;
SELECT zh_phrase_remove('乐清') AS nodes_changed;
SELECT zh_pinyin('乐清');
