-- 60_zh_category.sql: Chinese category names (SPEC section 4): ICU collations, the
-- zh_category domain, pinyin / initials / index labels / sort keys with a phrase table for
-- polyphonic names, normalization and simplified/traditional conversion.
--
-- Volatility: functions that read the user rows of zh_phrase are STABLE; their
-- zh_builtin_* twins use only the compiled-in phrases and are IMMUTABLE (usable in
-- expression indexes).  zh_normalize, zh_simplified and zh_traditional depend only on ICU
-- data and are IMMUTABLE like PostgreSQL's own normalize(); indexes on any of them must
-- be rebuilt after an ICU upgrade (doc/zh_category.md).

CREATE COLLATION @extschema@.zh_pinyin (provider = icu, locale = 'zh-u-co-pinyin');
CREATE COLLATION @extschema@.zh_stroke (provider = icu, locale = 'zh-u-co-stroke');
CREATE COLLATION @extschema@.zh_zhuyin (provider = icu, locale = 'zh-u-co-zhuyin');
COMMENT ON COLLATION @extschema@.zh_pinyin IS 'Chinese by pinyin (ICU zh-u-co-pinyin)';
COMMENT ON COLLATION @extschema@.zh_stroke IS 'Chinese by stroke count (ICU zh-u-co-stroke)';
COMMENT ON COLLATION @extschema@.zh_zhuyin IS 'Chinese by zhuyin / bopomofo (ICU zh-u-co-zhuyin)';

-- zh_pinyin_phrases (PostgreSQL 16+, which has CREATE COLLATION ... rules): pinyin order
-- tailored with ICU rules generated from the built-in phrases, so that a plain ORDER BY
-- files 长沙 under C (cháng) and 厦门 under X; zh_category sorts with it.  On 15 there is
-- no such collation and zh_category sorts with zh_pinyin (ICU's one reading per character).
CREATE FUNCTION @extschema@.zh_builtin_collation_rules() RETURNS text
    AS 'MODULE_PATHNAME', 'zh_builtin_collation_rules'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.zh_builtin_collation_rules() IS
    'ICU tailoring rules reading the built-in phrases as zh_pinyin does (&常沙<<<长沙 ...): the rules of collation zh_pinyin_phrases';

DO $zh_category$
BEGIN
    IF current_setting('server_version_num')::int >= 160000 THEN
        EXECUTE format('CREATE COLLATION %s.zh_pinyin_phrases (provider = icu, locale = %L, rules = %L)', '@extschema@',
                       'zh-u-co-pinyin', @extschema@.zh_builtin_collation_rules());
        COMMENT ON COLLATION @extschema@.zh_pinyin_phrases IS
            'Chinese by pinyin, built-in phrases read as zh_pinyin reads them (长沙 under C); ICU zh-u-co-pinyin with rules';
        CREATE DOMAIN @extschema@.zh_category AS text COLLATE @extschema@.zh_pinyin_phrases;
        COMMENT ON DOMAIN @extschema@.zh_category IS
            'text that sorts by pinyin with a plain ORDER BY, built-in phrases read right (collation zh_pinyin_phrases); clients see text';
    ELSE
        CREATE DOMAIN @extschema@.zh_category AS text COLLATE @extschema@.zh_pinyin;
        COMMENT ON DOMAIN @extschema@.zh_category IS
            'text that sorts by pinyin with a plain ORDER BY (collation zh_pinyin); clients see text';
    END IF;
END
$zh_category$;

-- ---- the phrase table --------------------------------------------------------------

CREATE FUNCTION @extschema@.zh_phrase_valid(phrase text, pinyin text) RETURNS boolean
    AS 'MODULE_PATHNAME', 'zh_phrase_valid'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.zh_phrase_valid(text, text) IS
    'true if pinyin is a reading of phrase (one syllable per character), else error 22023';

CREATE FUNCTION @extschema@.zh_builtin_phrases(OUT phrase text, OUT pinyin text)
    RETURNS SETOF record
    AS 'MODULE_PATHNAME', 'zh_builtin_phrases'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 850;
COMMENT ON FUNCTION @extschema@.zh_builtin_phrases() IS
    'the compiled-in phrase readings (division names, common words)';

CREATE TABLE @extschema@.zh_phrase (
    phrase  text    NOT NULL,
    pinyin  text    NOT NULL,
    builtin boolean NOT NULL DEFAULT false,
    PRIMARY KEY (phrase, builtin),
    CONSTRAINT zh_phrase_reading CHECK (@extschema@.zh_phrase_valid(phrase, pinyin))
);
COMMENT ON TABLE @extschema@.zh_phrase IS
    'phrase readings: built-in rows (builtin = true, reference copies) and user rows, which win';
-- Everyone reads it (the STABLE functions run as the caller); the user who created the
-- extension (the extension is trusted, so the script itself runs as superuser) edits it.
GRANT SELECT ON @extschema@.zh_phrase TO PUBLIC;
GRANT INSERT, UPDATE, DELETE, TRUNCATE ON @extschema@.zh_phrase TO @extowner@ WITH GRANT OPTION;
-- pg_dump dumps the user rows only; the built-in ones come with CREATE EXTENSION.
SELECT pg_catalog.pg_extension_config_dump('@extschema@.zh_phrase', 'WHERE NOT builtin');

-- The trigger queues a cache invalidation so that every backend rereads the user rows.
-- It has a side effect, so it is VOLATILE (the default); it never runs in a parallel worker.
CREATE FUNCTION @extschema@.zh_phrase_invalidate() RETURNS trigger
    AS 'MODULE_PATHNAME', 'zh_phrase_invalidate'
    LANGUAGE C;
COMMENT ON FUNCTION @extschema@.zh_phrase_invalidate() IS
    'trigger on zh_phrase: makes every backend reread the user phrase rows';
CREATE TRIGGER zh_phrase_changed
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON @extschema@.zh_phrase
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.zh_phrase_invalidate();

-- ---- readings ------------------------------------------------------------------------

CREATE FUNCTION @extschema@.zh_pinyin(text, tones boolean DEFAULT false) RETURNS text
    AS 'MODULE_PATHNAME', 'zh_pinyin'
    LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.zh_pinyin(text, boolean) IS
    'pinyin of Chinese text, polyphones read from the phrase table (青岛市 → qing dao shi)';

CREATE FUNCTION @extschema@.zh_builtin_pinyin(text, tones boolean DEFAULT false) RETURNS text
    AS 'MODULE_PATHNAME', 'zh_builtin_pinyin'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.zh_builtin_pinyin(text, boolean) IS
    'zh_pinyin with the built-in phrases only (IMMUTABLE)';

CREATE FUNCTION @extschema@.zh_initials(text) RETURNS text
    AS 'MODULE_PATHNAME', 'zh_initials'
    LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.zh_initials(text) IS
    'pinyin initials, upper case (青岛市 → QDS)';

CREATE FUNCTION @extschema@.zh_builtin_initials(text) RETURNS text
    AS 'MODULE_PATHNAME', 'zh_builtin_initials'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.zh_builtin_initials(text) IS
    'zh_initials with the built-in phrases only (IMMUTABLE)';

CREATE FUNCTION @extschema@.zh_index_label(text) RETURNS text
    AS 'MODULE_PATHNAME', 'zh_index_label'
    LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.zh_index_label(text) IS
    'A-Z bucket of a contact list (长沙 → C, Beijing → B, 123 → #)';

CREATE FUNCTION @extschema@.zh_builtin_index_label(text) RETURNS text
    AS 'MODULE_PATHNAME', 'zh_builtin_index_label'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.zh_builtin_index_label(text) IS
    'zh_index_label with the built-in phrases only (IMMUTABLE)';

CREATE FUNCTION @extschema@.zh_sort_key(text, style text DEFAULT 'pinyin') RETURNS bytea
    AS 'MODULE_PATHNAME', 'zh_sort_key'
    LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.zh_sort_key(text, text) IS
    'sort key (pinyin with polyphones corrected, stroke or zhuyin); compare as bytea';

CREATE FUNCTION @extschema@.zh_builtin_sort_key(text, style text DEFAULT 'pinyin') RETURNS bytea
    AS 'MODULE_PATHNAME', 'zh_builtin_sort_key'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.zh_builtin_sort_key(text, text) IS
    'zh_sort_key with the built-in phrases only (IMMUTABLE: can back an expression index)';

-- ---- normalization ---------------------------------------------------------------------

CREATE FUNCTION @extschema@.zh_normalize(text) RETURNS text
    AS 'MODULE_PATHNAME', 'zh_normalize'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.zh_normalize(text) IS
    'NFKC (full-width to half-width), white space runs collapsed to one space, trimmed';

CREATE FUNCTION @extschema@.zh_simplified(text) RETURNS text
    AS 'MODULE_PATHNAME', 'zh_simplified'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.zh_simplified(text) IS
    'traditional to simplified characters (ICU Hant-Hans)';

CREATE FUNCTION @extschema@.zh_traditional(text) RETURNS text
    AS 'MODULE_PATHNAME', 'zh_traditional'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.zh_traditional(text) IS
    'simplified to traditional characters (ICU Hans-Hant)';
