-- The library and the install script agree on the version, and ICU is linked.
SELECT indicator_version() = (SELECT extversion FROM pg_extension WHERE extname = 'indicator')
    AS library_matches_script;
SELECT indicator_icu_version() ~ '^[0-9]+\.[0-9]+' AS icu_version_looks_right;
-- Every function of the extension lives in its schema.
SELECT count(*) = 0 AS all_functions_in_extension_schema
FROM pg_depend d JOIN pg_proc p ON p.oid = d.objid
WHERE d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'indicator')
  AND d.classid = 'pg_proc'::regclass
  AND p.pronamespace <> (SELECT extnamespace FROM pg_extension WHERE extname = 'indicator');
