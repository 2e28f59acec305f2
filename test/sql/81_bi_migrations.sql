-- BI views through migrations (doc/clients.md "BI views and migrations"): replace => true,
-- indicator_bi_drop() / indicator_bi_restore(), domains as their base type, pg_temp last.
\set SHOW_CONTEXT never
DELETE FROM indicator_bi_views;   -- rows of the views of earlier tests (80_bi)
CREATE ROLE bi_reader_81;
CREATE TABLE sales (
    id     integer PRIMARY KEY,
    region zh_category NOT NULL,
    amount indicator,
    plan   target
);
INSERT INTO sales VALUES (1, '长沙', '超过1800亿元', '1500亿元以上'), (2, '北京', '3万多亩', NULL);
SELECT indicator_bi_view('sales');
GRANT SELECT ON sales_bi TO bi_reader_81;
COMMENT ON VIEW sales_bi IS 'what the dashboard reads';
-- a domain column is its base type in the view, so drivers' catalogs say text
SELECT column_name, data_type, domain_name FROM information_schema.columns
 WHERE table_name = 'sales_bi' AND column_name IN ('region', 'amount', 'amount_value')
 ORDER BY ordinal_position;
-- the migration the view used to block: a column is dropped, another added
ALTER TABLE sales DROP COLUMN plan;
SELECT view_name, source_name, dropped FROM indicator_bi_views;
SELECT indicator_bi_drop();
SELECT view_name, view_owner, view_acl, view_comment, dropped FROM indicator_bi_views;
ALTER TABLE sales DROP COLUMN plan;
ALTER TABLE sales ADD COLUMN target_2025 target;
SELECT indicator_bi_restore();
-- the new column is there, the dropped one gone; grants and comment came back
SELECT string_agg(column_name, ' ' ORDER BY ordinal_position) FROM information_schema.columns
 WHERE table_name = 'sales_bi'
   AND column_name IN ('id', 'region', 'amount', 'plan', 'plan_value', 'target_2025', 'target_2025_value');
SELECT has_table_privilege('bi_reader_81', 'sales_bi', 'SELECT') AS reader_may_select,
       obj_description('sales_bi'::regclass, 'pg_class') AS comment;
SELECT view_name, dropped FROM indicator_bi_views;
-- restore again: nothing dropped, nothing to do
SELECT count(*) FROM indicator_bi_restore();
-- replace => true: in place, keeping grants; without it 42P07
ALTER TABLE sales ADD COLUMN note text;
SELECT indicator_bi_view('sales');
SELECT indicator_bi_view('sales', replace => true);
SELECT has_table_privilege('bi_reader_81', 'sales_bi', 'SELECT') AS reader_may_select,
       (SELECT count(*) FROM information_schema.columns WHERE table_name = 'sales_bi' AND column_name = 'note') AS has_note;
-- replace => true refuses to replace what is not a view (42809)
CREATE TABLE not_a_view (x int);
SELECT indicator_bi_view('sales', 'not_a_view', replace => true);
-- a user's view on the BI view: DROP refuses (2BP01), nothing changes
CREATE VIEW dashboard AS SELECT region, amount_value FROM sales_bi;
SELECT indicator_bi_view('sales', replace => true);
SELECT indicator_bi_drop();
DROP VIEW dashboard;
-- a view dropped by hand is forgotten, not brought back
DROP VIEW sales_bi;
SELECT indicator_bi_drop();
SELECT count(*) FROM indicator_bi_views;
-- the table gone while its view was dropped: a WARNING, the row stays for the user
SELECT indicator_bi_view('sales');
SELECT indicator_bi_drop();
ALTER TABLE sales RENAME TO sales_2025;
SELECT indicator_bi_restore();
SELECT view_name, source_name, dropped FROM indicator_bi_views;
ALTER TABLE sales_2025 RENAME TO sales;
SELECT indicator_bi_restore();
-- the caller's temporary tables named like catalogs do not stand in for them
CREATE TEMP TABLE pg_attribute (attrelid oid, attnum int, attname name, atttypid oid,
                                atttypmod int, attisdropped boolean);
CREATE TEMP TABLE pg_class (oid oid, relname name, relnamespace oid, relkind "char");
SELECT indicator_bi_view('sales', 'sales_bi_temp');
SELECT count(*) AS columns FROM information_schema.columns WHERE table_name = 'sales_bi_temp';
DROP TABLE pg_temp.pg_attribute, pg_temp.pg_class;
-- rows of another role are neither seen nor restored by a role that is not a member
CREATE ROLE bi_other_81;
GRANT USAGE, CREATE ON SCHEMA public TO bi_other_81;
GRANT SELECT ON sales TO bi_other_81;
SET ROLE bi_other_81;
SELECT count(*) AS rows_seen FROM indicator_bi_views;
SELECT indicator_bi_view('sales', 'sales_other');
SELECT view_name, view_owner FROM indicator_bi_views;
INSERT INTO indicator_bi_views (view_schema, view_name, source_schema, source_name, view_owner, dropped)
VALUES ('public', 'forged', 'public', 'sales', 'postgres', true);
RESET ROLE;
DROP VIEW sales_other, sales_bi_temp, sales_bi;
DELETE FROM indicator_bi_views;
REVOKE ALL ON SCHEMA public FROM bi_other_81;
REVOKE ALL ON sales FROM bi_other_81;
DROP ROLE bi_other_81;
DROP TABLE sales, not_a_view;
DROP ROLE bi_reader_81;
