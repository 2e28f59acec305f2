-- 50_aggregates.sql: every aggregate (src/aggregates.c; rules in src/core/sum.c,
-- growth.c and target.c).  All are PARALLEL SAFE with a combine function; those with an
-- internal state also serialize it.  SSPACE is the state's size in memory, sizeof(IndSum)
-- and sizeof(PairState), checked by static assertions in src/aggregates.c.
--
-- min/max follow the type's total order (so they accept mixed dimensions, like ORDER BY);
-- the transition function is also the combine function.

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

-- The two-argument aggregates: two sums, or a sum and a constant total.
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

-- group_growth(current, previous) = Σcurrent / Σprevious - 1
CREATE AGGREGATE @extschema@.group_growth(@extschema@.indicator, @extschema@.indicator) (
    SFUNC = @extschema@.indicator_pair_trans, STYPE = internal, SSPACE = 248,
    COMBINEFUNC = @extschema@.indicator_pair_combine,
    SERIALFUNC = @extschema@.indicator_pair_serialize,
    DESERIALFUNC = @extschema@.indicator_pair_deserialize,
    FINALFUNC = @extschema@.indicator_group_growth_final, PARALLEL = SAFE);
-- contribution(part_change, total_change) = Σpart_change / total_change (贡献率, %)
CREATE AGGREGATE @extschema@.contribution(@extschema@.indicator, @extschema@.indicator) (
    SFUNC = @extschema@.indicator_share_trans, STYPE = internal, SSPACE = 248,
    COMBINEFUNC = @extschema@.indicator_pair_combine,
    SERIALFUNC = @extschema@.indicator_pair_serialize,
    DESERIALFUNC = @extschema@.indicator_pair_deserialize,
    FINALFUNC = @extschema@.indicator_contribution_final, PARALLEL = SAFE);
-- pull(part_change, total_base) = Σpart_change / total_base (拉动, 个百分点)
CREATE AGGREGATE @extschema@.pull(@extschema@.indicator, @extschema@.indicator) (
    SFUNC = @extschema@.indicator_share_trans, STYPE = internal, SSPACE = 248,
    COMBINEFUNC = @extschema@.indicator_pair_combine,
    SERIALFUNC = @extschema@.indicator_pair_serialize,
    DESERIALFUNC = @extschema@.indicator_pair_deserialize,
    FINALFUNC = @extschema@.indicator_pull_final, PARALLEL = SAFE);

-- completion_agg(actual, target) = Σactual / Σtarget, in percent (targets one reaches).
CREATE FUNCTION @extschema@.target_completion_trans(internal, @extschema@.indicator, @extschema@.target)
    RETURNS internal AS 'MODULE_PATHNAME', 'target_completion_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.target_completion_final(internal) RETURNS numeric
    AS 'MODULE_PATHNAME', 'target_completion_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE AGGREGATE @extschema@.completion_agg(@extschema@.indicator, @extschema@.target) (
    SFUNC = @extschema@.target_completion_trans, STYPE = internal, SSPACE = 248,
    COMBINEFUNC = @extschema@.indicator_pair_combine,
    SERIALFUNC = @extschema@.indicator_pair_serialize,
    DESERIALFUNC = @extschema@.indicator_pair_deserialize,
    FINALFUNC = @extschema@.target_completion_final, PARALLEL = SAFE);
