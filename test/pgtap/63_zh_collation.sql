-- pgTAP: the collation zh_pinyin_phrases (PostgreSQL 16+): pinyin order tailored with ICU
-- rules generated from the built-in phrases, the collation of zh_category there, so that a
-- plain ORDER BY files 长沙 under C.  On 15 neither exists and zh_category keeps ICU's
-- one reading per character (长沙 under Z): that is checked too.
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS indicator;
SELECT plan(11);

SELECT current_setting('server_version_num')::int >= 160000 AS tailored \gset

-- ---- the rules (every version)
SELECT is((SELECT provolatile::text || proisstrict::text || proparallel::text FROM pg_proc
           WHERE proname = 'zh_builtin_collation_rules'), 'itrues',
          'zh_builtin_collation_rules is IMMUTABLE STRICT PARALLEL SAFE');
SELECT ok(zh_builtin_collation_rules() ~ '^&' AND strpos(zh_builtin_collation_rules(), '&常沙<<<长沙') > 0
          AND strpos(zh_builtin_collation_rules(), '<<<厦门') > 0,
          'the rules reset 长沙 to 常沙 and place 厦门');
SELECT is((SELECT count(*) FROM regexp_matches(zh_builtin_collation_rules(), '&', 'g'))::int,
          (SELECT count(*) FROM zh_builtin_phrases() p
           WHERE zh_builtin_pinyin(p.phrase, true) <>
                 (SELECT string_agg(zh_builtin_pinyin(c, true), ' ' ORDER BY i)
                  FROM regexp_split_to_table(p.phrase, '') WITH ORDINALITY t(c, i)))::int,
          'one rule for every built-in phrase read otherwise than its characters');

-- ---- the collation and the domain
SELECT is((SELECT count(*) FROM pg_collation WHERE collname = 'zh_pinyin_phrases')::int,
          CASE WHEN :'tailored'::boolean THEN 1 ELSE 0 END, 'zh_pinyin_phrases exists on 16+ only');
SELECT is((SELECT c.collname::text FROM pg_type t JOIN pg_collation c ON c.oid = t.typcollation
           WHERE t.typname = 'zh_category'),
          CASE WHEN :'tailored'::boolean THEN 'zh_pinyin_phrases' ELSE 'zh_pinyin' END,
          'zh_category sorts with zh_pinyin_phrases on 16+, zh_pinyin on 15');
SELECT is((SELECT to_jsonb(c) ->> 'collicurules' FROM pg_collation c WHERE collname = 'zh_pinyin_phrases'),
          CASE WHEN :'tailored'::boolean THEN zh_builtin_collation_rules() END,
          'its ICU rules are zh_builtin_collation_rules()');

-- ---- a plain ORDER BY on a zh_category column
CREATE TEMP TABLE city (name zh_category);
INSERT INTO city VALUES ('北京市'), ('长沙市'), ('常州市'), ('重庆市'), ('大连市'), ('厦门市'),
                        ('西安市'), ('烟台市'), ('长春市'), ('郑州市'), ('上海市');
SELECT is((SELECT string_agg(name, ' ' ORDER BY name) FROM city),
          CASE WHEN :'tailored'::boolean
               THEN '北京市 长春市 长沙市 常州市 重庆市 大连市 上海市 西安市 厦门市 烟台市 郑州市'
               ELSE '北京市 常州市 重庆市 大连市 厦门市 上海市 西安市 烟台市 长春市 长沙市 郑州市' END,
          'ORDER BY name: 长沙 and 长春 under C, 厦门 under X on 16+; under Z and S on 15');
SELECT is((SELECT string_agg(zh_index_label(name), '' ORDER BY name) FROM city),
          CASE WHEN :'tailored'::boolean THEN 'BCCCCDSXXYZ' ELSE 'BCCDXSXYCCZ' END,
          'ORDER BY name goes through the index letters in order on 16+ (not on 15)');
SELECT is((SELECT count(*) FROM city WHERE name = '长沙市')::int, 1,
          'equality: 长沙市 is not equal to its stand-in 常沙市');
SELECT ok(NOT EXISTS (SELECT 1 WHERE '长沙'::zh_category = '常沙'::zh_category), '长沙 <> 常沙');

-- against zh_sort_key on every pair of built-in phrases: only homophones of different
-- characters may order otherwise (ICU orders characters of one reading by character)
CREATE TEMP TABLE keyed AS
SELECT phrase::zh_category AS p, zh_builtin_sort_key(phrase) AS k FROM zh_builtin_phrases();
SELECT cmp_ok((SELECT count(*) FROM keyed a JOIN keyed b ON a.p < b.p WHERE a.k > b.k)::int,
              '<', CASE WHEN :'tailored'::boolean THEN 150 ELSE 100000 END,
              'disagreements with zh_sort_key over 343,206 pairs: under 150 on 16+');

SELECT * FROM finish();
ROLLBACK;
