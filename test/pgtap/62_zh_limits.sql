-- pgTAP: the input limit of the zh_* functions (issue 10): past 128 MiB (less 2 bytes)
-- every one of them raises 54000 program_limit_exceeded, checked before the argument is
-- detoasted, never XX000 from a failed allocation; the limit itself passes the check.
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS indicator;
SELECT plan(15);

-- repeat() of a 1 MiB string: 256 copies are quicker to make than 256 Mi copies of one byte
SELECT throws_ok($$SELECT zh_pinyin(repeat(repeat('a', 1048576), 256))$$, '54000',
                 'input is too long for a Chinese text function',
                 'zh_pinyin of 256 MiB: 54000');
SELECT throws_ok($$SELECT zh_sort_key(repeat(repeat('长', 1000000), 100))$$, '54000',
                 'input is too long for a Chinese text function',
                 'zh_sort_key of 300 MB of Chinese: 54000');

-- one byte over the limit (134217726 bytes), stored (compressed) in a table, for every
-- function taking text
CREATE TEMP TABLE over_limit AS SELECT left(repeat(repeat('x', 1048576), 128), 134217727) AS x;
SELECT throws_ok(format('SELECT %s FROM over_limit', call), '54000',
                 'input is too long for a Chinese text function', call || ' one byte over the limit: 54000')
FROM unnest(ARRAY['zh_pinyin(x)', 'zh_builtin_pinyin(x)', 'zh_initials(x)', 'zh_builtin_initials(x)',
                  'zh_index_label(x)', 'zh_builtin_index_label(x)', 'zh_sort_key(x)',
                  'zh_builtin_sort_key(x, ''stroke'')', 'zh_normalize(x)', 'zh_simplified(x)',
                  'zh_traditional(x)', 'zh_phrase_valid(x, ''a'')']) AS call;

-- at the limit the check passes: zh_phrase_valid then rejects the phrase as too long (22023)
SELECT throws_ok($$SELECT zh_phrase_valid(substr(x, 2), 'a') FROM over_limit$$, '22023', NULL,
                 'an input of exactly the limit passes the length check');

SELECT * FROM finish();
ROLLBACK;
