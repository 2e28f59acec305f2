-- 10_indicator.sql: the indicator type.  Sections in the order of src/indicator.c:
-- 1. text and 2. binary I/O, 3. order and hash, 4. casts, 5. accessors, 6. functions
-- (conversion, rounding, the unit catalog).

CREATE TYPE @extschema@.indicator;

CREATE FUNCTION @extschema@.indicator_in(cstring) RETURNS @extschema@.indicator
    AS 'MODULE_PATHNAME', 'indicator_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.indicator_in(cstring) IS
    'input of indicator: reads a Chinese figure such as 超过1800亿元 (22P02 on bad input)';
CREATE FUNCTION @extschema@.indicator_out(@extschema@.indicator) RETURNS cstring
    AS 'MODULE_PATHNAME', 'indicator_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.indicator_out(@extschema@.indicator) IS
    'output of indicator: canonical Chinese text that reads back to an equal figure';
CREATE FUNCTION @extschema@.indicator_recv(internal) RETURNS @extschema@.indicator
    AS 'MODULE_PATHNAME', 'indicator_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.indicator_recv(internal) IS
    'binary input of indicator: 16 bytes, every field validated (22P03 on malformed bytes)';
CREATE FUNCTION @extschema@.indicator_send(@extschema@.indicator) RETURNS bytea
    AS 'MODULE_PATHNAME', 'indicator_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.indicator_send(@extschema@.indicator) IS
    'binary output of indicator: 16 bytes in network byte order';

-- 16 bytes, fixed length, never TOASTed; aligned for its int64 coefficient.
CREATE TYPE @extschema@.indicator (
    INPUT = @extschema@.indicator_in,
    OUTPUT = @extschema@.indicator_out,
    RECEIVE = @extschema@.indicator_recv,
    SEND = @extschema@.indicator_send,
    INTERNALLENGTH = 16,
    ALIGNMENT = double,
    STORAGE = plain
);
COMMENT ON TYPE @extschema@.indicator IS
    'a Chinese statistical figure: exact value, unit, magnitude, qualifier and change basis. '
    '< and > order across dimensions too (a total order, for indexes): compare amounts as '
    'WHERE dimension(x) = dimension(''1000亿元'') AND x > ''1000亿元''';

-- 3. Order and hash: equality by meaning, a total order (dimension, value, qualifier, kind, basis).
CREATE FUNCTION @extschema@.indicator_eq(@extschema@.indicator, @extschema@.indicator) RETURNS boolean
    AS 'MODULE_PATHNAME', 'indicator_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.indicator_eq(@extschema@.indicator, @extschema@.indicator) IS
    'implementation of = for indicator: same meaning (value in base unit, qualifier class, kind, basis)';
CREATE FUNCTION @extschema@.indicator_ne(@extschema@.indicator, @extschema@.indicator) RETURNS boolean
    AS 'MODULE_PATHNAME', 'indicator_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.indicator_ne(@extschema@.indicator, @extschema@.indicator) IS
    'implementation of <> for indicator';
CREATE FUNCTION @extschema@.indicator_lt(@extschema@.indicator, @extschema@.indicator) RETURNS boolean
    AS 'MODULE_PATHNAME', 'indicator_lt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.indicator_lt(@extschema@.indicator, @extschema@.indicator) IS
    'implementation of < for indicator (the total order: dimension, value, qualifier, kind, basis)';
CREATE FUNCTION @extschema@.indicator_le(@extschema@.indicator, @extschema@.indicator) RETURNS boolean
    AS 'MODULE_PATHNAME', 'indicator_le' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.indicator_le(@extschema@.indicator, @extschema@.indicator) IS
    'implementation of <= for indicator';
CREATE FUNCTION @extschema@.indicator_gt(@extschema@.indicator, @extschema@.indicator) RETURNS boolean
    AS 'MODULE_PATHNAME', 'indicator_gt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.indicator_gt(@extschema@.indicator, @extschema@.indicator) IS
    'implementation of > for indicator';
CREATE FUNCTION @extschema@.indicator_ge(@extschema@.indicator, @extschema@.indicator) RETURNS boolean
    AS 'MODULE_PATHNAME', 'indicator_ge' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.indicator_ge(@extschema@.indicator, @extschema@.indicator) IS
    'implementation of >= for indicator';
CREATE FUNCTION @extschema@.indicator_cmp(@extschema@.indicator, @extschema@.indicator) RETURNS integer
    AS 'MODULE_PATHNAME', 'indicator_cmp' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.indicator_cmp(@extschema@.indicator, @extschema@.indicator) IS
    'btree comparison of indicators: -1, 0 or 1 in the total order';
CREATE FUNCTION @extschema@.indicator_sortsupport(internal) RETURNS void
    AS 'MODULE_PATHNAME', 'indicator_sortsupport' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.indicator_sortsupport(internal) IS
    'btree sort support of indicator: a direct comparator and abbreviated keys for sorts and index builds';
CREATE FUNCTION @extschema@.indicator_hash(@extschema@.indicator) RETURNS integer
    AS 'MODULE_PATHNAME', 'indicator_hash' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.indicator_hash(@extschema@.indicator) IS
    'hash of an indicator, equal for equal figures in any unit or magnitude';
CREATE FUNCTION @extschema@.indicator_hash_extended(@extschema@.indicator, bigint) RETURNS bigint
    AS 'MODULE_PATHNAME', 'indicator_hash_extended' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.indicator_hash_extended(@extschema@.indicator, bigint) IS
    '64-bit seeded hash of an indicator, equal for equal figures';
CREATE FUNCTION @extschema@.indicator_larger(@extschema@.indicator, @extschema@.indicator) RETURNS @extschema@.indicator
    AS 'MODULE_PATHNAME', 'indicator_larger' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.indicator_larger(@extschema@.indicator, @extschema@.indicator) IS
    'the larger of two indicators in the total order (transition function of max)';
CREATE FUNCTION @extschema@.indicator_smaller(@extschema@.indicator, @extschema@.indicator) RETURNS @extschema@.indicator
    AS 'MODULE_PATHNAME', 'indicator_smaller' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.indicator_smaller(@extschema@.indicator, @extschema@.indicator) IS
    'the smaller of two indicators in the total order (transition function of min)';

CREATE OPERATOR @extschema@.= (
    LEFTARG = @extschema@.indicator, RIGHTARG = @extschema@.indicator,
    FUNCTION = @extschema@.indicator_eq, COMMUTATOR = OPERATOR(@extschema@.=),
    NEGATOR = OPERATOR(@extschema@.<>), RESTRICT = eqsel, JOIN = eqjoinsel,
    HASHES, MERGES);
COMMENT ON OPERATOR @extschema@.= (@extschema@.indicator, @extschema@.indicator) IS
    'same meaning: 1.4万亿元 = 14000亿元, 1公顷 = 15亩';
CREATE OPERATOR @extschema@.<> (
    LEFTARG = @extschema@.indicator, RIGHTARG = @extschema@.indicator,
    FUNCTION = @extschema@.indicator_ne, COMMUTATOR = OPERATOR(@extschema@.<>),
    NEGATOR = OPERATOR(@extschema@.=), RESTRICT = neqsel, JOIN = neqjoinsel);
COMMENT ON OPERATOR @extschema@.<> (@extschema@.indicator, @extschema@.indicator) IS
    'different meaning';
CREATE OPERATOR @extschema@.< (
    LEFTARG = @extschema@.indicator, RIGHTARG = @extschema@.indicator,
    FUNCTION = @extschema@.indicator_lt, COMMUTATOR = OPERATOR(@extschema@.>),
    NEGATOR = OPERATOR(@extschema@.>=), RESTRICT = scalarltsel, JOIN = scalarltjoinsel);
COMMENT ON OPERATOR @extschema@.< (@extschema@.indicator, @extschema@.indicator) IS
    'before in the total order (dimension, value in base unit, qualifier, kind, basis)';
CREATE OPERATOR @extschema@.<= (
    LEFTARG = @extschema@.indicator, RIGHTARG = @extschema@.indicator,
    FUNCTION = @extschema@.indicator_le, COMMUTATOR = OPERATOR(@extschema@.>=),
    NEGATOR = OPERATOR(@extschema@.>), RESTRICT = scalarlesel, JOIN = scalarlejoinsel);
COMMENT ON OPERATOR @extschema@.<= (@extschema@.indicator, @extschema@.indicator) IS
    'before or equal in the total order';
CREATE OPERATOR @extschema@.> (
    LEFTARG = @extschema@.indicator, RIGHTARG = @extschema@.indicator,
    FUNCTION = @extschema@.indicator_gt, COMMUTATOR = OPERATOR(@extschema@.<),
    NEGATOR = OPERATOR(@extschema@.<=), RESTRICT = scalargtsel, JOIN = scalargtjoinsel);
COMMENT ON OPERATOR @extschema@.> (@extschema@.indicator, @extschema@.indicator) IS
    'after in the total order (dimension, value in base unit, qualifier, kind, basis)';
CREATE OPERATOR @extschema@.>= (
    LEFTARG = @extschema@.indicator, RIGHTARG = @extschema@.indicator,
    FUNCTION = @extschema@.indicator_ge, COMMUTATOR = OPERATOR(@extschema@.<=),
    NEGATOR = OPERATOR(@extschema@.<), RESTRICT = scalargesel, JOIN = scalargejoinsel);
COMMENT ON OPERATOR @extschema@.>= (@extschema@.indicator, @extschema@.indicator) IS
    'after or equal in the total order';

CREATE OPERATOR CLASS @extschema@.indicator_ops
    DEFAULT FOR TYPE @extschema@.indicator USING btree AS
        OPERATOR 1 @extschema@.<,
        OPERATOR 2 @extschema@.<=,
        OPERATOR 3 @extschema@.=,
        OPERATOR 4 @extschema@.>=,
        OPERATOR 5 @extschema@.>,
        FUNCTION 1 @extschema@.indicator_cmp(@extschema@.indicator, @extschema@.indicator),
        FUNCTION 2 @extschema@.indicator_sortsupport(internal);
COMMENT ON OPERATOR CLASS @extschema@.indicator_ops USING btree IS
    'default btree order of indicator: ORDER BY, indexes, merge joins';
COMMENT ON OPERATOR FAMILY @extschema@.indicator_ops USING btree IS
    'btree operators of indicator';

CREATE OPERATOR CLASS @extschema@.indicator_hash_ops
    DEFAULT FOR TYPE @extschema@.indicator USING hash AS
        OPERATOR 1 @extschema@.=,
        FUNCTION 1 @extschema@.indicator_hash(@extschema@.indicator),
        FUNCTION 2 @extschema@.indicator_hash_extended(@extschema@.indicator, bigint);
COMMENT ON OPERATOR CLASS @extschema@.indicator_hash_ops USING hash IS
    'default hash operator class of indicator: GROUP BY, DISTINCT, hash joins';
COMMENT ON OPERATOR FAMILY @extschema@.indicator_hash_ops USING hash IS
    'hash operators of indicator';

-- 4. Casts.  numeric -> indicator is allowed in assignments (a dimensionless exact figure);
-- indicator -> numeric is explicit because it drops the unit and qualifier.
CREATE FUNCTION @extschema@.indicator(numeric) RETURNS @extschema@.indicator
    AS 'MODULE_PATHNAME', 'numeric_to_indicator' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.indicator(numeric) IS
    'a dimensionless exact figure with the numeric''s value and scale';
CREATE FUNCTION @extschema@.indicator_numeric(@extschema@.indicator) RETURNS numeric
    AS 'MODULE_PATHNAME', 'indicator_to_numeric' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.indicator_numeric(@extschema@.indicator) IS
    'the value in the figure''s own unit with its magnitude applied (1800亿元 → 180000000000)';
CREATE CAST (numeric AS @extschema@.indicator)
    WITH FUNCTION @extschema@.indicator(numeric) AS ASSIGNMENT;
COMMENT ON CAST (numeric AS @extschema@.indicator) IS
    'a numeric is a dimensionless exact figure (allowed in assignments)';
-- integers too, so INSERT INTO t(v) VALUES (1800) works as 1800.0 does (through the text
-- form: an integer prints as digits the input reads back exactly)
CREATE CAST (smallint AS @extschema@.indicator) WITH INOUT AS ASSIGNMENT;
COMMENT ON CAST (smallint AS @extschema@.indicator) IS
    'a smallint is a dimensionless exact figure (allowed in assignments)';
CREATE CAST (integer AS @extschema@.indicator) WITH INOUT AS ASSIGNMENT;
COMMENT ON CAST (integer AS @extschema@.indicator) IS
    'an integer is a dimensionless exact figure (allowed in assignments)';
CREATE CAST (bigint AS @extschema@.indicator) WITH INOUT AS ASSIGNMENT;
COMMENT ON CAST (bigint AS @extschema@.indicator) IS
    'a bigint is a dimensionless exact figure (allowed in assignments)';
CREATE CAST (@extschema@.indicator AS numeric)
    WITH FUNCTION @extschema@.indicator_numeric(@extschema@.indicator);
COMMENT ON CAST (@extschema@.indicator AS numeric) IS
    'explicit: the value in the figure''s own unit, magnitude applied; unit and qualifier are dropped';

-- text::indicator reads the text where it lies (the automatic I/O cast would copy it to a
-- cstring first); the same reading and the same errors as the type's input
CREATE FUNCTION @extschema@.indicator(text) RETURNS @extschema@.indicator
    AS 'MODULE_PATHNAME', 'indicator_from_text' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.indicator(text) IS
    'the text as an indicator (the cast from text; errors as the type''s input)';
CREATE CAST (text AS @extschema@.indicator) WITH FUNCTION @extschema@.indicator(text);
COMMENT ON CAST (text AS @extschema@.indicator) IS
    'explicit, as the I/O cast it replaces: the text read as the type''s input reads it';

CREATE FUNCTION @extschema@.try_indicator(text) RETURNS @extschema@.indicator
    AS 'MODULE_PATHNAME', 'try_indicator' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.try_indicator(text) IS
    'the text as an indicator, or NULL where it is not one';

-- 5. Accessors.
CREATE FUNCTION @extschema@.unit(@extschema@.indicator) RETURNS text
    AS 'MODULE_PATHNAME', 'indicator_unit' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.unit(@extschema@.indicator) IS
    'the unit without magnitude (元, 亩, 元/人, %); empty for a bare number';
CREATE FUNCTION @extschema@.dimension(@extschema@.indicator) RETURNS text
    AS 'MODULE_PATHNAME', 'indicator_dimension' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.dimension(@extschema@.indicator) IS
    'the dimension (CNY, area, ratio, 人, CNY/人, dimensionless …)';
CREATE FUNCTION @extschema@.qualifier(@extschema@.indicator) RETURNS text
    AS 'MODULE_PATHNAME', 'indicator_qualifier' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.qualifier(@extschema@.indicator) IS
    'the qualifier word as written (超过, 突破, 多, 约 …), NULL for an exact figure';
CREATE FUNCTION @extschema@.qualifier_class(@extschema@.indicator) RETURNS text
    AS 'MODULE_PATHNAME', 'indicator_qualifier_class' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.qualifier_class(@extschema@.indicator) IS
    'what the qualifier asserts: exact, gt, ge, lt, le, approx, approx_below or open (多/余)';
CREATE FUNCTION @extschema@.basis(@extschema@.indicator) RETURNS text
    AS 'MODULE_PATHNAME', 'indicator_basis' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.basis(@extschema@.indicator) IS
    'the change basis (同比, 环比, 比上年 …), NULL where none';
CREATE FUNCTION @extschema@.is_change(@extschema@.indicator) RETURNS boolean
    AS 'MODULE_PATHNAME', 'indicator_is_change' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.is_change(@extschema@.indicator) IS
    'true for a change (同比增长5.2%, 提高10%, 持平), false for a level';
-- STABLE: approximate figures use the setting indicator.approx_tolerance.
CREATE FUNCTION @extschema@.indicator_range(@extschema@.indicator) RETURNS numrange
    AS 'MODULE_PATHNAME', 'indicator_range' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.indicator_range(@extschema@.indicator) IS
    'the numrange of values the figure asserts, in its own unit (约 uses indicator.approx_tolerance)';
CREATE FUNCTION @extschema@.indicator_range(@extschema@.indicator, tolerance numeric) RETURNS numrange
    AS 'MODULE_PATHNAME', 'indicator_range' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.indicator_range(@extschema@.indicator, numeric) IS
    'indicator_range(x) with the tolerance of 约/左右 given (0 to 1): IMMUTABLE, for indexes and generated columns';
-- The parts BI tools show (indicator_bi_view, doc/clients.md): numeric and text.
CREATE FUNCTION @extschema@.base_unit(@extschema@.indicator) RETURNS text
    AS 'MODULE_PATHNAME', 'indicator_base_unit' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.base_unit(@extschema@.indicator) IS
    'the base unit of the figure''s dimension (元 for 1800亿元, 平方米 for 3万多亩, % for 5‰); empty for a bare number';
CREATE FUNCTION @extschema@.base_unit_value(@extschema@.indicator) RETURNS numeric
    AS 'MODULE_PATHNAME', 'indicator_base_unit_value' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.base_unit_value(@extschema@.indicator) IS
    'the value in base_unit(x), magnitude applied (3万多亩 → 20000000): adds up across units and magnitudes';
CREATE FUNCTION @extschema@.display_value(@extschema@.indicator) RETURNS numeric
    AS 'MODULE_PATHNAME', 'indicator_display_value' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.display_value(@extschema@.indicator) IS
    'the number as displayed, at the figure''s magnitude and scale (1800亿元 → 1800, 36.40万人 → 36.40)';
CREATE FUNCTION @extschema@.display_unit(@extschema@.indicator) RETURNS text
    AS 'MODULE_PATHNAME', 'indicator_display_unit' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.display_unit(@extschema@.indicator) IS
    'magnitude and unit as displayed (1800亿元 → 亿元, 14万元/人 → 万元/人, 突破260万 → 万)';
-- STABLE: approximate figures use the setting indicator.approx_tolerance.
CREATE FUNCTION @extschema@.base_range(@extschema@.indicator) RETURNS numrange
    AS 'MODULE_PATHNAME', 'indicator_base_range' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.base_range(@extschema@.indicator) IS
    'the numrange the figure asserts in base_unit(x) (约 uses indicator.approx_tolerance)';
CREATE FUNCTION @extschema@.base_range(@extschema@.indicator, tolerance numeric) RETURNS numrange
    AS 'MODULE_PATHNAME', 'indicator_base_range' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.base_range(@extschema@.indicator, numeric) IS
    'base_range(x) with the tolerance of 约/左右 given (0 to 1): IMMUTABLE';
CREATE FUNCTION @extschema@.indicator_to_jsonb(@extschema@.indicator) RETURNS jsonb
    AS 'MODULE_PATHNAME', 'indicator_to_jsonb' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.indicator_to_jsonb(@extschema@.indicator) IS
    'the figure''s parts as jsonb: text, value, unit, magnitude, dimension, qualifier, kind, basis';

-- 6. Functions: conversion, rounding, the unit catalog.
CREATE FUNCTION @extschema@.indicator_value(@extschema@.indicator, unit text) RETURNS numeric
    AS 'MODULE_PATHNAME', 'indicator_value_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.indicator_value(@extschema@.indicator, text) IS
    'the value in another unit of the same dimension (indicator_value(x, ''亿元'')), 18 significant digits';
CREATE FUNCTION @extschema@.to_unit(@extschema@.indicator, unit text) RETURNS @extschema@.indicator
    AS 'MODULE_PATHNAME', 'indicator_to_unit' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.to_unit(@extschema@.indicator, text) IS
    'the figure re-expressed in another unit and magnitude of its dimension (to_unit(x, ''亿元''))';
CREATE FUNCTION @extschema@.indicator_auto(@extschema@.indicator) RETURNS @extschema@.indicator
    AS 'MODULE_PATHNAME', 'indicator_auto' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.indicator_auto(@extschema@.indicator) IS
    'the figure with 万, 亿 or 万亿 chosen so that the leading part is below 10000';
CREATE FUNCTION @extschema@.round(@extschema@.indicator, digits integer DEFAULT 0) RETURNS @extschema@.indicator
    AS 'MODULE_PATHNAME', 'indicator_round' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.round(@extschema@.indicator, integer) IS
    'rounded half-even to digits at the displayed magnitude (round(''36.46万人'', 1) = 36.5万人)';

CREATE FUNCTION @extschema@.indicator_units(
        OUT unit text, OUT dimension text, OUT base_unit text, OUT factor text,
        OUT takes_magnitude boolean)
    RETURNS SETOF record
    AS 'MODULE_PATHNAME', 'indicator_units' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 80;
COMMENT ON FUNCTION @extschema@.indicator_units() IS
    'the built-in unit catalog: each unit, its dimension, base unit and exact factor to it';
