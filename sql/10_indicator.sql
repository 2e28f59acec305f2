-- 10_indicator.sql: the indicator type.  Sections in the order of src/indicator.c:
-- 1. text and 2. binary I/O, 3. order and hash, 4. casts, 5. accessors, 6. functions
-- (conversion, rounding, the unit catalog).

CREATE TYPE @extschema@.indicator;

CREATE FUNCTION @extschema@.indicator_in(cstring) RETURNS @extschema@.indicator
    AS 'MODULE_PATHNAME', 'indicator_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.indicator_out(@extschema@.indicator) RETURNS cstring
    AS 'MODULE_PATHNAME', 'indicator_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.indicator_recv(internal) RETURNS @extschema@.indicator
    AS 'MODULE_PATHNAME', 'indicator_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.indicator_send(@extschema@.indicator) RETURNS bytea
    AS 'MODULE_PATHNAME', 'indicator_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

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
    'a Chinese statistical figure: exact value, unit, magnitude, qualifier and change basis';

-- 3. Order and hash: equality by meaning, a total order (dimension, value, qualifier, kind, basis).
CREATE FUNCTION @extschema@.indicator_eq(@extschema@.indicator, @extschema@.indicator) RETURNS boolean
    AS 'MODULE_PATHNAME', 'indicator_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.indicator_ne(@extschema@.indicator, @extschema@.indicator) RETURNS boolean
    AS 'MODULE_PATHNAME', 'indicator_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.indicator_lt(@extschema@.indicator, @extschema@.indicator) RETURNS boolean
    AS 'MODULE_PATHNAME', 'indicator_lt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.indicator_le(@extschema@.indicator, @extschema@.indicator) RETURNS boolean
    AS 'MODULE_PATHNAME', 'indicator_le' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.indicator_gt(@extschema@.indicator, @extschema@.indicator) RETURNS boolean
    AS 'MODULE_PATHNAME', 'indicator_gt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.indicator_ge(@extschema@.indicator, @extschema@.indicator) RETURNS boolean
    AS 'MODULE_PATHNAME', 'indicator_ge' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.indicator_cmp(@extschema@.indicator, @extschema@.indicator) RETURNS integer
    AS 'MODULE_PATHNAME', 'indicator_cmp' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.indicator_sortsupport(internal) RETURNS void
    AS 'MODULE_PATHNAME', 'indicator_sortsupport' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.indicator_hash(@extschema@.indicator) RETURNS integer
    AS 'MODULE_PATHNAME', 'indicator_hash' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.indicator_hash_extended(@extschema@.indicator, bigint) RETURNS bigint
    AS 'MODULE_PATHNAME', 'indicator_hash_extended' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.indicator_larger(@extschema@.indicator, @extschema@.indicator) RETURNS @extschema@.indicator
    AS 'MODULE_PATHNAME', 'indicator_larger' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.indicator_smaller(@extschema@.indicator, @extschema@.indicator) RETURNS @extschema@.indicator
    AS 'MODULE_PATHNAME', 'indicator_smaller' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE OPERATOR @extschema@.= (
    LEFTARG = @extschema@.indicator, RIGHTARG = @extschema@.indicator,
    FUNCTION = @extschema@.indicator_eq, COMMUTATOR = OPERATOR(@extschema@.=),
    NEGATOR = OPERATOR(@extschema@.<>), RESTRICT = eqsel, JOIN = eqjoinsel,
    HASHES, MERGES);
CREATE OPERATOR @extschema@.<> (
    LEFTARG = @extschema@.indicator, RIGHTARG = @extschema@.indicator,
    FUNCTION = @extschema@.indicator_ne, COMMUTATOR = OPERATOR(@extschema@.<>),
    NEGATOR = OPERATOR(@extschema@.=), RESTRICT = neqsel, JOIN = neqjoinsel);
CREATE OPERATOR @extschema@.< (
    LEFTARG = @extschema@.indicator, RIGHTARG = @extschema@.indicator,
    FUNCTION = @extschema@.indicator_lt, COMMUTATOR = OPERATOR(@extschema@.>),
    NEGATOR = OPERATOR(@extschema@.>=), RESTRICT = scalarltsel, JOIN = scalarltjoinsel);
CREATE OPERATOR @extschema@.<= (
    LEFTARG = @extschema@.indicator, RIGHTARG = @extschema@.indicator,
    FUNCTION = @extschema@.indicator_le, COMMUTATOR = OPERATOR(@extschema@.>=),
    NEGATOR = OPERATOR(@extschema@.>), RESTRICT = scalarlesel, JOIN = scalarlejoinsel);
CREATE OPERATOR @extschema@.> (
    LEFTARG = @extschema@.indicator, RIGHTARG = @extschema@.indicator,
    FUNCTION = @extschema@.indicator_gt, COMMUTATOR = OPERATOR(@extschema@.<),
    NEGATOR = OPERATOR(@extschema@.<=), RESTRICT = scalargtsel, JOIN = scalargtjoinsel);
CREATE OPERATOR @extschema@.>= (
    LEFTARG = @extschema@.indicator, RIGHTARG = @extschema@.indicator,
    FUNCTION = @extschema@.indicator_ge, COMMUTATOR = OPERATOR(@extschema@.<=),
    NEGATOR = OPERATOR(@extschema@.<), RESTRICT = scalargesel, JOIN = scalargejoinsel);

CREATE OPERATOR CLASS @extschema@.indicator_ops
    DEFAULT FOR TYPE @extschema@.indicator USING btree AS
        OPERATOR 1 @extschema@.<,
        OPERATOR 2 @extschema@.<=,
        OPERATOR 3 @extschema@.=,
        OPERATOR 4 @extschema@.>=,
        OPERATOR 5 @extschema@.>,
        FUNCTION 1 @extschema@.indicator_cmp(@extschema@.indicator, @extschema@.indicator),
        FUNCTION 2 @extschema@.indicator_sortsupport(internal);

CREATE OPERATOR CLASS @extschema@.indicator_hash_ops
    DEFAULT FOR TYPE @extschema@.indicator USING hash AS
        OPERATOR 1 @extschema@.=,
        FUNCTION 1 @extschema@.indicator_hash(@extschema@.indicator),
        FUNCTION 2 @extschema@.indicator_hash_extended(@extschema@.indicator, bigint);

-- 4. Casts.  numeric -> indicator is allowed in assignments (a dimensionless exact figure);
-- indicator -> numeric is explicit because it drops the unit and qualifier.
CREATE FUNCTION @extschema@.indicator(numeric) RETURNS @extschema@.indicator
    AS 'MODULE_PATHNAME', 'numeric_to_indicator' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.indicator_numeric(@extschema@.indicator) RETURNS numeric
    AS 'MODULE_PATHNAME', 'indicator_to_numeric' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE CAST (numeric AS @extschema@.indicator)
    WITH FUNCTION @extschema@.indicator(numeric) AS ASSIGNMENT;
CREATE CAST (@extschema@.indicator AS numeric)
    WITH FUNCTION @extschema@.indicator_numeric(@extschema@.indicator);

CREATE FUNCTION @extschema@.try_indicator(text) RETURNS @extschema@.indicator
    AS 'MODULE_PATHNAME', 'try_indicator' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.try_indicator(text) IS
    'the text as an indicator, or NULL where it is not one';

-- 5. Accessors.
CREATE FUNCTION @extschema@.unit(@extschema@.indicator) RETURNS text
    AS 'MODULE_PATHNAME', 'indicator_unit' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.dimension(@extschema@.indicator) RETURNS text
    AS 'MODULE_PATHNAME', 'indicator_dimension' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.qualifier(@extschema@.indicator) RETURNS text
    AS 'MODULE_PATHNAME', 'indicator_qualifier' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.qualifier_class(@extschema@.indicator) RETURNS text
    AS 'MODULE_PATHNAME', 'indicator_qualifier_class' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.basis(@extschema@.indicator) RETURNS text
    AS 'MODULE_PATHNAME', 'indicator_basis' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.is_change(@extschema@.indicator) RETURNS boolean
    AS 'MODULE_PATHNAME', 'indicator_is_change' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
-- STABLE: approximate figures use the setting indicator.approx_tolerance.
CREATE FUNCTION @extschema@.indicator_range(@extschema@.indicator) RETURNS numrange
    AS 'MODULE_PATHNAME', 'indicator_range' LANGUAGE C STABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.indicator_to_jsonb(@extschema@.indicator) RETURNS jsonb
    AS 'MODULE_PATHNAME', 'indicator_to_jsonb' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

-- 6. Functions: conversion, rounding, the unit catalog.
CREATE FUNCTION @extschema@.indicator_value(@extschema@.indicator, unit text) RETURNS numeric
    AS 'MODULE_PATHNAME', 'indicator_value_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.to_unit(@extschema@.indicator, unit text) RETURNS @extschema@.indicator
    AS 'MODULE_PATHNAME', 'indicator_to_unit' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.indicator_auto(@extschema@.indicator) RETURNS @extschema@.indicator
    AS 'MODULE_PATHNAME', 'indicator_auto' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.round(@extschema@.indicator, digits integer DEFAULT 0) RETURNS @extschema@.indicator
    AS 'MODULE_PATHNAME', 'indicator_round' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.indicator_units(
        OUT unit text, OUT dimension text, OUT base_unit text, OUT factor text,
        OUT takes_magnitude boolean)
    RETURNS SETOF record
    AS 'MODULE_PATHNAME', 'indicator_units' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 80;
COMMENT ON FUNCTION @extschema@.indicator_units() IS
    'the built-in unit catalog: each unit, its dimension, base unit and exact factor to it';
