-- 00_module.sql: version functions.  The install script is assembled from
-- sql/NN_*.sql in file-name order; every object is created in @extschema@.

\echo Use "CREATE EXTENSION indicator" to load this file. \quit

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
