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
\c :home
DROP DATABASE indicator_euc_cn;
DROP DATABASE indicator_sql_ascii;
