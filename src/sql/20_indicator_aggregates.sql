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
