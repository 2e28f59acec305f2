-- 50_aggregates.sql: every aggregate (src/aggregates.c; rules in src/core/sum.c,
-- growth.c and target.c).  All are PARALLEL SAFE with a combine function, and no state
-- is a pseudo-type: sum/avg keep an indicator_sum_state, the two-argument aggregates an
-- indicator_pair_state.  These are fixed-size types whose datum is the core's struct
-- (INTERNALLENGTH is sizeof(IndSum) and sizeof(IndPair), checked by static assertions in
-- src/aggregates.c) with text I/O (the versioned bytes in hex) and binary I/O, both
-- validated, so an engine that moves states as values (Citus: text through the type's
-- I/O) can push every aggregate down and combine partial states (doc/scale-out.md).
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
COMMENT ON AGGREGATE @extschema@.min(@extschema@.indicator) IS
    'smallest figure in the total order (mixed dimensions allowed, as in ORDER BY)';
CREATE AGGREGATE @extschema@.max(@extschema@.indicator) (
    SFUNC = @extschema@.indicator_larger,
    STYPE = @extschema@.indicator,
    COMBINEFUNC = @extschema@.indicator_larger,
    SORTOP = OPERATOR(@extschema@.>),
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.max(@extschema@.indicator) IS
    'largest figure in the total order (mixed dimensions allowed, as in ORDER BY)';

-- The state types.  Their functions and the aggregates' support functions are not meant
-- to be called directly, but may be: a transition or combine function called outside an
-- aggregate returns an updated copy of its state.
CREATE TYPE @extschema@.indicator_sum_state;
CREATE FUNCTION @extschema@.indicator_sum_state_in(cstring) RETURNS @extschema@.indicator_sum_state
    AS 'MODULE_PATHNAME', 'indicator_sum_state_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.indicator_sum_state_out(@extschema@.indicator_sum_state) RETURNS cstring
    AS 'MODULE_PATHNAME', 'indicator_sum_state_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.indicator_sum_state_recv(internal) RETURNS @extschema@.indicator_sum_state
    AS 'MODULE_PATHNAME', 'indicator_sum_state_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.indicator_sum_state_send(@extschema@.indicator_sum_state) RETURNS bytea
    AS 'MODULE_PATHNAME', 'indicator_sum_state_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE TYPE @extschema@.indicator_sum_state (
    INPUT = @extschema@.indicator_sum_state_in, OUTPUT = @extschema@.indicator_sum_state_out,
    RECEIVE = @extschema@.indicator_sum_state_recv, SEND = @extschema@.indicator_sum_state_send,
    INTERNALLENGTH = 112, ALIGNMENT = double, STORAGE = plain);
COMMENT ON TYPE @extschema@.indicator_sum_state IS
    'state of sum(indicator) and avg(indicator): exact wide accumulators and the shape of the result';
COMMENT ON FUNCTION @extschema@.indicator_sum_state_in(cstring) IS
    'text input of indicator_sum_state: hexadecimal, every field validated';
COMMENT ON FUNCTION @extschema@.indicator_sum_state_out(@extschema@.indicator_sum_state) IS
    'text output of indicator_sum_state: the binary form in hexadecimal';
COMMENT ON FUNCTION @extschema@.indicator_sum_state_recv(internal) IS
    'binary input of indicator_sum_state, every field validated';
COMMENT ON FUNCTION @extschema@.indicator_sum_state_send(@extschema@.indicator_sum_state) IS
    'binary output of indicator_sum_state: a format version and the fields, big-endian';

CREATE TYPE @extschema@.indicator_pair_state;
CREATE FUNCTION @extschema@.indicator_pair_state_in(cstring) RETURNS @extschema@.indicator_pair_state
    AS 'MODULE_PATHNAME', 'indicator_pair_state_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.indicator_pair_state_out(@extschema@.indicator_pair_state) RETURNS cstring
    AS 'MODULE_PATHNAME', 'indicator_pair_state_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.indicator_pair_state_recv(internal) RETURNS @extschema@.indicator_pair_state
    AS 'MODULE_PATHNAME', 'indicator_pair_state_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.indicator_pair_state_send(@extschema@.indicator_pair_state) RETURNS bytea
    AS 'MODULE_PATHNAME', 'indicator_pair_state_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE TYPE @extschema@.indicator_pair_state (
    INPUT = @extschema@.indicator_pair_state_in, OUTPUT = @extschema@.indicator_pair_state_out,
    RECEIVE = @extschema@.indicator_pair_state_recv, SEND = @extschema@.indicator_pair_state_send,
    INTERNALLENGTH = 248, ALIGNMENT = double, STORAGE = plain);
COMMENT ON TYPE @extschema@.indicator_pair_state IS
    'state of group_growth, contribution, pull and completion_agg: two sums, or a sum and the constant total';
COMMENT ON FUNCTION @extschema@.indicator_pair_state_in(cstring) IS
    'text input of indicator_pair_state: hexadecimal, every field validated';
COMMENT ON FUNCTION @extschema@.indicator_pair_state_out(@extschema@.indicator_pair_state) IS
    'text output of indicator_pair_state: the binary form in hexadecimal';
COMMENT ON FUNCTION @extschema@.indicator_pair_state_recv(internal) IS
    'binary input of indicator_pair_state, every field validated';
COMMENT ON FUNCTION @extschema@.indicator_pair_state_send(@extschema@.indicator_pair_state) IS
    'binary output of indicator_pair_state: a format version and the fields, big-endian';

-- sum and avg (src/core/sum.c)
CREATE FUNCTION @extschema@.indicator_sum_trans(@extschema@.indicator_sum_state, @extschema@.indicator) RETURNS @extschema@.indicator_sum_state
    AS 'MODULE_PATHNAME', 'indicator_sum_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.indicator_sum_combine(@extschema@.indicator_sum_state, @extschema@.indicator_sum_state) RETURNS @extschema@.indicator_sum_state
    AS 'MODULE_PATHNAME', 'indicator_sum_combine' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.indicator_sum_final(@extschema@.indicator_sum_state) RETURNS @extschema@.indicator
    AS 'MODULE_PATHNAME', 'indicator_sum_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.indicator_avg_final(@extschema@.indicator_sum_state) RETURNS @extschema@.indicator
    AS 'MODULE_PATHNAME', 'indicator_avg_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.indicator_sum_trans(@extschema@.indicator_sum_state, @extschema@.indicator) IS
    'transition function of sum and avg: adds one row';
COMMENT ON FUNCTION @extschema@.indicator_sum_combine(@extschema@.indicator_sum_state, @extschema@.indicator_sum_state) IS
    'combine function of sum and avg: merges two partial states';
COMMENT ON FUNCTION @extschema@.indicator_sum_final(@extschema@.indicator_sum_state) IS
    'final function of sum: the exact total in the shape of its rows';
COMMENT ON FUNCTION @extschema@.indicator_avg_final(@extschema@.indicator_sum_state) IS
    'final function of avg: the total over the row count, half-even to 18 significant digits';

CREATE AGGREGATE @extschema@.sum(@extschema@.indicator) (
    SFUNC = @extschema@.indicator_sum_trans,
    STYPE = @extschema@.indicator_sum_state,
    COMBINEFUNC = @extschema@.indicator_sum_combine,
    FINALFUNC = @extschema@.indicator_sum_final,
    PARALLEL = SAFE
);
CREATE AGGREGATE @extschema@.avg(@extschema@.indicator) (
    SFUNC = @extschema@.indicator_sum_trans,
    STYPE = @extschema@.indicator_sum_state,
    COMBINEFUNC = @extschema@.indicator_sum_combine,
    FINALFUNC = @extschema@.indicator_avg_final,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.sum(@extschema@.indicator) IS
    'exact total: largest magnitude and finest digit of the rows, qualifiers combined; the same however the rows are split';
COMMENT ON AGGREGATE @extschema@.avg(@extschema@.indicator) IS
    'the total over the row count, rounded half-even to 18 significant digits';

-- The two-argument aggregates: two sums, or a sum and a constant total.
CREATE FUNCTION @extschema@.indicator_pair_trans(@extschema@.indicator_pair_state, @extschema@.indicator, @extschema@.indicator)
    RETURNS @extschema@.indicator_pair_state AS 'MODULE_PATHNAME', 'indicator_pair_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.indicator_share_trans(@extschema@.indicator_pair_state, @extschema@.indicator, @extschema@.indicator)
    RETURNS @extschema@.indicator_pair_state AS 'MODULE_PATHNAME', 'indicator_share_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.indicator_pair_combine(@extschema@.indicator_pair_state, @extschema@.indicator_pair_state)
    RETURNS @extschema@.indicator_pair_state AS 'MODULE_PATHNAME', 'indicator_pair_combine' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.indicator_group_growth_final(@extschema@.indicator_pair_state)
    RETURNS @extschema@.indicator AS 'MODULE_PATHNAME', 'indicator_group_growth_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.indicator_contribution_final(@extschema@.indicator_pair_state)
    RETURNS @extschema@.indicator AS 'MODULE_PATHNAME', 'indicator_contribution_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.indicator_pull_final(@extschema@.indicator_pair_state)
    RETURNS @extschema@.indicator AS 'MODULE_PATHNAME', 'indicator_pull_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.indicator_pair_trans(@extschema@.indicator_pair_state, @extschema@.indicator, @extschema@.indicator) IS
    'transition function of group_growth: adds one (current, previous) row';
COMMENT ON FUNCTION @extschema@.indicator_share_trans(@extschema@.indicator_pair_state, @extschema@.indicator, @extschema@.indicator) IS
    'transition function of contribution and pull: adds one part, checks the total is the same';
COMMENT ON FUNCTION @extschema@.indicator_pair_combine(@extschema@.indicator_pair_state, @extschema@.indicator_pair_state) IS
    'combine function of group_growth, contribution, pull and completion_agg';
COMMENT ON FUNCTION @extschema@.indicator_group_growth_final(@extschema@.indicator_pair_state) IS
    'final function of group_growth: Σcurrent / Σprevious - 1';
COMMENT ON FUNCTION @extschema@.indicator_contribution_final(@extschema@.indicator_pair_state) IS
    'final function of contribution: Σpart / total in %';
COMMENT ON FUNCTION @extschema@.indicator_pull_final(@extschema@.indicator_pair_state) IS
    'final function of pull: Σpart / total base in 个百分点';

-- group_growth(current, previous) = Σcurrent / Σprevious - 1
CREATE AGGREGATE @extschema@.group_growth(@extschema@.indicator, @extschema@.indicator) (
    SFUNC = @extschema@.indicator_pair_trans, STYPE = @extschema@.indicator_pair_state,
    COMBINEFUNC = @extschema@.indicator_pair_combine,
    FINALFUNC = @extschema@.indicator_group_growth_final, PARALLEL = SAFE);
-- contribution(part_change, total_change) = Σpart_change / total_change (贡献率, %)
CREATE AGGREGATE @extschema@.contribution(@extschema@.indicator, @extschema@.indicator) (
    SFUNC = @extschema@.indicator_share_trans, STYPE = @extschema@.indicator_pair_state,
    COMBINEFUNC = @extschema@.indicator_pair_combine,
    FINALFUNC = @extschema@.indicator_contribution_final, PARALLEL = SAFE);
-- pull(part_change, total_base) = Σpart_change / total_base (拉动, 个百分点)
CREATE AGGREGATE @extschema@.pull(@extschema@.indicator, @extschema@.indicator) (
    SFUNC = @extschema@.indicator_share_trans, STYPE = @extschema@.indicator_pair_state,
    COMBINEFUNC = @extschema@.indicator_pair_combine,
    FINALFUNC = @extschema@.indicator_pull_final, PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.group_growth(@extschema@.indicator, @extschema@.indicator) IS
    'Σcurrent / Σprevious - 1 as 增长x% (one decimal)';
COMMENT ON AGGREGATE @extschema@.contribution(@extschema@.indicator, @extschema@.indicator) IS
    '贡献率: Σpart_change / total_change in % (one decimal); the total is the same in every row';
COMMENT ON AGGREGATE @extschema@.pull(@extschema@.indicator, @extschema@.indicator) IS
    '拉动: Σpart_change / total_base in 个百分点 (two decimals); the total is the same in every row';

-- completion_agg(actual, target) = Σactual / Σtarget, in percent (targets one reaches).
CREATE FUNCTION @extschema@.target_completion_trans(@extschema@.indicator_pair_state, @extschema@.indicator, @extschema@.target)
    RETURNS @extschema@.indicator_pair_state AS 'MODULE_PATHNAME', 'target_completion_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.target_completion_final(@extschema@.indicator_pair_state) RETURNS numeric
    AS 'MODULE_PATHNAME', 'target_completion_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.target_completion_trans(@extschema@.indicator_pair_state, @extschema@.indicator, @extschema@.target) IS
    'transition function of completion_agg: adds one actual and its target''s figure';
COMMENT ON FUNCTION @extschema@.target_completion_final(@extschema@.indicator_pair_state) IS
    'final function of completion_agg: Σactual / Σtarget in percent';
CREATE AGGREGATE @extschema@.completion_agg(@extschema@.indicator, @extschema@.target) (
    SFUNC = @extschema@.target_completion_trans, STYPE = @extschema@.indicator_pair_state,
    COMBINEFUNC = @extschema@.indicator_pair_combine,
    FINALFUNC = @extschema@.target_completion_final, PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.completion_agg(@extschema@.indicator, @extschema@.target) IS
    'Σactual / Σtarget in percent (one decimal), for targets one reaches';
