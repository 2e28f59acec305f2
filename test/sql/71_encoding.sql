-- Encodings (issue 10): the extension needs a UTF8 database.  In an EUC_CN or SQL_ASCII
-- database CREATE EXTENSION fails with 0A000 and says why; nothing is left behind.
-- (Clients in GBK or GB18030 use a UTF8 database through client_encoding.)
SELECT current_database() AS home \gset
CREATE DATABASE indicator_euc_cn ENCODING 'EUC_CN' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0;
CREATE DATABASE indicator_sql_ascii ENCODING 'SQL_ASCII' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0;
\c indicator_euc_cn
\set VERBOSITY default
\set SHOW_CONTEXT never
CREATE EXTENSION indicator;
SELECT count(*) AS installed FROM pg_extension WHERE extname = 'indicator';
\c indicator_sql_ascii
CREATE EXTENSION indicator;
SELECT count(*) AS installed FROM pg_extension WHERE extname = 'indicator';
-- Issue 17: in an encoding that lacks the install script's Chinese characters (LATIN1,
-- WIN1252, EUC_JP, ...) PostgreSQL fails while converting the whole script from the control
-- file's encoding (UTF8), before any statement of it runs, so no 0A000 is possible there:
-- 22P05, naming the first character it cannot convert (its bytes vary with the script,
-- hence masked here).  Nothing is installed either.
\c :home
DROP DATABASE indicator_euc_cn;
DROP DATABASE indicator_sql_ascii;
CREATE DATABASE indicator_latin1 ENCODING 'LATIN1' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0;
CREATE DATABASE indicator_euc_jp ENCODING 'EUC_JP' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0;
\c indicator_latin1
CREATE FUNCTION try_create_extension() RETURNS text LANGUAGE plpgsql AS $$
BEGIN
    CREATE EXTENSION indicator;
    RETURN 'installed';
EXCEPTION WHEN OTHERS THEN
    RETURN SQLSTATE || ': ' || regexp_replace(SQLERRM, '0x[0-9a-f]{2}( 0x[0-9a-f]{2})*', '0x..');
END
$$;
SELECT try_create_extension() AS "CREATE EXTENSION in LATIN1";
SELECT count(*) AS installed FROM pg_extension WHERE extname = 'indicator';
\c indicator_euc_jp
CREATE FUNCTION try_create_extension() RETURNS text LANGUAGE plpgsql AS $$
BEGIN
    CREATE EXTENSION indicator;
    RETURN 'installed';
EXCEPTION WHEN OTHERS THEN
    RETURN SQLSTATE || ': ' || regexp_replace(SQLERRM, '0x[0-9a-f]{2}( 0x[0-9a-f]{2})*', '0x..');
END
$$;
SELECT try_create_extension() AS "CREATE EXTENSION in EUC_JP";
SELECT count(*) AS installed FROM pg_extension WHERE extname = 'indicator';
\c :home
DROP DATABASE indicator_latin1;
DROP DATABASE indicator_euc_jp;
