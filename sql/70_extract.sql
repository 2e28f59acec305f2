-- 70_extract.sql: reading documents (spec 5, 5b).  Server side in src/extract.c; the
-- rules in src/core/extract.c (figures in a text) and src/core/period.c (periods).

CREATE FUNCTION @extschema@.indicator_extract(doc text,
        OUT ord integer, OUT start integer, OUT stop integer, OUT text text,
        OUT subject text, OUT figure @extschema@.indicator, OUT target @extschema@.target,
        OUT period daterange, OUT kind text)
    RETURNS SETOF record
    AS 'MODULE_PATHNAME', 'indicator_extract'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 100;
COMMENT ON FUNCTION @extschema@.indicator_extract(text) IS
    'one row per statistical expression of a Chinese document: ord, start and stop (0-based character offsets, stop exclusive), text as written, subject, figure (NULL for a target), target (in a plan), period (daterange), kind (level, change, target); years, ordinals, plan names, numbering and words with numerals are not figures';

CREATE FUNCTION @extschema@.zh_period(text) RETURNS daterange
    AS 'MODULE_PATHNAME', 'zh_period'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.zh_period(text) IS
    'the daterange a Chinese period phrase names: 2023年, 2023年10月, 2023年1-10月, 2023年一季度, 2023年上半年, "十四五"时期';

CREATE FUNCTION @extschema@.zh_period(text, reference_year integer) RETURNS daterange
    AS 'MODULE_PATHNAME', 'zh_period'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.zh_period(text, integer) IS
    'the daterange a Chinese period phrase names, relative phrases (去年, 今年一季度, 上半年) counted from reference_year';
