-- 30_target.sql: the target type and the plan-completion functions.  Sections in the
-- order of src/target.c (rules: src/core/target.c, src/core/interval.c); completion_agg
-- is with the other aggregates in 50_aggregates.sql.

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
