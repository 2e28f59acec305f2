-- pgTAP: a cancel reaches every long call (issue 17 item 6), and indicator_extract's
-- document limit (item 7).  Each call runs as its own statement under
-- statement_timeout = 100ms on an input that takes longer than that (the largest input the
-- function takes); the helper catches 57014 and says how long the statement ran.  The
-- bound, 8 s, is generous so that a loaded machine cannot make it flake; before the
-- interrupt checks these calls ran 10 to 100 s.  The timeout is a quarter of the fastest
-- call on the machine of stop 30 (zh_sort_key 0.41 s, zh_normalize 0.56 s, indicator_extract
-- of prose 0.69 s, zh_initials 0.84 s, the others 0.65 s to 27 s): 1 s, the timeout before,
-- let five calls finish there, a test of the machine's speed and not of the cancel.
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS indicator;
SELECT plan(37);

CREATE FUNCTION pg_temp.cancel_time(call text, OUT state text, OUT ms numeric)
LANGUAGE plpgsql AS $$
DECLARE t0 timestamptz := clock_timestamp();
BEGIN
    EXECUTE call;
    state := 'finished';
    ms := extract(epoch FROM clock_timestamp() - t0) * 1000;
EXCEPTION WHEN query_canceled OR others THEN
    state := SQLSTATE;
    ms := extract(epoch FROM clock_timestamp() - t0) * 1000;
END $$;

CREATE TEMP TABLE runs(call text, state text, ms numeric);
-- 128 MiB less 2 bytes: the zh_* functions' limit, in Chinese (3 bytes a character) and
-- in ASCII; white space for zh_index_label, which reads only the start of a text
CREATE TEMP TABLE big AS
SELECT left(repeat(repeat('長', 1048576), 43), 134217726 / 3) AS han,
       left(repeat(repeat('a', 1048576), 128), 134217726) AS latin,
       left(repeat(repeat(' ', 1048576), 128), 134217723) || '长' AS blank;

SET statement_timeout = '100ms';
INSERT INTO runs SELECT 'zh_sort_key', * FROM pg_temp.cancel_time('SELECT length(zh_sort_key(han)) FROM big');
INSERT INTO runs SELECT 'zh_builtin_sort_key', * FROM pg_temp.cancel_time('SELECT length(zh_builtin_sort_key(latin)) FROM big');
INSERT INTO runs SELECT 'zh_sort_key stroke', * FROM pg_temp.cancel_time($$SELECT length(zh_sort_key(han, 'stroke')) FROM big$$);
INSERT INTO runs SELECT 'zh_sort_key zhuyin', * FROM pg_temp.cancel_time($$SELECT length(zh_sort_key(latin, 'zhuyin')) FROM big$$);
INSERT INTO runs SELECT 'zh_pinyin', * FROM pg_temp.cancel_time('SELECT length(zh_pinyin(han, true)) FROM big');
INSERT INTO runs SELECT 'zh_builtin_pinyin', * FROM pg_temp.cancel_time('SELECT length(zh_builtin_pinyin(latin)) FROM big');
INSERT INTO runs SELECT 'zh_normalize', * FROM pg_temp.cancel_time('SELECT length(zh_normalize(han)) FROM big');
INSERT INTO runs SELECT 'zh_simplified', * FROM pg_temp.cancel_time('SELECT length(zh_simplified(han)) FROM big');
INSERT INTO runs SELECT 'zh_traditional', * FROM pg_temp.cancel_time('SELECT length(zh_traditional(latin)) FROM big');
-- indicator_extract at its limit (64 MiB): a figure every 2 bytes, and plain text
INSERT INTO runs SELECT 'indicator_extract', * FROM pg_temp.cancel_time($$SELECT count(*) FROM indicator_extract(repeat(',1', 33554432))$$);
INSERT INTO runs SELECT 'indicator_extract prose', * FROM pg_temp.cancel_time('SELECT count(*) FROM big, indicator_extract(left(han, 22369621))');
-- zh_period reads at most 65 characters: any length ends at once, with its error
INSERT INTO runs SELECT 'zh_period', * FROM pg_temp.cancel_time('SELECT zh_period(latin) FROM big');
-- these two read 128 MiB in under a second (zh_initials 0.84 s): the same timeout
INSERT INTO runs SELECT 'zh_initials', * FROM pg_temp.cancel_time('SELECT length(zh_initials(latin)) FROM big');
INSERT INTO runs SELECT 'zh_index_label', * FROM pg_temp.cancel_time('SELECT zh_index_label(blank) FROM big');
RESET statement_timeout;

SELECT is(state, '57014', call || ': cancelled by statement_timeout')
FROM runs WHERE call <> 'zh_period' ORDER BY call;
SELECT cmp_ok(ms, '<', 8000::numeric, call || ': the statement ended within 8 s')
FROM runs ORDER BY call;
SELECT is(state, '22P02', 'zh_period of 128 MiB: the period error, not a timeout')
FROM runs WHERE call = 'zh_period';
SELECT throws_ok('SELECT zh_period(repeat(''长'', 64) || ''2023年'')', '22P02', NULL,
                 'zh_period: a text longer than 64 characters is no period');

-- indicator_extract: 64 MiB is its limit (54000 past it, checked before detoasting)
SELECT throws_ok($$SELECT count(*) FROM indicator_extract(repeat(',1', 33554432) || 'x')$$,
                 '54000', 'document is too long for indicator_extract',
                 'indicator_extract one byte over 64 MiB: 54000');
SELECT throws_ok($$SELECT count(*) FROM indicator_extract(repeat(repeat('x', 1048576), 200))$$,
                 '54000', 'document is too long for indicator_extract',
                 'indicator_extract of 200 MiB: 54000');
SELECT is((SELECT count(*) FROM indicator_extract(repeat('增长5%。', 9)::text || repeat(' ', 67108864 - 9 * 11))),
          9::bigint, 'indicator_extract of exactly 64 MiB reads it');

-- invisible characters (issue 17 item 8): zh_normalize drops them, zh_index_label skips them
SELECT is(zh_normalize(E'\u200B长\u200C沙\u200D \u200E市\u200F\u2060\uFEFF'), '长沙 市',
          'zh_normalize drops U+200B-U+200F, U+2060 and U+FEFF');
SELECT is(zh_normalize(E'\u200B \uFEFF GDP\u2060'), 'GDP', 'invisible characters do not keep a space');
SELECT is(zh_normalize(E'e\u200B\u0301'), 'é', 'dropped before NFKC: the mark composes');
SELECT is(array_agg(zh_index_label(x) ORDER BY i), ARRAY['C', 'C', 'C', 'E', 'G', 'Q', 'Q', '#'],
          'zh_index_label skips invisible characters and white space before the first real one')
FROM unnest(ARRAY[E'\u200B长沙', E'\uFEFF长沙', E'\u200F \u200E长沙', E'\u2060é', E'\u200DGDP',
                  E'\u200C青岛', E'\u200B\u200B 青岛', E'\u200B']) WITH ORDINALITY AS u(x, i);
SELECT is(zh_builtin_index_label(E'\uFEFF长沙'), 'C', 'zh_builtin_index_label too');

SELECT * FROM finish();
ROLLBACK;
