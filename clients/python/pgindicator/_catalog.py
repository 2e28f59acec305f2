"""The one query a driver adapter makes when it is registered: the OIDs of the
extension's types, wherever the extension's schema is (no search_path needed)."""

TYPES_QUERY = """
SELECT t.typname::text, t.oid::int, t.typarray::int
  FROM pg_catalog.pg_type t
  JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_type'::pg_catalog.regclass
                             AND d.objid = t.oid AND d.deptype = 'e'
  JOIN pg_catalog.pg_extension e ON e.oid = d.refobjid AND e.extname = 'indicator'
 WHERE t.typname IN ('indicator', 'target')
"""


def types_from_rows(rows):
    types = {name: (oid, array_oid) for name, oid, array_oid in rows}
    if "indicator" not in types:
        raise LookupError("the indicator extension is not installed in this database "
                          "(CREATE EXTENSION indicator)")
    return types
