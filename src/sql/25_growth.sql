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
