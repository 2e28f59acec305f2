-- pgTAP: Chinese category names (SPEC section 4): error codes, volatility, and properties
-- of readings and sort keys, including user phrase rows taking effect at once.
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS indicator;
SELECT plan(38);

-- ---- objects, volatility, strictness
-- the ICU locale column is colllocale in 17+, colliculocale in 15-16, collcollate before 15
SELECT is((SELECT string_agg(collname || '=' || coalesce(to_jsonb(c) ->> 'colllocale',
                                                         to_jsonb(c) ->> 'colliculocale', collcollate),
                             ' ' ORDER BY collname)
           FROM pg_collation c WHERE collname IN ('zh_pinyin', 'zh_stroke', 'zh_zhuyin')
             AND collprovider = 'i'
             AND collnamespace = (SELECT extnamespace FROM pg_extension WHERE extname = 'indicator')),
          'zh_pinyin=zh-u-co-pinyin zh_stroke=zh-u-co-stroke zh_zhuyin=zh-u-co-zhuyin',
          'ICU collations zh_pinyin, zh_stroke, zh_zhuyin in the extension schema');
SELECT is((SELECT c.collname::text FROM pg_type t JOIN pg_collation c ON c.oid = t.typcollation
           WHERE t.typname = 'zh_category'),
          CASE WHEN current_setting('server_version_num')::int >= 160000 THEN 'zh_pinyin_phrases' ELSE 'zh_pinyin' END,
          'zh_category is text collated zh_pinyin_phrases (16+) or zh_pinyin (15)');
SELECT is((SELECT string_agg(proname || ':' || provolatile::text, ' ' ORDER BY proname) FROM pg_proc
           WHERE proname IN ('zh_pinyin', 'zh_initials', 'zh_index_label', 'zh_sort_key')),
          'zh_index_label:s zh_initials:s zh_pinyin:s zh_sort_key:s',
          'functions reading user phrases are STABLE');
SELECT is((SELECT string_agg(proname || ':' || provolatile::text, ' ' ORDER BY proname) FROM pg_proc
           WHERE proname IN ('zh_builtin_pinyin', 'zh_builtin_initials', 'zh_builtin_index_label',
                             'zh_builtin_sort_key', 'zh_normalize', 'zh_simplified', 'zh_traditional')),
          'zh_builtin_index_label:i zh_builtin_initials:i zh_builtin_pinyin:i zh_builtin_sort_key:i zh_normalize:i zh_simplified:i zh_traditional:i',
          'built-in-only variants and ICU-only functions are IMMUTABLE');
SELECT is_empty($$SELECT proname FROM pg_proc WHERE proname ~ '^zh_' AND prorettype <> 'trigger'::regtype
                  AND NOT proisstrict$$, 'every zh_ function is STRICT');
SELECT is((SELECT u.cond FROM pg_extension e, unnest(e.extconfig, e.extcondition) AS u(tab, cond)
            WHERE e.extname = 'indicator' AND u.tab = 'zh_phrase'::regclass),
          'WHERE NOT builtin', 'pg_dump dumps the user rows of zh_phrase only');

-- ---- error codes
SELECT throws_ok($$SELECT zh_sort_key('青岛', 'radical')$$, '22023',
                 'unknown Chinese sort style "radical"', 'unknown style: 22023');
SELECT throws_ok($$INSERT INTO zh_phrase(phrase, pinyin) VALUES ('青岛', 'qing dao shi')$$, '22023',
                 NULL, 'a reading with the wrong number of syllables: 22023');
SELECT throws_ok($$INSERT INTO zh_phrase(phrase, pinyin) VALUES ('青岛', 'qing xyz')$$, '22023',
                 NULL, 'a reading that is not pinyin: 22023');
SELECT throws_ok($$INSERT INTO zh_phrase(phrase, pinyin) VALUES ('青 岛', 'qing dao')$$, '22023',
                 NULL, 'a phrase with white space: 22023');
SELECT throws_ok($$CREATE INDEX ON zh_phrase (zh_sort_key(phrase))$$, '42P17', NULL,
                 'the STABLE zh_sort_key cannot back an index');
SELECT lives_ok($$CREATE INDEX ON zh_phrase (zh_builtin_sort_key(phrase))$$,
                'the IMMUTABLE zh_builtin_sort_key can');

-- ---- the phrase table and polyphones
SELECT is((SELECT count(*) FROM zh_phrase WHERE builtin), (SELECT count(*) FROM zh_builtin_phrases()),
          'the built-in rows mirror the compiled-in phrases');
SELECT is((SELECT count(*)::int FROM zh_phrase WHERE builtin AND phrase IN (
    '北京市','天津市','河北省','山西省','内蒙古自治区','辽宁省','吉林省','黑龙江省','上海市','江苏省',
    '浙江省','安徽省','福建省','江西省','山东省','河南省','湖北省','湖南省','广东省','广西壮族自治区',
    '海南省','重庆市','四川省','贵州省','云南省','西藏自治区','陕西省','甘肃省','青海省',
    '宁夏回族自治区','新疆维吾尔自治区','台湾省','香港特别行政区','澳门特别行政区')), 34,
          'all 34 province-level divisions are built in');
SELECT is((SELECT count(*)::int FROM zh_phrase WHERE builtin AND phrase IN (
    '市南区','市北区','黄岛区','崂山区','李沧区','城阳区','即墨区','胶州市','平度市','莱西市')), 10,
          'the districts of Qingdao are built in');
SELECT is(ARRAY[zh_pinyin('长沙'), zh_pinyin('重庆'), zh_pinyin('厦门'), zh_pinyin('银行'),
                zh_index_label('长沙'), zh_initials('青岛市')],
          ARRAY['chang sha', 'chong qing', 'xia men', 'yin hang', 'C', 'QDS'],
          'polyphones: 长沙, 重庆, 厦门, 银行');
SELECT ok(zh_sort_key('常德') < zh_sort_key('长沙') AND zh_sort_key('长沙') < zh_sort_key('大连'),
          '长沙 sorts under C: after 常德, before 大连');
SELECT is_empty($$SELECT phrase FROM zh_builtin_phrases() WHERE zh_index_label(phrase) !~ '^[A-Z]$'$$,
                'every built-in phrase has a letter as index label');
SELECT is((SELECT count(DISTINCT zh_sort_key(phrase)) FROM zh_builtin_phrases()),
          (SELECT count(*) FROM zh_builtin_phrases()), 'distinct names have distinct sort keys');

-- zh_sort_key orders like COLLATE zh_pinyin wherever no phrase corrects ICU's reading
CREATE TEMP TABLE uncorrected AS
SELECT phrase FROM zh_builtin_phrases() p
WHERE phrase ~ '(省|市|区|盟|州)$'
  AND zh_pinyin(phrase, true) = (SELECT string_agg(zh_pinyin(c, true), ' ' ORDER BY i)
                                 FROM regexp_split_to_table(p.phrase, '') WITH ORDINALITY t(c, i));
SELECT cmp_ok((SELECT count(*) FROM uncorrected)::int, '>', 300, 'over 300 region names without corrections');
SELECT results_eq($$SELECT phrase FROM uncorrected ORDER BY zh_sort_key(phrase)$$,
                  $$SELECT phrase FROM uncorrected ORDER BY phrase COLLATE zh_pinyin$$,
                  'zh_sort_key order = ORDER BY COLLATE zh_pinyin on the built-in region list');
SELECT results_eq($$SELECT phrase FROM uncorrected ORDER BY zh_sort_key(phrase, 'stroke')$$,
                  $$SELECT phrase FROM uncorrected ORDER BY phrase COLLATE zh_stroke$$,
                  'stroke keys = ORDER BY COLLATE zh_stroke');

-- ---- user rows take effect in the same session, at the next statement
INSERT INTO zh_phrase(phrase, pinyin) VALUES ('青岛', 'jīng dǎo');
SELECT is(zh_pinyin('青岛'), 'jing dao', 'a user row changes zh_pinyin after insert');
SELECT is(ARRAY[zh_builtin_pinyin('青岛'), zh_pinyin('青岛市')], ARRAY['qing dao', 'qing dao shi'],
          'zh_builtin_pinyin ignores user rows; a longer built-in phrase still wins');
SELECT is(zh_index_label('青岛'), 'J', 'and zh_index_label');
UPDATE zh_phrase SET pinyin = 'qing1 dao3' WHERE phrase = '青岛' AND NOT builtin;
INSERT INTO zh_phrase(phrase, pinyin) VALUES ('长沙', 'zhang3 sha1');
SELECT is(ARRAY[zh_pinyin('青岛', true), zh_pinyin('长沙')], ARRAY['qīng dǎo', 'zhang sha'],
          'updates and user rows overriding a built-in phrase take effect');
DELETE FROM zh_phrase WHERE NOT builtin;
SELECT is(zh_pinyin('长沙'), 'chang sha', 'deleting user rows restores the built-in reading');
SELECT is(zh_normalize('　ＧＤＰ  增长 '), 'GDP 增长', 'zh_normalize: NFKC, spaces collapsed, trimmed');

-- ---- zh_phrase on every node (sql/62_zh_phrase_nodes.sql); without Citus: this node only
SELECT is(zh_phrase_set('乐清', 'yuè qīng'), 1, 'zh_phrase_set without Citus changes one node');
SELECT is(zh_pinyin('乐清'), 'yue qing', 'and the reading applies');
SELECT is(zh_phrase_set('乐清', 'yue4 qing1'), 1, 'zh_phrase_set again replaces the user reading');
SELECT is((SELECT pinyin FROM zh_phrase WHERE phrase = '乐清' AND NOT builtin), 'yue4 qing1',
          'one user row, updated');
SELECT is(zh_phrase_sync(), 0, 'zh_phrase_sync without Citus has no worker to change');
SELECT is(zh_phrase_remove('乐清'), 1, 'zh_phrase_remove without Citus changes one node');
SELECT is(zh_pinyin('乐清'), 'le qing', 'and the built-in reading applies again');
SELECT throws_ok($$SELECT zh_phrase_set('青岛', 'qing dao shi')$$, '22023', NULL,
                 'zh_phrase_set checks the reading like the table does: 22023');
SELECT ok(zh_phrase_set(NULL, 'a') IS NULL AND zh_phrase_remove(NULL) IS NULL, 'NULL in, NULL out');
SELECT ok(NOT has_function_privilege('public', 'zh_phrase_on_workers(text)', 'EXECUTE'),
          'the run-on-workers helper is not executable by PUBLIC');

SELECT * FROM finish();
ROLLBACK;
