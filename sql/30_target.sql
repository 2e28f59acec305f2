-- 30_target.sql: the target type and the plan-completion functions.  Sections in the
-- order of src/target.c (rules: src/core/target.c, src/core/interval.c); completion_agg
-- is with the other aggregates in 50_aggregates.sql.

CREATE TYPE @extschema@.target;
CREATE FUNCTION @extschema@.target_in(cstring) RETURNS @extschema@.target
    AS 'MODULE_PATHNAME', 'target_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.target_in(cstring) IS
    'input of target: reads a plan figure such as 控制在3%以内 (22P02 on bad input)';
CREATE FUNCTION @extschema@.target_out(@extschema@.target) RETURNS cstring
    AS 'MODULE_PATHNAME', 'target_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.target_out(@extschema@.target) IS
    'output of target: canonical Chinese text that reads back to an equal target';
CREATE FUNCTION @extschema@.target_recv(internal) RETURNS @extschema@.target
    AS 'MODULE_PATHNAME', 'target_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.target_recv(internal) IS
    'binary input of target: 56 bytes, every field validated (22P03 on malformed bytes)';
CREATE FUNCTION @extschema@.target_send(@extschema@.target) RETURNS bytea
    AS 'MODULE_PATHNAME', 'target_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.target_send(@extschema@.target) IS
    'binary output of target: 56 bytes in network byte order';
-- 56 bytes, fixed: three figures (main, a range's second end, the 力争 figure) and flags.
CREATE TYPE @extschema@.target (
    INPUT = @extschema@.target_in, OUTPUT = @extschema@.target_out,
    RECEIVE = @extschema@.target_recv, SEND = @extschema@.target_send,
    INTERNALLENGTH = 56, ALIGNMENT = double, STORAGE = plain);
COMMENT ON TYPE @extschema@.target IS
    'a planned figure and how it is judged: 6%以上, 控制在3%以内, 5%-6%, 增长5.5%左右，力争6%';
-- text::target reads the text where it lies (as text::indicator does)
CREATE FUNCTION @extschema@.target(text) RETURNS @extschema@.target
    AS 'MODULE_PATHNAME', 'target_from_text' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.target(text) IS
    'the text as a target (the cast from text; errors as the type''s input)';
CREATE CAST (text AS @extschema@.target) WITH FUNCTION @extschema@.target(text);
COMMENT ON CAST (text AS @extschema@.target) IS
    'explicit, as the I/O cast it replaces: the text read as the type''s input reads it';

CREATE FUNCTION @extschema@.try_target(text) RETURNS @extschema@.target
    AS 'MODULE_PATHNAME', 'try_target' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.try_target(text) IS
    'the text as a target, or NULL where it is not one';

CREATE FUNCTION @extschema@.target_eq(@extschema@.target, @extschema@.target) RETURNS boolean
    AS 'MODULE_PATHNAME', 'target_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.target_eq(@extschema@.target, @extschema@.target) IS
    'implementation of = for target';
CREATE FUNCTION @extschema@.target_ne(@extschema@.target, @extschema@.target) RETURNS boolean
    AS 'MODULE_PATHNAME', 'target_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.target_ne(@extschema@.target, @extschema@.target) IS
    'implementation of <> for target';
CREATE FUNCTION @extschema@.target_lt(@extschema@.target, @extschema@.target) RETURNS boolean
    AS 'MODULE_PATHNAME', 'target_lt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.target_lt(@extschema@.target, @extschema@.target) IS
    'implementation of < for target';
CREATE FUNCTION @extschema@.target_le(@extschema@.target, @extschema@.target) RETURNS boolean
    AS 'MODULE_PATHNAME', 'target_le' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.target_le(@extschema@.target, @extschema@.target) IS
    'implementation of <= for target';
CREATE FUNCTION @extschema@.target_gt(@extschema@.target, @extschema@.target) RETURNS boolean
    AS 'MODULE_PATHNAME', 'target_gt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.target_gt(@extschema@.target, @extschema@.target) IS
    'implementation of > for target';
CREATE FUNCTION @extschema@.target_ge(@extschema@.target, @extschema@.target) RETURNS boolean
    AS 'MODULE_PATHNAME', 'target_ge' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.target_ge(@extschema@.target, @extschema@.target) IS
    'implementation of >= for target';
CREATE FUNCTION @extschema@.target_cmp(@extschema@.target, @extschema@.target) RETURNS integer
    AS 'MODULE_PATHNAME', 'target_cmp' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.target_cmp(@extschema@.target, @extschema@.target) IS
    'btree comparison of targets: -1, 0 or 1 (comparator, then figures)';
CREATE FUNCTION @extschema@.target_sortsupport(internal) RETURNS void
    AS 'MODULE_PATHNAME', 'target_sortsupport' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.target_sortsupport(internal) IS
    'btree sort support of target: a direct comparator and abbreviated keys for sorts and index builds';
CREATE FUNCTION @extschema@.target_hash(@extschema@.target) RETURNS integer
    AS 'MODULE_PATHNAME', 'target_hash' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.target_hash(@extschema@.target) IS
    'hash of a target, equal for equal targets';
CREATE FUNCTION @extschema@.target_hash_extended(@extschema@.target, bigint) RETURNS bigint
    AS 'MODULE_PATHNAME', 'target_hash_extended' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.target_hash_extended(@extschema@.target, bigint) IS
    '64-bit seeded hash of a target, equal for equal targets';

CREATE OPERATOR @extschema@.= (LEFTARG = @extschema@.target, RIGHTARG = @extschema@.target,
    FUNCTION = @extschema@.target_eq, COMMUTATOR = OPERATOR(@extschema@.=),
    NEGATOR = OPERATOR(@extschema@.<>), RESTRICT = eqsel, JOIN = eqjoinsel, HASHES, MERGES);
COMMENT ON OPERATOR @extschema@.= (@extschema@.target, @extschema@.target) IS
    'same target: same comparator and equal figures';
CREATE OPERATOR @extschema@.<> (LEFTARG = @extschema@.target, RIGHTARG = @extschema@.target,
    FUNCTION = @extschema@.target_ne, COMMUTATOR = OPERATOR(@extschema@.<>),
    NEGATOR = OPERATOR(@extschema@.=), RESTRICT = neqsel, JOIN = neqjoinsel);
COMMENT ON OPERATOR @extschema@.<> (@extschema@.target, @extschema@.target) IS
    'different targets';
CREATE OPERATOR @extschema@.< (LEFTARG = @extschema@.target, RIGHTARG = @extschema@.target,
    FUNCTION = @extschema@.target_lt, COMMUTATOR = OPERATOR(@extschema@.>),
    NEGATOR = OPERATOR(@extschema@.>=), RESTRICT = scalarltsel, JOIN = scalarltjoinsel);
COMMENT ON OPERATOR @extschema@.< (@extschema@.target, @extschema@.target) IS
    'before in the order of targets (comparator, then figure, range end, 力争 figure)';
CREATE OPERATOR @extschema@.<= (LEFTARG = @extschema@.target, RIGHTARG = @extschema@.target,
    FUNCTION = @extschema@.target_le, COMMUTATOR = OPERATOR(@extschema@.>=),
    NEGATOR = OPERATOR(@extschema@.>), RESTRICT = scalarlesel, JOIN = scalarlejoinsel);
COMMENT ON OPERATOR @extschema@.<= (@extschema@.target, @extschema@.target) IS
    'before or equal in the order of targets';
CREATE OPERATOR @extschema@.> (LEFTARG = @extschema@.target, RIGHTARG = @extschema@.target,
    FUNCTION = @extschema@.target_gt, COMMUTATOR = OPERATOR(@extschema@.<),
    NEGATOR = OPERATOR(@extschema@.<=), RESTRICT = scalargtsel, JOIN = scalargtjoinsel);
COMMENT ON OPERATOR @extschema@.> (@extschema@.target, @extschema@.target) IS
    'after in the order of targets (comparator, then figure, range end, 力争 figure)';
CREATE OPERATOR @extschema@.>= (LEFTARG = @extschema@.target, RIGHTARG = @extschema@.target,
    FUNCTION = @extschema@.target_ge, COMMUTATOR = OPERATOR(@extschema@.<=),
    NEGATOR = OPERATOR(@extschema@.<), RESTRICT = scalargesel, JOIN = scalargejoinsel);
COMMENT ON OPERATOR @extschema@.>= (@extschema@.target, @extschema@.target) IS
    'after or equal in the order of targets';
CREATE OPERATOR CLASS @extschema@.target_ops DEFAULT FOR TYPE @extschema@.target USING btree AS
    OPERATOR 1 @extschema@.<, OPERATOR 2 @extschema@.<=, OPERATOR 3 @extschema@.=,
    OPERATOR 4 @extschema@.>=, OPERATOR 5 @extschema@.>,
    FUNCTION 1 @extschema@.target_cmp(@extschema@.target, @extschema@.target),
    FUNCTION 2 @extschema@.target_sortsupport(internal);
COMMENT ON OPERATOR CLASS @extschema@.target_ops USING btree IS
    'default btree order of target: ORDER BY, indexes, merge joins';
COMMENT ON OPERATOR FAMILY @extschema@.target_ops USING btree IS
    'btree operators of target';
CREATE OPERATOR CLASS @extschema@.target_hash_ops DEFAULT FOR TYPE @extschema@.target USING hash AS
    OPERATOR 1 @extschema@.=,
    FUNCTION 1 @extschema@.target_hash(@extschema@.target),
    FUNCTION 2 @extschema@.target_hash_extended(@extschema@.target, bigint);
COMMENT ON OPERATOR CLASS @extschema@.target_hash_ops USING hash IS
    'default hash operator class of target: GROUP BY, DISTINCT, hash joins';
COMMENT ON OPERATOR FAMILY @extschema@.target_hash_ops USING hash IS
    'hash operators of target';

-- Judging.  STABLE where 约/左右 read indicator.approx_tolerance.
CREATE FUNCTION @extschema@.meets(actual @extschema@.indicator, target @extschema@.target) RETURNS boolean
    AS 'MODULE_PATHNAME', 'target_meets' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.meets(@extschema@.indicator, @extschema@.target) IS
    'whether the actual figure meets the target; NULL where its own qualifier leaves it undecided';
CREATE FUNCTION @extschema@.completion(actual @extschema@.indicator, target @extschema@.target,
        digits integer DEFAULT 1) RETURNS numeric
    AS 'MODULE_PATHNAME', 'target_completion' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.completion(@extschema@.indicator, @extschema@.target, integer) IS
    'plan completion in percent, half-even to digits (actual / target; target / actual for caps)';
CREATE FUNCTION @extschema@.gap(actual @extschema@.indicator, target @extschema@.target)
    RETURNS @extschema@.indicator
    AS 'MODULE_PATHNAME', 'target_gap' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gap(@extschema@.indicator, @extschema@.target) IS
    'actual minus the target figure (a range: minus the nearer end, zero inside)';
CREATE FUNCTION @extschema@.target_status(actual @extschema@.indicator, target @extschema@.target) RETURNS text
    AS 'MODULE_PATHNAME', 'target_status' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.target_status(@extschema@.indicator, @extschema@.target) IS
    '超额完成, 完成 or 未完成; NULL where the actual''s own qualifier leaves it undecided';
CREATE FUNCTION @extschema@.schedule_status(actual @extschema@.indicator, target @extschema@.target,
        elapsed numeric) RETURNS text
    AS 'MODULE_PATHNAME', 'target_schedule_status' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.schedule_status(@extschema@.indicator, @extschema@.target, numeric) IS
    '时间过半、任务过半: 超前, 正常 or 滞后 given the elapsed share of the period (0 to 1)';
CREATE FUNCTION @extschema@.schedule_status(actual @extschema@.indicator, target @extschema@.target,
        period daterange, as_of date) RETURNS text
    AS 'MODULE_PATHNAME', 'target_schedule_status_period' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.schedule_status(@extschema@.indicator, @extschema@.target, daterange, date) IS
    '超前, 正常 or 滞后 with the elapsed share computed from a period and a date';

-- Accessors.
CREATE FUNCTION @extschema@.comparator(@extschema@.target) RETURNS text
    AS 'MODULE_PATHNAME', 'target_comparator' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.comparator(@extschema@.target) IS
    'how the target is judged: reach, ge, gt, le, lt, approx or between';
CREATE FUNCTION @extschema@.target_value(@extschema@.target) RETURNS @extschema@.indicator
    AS 'MODULE_PATHNAME', 'target_value' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.target_value(@extschema@.target) IS
    'the target''s figure (for a range its lower end)';
CREATE FUNCTION @extschema@.target_upper(@extschema@.target) RETURNS @extschema@.indicator
    AS 'MODULE_PATHNAME', 'target_upper' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.target_upper(@extschema@.target) IS
    'the upper end of a range target (5%-6% → 6%), NULL otherwise';
-- STABLE: an approximate target reads indicator.approx_tolerance.
CREATE FUNCTION @extschema@.target_range(@extschema@.target) RETURNS numrange
    AS 'MODULE_PATHNAME', 'target_range' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.target_range(@extschema@.target) IS
    'the numrange of values that meet the target, in its own unit (uses indicator.approx_tolerance)';
CREATE FUNCTION @extschema@.target_range(@extschema@.target, tolerance numeric) RETURNS numrange
    AS 'MODULE_PATHNAME', 'target_range' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.target_range(@extschema@.target, numeric) IS
    'target_range(t) with the tolerance of 左右/约 given (0 to 1): IMMUTABLE';
-- STABLE: an approximate target reads indicator.approx_tolerance.
CREATE FUNCTION @extschema@.base_range(@extschema@.target) RETURNS numrange
    AS 'MODULE_PATHNAME', 'target_base_range' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.base_range(@extschema@.target) IS
    'the numrange of values meeting the target, in the base unit of its figure (uses indicator.approx_tolerance)';
CREATE FUNCTION @extschema@.base_range(@extschema@.target, tolerance numeric) RETURNS numrange
    AS 'MODULE_PATHNAME', 'target_base_range' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.base_range(@extschema@.target, numeric) IS
    'base_range(t) with the tolerance of 左右/约 given (0 to 1): IMMUTABLE';
CREATE FUNCTION @extschema@.stretch(@extschema@.target) RETURNS @extschema@.indicator
    AS 'MODULE_PATHNAME', 'target_stretch' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.stretch(@extschema@.target) IS
    'the aspirational 力争 figure, NULL where none';
