-- pgTAP (issue 17): the extension in a schema whose name needs quoting and holds a % (format()
-- must never see it in a format string), every function that
-- builds SQL; what the extension's owner and a plain role may do; zh_phrase refuses rows
-- that are not Chinese or whose pinyin does not fit.  Runs as a superuser and, in
-- scripts/test.sh's owner stage, as the non-superuser database owner (the role
-- indicator_plain then exists already and the owner is a member of it).
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'indicator_plain') THEN
        CREATE ROLE indicator_plain;
    END IF;
END
$$;
CREATE SCHEMA "Mixed %Case";
CREATE EXTENSION indicator SCHEMA "Mixed %Case";
SET LOCAL search_path = public, "Mixed %Case";
SELECT plan(27);

-- ---- the phrase functions in a quoted schema
SELECT is(zh_phrase_set('乐清', 'yuè qīng'), 1, 'zh_phrase_set in schema "Mixed %Case"');
SELECT is(zh_pinyin('乐清'), 'yue qing', 'and zh_pinyin reads the user row there');
SELECT is((SELECT pinyin FROM "Mixed %Case".zh_phrase WHERE phrase = '乐清' AND NOT builtin), 'yuè qīng',
          'the row is in "Mixed %Case".zh_phrase');
SELECT is(zh_phrase_set('乐清', 'yue4 qing1'), 1, 'zh_phrase_set again (the upsert) in "Mixed %Case"');
SELECT is(zh_phrase_sync(), 0, 'zh_phrase_sync in "Mixed %Case" (no Citus: no worker)');
SELECT is(zh_phrase_remove('乐清'), 1, 'zh_phrase_remove in "Mixed %Case"');
SELECT is(zh_pinyin('乐清'), 'le qing', 'the built-in reading applies again');
SELECT is(zh_phrase_on_coordinator(), false, 'no Citus here');

-- ---- indicator_bi_view in a quoted schema, of a table in another quoted schema
CREATE SCHEMA "Data Here";
CREATE TABLE "Data Here"."Facts" (region zh_category, amount indicator, plan target);
INSERT INTO "Data Here"."Facts" VALUES ('长沙', '超过1800亿元', '1500亿元以上');
SELECT is(indicator_bi_view('"Data Here"."Facts"')::text, '"Data Here"."Facts_bi"',
          'indicator_bi_view in "Mixed %Case" makes the view');
SELECT is((SELECT amount_value FROM "Data Here"."Facts_bi"), 180000000000::numeric,
          'and the view reads the figure');

-- ---- aggregates, casts, the domain and the collations in a quoted schema
SELECT is((SELECT sum(x)::text FROM (VALUES ('1亿元'::indicator), ('2亿元')) v(x)), '3亿元',
          'sum in "Mixed %Case"');
SELECT is((SELECT string_agg(r, ',' ORDER BY r) FROM (VALUES ('上海'::zh_category), ('广州'), ('北京')) v(r)),
          '北京,广州,上海', 'zh_category sorts by pinyin in "Mixed %Case"');

-- ---- zh_phrase refuses rows that are not Chinese or do not fit
SELECT throws_ok($$INSERT INTO "Mixed %Case".zh_phrase (phrase, pinyin) VALUES ('abc', 'a ba ce')$$,
                 '22023', 'invalid phrase "abc"', 'a Latin phrase is refused');
SELECT throws_ok($$SELECT zh_phrase_valid('长a', 'chang a')$$,
                 '22023', 'invalid phrase "长a"', 'a phrase with a Latin letter is refused');
SELECT throws_ok($$SELECT zh_phrase_set('😀', 'a')$$,
                 '22023', 'invalid phrase "😀"', 'an emoji is refused (zh_phrase_set)');
SELECT throws_ok($$SELECT zh_phrase_valid('长沙1', 'chang sha yi')$$,
                 '22023', 'invalid phrase "长沙1"', 'a digit is refused');
SELECT throws_ok($$SELECT zh_phrase_valid('长沙', 'chang')$$,
                 '22023', 'invalid reading "chang" for phrase "长沙"', 'fewer syllables than characters');
SELECT throws_ok($$SELECT zh_phrase_valid('长沙', 'chang sha shi')$$,
                 '22023', 'invalid reading "chang sha shi" for phrase "长沙"', 'more syllables than characters');
SELECT throws_ok($$SELECT zh_phrase_valid('长沙', 'xyz sha')$$,
                 '22023', 'invalid reading "xyz sha" for phrase "长沙"', 'a syllable that is not pinyin');
SELECT ok(zh_phrase_valid('〇', 'ling2') AND zh_phrase_valid('𠀀', 'he1'),
          'Han outside the basic block (〇, U+20000) is Chinese');

-- ---- privileges: the extension's owner, and a plain role
SELECT ok(has_function_privilege(current_user, '"Mixed %Case".zh_phrase_on_workers(text)', 'EXECUTE'),
          'the extension''s owner may run zh_phrase_on_workers (zh_phrase_set needs it under Citus)');
-- (a schema of one's own: the plain role needs USAGE on it, as on any schema)
GRANT USAGE ON SCHEMA "Mixed %Case" TO indicator_plain;
SET LOCAL ROLE indicator_plain;
SELECT is(zh_pinyin('长沙'), 'chang sha', 'a plain role reads');
SELECT is((SELECT max(x)::text FROM (VALUES ('1亿元'::indicator), ('2亿元')) v(x)), '2亿元',
          'a plain role uses the types and aggregates');
SELECT throws_ok($$SELECT zh_phrase_set('乐清', 'yue qing')$$, '42501', NULL,
                 'a plain role may not change the phrases (42501)');
SELECT throws_ok($$SELECT zh_phrase_on_workers('SELECT 1')$$, '42501', NULL,
                 'nor run zh_phrase_on_workers');
RESET ROLE;
GRANT INSERT, UPDATE, DELETE ON "Mixed %Case".zh_phrase TO indicator_plain;
GRANT EXECUTE ON FUNCTION "Mixed %Case".zh_phrase_on_workers(text) TO indicator_plain;
SET LOCAL ROLE indicator_plain;
SELECT is(zh_phrase_set('乐清', 'yue qing'), 1,
          'the owner grants the table and zh_phrase_on_workers: the role may change the phrases');
SELECT is(zh_phrase_remove('乐清'), 1, 'and remove them');
RESET ROLE;

SELECT * FROM finish();
ROLLBACK;
