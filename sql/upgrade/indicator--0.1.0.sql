-- 00_module.sql: version functions.  The install script is assembled from
-- src/sql/*.sql in file-name order; every object is created in @extschema@.

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
-- 10_indicator_type.sql: the indicator type, its I/O, order, hash, casts and accessors.
-- C implementations: src/indicator_io.c, src/indicator_cmp.c, src/indicator_funcs.c.

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

-- Comparison: equality by meaning, a total order (dimension, value, qualifier, kind, basis).
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

-- Casts.  numeric -> indicator is allowed in assignments (a dimensionless exact figure);
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

-- Conversion and rounding.
CREATE FUNCTION @extschema@.indicator_value(@extschema@.indicator, unit text) RETURNS numeric
    AS 'MODULE_PATHNAME', 'indicator_value_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.to_unit(@extschema@.indicator, unit text) RETURNS @extschema@.indicator
    AS 'MODULE_PATHNAME', 'indicator_to_unit' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.indicator_auto(@extschema@.indicator) RETURNS @extschema@.indicator
    AS 'MODULE_PATHNAME', 'indicator_auto' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.round(@extschema@.indicator, digits integer DEFAULT 0) RETURNS @extschema@.indicator
    AS 'MODULE_PATHNAME', 'indicator_round' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

-- Accessors.
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

CREATE FUNCTION @extschema@.indicator_units(
        OUT unit text, OUT dimension text, OUT base_unit text, OUT factor text,
        OUT takes_magnitude boolean)
    RETURNS SETOF record
    AS 'MODULE_PATHNAME', 'indicator_units' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 80;
COMMENT ON FUNCTION @extschema@.indicator_units() IS
    'the built-in unit catalog: each unit, its dimension, base unit and exact factor to it';
-- 15_indicator_arith.sql: + - * / on indicators (rules: src/core/arith.c).

CREATE FUNCTION @extschema@.indicator_pl(@extschema@.indicator, @extschema@.indicator) RETURNS @extschema@.indicator
    AS 'MODULE_PATHNAME', 'indicator_pl' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.indicator_mi(@extschema@.indicator, @extschema@.indicator) RETURNS @extschema@.indicator
    AS 'MODULE_PATHNAME', 'indicator_mi' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.indicator_um(@extschema@.indicator) RETURNS @extschema@.indicator
    AS 'MODULE_PATHNAME', 'indicator_um' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.indicator_mul(@extschema@.indicator, @extschema@.indicator) RETURNS @extschema@.indicator
    AS 'MODULE_PATHNAME', 'indicator_mul' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.indicator_div(@extschema@.indicator, @extschema@.indicator) RETURNS @extschema@.indicator
    AS 'MODULE_PATHNAME', 'indicator_div' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.indicator_mul_numeric(@extschema@.indicator, numeric) RETURNS @extschema@.indicator
    AS 'MODULE_PATHNAME', 'indicator_mul_numeric' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.numeric_mul_indicator(numeric, @extschema@.indicator) RETURNS @extschema@.indicator
    AS 'MODULE_PATHNAME', 'numeric_mul_indicator' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.indicator_div_numeric(@extschema@.indicator, numeric) RETURNS @extschema@.indicator
    AS 'MODULE_PATHNAME', 'indicator_div_numeric' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.ratio(@extschema@.indicator, @extschema@.indicator) RETURNS numeric
    AS 'MODULE_PATHNAME', 'indicator_ratio' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.ratio(@extschema@.indicator, @extschema@.indicator) IS
    'a / b within one dimension, as numeric (18 significant digits, half-even)';

CREATE OPERATOR @extschema@.+ (LEFTARG = @extschema@.indicator, RIGHTARG = @extschema@.indicator,
    FUNCTION = @extschema@.indicator_pl, COMMUTATOR = OPERATOR(@extschema@.+));
CREATE OPERATOR @extschema@.- (LEFTARG = @extschema@.indicator, RIGHTARG = @extschema@.indicator,
    FUNCTION = @extschema@.indicator_mi);
CREATE OPERATOR @extschema@.- (RIGHTARG = @extschema@.indicator, FUNCTION = @extschema@.indicator_um);
CREATE OPERATOR @extschema@.* (LEFTARG = @extschema@.indicator, RIGHTARG = @extschema@.indicator,
    FUNCTION = @extschema@.indicator_mul, COMMUTATOR = OPERATOR(@extschema@.*));
CREATE OPERATOR @extschema@./ (LEFTARG = @extschema@.indicator, RIGHTARG = @extschema@.indicator,
    FUNCTION = @extschema@.indicator_div);
CREATE OPERATOR @extschema@.* (LEFTARG = @extschema@.indicator, RIGHTARG = numeric,
    FUNCTION = @extschema@.indicator_mul_numeric, COMMUTATOR = OPERATOR(@extschema@.*));
CREATE OPERATOR @extschema@.* (LEFTARG = numeric, RIGHTARG = @extschema@.indicator,
    FUNCTION = @extschema@.numeric_mul_indicator, COMMUTATOR = OPERATOR(@extschema@.*));
CREATE OPERATOR @extschema@./ (LEFTARG = @extschema@.indicator, RIGHTARG = numeric,
    FUNCTION = @extschema@.indicator_div_numeric);
-- 20_indicator_aggregates.sql: aggregates over indicator.  min/max follow the type's total
-- order (so they accept mixed dimensions, like ORDER BY); they are parallel-safe with the
-- transition function as the combine function.

CREATE AGGREGATE @extschema@.min(@extschema@.indicator) (
    SFUNC = @extschema@.indicator_smaller,
    STYPE = @extschema@.indicator,
    COMBINEFUNC = @extschema@.indicator_smaller,
    SORTOP = OPERATOR(@extschema@.<),
    PARALLEL = SAFE
);
CREATE AGGREGATE @extschema@.max(@extschema@.indicator) (
    SFUNC = @extschema@.indicator_larger,
    STYPE = @extschema@.indicator,
    COMBINEFUNC = @extschema@.indicator_larger,
    SORTOP = OPERATOR(@extschema@.>),
    PARALLEL = SAFE
);

-- sum and avg: internal state (src/core/sum.c), combine and (de)serialize for parallel plans.
CREATE FUNCTION @extschema@.indicator_sum_trans(internal, @extschema@.indicator) RETURNS internal
    AS 'MODULE_PATHNAME', 'indicator_sum_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.indicator_sum_combine(internal, internal) RETURNS internal
    AS 'MODULE_PATHNAME', 'indicator_sum_combine' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.indicator_sum_serialize(internal) RETURNS bytea
    AS 'MODULE_PATHNAME', 'indicator_sum_serialize' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.indicator_sum_deserialize(bytea, internal) RETURNS internal
    AS 'MODULE_PATHNAME', 'indicator_sum_deserialize' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.indicator_sum_final(internal) RETURNS @extschema@.indicator
    AS 'MODULE_PATHNAME', 'indicator_sum_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.indicator_avg_final(internal) RETURNS @extschema@.indicator
    AS 'MODULE_PATHNAME', 'indicator_avg_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE AGGREGATE @extschema@.sum(@extschema@.indicator) (
    SFUNC = @extschema@.indicator_sum_trans,
    STYPE = internal,
    SSPACE = 112,
    COMBINEFUNC = @extschema@.indicator_sum_combine,
    SERIALFUNC = @extschema@.indicator_sum_serialize,
    DESERIALFUNC = @extschema@.indicator_sum_deserialize,
    FINALFUNC = @extschema@.indicator_sum_final,
    PARALLEL = SAFE
);
CREATE AGGREGATE @extschema@.avg(@extschema@.indicator) (
    SFUNC = @extschema@.indicator_sum_trans,
    STYPE = internal,
    SSPACE = 112,
    COMBINEFUNC = @extschema@.indicator_sum_combine,
    SERIALFUNC = @extschema@.indicator_sum_serialize,
    DESERIALFUNC = @extschema@.indicator_sum_deserialize,
    FINALFUNC = @extschema@.indicator_avg_final,
    PARALLEL = SAFE
);
-- 25_growth.sql: growth rates and the growth aggregates (src/core/growth.c, src/growth_funcs.c).

CREATE FUNCTION @extschema@.growth(current @extschema@.indicator, previous @extschema@.indicator,
        basis text DEFAULT NULL, unit text DEFAULT '%', digits integer DEFAULT 1)
    RETURNS @extschema@.indicator
    AS 'MODULE_PATHNAME', 'indicator_growth' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.growth(@extschema@.indicator, @extschema@.indicator, text, text, integer) IS
    'current / previous - 1 as a change (同比增长12.9%), rounded half-even to digits';

CREATE FUNCTION @extschema@.apply_change(base @extschema@.indicator, change @extschema@.indicator)
    RETURNS @extschema@.indicator
    AS 'MODULE_PATHNAME', 'indicator_apply_change' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.base_value(current @extschema@.indicator, change @extschema@.indicator)
    RETURNS @extschema@.indicator
    AS 'MODULE_PATHNAME', 'indicator_base_value' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.cagr(first @extschema@.indicator, last @extschema@.indicator,
        years numeric, digits integer DEFAULT 1)
    RETURNS @extschema@.indicator
    AS 'MODULE_PATHNAME', 'indicator_cagr' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.indicator_pair_trans(internal, @extschema@.indicator, @extschema@.indicator)
    RETURNS internal AS 'MODULE_PATHNAME', 'indicator_pair_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.indicator_share_trans(internal, @extschema@.indicator, @extschema@.indicator)
    RETURNS internal AS 'MODULE_PATHNAME', 'indicator_share_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.indicator_pair_combine(internal, internal)
    RETURNS internal AS 'MODULE_PATHNAME', 'indicator_pair_combine' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.indicator_pair_serialize(internal)
    RETURNS bytea AS 'MODULE_PATHNAME', 'indicator_pair_serialize' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.indicator_pair_deserialize(bytea, internal)
    RETURNS internal AS 'MODULE_PATHNAME', 'indicator_pair_deserialize' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.indicator_group_growth_final(internal)
    RETURNS @extschema@.indicator AS 'MODULE_PATHNAME', 'indicator_group_growth_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.indicator_contribution_final(internal)
    RETURNS @extschema@.indicator AS 'MODULE_PATHNAME', 'indicator_contribution_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.indicator_pull_final(internal)
    RETURNS @extschema@.indicator AS 'MODULE_PATHNAME', 'indicator_pull_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;

-- group_growth(current, previous) = Σcurrent / Σprevious − 1
CREATE AGGREGATE @extschema@.group_growth(@extschema@.indicator, @extschema@.indicator) (
    SFUNC = @extschema@.indicator_pair_trans, STYPE = internal, SSPACE = 240,
    COMBINEFUNC = @extschema@.indicator_pair_combine,
    SERIALFUNC = @extschema@.indicator_pair_serialize,
    DESERIALFUNC = @extschema@.indicator_pair_deserialize,
    FINALFUNC = @extschema@.indicator_group_growth_final, PARALLEL = SAFE);
-- contribution(part_change, total_change) = Σpart_change / total_change (贡献率, %)
CREATE AGGREGATE @extschema@.contribution(@extschema@.indicator, @extschema@.indicator) (
    SFUNC = @extschema@.indicator_share_trans, STYPE = internal, SSPACE = 240,
    COMBINEFUNC = @extschema@.indicator_pair_combine,
    SERIALFUNC = @extschema@.indicator_pair_serialize,
    DESERIALFUNC = @extschema@.indicator_pair_deserialize,
    FINALFUNC = @extschema@.indicator_contribution_final, PARALLEL = SAFE);
-- pull(part_change, total_base) = Σpart_change / total_base (拉动, 个百分点)
CREATE AGGREGATE @extschema@.pull(@extschema@.indicator, @extschema@.indicator) (
    SFUNC = @extschema@.indicator_share_trans, STYPE = internal, SSPACE = 240,
    COMBINEFUNC = @extschema@.indicator_pair_combine,
    SERIALFUNC = @extschema@.indicator_pair_serialize,
    DESERIALFUNC = @extschema@.indicator_pair_deserialize,
    FINALFUNC = @extschema@.indicator_pull_final, PARALLEL = SAFE);
-- 30_target.sql: the target type and the plan-completion functions
-- (src/core/target.c, src/core/interval.c, src/target_funcs.c).

CREATE TYPE @extschema@.target;
CREATE FUNCTION @extschema@.target_in(cstring) RETURNS @extschema@.target
    AS 'MODULE_PATHNAME', 'target_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.target_out(@extschema@.target) RETURNS cstring
    AS 'MODULE_PATHNAME', 'target_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.target_recv(internal) RETURNS @extschema@.target
    AS 'MODULE_PATHNAME', 'target_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.target_send(@extschema@.target) RETURNS bytea
    AS 'MODULE_PATHNAME', 'target_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
-- 56 bytes, fixed: three figures (main, a range's second end, the 力争 figure) and flags.
CREATE TYPE @extschema@.target (
    INPUT = @extschema@.target_in, OUTPUT = @extschema@.target_out,
    RECEIVE = @extschema@.target_recv, SEND = @extschema@.target_send,
    INTERNALLENGTH = 56, ALIGNMENT = double, STORAGE = plain);
COMMENT ON TYPE @extschema@.target IS
    'a planned figure and how it is judged: 6%以上, 控制在3%以内, 5%-6%, 增长5.5%左右，力争6%';

CREATE FUNCTION @extschema@.target_eq(@extschema@.target, @extschema@.target) RETURNS boolean
    AS 'MODULE_PATHNAME', 'target_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.target_ne(@extschema@.target, @extschema@.target) RETURNS boolean
    AS 'MODULE_PATHNAME', 'target_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.target_lt(@extschema@.target, @extschema@.target) RETURNS boolean
    AS 'MODULE_PATHNAME', 'target_lt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.target_le(@extschema@.target, @extschema@.target) RETURNS boolean
    AS 'MODULE_PATHNAME', 'target_le' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.target_gt(@extschema@.target, @extschema@.target) RETURNS boolean
    AS 'MODULE_PATHNAME', 'target_gt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.target_ge(@extschema@.target, @extschema@.target) RETURNS boolean
    AS 'MODULE_PATHNAME', 'target_ge' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.target_cmp(@extschema@.target, @extschema@.target) RETURNS integer
    AS 'MODULE_PATHNAME', 'target_cmp' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.target_hash(@extschema@.target) RETURNS integer
    AS 'MODULE_PATHNAME', 'target_hash' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.target_hash_extended(@extschema@.target, bigint) RETURNS bigint
    AS 'MODULE_PATHNAME', 'target_hash_extended' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

CREATE OPERATOR @extschema@.= (LEFTARG = @extschema@.target, RIGHTARG = @extschema@.target,
    FUNCTION = @extschema@.target_eq, COMMUTATOR = OPERATOR(@extschema@.=),
    NEGATOR = OPERATOR(@extschema@.<>), RESTRICT = eqsel, JOIN = eqjoinsel, HASHES, MERGES);
CREATE OPERATOR @extschema@.<> (LEFTARG = @extschema@.target, RIGHTARG = @extschema@.target,
    FUNCTION = @extschema@.target_ne, COMMUTATOR = OPERATOR(@extschema@.<>),
    NEGATOR = OPERATOR(@extschema@.=), RESTRICT = neqsel, JOIN = neqjoinsel);
CREATE OPERATOR @extschema@.< (LEFTARG = @extschema@.target, RIGHTARG = @extschema@.target,
    FUNCTION = @extschema@.target_lt, COMMUTATOR = OPERATOR(@extschema@.>),
    NEGATOR = OPERATOR(@extschema@.>=), RESTRICT = scalarltsel, JOIN = scalarltjoinsel);
CREATE OPERATOR @extschema@.<= (LEFTARG = @extschema@.target, RIGHTARG = @extschema@.target,
    FUNCTION = @extschema@.target_le, COMMUTATOR = OPERATOR(@extschema@.>=),
    NEGATOR = OPERATOR(@extschema@.>), RESTRICT = scalarlesel, JOIN = scalarlejoinsel);
CREATE OPERATOR @extschema@.> (LEFTARG = @extschema@.target, RIGHTARG = @extschema@.target,
    FUNCTION = @extschema@.target_gt, COMMUTATOR = OPERATOR(@extschema@.<),
    NEGATOR = OPERATOR(@extschema@.<=), RESTRICT = scalargtsel, JOIN = scalargtjoinsel);
CREATE OPERATOR @extschema@.>= (LEFTARG = @extschema@.target, RIGHTARG = @extschema@.target,
    FUNCTION = @extschema@.target_ge, COMMUTATOR = OPERATOR(@extschema@.<=),
    NEGATOR = OPERATOR(@extschema@.<), RESTRICT = scalargesel, JOIN = scalargejoinsel);
CREATE OPERATOR CLASS @extschema@.target_ops DEFAULT FOR TYPE @extschema@.target USING btree AS
    OPERATOR 1 @extschema@.<, OPERATOR 2 @extschema@.<=, OPERATOR 3 @extschema@.=,
    OPERATOR 4 @extschema@.>=, OPERATOR 5 @extschema@.>,
    FUNCTION 1 @extschema@.target_cmp(@extschema@.target, @extschema@.target);
CREATE OPERATOR CLASS @extschema@.target_hash_ops DEFAULT FOR TYPE @extschema@.target USING hash AS
    OPERATOR 1 @extschema@.=,
    FUNCTION 1 @extschema@.target_hash(@extschema@.target),
    FUNCTION 2 @extschema@.target_hash_extended(@extschema@.target, bigint);

-- Judging.  STABLE where 约/左右 read indicator.approx_tolerance.
CREATE FUNCTION @extschema@.meets(actual @extschema@.indicator, target @extschema@.target) RETURNS boolean
    AS 'MODULE_PATHNAME', 'target_meets' LANGUAGE C STABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.completion(actual @extschema@.indicator, target @extschema@.target,
        digits integer DEFAULT 1) RETURNS numeric
    AS 'MODULE_PATHNAME', 'target_completion' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.gap(actual @extschema@.indicator, target @extschema@.target)
    RETURNS @extschema@.indicator
    AS 'MODULE_PATHNAME', 'target_gap' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.target_status(actual @extschema@.indicator, target @extschema@.target) RETURNS text
    AS 'MODULE_PATHNAME', 'target_status' LANGUAGE C STABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.schedule_status(actual @extschema@.indicator, target @extschema@.target,
        elapsed numeric) RETURNS text
    AS 'MODULE_PATHNAME', 'target_schedule_status' LANGUAGE C STABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.schedule_status(actual @extschema@.indicator, target @extschema@.target,
        period daterange, as_of date) RETURNS text
    AS 'MODULE_PATHNAME', 'target_schedule_status_period' LANGUAGE C STABLE STRICT PARALLEL SAFE;

-- Accessors.
CREATE FUNCTION @extschema@.comparator(@extschema@.target) RETURNS text
    AS 'MODULE_PATHNAME', 'target_comparator' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.target_value(@extschema@.target) RETURNS @extschema@.indicator
    AS 'MODULE_PATHNAME', 'target_value' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.target_upper(@extschema@.target) RETURNS @extschema@.indicator
    AS 'MODULE_PATHNAME', 'target_upper' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
-- STABLE: an approximate target reads indicator.approx_tolerance.
CREATE FUNCTION @extschema@.target_range(@extschema@.target) RETURNS numrange
    AS 'MODULE_PATHNAME', 'target_range' LANGUAGE C STABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.stretch(@extschema@.target) RETURNS @extschema@.indicator
    AS 'MODULE_PATHNAME', 'target_stretch' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

-- completion_agg(actual, target) = Σactual / Σtarget, in percent (targets one reaches).
CREATE FUNCTION @extschema@.target_completion_trans(internal, @extschema@.indicator, @extschema@.target)
    RETURNS internal AS 'MODULE_PATHNAME', 'target_completion_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.target_completion_final(internal) RETURNS numeric
    AS 'MODULE_PATHNAME', 'target_completion_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE AGGREGATE @extschema@.completion_agg(@extschema@.indicator, @extschema@.target) (
    SFUNC = @extschema@.target_completion_trans, STYPE = internal, SSPACE = 240,
    COMBINEFUNC = @extschema@.indicator_pair_combine,
    SERIALFUNC = @extschema@.indicator_pair_serialize,
    DESERIALFUNC = @extschema@.indicator_pair_deserialize,
    FINALFUNC = @extschema@.target_completion_final, PARALLEL = SAFE);
-- 60_zh_category.sql: Chinese category names (SPEC section 4): ICU collations, the
-- zh_category domain, pinyin / initials / index labels / sort keys with a phrase table for
-- polyphonic names, normalization and simplified/traditional conversion.
--
-- Volatility: functions that read the user rows of zh_phrase are STABLE; their
-- zh_builtin_* twins use only the compiled-in phrases and are IMMUTABLE (usable in
-- expression indexes).  zh_normalize, zh_simplified and zh_traditional depend only on ICU
-- data and are IMMUTABLE like PostgreSQL's own normalize(); indexes on any of them must
-- be rebuilt after an ICU upgrade (doc/zh_category.md).

CREATE COLLATION @extschema@.zh_pinyin (provider = icu, locale = 'zh-u-co-pinyin');
CREATE COLLATION @extschema@.zh_stroke (provider = icu, locale = 'zh-u-co-stroke');
CREATE COLLATION @extschema@.zh_zhuyin (provider = icu, locale = 'zh-u-co-zhuyin');
COMMENT ON COLLATION @extschema@.zh_pinyin IS 'Chinese by pinyin (ICU zh-u-co-pinyin)';
COMMENT ON COLLATION @extschema@.zh_stroke IS 'Chinese by stroke count (ICU zh-u-co-stroke)';
COMMENT ON COLLATION @extschema@.zh_zhuyin IS 'Chinese by zhuyin / bopomofo (ICU zh-u-co-zhuyin)';

CREATE DOMAIN @extschema@.zh_category AS text COLLATE @extschema@.zh_pinyin;
COMMENT ON DOMAIN @extschema@.zh_category IS
    'text that sorts by pinyin with a plain ORDER BY (collation zh_pinyin); clients see text';

-- ---- the phrase table --------------------------------------------------------------

CREATE FUNCTION @extschema@.zh_phrase_valid(phrase text, pinyin text) RETURNS boolean
    AS 'MODULE_PATHNAME', 'zh_phrase_valid'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.zh_phrase_valid(text, text) IS
    'true if pinyin is a reading of phrase (one syllable per character), else error 22023';

CREATE FUNCTION @extschema@.zh_builtin_phrases(OUT phrase text, OUT pinyin text)
    RETURNS SETOF record
    AS 'MODULE_PATHNAME', 'zh_builtin_phrases'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 850;
COMMENT ON FUNCTION @extschema@.zh_builtin_phrases() IS
    'the compiled-in phrase readings (division names, common words)';

CREATE TABLE @extschema@.zh_phrase (
    phrase  text    NOT NULL,
    pinyin  text    NOT NULL,
    builtin boolean NOT NULL DEFAULT false,
    PRIMARY KEY (phrase, builtin),
    CONSTRAINT zh_phrase_reading CHECK (@extschema@.zh_phrase_valid(phrase, pinyin))
);
COMMENT ON TABLE @extschema@.zh_phrase IS
    'phrase readings: built-in rows (builtin = true, reference copies) and user rows, which win';
-- Everyone reads it (the STABLE functions run as the caller); the user who created the
-- extension (the extension is trusted, so the script itself runs as superuser) edits it.
GRANT SELECT ON @extschema@.zh_phrase TO PUBLIC;
GRANT INSERT, UPDATE, DELETE, TRUNCATE ON @extschema@.zh_phrase TO @extowner@ WITH GRANT OPTION;
-- pg_dump dumps the user rows only; the built-in ones come with CREATE EXTENSION.
SELECT pg_catalog.pg_extension_config_dump('@extschema@.zh_phrase', 'WHERE NOT builtin');

-- The trigger queues a cache invalidation so that every backend rereads the user rows.
-- It has a side effect, so it is VOLATILE (the default); it never runs in a parallel worker.
CREATE FUNCTION @extschema@.zh_phrase_invalidate() RETURNS trigger
    AS 'MODULE_PATHNAME', 'zh_phrase_invalidate'
    LANGUAGE C;
CREATE TRIGGER zh_phrase_changed
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON @extschema@.zh_phrase
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.zh_phrase_invalidate();

-- ---- readings ------------------------------------------------------------------------

CREATE FUNCTION @extschema@.zh_pinyin(text, tones boolean DEFAULT false) RETURNS text
    AS 'MODULE_PATHNAME', 'zh_pinyin'
    LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.zh_pinyin(text, boolean) IS
    'pinyin of Chinese text, polyphones read from the phrase table (青岛市 → qing dao shi)';

CREATE FUNCTION @extschema@.zh_builtin_pinyin(text, tones boolean DEFAULT false) RETURNS text
    AS 'MODULE_PATHNAME', 'zh_builtin_pinyin'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.zh_builtin_pinyin(text, boolean) IS
    'zh_pinyin with the built-in phrases only (IMMUTABLE)';

CREATE FUNCTION @extschema@.zh_initials(text) RETURNS text
    AS 'MODULE_PATHNAME', 'zh_initials'
    LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.zh_initials(text) IS
    'pinyin initials, upper case (青岛市 → QDS)';

CREATE FUNCTION @extschema@.zh_builtin_initials(text) RETURNS text
    AS 'MODULE_PATHNAME', 'zh_builtin_initials'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.zh_builtin_initials(text) IS
    'zh_initials with the built-in phrases only (IMMUTABLE)';

CREATE FUNCTION @extschema@.zh_index_label(text) RETURNS text
    AS 'MODULE_PATHNAME', 'zh_index_label'
    LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.zh_index_label(text) IS
    'A-Z bucket of a contact list (长沙 → C, Beijing → B, 123 → #)';

CREATE FUNCTION @extschema@.zh_builtin_index_label(text) RETURNS text
    AS 'MODULE_PATHNAME', 'zh_builtin_index_label'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.zh_builtin_index_label(text) IS
    'zh_index_label with the built-in phrases only (IMMUTABLE)';

CREATE FUNCTION @extschema@.zh_sort_key(text, style text DEFAULT 'pinyin') RETURNS bytea
    AS 'MODULE_PATHNAME', 'zh_sort_key'
    LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.zh_sort_key(text, text) IS
    'sort key (pinyin with polyphones corrected, stroke or zhuyin); compare as bytea';

CREATE FUNCTION @extschema@.zh_builtin_sort_key(text, style text DEFAULT 'pinyin') RETURNS bytea
    AS 'MODULE_PATHNAME', 'zh_builtin_sort_key'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.zh_builtin_sort_key(text, text) IS
    'zh_sort_key with the built-in phrases only (IMMUTABLE: can back an expression index)';

-- ---- normalization ---------------------------------------------------------------------

CREATE FUNCTION @extschema@.zh_normalize(text) RETURNS text
    AS 'MODULE_PATHNAME', 'zh_normalize'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.zh_normalize(text) IS
    'NFKC (full-width to half-width), white space runs collapsed to one space, trimmed';

CREATE FUNCTION @extschema@.zh_simplified(text) RETURNS text
    AS 'MODULE_PATHNAME', 'zh_simplified'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.zh_simplified(text) IS
    'traditional to simplified characters (ICU Hant-Hans)';

CREATE FUNCTION @extschema@.zh_traditional(text) RETURNS text
    AS 'MODULE_PATHNAME', 'zh_traditional'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.zh_traditional(text) IS
    'simplified to traditional characters (ICU Hans-Hant)';
-- 61_zh_phrases.sql: the built-in rows of zh_phrase, reference copies of the phrases
-- compiled into the library (src/gen/zh_words.txt, src/gen/zh_divisions.txt).  The
-- functions use the compiled-in data; editing these rows changes nothing (add a user
-- row with the same phrase instead: user rows win).  pg_dump skips them.
INSERT INTO @extschema@.zh_phrase (phrase, pinyin, builtin)
    SELECT phrase, pinyin, true FROM @extschema@.zh_builtin_phrases();
