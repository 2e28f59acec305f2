-- zh_phrase rows committed by another session reach this one's cache (issue 10): also
-- after this session read the table inside a REPEATABLE READ or SERIALIZABLE transaction
-- whose snapshot predates the commit.  The other session is a dblink connection.
CREATE EXTENSION IF NOT EXISTS dblink;
SELECT format('dbname=%s host=%s port=%s', current_database(),
              split_part(current_setting('unix_socket_directories'), ',', 1),
              current_setting('port')) AS other \gset

-- REPEATABLE READ: the snapshot is taken before the other session inserts a reading
BEGIN ISOLATION LEVEL REPEATABLE READ;
SELECT zh_pinyin('长沙') AS before_insert;
SELECT dblink_exec(:'other', $$INSERT INTO zh_phrase (phrase, pinyin) VALUES ('长沙', 'zhǎng shā')$$);
SELECT count(*) AS user_rows_in_snapshot FROM zh_phrase WHERE NOT builtin;
SELECT zh_pinyin('长沙') AS in_transaction;
COMMIT;
-- a later transaction sees the committed row
SELECT zh_pinyin('长沙') AS next_transaction, zh_index_label('长沙');

-- SERIALIZABLE: the other session deletes it again
BEGIN ISOLATION LEVEL SERIALIZABLE;
SELECT zh_pinyin('长沙') AS before_delete, count(*) AS user_rows FROM zh_phrase WHERE NOT builtin;
SELECT dblink_exec(:'other', $$DELETE FROM zh_phrase WHERE NOT builtin$$);
SELECT count(*) AS user_rows_in_snapshot FROM zh_phrase WHERE NOT builtin;
COMMIT;
SELECT zh_pinyin('长沙') AS next_transaction, zh_index_label('长沙');

-- a transaction that only calls the functions (no lock on zh_phrase) also sees the change
BEGIN ISOLATION LEVEL REPEATABLE READ;
SELECT zh_initials('重庆') AS before_insert;
SELECT dblink_exec(:'other', $$INSERT INTO zh_phrase (phrase, pinyin) VALUES ('重庆', 'zhòng qìng')$$);
COMMIT;
SELECT zh_initials('重庆') AS next_transaction, zh_sort_key('重庆') = zh_builtin_sort_key('重庆') AS same_key;
SELECT dblink_exec(:'other', $$DELETE FROM zh_phrase WHERE NOT builtin$$);
SELECT zh_initials('重庆') AS after_delete;
