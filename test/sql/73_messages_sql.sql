-- The SQL functions' own messages (PL/pgSQL RAISE, which has no gettext) come from the
-- extension's catalog through indicator_message() (src/sql_messages.c), in the language of
-- lc_messages like the C functions' messages.
\set SHOW_CONTEXT never
CREATE TABLE msg_facts (region text, amount indicator);
SELECT indicator_bi_view('msg_facts');
SET lc_messages = 'zh_CN.UTF-8';
SELECT indicator_bi_view('msg_facts');
SELECT indicator_bi_view('msg_facts', 'a.b.c');
SELECT indicator_bi_view('msg_facts', tolerance => 2);
SELECT indicator_message('relation %s already exists');
RESET lc_messages;
-- the same in English, and a msgid the catalog does not have comes back as it is
SELECT indicator_bi_view('msg_facts');
SELECT indicator_message('no such message');
DROP TABLE msg_facts CASCADE;
