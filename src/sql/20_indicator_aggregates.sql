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
