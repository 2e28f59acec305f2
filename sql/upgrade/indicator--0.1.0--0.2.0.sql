-- indicator 0.1.0 -> 0.2.0 (ALTER EXTENSION indicator UPDATE TO '0.2.0').

-- ---- zh_category ordering tailored with ICU rules (PostgreSQL 16+; sql/60_zh_category.sql)
CREATE FUNCTION @extschema@.zh_builtin_collation_rules() RETURNS text
    AS 'MODULE_PATHNAME', 'zh_builtin_collation_rules'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.zh_builtin_collation_rules() IS
    'ICU tailoring rules reading the built-in phrases as zh_pinyin does (&常沙<<<长沙 ...): the rules of collation zh_pinyin_phrases';

-- The domain can move to the new collation only while nothing uses it: a column, index or
-- function of type zh_category keeps the collation it was made with.  Otherwise it stays on
-- zh_pinyin (doc/zh_category.md says how to move a column).
DO $zh_category$
DECLARE
    users int;
BEGIN
    IF current_setting('server_version_num')::int < 160000 THEN
        RETURN;
    END IF;
    EXECUTE format('CREATE COLLATION @extschema@.zh_pinyin_phrases (provider = icu, locale = %L, rules = %L)',
                   'zh-u-co-pinyin', @extschema@.zh_builtin_collation_rules());
    COMMENT ON COLLATION @extschema@.zh_pinyin_phrases IS
        'Chinese by pinyin, built-in phrases read as zh_pinyin reads them (长沙 under C); ICU zh-u-co-pinyin with rules';
    SELECT count(*) INTO users FROM pg_catalog.pg_depend d
    WHERE d.refclassid = 'pg_catalog.pg_type'::regclass
      AND d.refobjid = '@extschema@.zh_category'::regtype
      AND d.deptype = 'n';
    IF users = 0 THEN
        DROP DOMAIN @extschema@.zh_category;
        CREATE DOMAIN @extschema@.zh_category AS text COLLATE @extschema@.zh_pinyin_phrases;
        COMMENT ON DOMAIN @extschema@.zh_category IS
            'text that sorts by pinyin with a plain ORDER BY, built-in phrases read right (collation zh_pinyin_phrases); clients see text';
    ELSE
        -- (extension scripts run with client_min_messages raised to WARNING: a NOTICE is lost)
        RAISE WARNING 'zh_category keeps collation zh_pinyin: % objects use it', users
            USING HINT = 'Columns can move to the tailored order with ALTER TABLE ... ALTER COLUMN ... TYPE text COLLATE zh_pinyin_phrases.';
    END IF;
END
$zh_category$;
