-- Every member of the extension has a description: \df+, \da, \do+, \dT+, \dC+, \dAc and
-- \dAf explain everything.  Fails listing each object without COMMENT ON.
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS indicator;
SELECT plan(3);

CREATE TEMP VIEW members AS
SELECT d.classid, d.objid, pg_describe_object(d.classid, d.objid, 0) AS object
  FROM pg_depend d
 WHERE d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'
   AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'indicator')
   -- PostgreSQL 17+ also records the implicit array types and a table's row type as
   -- members; they take their description from the type and the table
   AND NOT EXISTS (SELECT 1 FROM pg_type t LEFT JOIN pg_class c ON c.oid = t.typrelid
                    WHERE d.classid = 'pg_type'::regclass AND t.oid = d.objid
                      AND (t.typcategory = 'A' OR c.relkind = 'r'));

SELECT is_empty(
    $$SELECT object FROM members
       WHERE obj_description(objid, classid::regclass::name) IS NULL ORDER BY 1$$,
    'every function, aggregate, operator, cast, type, operator class and family, collation '
    'and table of the extension has a COMMENT');

-- the query above sees the objects it should (a wrong join would make it vacuous)
SELECT cmp_ok((SELECT count(*) FROM members WHERE classid = 'pg_proc'::regclass), '>=', 100::bigint,
    'the extension''s functions and aggregates are members');
SELECT set_has(
    $$SELECT DISTINCT classid::regclass::text FROM members$$,
    $$VALUES ('pg_proc'), ('pg_operator'), ('pg_cast'), ('pg_type'), ('pg_opclass'),
             ('pg_opfamily'), ('pg_collation')$$,
    'members include functions, operators, casts, types, operator classes and families, collations');

SELECT * FROM finish();
ROLLBACK;
