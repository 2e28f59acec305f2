-- 00_module.sql: version functions.  The install script is assembled from
-- sql/NN_*.sql in file-name order; every object is created in @extschema@.

\echo Use "CREATE EXTENSION indicator" to load this file. \quit

-- The database must be UTF-8: the parser, the output and the phrase data are UTF-8, and
-- clients in GBK or GB18030 are served by PostgreSQL's own client_encoding conversion.
-- (The control file declares this script UTF-8, so PostgreSQL converts it to the database
-- encoding before it runs: keep it to characters EUC_CN has too, so that such a database
-- gets this message rather than a conversion error; test/sql/71_encoding.sql checks.
-- An encoding without Chinese (LATIN1, ...) fails while the whole file is converted, before
-- this runs: 22P05, doc/messages_encoding.md.)
-- The messages of the SQL functions (RAISE) come through the catalog too (src/sql_messages.c).
CREATE FUNCTION @extschema@.indicator_message(msgid text) RETURNS text
    AS 'MODULE_PATHNAME', 'indicator_message'
    LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.indicator_message(text) IS
    'a message of the extension''s SQL functions in the language of lc_messages (its catalog; src/sql_messages.c)';

DO $encoding$
BEGIN
    IF pg_catalog.getdatabaseencoding() <> 'UTF8' THEN
        RAISE EXCEPTION USING
            MESSAGE = pg_catalog.format(@extschema@.indicator_message('indicator needs a UTF8 database, not %s'), pg_catalog.getdatabaseencoding()),
            ERRCODE = 'feature_not_supported',
            HINT = @extschema@.indicator_message('Create the database with ENCODING ''UTF8''; clients may still use GBK or GB18030 (SET client_encoding).');
    END IF;
END
$encoding$;

CREATE FUNCTION @extschema@.indicator_version() RETURNS text
    AS 'MODULE_PATHNAME', 'indicator_version'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.indicator_version() IS
    'version of the loaded indicator library';

CREATE FUNCTION @extschema@.indicator_icu_version() RETURNS text
    AS 'MODULE_PATHNAME', 'indicator_icu_version'
    LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.indicator_icu_version() IS
    'version of the ICU library the indicator library is linked with';
