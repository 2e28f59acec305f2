-- indicator 0.1.0 -> 0.2.0
\echo Use "ALTER EXTENSION indicator UPDATE TO '0.2.0'" to load this file. \quit

-- Order (issue 10, doc/arithmetic.md "Levels and changes"): every level of a dimension now
-- sorts before every change of it; 0.1.0 sorted them by value first.  A btree index built by
-- 0.1.0 on a column holding both kinds of one dimension would be out of order, so every
-- index using the extension's btree operator classes is rebuilt.  (Hash indexes are not
-- affected: equality and hash did not change for values 0.1.0 could store.)  Run this update
-- right after installing the 0.2.0 library.
DO $upgrade$
DECLARE
  r record;
BEGIN
  FOR r IN
    SELECT DISTINCT i.indexrelid::regclass AS idx
    FROM pg_catalog.pg_index i
    JOIN pg_catalog.pg_opclass c ON c.oid = ANY (i.indclass::oid[])
    JOIN pg_catalog.pg_am am ON am.oid = c.opcmethod
    WHERE am.amname = 'btree'
      AND c.opcnamespace = '@extschema@'::regnamespace
      AND c.opcname IN ('indicator_ops', 'target_ops')
  LOOP
    EXECUTE pg_catalog.format('REINDEX INDEX %s', r.idx);
  END LOOP;
END
$upgrade$;
