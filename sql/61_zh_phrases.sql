-- 61_zh_phrases.sql: the built-in rows of zh_phrase, reference copies of the phrases
-- compiled into the library (src/zh/gen/zh_words.txt, src/zh/gen/zh_divisions.txt).  The
-- functions use the compiled-in data; editing these rows changes nothing (add a user
-- row with the same phrase instead: user rows win).  pg_dump skips them.
INSERT INTO @extschema@.zh_phrase (phrase, pinyin, builtin)
    SELECT phrase, pinyin, true FROM @extschema@.zh_builtin_phrases();
