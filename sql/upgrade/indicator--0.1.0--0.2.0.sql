-- indicator--0.1.0--0.2.0.sql: ALTER EXTENSION indicator UPDATE from 0.1.0 to 0.2.0.
-- Every object added or changed in sql/NN_*.sql since 0.1.0 appears here too, in the
-- same words; test/upgrade/run.sh compares an updated database with a fresh install
-- (pg_dump --binary-upgrade lists every member object) and fails on any omission.

\echo Use "ALTER EXTENSION indicator UPDATE TO '0.2.0'" to load this file. \quit

-- ---- 61_zh_phrases.sql: the built-in readings as compiled into this library ---------------
DELETE FROM @extschema@.zh_phrase WHERE builtin;
INSERT INTO @extschema@.zh_phrase (phrase, pinyin, builtin)
    SELECT phrase, pinyin, true FROM @extschema@.zh_builtin_phrases();


-- ---- new objects (as declared in sql/NN_*.sql) ----------------------------------------
CREATE FUNCTION @extschema@.indicator_message(msgid text) RETURNS text
    AS 'MODULE_PATHNAME', 'indicator_message'
    LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.indicator_message(text) IS
    'a message of the extension''s SQL functions in the language of lc_messages (its catalog; src/sql_messages.c)';
CREATE FUNCTION @extschema@.indicator_range(@extschema@.indicator, tolerance numeric) RETURNS numrange
    AS 'MODULE_PATHNAME', 'indicator_range' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.indicator_range(@extschema@.indicator, numeric) IS
    'indicator_range(x) with the tolerance of 约/左右 given (0 to 1): IMMUTABLE, for indexes and generated columns';
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
CREATE FUNCTION @extschema@.base_range(@extschema@.indicator) RETURNS numrange
    AS 'MODULE_PATHNAME', 'indicator_base_range' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.base_range(@extschema@.indicator) IS
    'the numrange the figure asserts in base_unit(x) (约 uses indicator.approx_tolerance)';
CREATE FUNCTION @extschema@.base_range(@extschema@.indicator, tolerance numeric) RETURNS numrange
    AS 'MODULE_PATHNAME', 'indicator_base_range' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.base_range(@extschema@.indicator, numeric) IS
    'base_range(x) with the tolerance of 约/左右 given (0 to 1): IMMUTABLE';
CREATE FUNCTION @extschema@.try_target(text) RETURNS @extschema@.target
    AS 'MODULE_PATHNAME', 'try_target' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.try_target(text) IS
    'the text as a target, or NULL where it is not one';
CREATE FUNCTION @extschema@.target_range(@extschema@.target, tolerance numeric) RETURNS numrange
    AS 'MODULE_PATHNAME', 'target_range' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.target_range(@extschema@.target, numeric) IS
    'target_range(t) with the tolerance of 左右/约 given (0 to 1): IMMUTABLE';
CREATE FUNCTION @extschema@.base_range(@extschema@.target) RETURNS numrange
    AS 'MODULE_PATHNAME', 'target_base_range' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.base_range(@extschema@.target) IS
    'the numrange of values meeting the target, in the base unit of its figure (uses indicator.approx_tolerance)';
CREATE FUNCTION @extschema@.base_range(@extschema@.target, tolerance numeric) RETURNS numrange
    AS 'MODULE_PATHNAME', 'target_base_range' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.base_range(@extschema@.target, numeric) IS
    'base_range(t) with the tolerance of 左右/约 given (0 to 1): IMMUTABLE';
-- indicator_bi_view: in the issue 18 section below (its final, four-argument form).

-- ---- descriptions of objects that had none, or another, in 0.1.0 --------------------
COMMENT ON FUNCTION @extschema@.indicator_in(cstring) IS
    'input of indicator: reads a Chinese figure such as 超过1800亿元 (22P02 on bad input)';
COMMENT ON FUNCTION @extschema@.indicator_out(@extschema@.indicator) IS
    'output of indicator: canonical Chinese text that reads back to an equal figure';
COMMENT ON FUNCTION @extschema@.indicator_recv(internal) IS
    'binary input of indicator: 16 bytes, every field validated (22P03 on malformed bytes)';
COMMENT ON FUNCTION @extschema@.indicator_send(@extschema@.indicator) IS
    'binary output of indicator: 16 bytes in network byte order';
COMMENT ON FUNCTION @extschema@.indicator_eq(@extschema@.indicator, @extschema@.indicator) IS
    'implementation of = for indicator: same meaning (value in base unit, qualifier class, kind, basis)';
COMMENT ON FUNCTION @extschema@.indicator_ne(@extschema@.indicator, @extschema@.indicator) IS
    'implementation of <> for indicator';
COMMENT ON FUNCTION @extschema@.indicator_lt(@extschema@.indicator, @extschema@.indicator) IS
    'implementation of < for indicator (the total order: dimension, value, qualifier, kind, basis)';
COMMENT ON FUNCTION @extschema@.indicator_le(@extschema@.indicator, @extschema@.indicator) IS
    'implementation of <= for indicator';
COMMENT ON FUNCTION @extschema@.indicator_gt(@extschema@.indicator, @extschema@.indicator) IS
    'implementation of > for indicator';
COMMENT ON FUNCTION @extschema@.indicator_ge(@extschema@.indicator, @extschema@.indicator) IS
    'implementation of >= for indicator';
COMMENT ON FUNCTION @extschema@.indicator_cmp(@extschema@.indicator, @extschema@.indicator) IS
    'btree comparison of indicators: -1, 0 or 1 in the total order';
COMMENT ON FUNCTION @extschema@.indicator_sortsupport(internal) IS
    'btree sort support of indicator: a direct comparator for sorts and index builds';
COMMENT ON FUNCTION @extschema@.indicator_hash(@extschema@.indicator) IS
    'hash of an indicator, equal for equal figures in any unit or magnitude';
COMMENT ON FUNCTION @extschema@.indicator_hash_extended(@extschema@.indicator, bigint) IS
    '64-bit seeded hash of an indicator, equal for equal figures';
COMMENT ON FUNCTION @extschema@.indicator_larger(@extschema@.indicator, @extschema@.indicator) IS
    'the larger of two indicators in the total order (transition function of max)';
COMMENT ON FUNCTION @extschema@.indicator_smaller(@extschema@.indicator, @extschema@.indicator) IS
    'the smaller of two indicators in the total order (transition function of min)';
COMMENT ON OPERATOR @extschema@.= (@extschema@.indicator, @extschema@.indicator) IS
    'same meaning: 1.4万亿元 = 14000亿元, 1公顷 = 15亩';
COMMENT ON OPERATOR @extschema@.<> (@extschema@.indicator, @extschema@.indicator) IS
    'different meaning';
COMMENT ON OPERATOR @extschema@.< (@extschema@.indicator, @extschema@.indicator) IS
    'before in the total order (dimension, value in base unit, qualifier, kind, basis)';
COMMENT ON OPERATOR @extschema@.<= (@extschema@.indicator, @extschema@.indicator) IS
    'before or equal in the total order';
COMMENT ON OPERATOR @extschema@.> (@extschema@.indicator, @extschema@.indicator) IS
    'after in the total order (dimension, value in base unit, qualifier, kind, basis)';
COMMENT ON OPERATOR @extschema@.>= (@extschema@.indicator, @extschema@.indicator) IS
    'after or equal in the total order';
COMMENT ON OPERATOR CLASS @extschema@.indicator_ops USING btree IS
    'default btree order of indicator: ORDER BY, indexes, merge joins';
COMMENT ON OPERATOR FAMILY @extschema@.indicator_ops USING btree IS
    'btree operators of indicator';
COMMENT ON OPERATOR CLASS @extschema@.indicator_hash_ops USING hash IS
    'default hash operator class of indicator: GROUP BY, DISTINCT, hash joins';
COMMENT ON OPERATOR FAMILY @extschema@.indicator_hash_ops USING hash IS
    'hash operators of indicator';
COMMENT ON FUNCTION @extschema@.indicator(numeric) IS
    'a dimensionless exact figure with the numeric''s value and scale';
COMMENT ON FUNCTION @extschema@.indicator_numeric(@extschema@.indicator) IS
    'the value in the figure''s own unit with its magnitude applied (1800亿元 → 180000000000)';
COMMENT ON CAST (numeric AS @extschema@.indicator) IS
    'a numeric is a dimensionless exact figure (allowed in assignments)';
COMMENT ON CAST (@extschema@.indicator AS numeric) IS
    'explicit: the value in the figure''s own unit, magnitude applied; unit and qualifier are dropped';
COMMENT ON FUNCTION @extschema@.unit(@extschema@.indicator) IS
    'the unit without magnitude (元, 亩, 元/人, %); empty for a bare number';
COMMENT ON FUNCTION @extschema@.dimension(@extschema@.indicator) IS
    'the dimension (CNY, area, ratio, 人, CNY/人, dimensionless …)';
COMMENT ON FUNCTION @extschema@.qualifier(@extschema@.indicator) IS
    'the qualifier word as written (超过, 突破, 多, 约 …), NULL for an exact figure';
COMMENT ON FUNCTION @extschema@.qualifier_class(@extschema@.indicator) IS
    'what the qualifier asserts: exact, gt, ge, lt, le, approx, approx_below or open (多/余)';
COMMENT ON FUNCTION @extschema@.basis(@extschema@.indicator) IS
    'the change basis (同比, 环比, 比上年 …), NULL where none';
COMMENT ON FUNCTION @extschema@.is_change(@extschema@.indicator) IS
    'true for a change (同比增长5.2%, 提高10%, 持平), false for a level';
COMMENT ON FUNCTION @extschema@.indicator_range(@extschema@.indicator) IS
    'the numrange of values the figure asserts, in its own unit (约 uses indicator.approx_tolerance)';
COMMENT ON FUNCTION @extschema@.indicator_to_jsonb(@extschema@.indicator) IS
    'the figure''s parts as jsonb: text, value, unit, magnitude, dimension, qualifier, kind, basis';
COMMENT ON FUNCTION @extschema@.indicator_value(@extschema@.indicator, text) IS
    'the value in another unit of the same dimension (indicator_value(x, ''亿元'')), 18 significant digits';
COMMENT ON FUNCTION @extschema@.to_unit(@extschema@.indicator, text) IS
    'the figure re-expressed in another unit and magnitude of its dimension (to_unit(x, ''亿元''))';
COMMENT ON FUNCTION @extschema@.indicator_auto(@extschema@.indicator) IS
    'the figure with 万, 亿 or 万亿 chosen so that the leading part is below 10000';
COMMENT ON FUNCTION @extschema@.round(@extschema@.indicator, integer) IS
    'rounded half-even to digits at the displayed magnitude (round(''36.46万人'', 1) = 36.5万人)';
COMMENT ON FUNCTION @extschema@.indicator_pl(@extschema@.indicator, @extschema@.indicator) IS
    'implementation of indicator + indicator';
COMMENT ON FUNCTION @extschema@.indicator_mi(@extschema@.indicator, @extschema@.indicator) IS
    'implementation of indicator - indicator';
COMMENT ON FUNCTION @extschema@.indicator_um(@extschema@.indicator) IS
    'implementation of unary - on indicator';
COMMENT ON FUNCTION @extschema@.indicator_mul(@extschema@.indicator, @extschema@.indicator) IS
    'implementation of indicator * indicator';
COMMENT ON FUNCTION @extschema@.indicator_div(@extschema@.indicator, @extschema@.indicator) IS
    'implementation of indicator / indicator';
COMMENT ON FUNCTION @extschema@.indicator_mul_numeric(@extschema@.indicator, numeric) IS
    'implementation of indicator * numeric';
COMMENT ON FUNCTION @extschema@.numeric_mul_indicator(numeric, @extschema@.indicator) IS
    'implementation of numeric * indicator';
COMMENT ON FUNCTION @extschema@.indicator_div_numeric(@extschema@.indicator, numeric) IS
    'implementation of indicator / numeric';
COMMENT ON OPERATOR @extschema@.+ (@extschema@.indicator, @extschema@.indicator) IS
    'sum within a dimension, exact; qualifiers combine as sound bounds (% + 个百分点 is %)';
COMMENT ON OPERATOR @extschema@.- (@extschema@.indicator, @extschema@.indicator) IS
    'difference within a dimension, exact (% - % is 个百分点)';
COMMENT ON OPERATOR @extschema@.- (NONE, @extschema@.indicator) IS
    'negation (swaps ≥ and ≤)';
COMMENT ON OPERATOR @extschema@.* (@extschema@.indicator, @extschema@.indicator) IS
    'product: a per-unit figure times its denominator gives the numerator unit';
COMMENT ON OPERATOR @extschema@./ (@extschema@.indicator, @extschema@.indicator) IS
    'quotient: across dimensions a per-unit figure (1.4万亿元 / 1000万人 = 14万元/人)';
COMMENT ON OPERATOR @extschema@.* (@extschema@.indicator, numeric) IS
    'the figure scaled by a number (a negative factor swaps ≥ and ≤)';
COMMENT ON OPERATOR @extschema@.* (numeric, @extschema@.indicator) IS
    'the figure scaled by a number (a negative factor swaps ≥ and ≤)';
COMMENT ON OPERATOR @extschema@./ (@extschema@.indicator, numeric) IS
    'the figure divided by a number (22012 on zero)';
COMMENT ON FUNCTION @extschema@.apply_change(@extschema@.indicator, @extschema@.indicator) IS
    'the base figure after a change (% change, percentage points or an absolute change)';
COMMENT ON FUNCTION @extschema@.base_value(@extschema@.indicator, @extschema@.indicator) IS
    'the figure before a change: current / (1 + r) for a % change';
COMMENT ON FUNCTION @extschema@.cagr(@extschema@.indicator, @extschema@.indicator, numeric, integer) IS
    'compound annual growth (last / first)^(1/years) - 1 as 年均增长x%, half-even to digits';
COMMENT ON FUNCTION @extschema@.target_in(cstring) IS
    'input of target: reads a plan figure such as 控制在3%以内 (22P02 on bad input)';
COMMENT ON FUNCTION @extschema@.target_out(@extschema@.target) IS
    'output of target: canonical Chinese text that reads back to an equal target';
COMMENT ON FUNCTION @extschema@.target_recv(internal) IS
    'binary input of target: 56 bytes, every field validated (22P03 on malformed bytes)';
COMMENT ON FUNCTION @extschema@.target_send(@extschema@.target) IS
    'binary output of target: 56 bytes in network byte order';
COMMENT ON FUNCTION @extschema@.target_eq(@extschema@.target, @extschema@.target) IS
    'implementation of = for target';
COMMENT ON FUNCTION @extschema@.target_ne(@extschema@.target, @extschema@.target) IS
    'implementation of <> for target';
COMMENT ON FUNCTION @extschema@.target_lt(@extschema@.target, @extschema@.target) IS
    'implementation of < for target';
COMMENT ON FUNCTION @extschema@.target_le(@extschema@.target, @extschema@.target) IS
    'implementation of <= for target';
COMMENT ON FUNCTION @extschema@.target_gt(@extschema@.target, @extschema@.target) IS
    'implementation of > for target';
COMMENT ON FUNCTION @extschema@.target_ge(@extschema@.target, @extschema@.target) IS
    'implementation of >= for target';
COMMENT ON FUNCTION @extschema@.target_cmp(@extschema@.target, @extschema@.target) IS
    'btree comparison of targets: -1, 0 or 1 (comparator, then figures)';
COMMENT ON FUNCTION @extschema@.target_hash(@extschema@.target) IS
    'hash of a target, equal for equal targets';
COMMENT ON FUNCTION @extschema@.target_hash_extended(@extschema@.target, bigint) IS
    '64-bit seeded hash of a target, equal for equal targets';
COMMENT ON OPERATOR @extschema@.= (@extschema@.target, @extschema@.target) IS
    'same target: same comparator and equal figures';
COMMENT ON OPERATOR @extschema@.<> (@extschema@.target, @extschema@.target) IS
    'different targets';
COMMENT ON OPERATOR @extschema@.< (@extschema@.target, @extschema@.target) IS
    'before in the order of targets (comparator, then figure, range end, 力争 figure)';
COMMENT ON OPERATOR @extschema@.<= (@extschema@.target, @extschema@.target) IS
    'before or equal in the order of targets';
COMMENT ON OPERATOR @extschema@.> (@extschema@.target, @extschema@.target) IS
    'after in the order of targets (comparator, then figure, range end, 力争 figure)';
COMMENT ON OPERATOR @extschema@.>= (@extschema@.target, @extschema@.target) IS
    'after or equal in the order of targets';
COMMENT ON OPERATOR CLASS @extschema@.target_ops USING btree IS
    'default btree order of target: ORDER BY, indexes, merge joins';
COMMENT ON OPERATOR FAMILY @extschema@.target_ops USING btree IS
    'btree operators of target';
COMMENT ON OPERATOR CLASS @extschema@.target_hash_ops USING hash IS
    'default hash operator class of target: GROUP BY, DISTINCT, hash joins';
COMMENT ON OPERATOR FAMILY @extschema@.target_hash_ops USING hash IS
    'hash operators of target';
COMMENT ON FUNCTION @extschema@.meets(@extschema@.indicator, @extschema@.target) IS
    'whether the actual figure meets the target; NULL where its own qualifier leaves it undecided';
COMMENT ON FUNCTION @extschema@.completion(@extschema@.indicator, @extschema@.target, integer) IS
    'plan completion in percent, half-even to digits (actual / target; target / actual for caps)';
COMMENT ON FUNCTION @extschema@.gap(@extschema@.indicator, @extschema@.target) IS
    'actual minus the target figure (a range: minus the nearer end, zero inside)';
COMMENT ON FUNCTION @extschema@.target_status(@extschema@.indicator, @extschema@.target) IS
    '超额完成, 完成 or 未完成; NULL where the actual''s own qualifier leaves it undecided';
COMMENT ON FUNCTION @extschema@.schedule_status(@extschema@.indicator, @extschema@.target, numeric) IS
    '时间过半、任务过半: 超前, 正常 or 滞后 given the elapsed share of the period (0 to 1)';
COMMENT ON FUNCTION @extschema@.schedule_status(@extschema@.indicator, @extschema@.target, daterange, date) IS
    '超前, 正常 or 滞后 with the elapsed share computed from a period and a date';
COMMENT ON FUNCTION @extschema@.comparator(@extschema@.target) IS
    'how the target is judged: reach, ge, gt, le, lt, approx or between';
COMMENT ON FUNCTION @extschema@.target_value(@extschema@.target) IS
    'the target''s figure (for a range its lower end)';
COMMENT ON FUNCTION @extschema@.target_upper(@extschema@.target) IS
    'the upper end of a range target (5%-6% → 6%), NULL otherwise';
COMMENT ON FUNCTION @extschema@.target_range(@extschema@.target) IS
    'the numrange of values that meet the target, in its own unit (uses indicator.approx_tolerance)';
COMMENT ON FUNCTION @extschema@.stretch(@extschema@.target) IS
    'the aspirational 力争 figure, NULL where none';
COMMENT ON AGGREGATE @extschema@.min(@extschema@.indicator) IS
    'smallest figure in the total order (mixed dimensions allowed, as in ORDER BY)';
COMMENT ON AGGREGATE @extschema@.max(@extschema@.indicator) IS
    'largest figure in the total order (mixed dimensions allowed, as in ORDER BY)';
COMMENT ON FUNCTION @extschema@.zh_phrase_invalidate() IS
    'trigger on zh_phrase: makes every backend reread the user phrase rows';

-- ---- issue 13: every aggregate's state is a real type (sql/50_aggregates.sql) ----
-- The aggregates with STYPE internal get the state types indicator_sum_state and
-- indicator_pair_state with CREATE OR REPLACE AGGREGATE (issue 17: it may change the state
-- type, so views, rules and functions using them stay).  The 0.1.0 support functions
-- (STYPE internal) are dropped at the end of this section when nothing else uses them.
-- min and max are unchanged.  The library keeps the 0.1.0 C functions (the
-- serialize/deserialize pair included), so a 0.1.0 install keeps working with the new
-- library until it is updated.

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

CREATE OR REPLACE AGGREGATE @extschema@.sum(@extschema@.indicator) (
    SFUNC = @extschema@.indicator_sum_trans,
    STYPE = @extschema@.indicator_sum_state,
    COMBINEFUNC = @extschema@.indicator_sum_combine,
    FINALFUNC = @extschema@.indicator_sum_final,
    PARALLEL = SAFE
);
CREATE OR REPLACE AGGREGATE @extschema@.avg(@extschema@.indicator) (
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
CREATE OR REPLACE AGGREGATE @extschema@.group_growth(@extschema@.indicator, @extschema@.indicator) (
    SFUNC = @extschema@.indicator_pair_trans, STYPE = @extschema@.indicator_pair_state,
    COMBINEFUNC = @extschema@.indicator_pair_combine,
    FINALFUNC = @extschema@.indicator_group_growth_final, PARALLEL = SAFE);
-- contribution(part_change, total_change) = Σpart_change / total_change (贡献率, %)
CREATE OR REPLACE AGGREGATE @extschema@.contribution(@extschema@.indicator, @extschema@.indicator) (
    SFUNC = @extschema@.indicator_share_trans, STYPE = @extschema@.indicator_pair_state,
    COMBINEFUNC = @extschema@.indicator_pair_combine,
    FINALFUNC = @extschema@.indicator_contribution_final, PARALLEL = SAFE);
-- pull(part_change, total_base) = Σpart_change / total_base (拉动, 个百分点)
CREATE OR REPLACE AGGREGATE @extschema@.pull(@extschema@.indicator, @extschema@.indicator) (
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
CREATE OR REPLACE AGGREGATE @extschema@.completion_agg(@extschema@.indicator, @extschema@.target) (
    SFUNC = @extschema@.target_completion_trans, STYPE = @extschema@.indicator_pair_state,
    COMBINEFUNC = @extschema@.indicator_pair_combine,
    FINALFUNC = @extschema@.target_completion_final, PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.completion_agg(@extschema@.indicator, @extschema@.target) IS
    'Σactual / Σtarget in percent (one decimal), for targets one reaches';

-- The 0.1.0 support functions (STYPE internal), now unused by the extension.  One that a
-- user object still uses (an aggregate of the user's own) stays, with a WARNING: the
-- update never drops what a user object depends on.
DO $old_support$
DECLARE
    f regprocedure;
    users text;
BEGIN
    FOREACH f IN ARRAY ARRAY[
        '@extschema@.indicator_sum_trans(internal, @extschema@.indicator)',
        '@extschema@.indicator_sum_combine(internal, internal)',
        '@extschema@.indicator_sum_serialize(internal)',
        '@extschema@.indicator_sum_deserialize(bytea, internal)',
        '@extschema@.indicator_sum_final(internal)',
        '@extschema@.indicator_avg_final(internal)',
        '@extschema@.indicator_pair_trans(internal, @extschema@.indicator, @extschema@.indicator)',
        '@extschema@.indicator_share_trans(internal, @extschema@.indicator, @extschema@.indicator)',
        '@extschema@.indicator_pair_combine(internal, internal)',
        '@extschema@.indicator_pair_serialize(internal)',
        '@extschema@.indicator_pair_deserialize(bytea, internal)',
        '@extschema@.indicator_group_growth_final(internal)',
        '@extschema@.indicator_contribution_final(internal)',
        '@extschema@.indicator_pull_final(internal)',
        '@extschema@.target_completion_trans(internal, @extschema@.indicator, @extschema@.target)',
        '@extschema@.target_completion_final(internal)']::regprocedure[]
    LOOP
        SELECT pg_catalog.string_agg(pg_catalog.pg_describe_object(d.classid, d.objid, d.objsubid), ', ')
          INTO users
          FROM pg_catalog.pg_depend d
         WHERE d.refclassid = 'pg_catalog.pg_proc'::pg_catalog.regclass AND d.refobjid = f
           AND d.deptype IN ('n', 'a');
        IF users IS NULL THEN
            EXECUTE pg_catalog.format('DROP FUNCTION %s', f);
        ELSE
            RAISE WARNING USING
                MESSAGE = pg_catalog.format(@extschema@.indicator_message('the 0.1.0 function %s stays: %s uses it'), f, users),
                HINT = @extschema@.indicator_message('Nothing breaks: the library keeps it.  Rewrite those objects with the 0.2.0 aggregates (sum, avg, ...) when convenient.');
        END IF;
    END LOOP;
END
$old_support$;

-- ---- issue 13: zh_phrase on every node of a Citus cluster (sql/62_zh_phrase_nodes.sql) ----
-- 62_zh_phrase_nodes.sql: keep the user rows of zh_phrase the same on every node of a
-- Citus cluster (doc/scale-out.md).  zh_phrase_set, zh_phrase_remove, zh_phrase_sync and
-- zh_phrase_on_workers are created once, in their final form (issue 17: refused on a
-- worker, a failed worker is a WARNING), in the issue-17 section below.

-- ---- issue 11: reading documents (sql/70_extract.sql) ----
CREATE FUNCTION @extschema@.indicator_extract(doc text,
        OUT ord integer, OUT start integer, OUT stop integer, OUT text text,
        OUT subject text, OUT figure @extschema@.indicator, OUT target @extschema@.target,
        OUT period daterange, OUT kind text)
    RETURNS SETOF record
    AS 'MODULE_PATHNAME', 'indicator_extract'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 100;
COMMENT ON FUNCTION @extschema@.indicator_extract(text) IS
    'one row per statistical expression of a Chinese document: ord, start and stop (0-based character offsets, stop exclusive), text as written, subject, figure (NULL for a target), target (in a plan), period (daterange), kind (level, change, target); years, ordinals, plan names, numbering and words with numerals are not figures';

CREATE FUNCTION @extschema@.zh_period(text) RETURNS daterange
    AS 'MODULE_PATHNAME', 'zh_period'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.zh_period(text) IS
    'the daterange a Chinese period phrase names: 2023年, 2023年10月, 2023年1-10月, 2023年一季度, 2023年上半年, "十四五"时期';

CREATE FUNCTION @extschema@.zh_period(text, reference_year integer) RETURNS daterange
    AS 'MODULE_PATHNAME', 'zh_period'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.zh_period(text, integer) IS
    'the daterange a Chinese period phrase names, relative phrases (去年, 今年一季度, 上半年) counted from reference_year';


-- Order (issue 10, doc/arithmetic.md "Levels and changes"): every level of a dimension now
-- sorts before every change of it; 0.1.0 sorted them by value first.  A btree index built by
-- 0.1.0 on a column holding both kinds of one dimension would be out of order, so the
-- indexes using the extension's btree operator classes are rebuilt.  (Hash indexes are not
-- affected: equality and hash did not change for values 0.1.0 could store.)  Run this update
-- right after installing the 0.2.0 library (README "Updating").
-- Issue 17: only indexes on tables whose owner the extension's owner acts for are rebuilt
-- (as their owner would, so a failing index expression is that owner's error); any other,
-- or one whose rebuild fails, is a WARNING naming it and the REINDEX to run, and the update
-- completes.  Partitioned indexes have no storage: their partitions' indexes are rebuilt.
DO $upgrade$
DECLARE
    r record;
    owner oid := (SELECT e.extowner FROM pg_catalog.pg_extension e WHERE e.extname = 'indicator');
    cmd text;
    why text;
BEGIN
    FOR r IN
        SELECT DISTINCT i.indexrelid::pg_catalog.regclass AS idx, t.relowner
        FROM pg_catalog.pg_index i
        JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
        JOIN pg_catalog.pg_class t ON t.oid = i.indrelid
        JOIN pg_catalog.pg_opclass c ON c.oid = ANY (i.indclass::oid[])
        JOIN pg_catalog.pg_am am ON am.oid = c.opcmethod
        WHERE am.amname = 'btree'
          AND ic.relkind = 'i'
          AND c.opcnamespace = '@extschema@'::regnamespace
          AND c.opcname IN ('indicator_ops', 'target_ops')
        ORDER BY 1
    LOOP
        cmd := pg_catalog.format('REINDEX INDEX %s', r.idx);
        IF NOT pg_catalog.pg_has_role(owner, r.relowner, 'USAGE') THEN
            RAISE WARNING USING
                MESSAGE = pg_catalog.format(@extschema@.indicator_message('index %s was not rebuilt: its table belongs to %s, not to the owner of extension indicator'),
                                            r.idx, r.relowner::regrole),
                DETAIL = @extschema@.indicator_message('The index was built in the 0.1.0 order; scans of it can miss rows until it is rebuilt.'),
                HINT = pg_catalog.format(@extschema@.indicator_message('Run %s; as %s or a superuser.'), cmd, r.relowner::regrole);
            CONTINUE;
        END IF;
        BEGIN
            EXECUTE cmd;
        EXCEPTION WHEN OTHERS THEN
            GET STACKED DIAGNOSTICS why = MESSAGE_TEXT;
            RAISE WARNING USING
                MESSAGE = pg_catalog.format(@extschema@.indicator_message('index %s was not rebuilt: %s'), r.idx, why),
                DETAIL = @extschema@.indicator_message('The index was built in the 0.1.0 order; scans of it can miss rows until it is rebuilt.'),
                HINT = pg_catalog.format(@extschema@.indicator_message('Fix the cause, then run %s;'), cmd);
        END;
    END LOOP;
END
$upgrade$;
-- ---- issue 12: zh_category ordering tailored with ICU rules, PostgreSQL 16+ (sql/60_zh_category.sql) ----
CREATE FUNCTION @extschema@.zh_builtin_collation_rules() RETURNS text
    AS 'MODULE_PATHNAME', 'zh_builtin_collation_rules'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.zh_builtin_collation_rules() IS
    'ICU tailoring rules reading the built-in phrases as zh_pinyin does (&常沙<<<长沙 ...): the rules of collation zh_pinyin_phrases';

-- The domain can move to the new collation only while nothing uses it: a column, index or
-- function of type zh_category keeps the collation it was made with.  Otherwise it stays on
-- zh_pinyin (doc/zh_category.md says how to move a column).
DO $zh_category$
DECLARE
    users int;
BEGIN
    IF current_setting('server_version_num')::int < 160000 THEN
        RETURN;
    END IF;
    EXECUTE format('CREATE COLLATION %s.zh_pinyin_phrases (provider = icu, locale = %L, rules = %L)', '@extschema@',
                   'zh-u-co-pinyin', @extschema@.zh_builtin_collation_rules());
    COMMENT ON COLLATION @extschema@.zh_pinyin_phrases IS
        'Chinese by pinyin, built-in phrases read as zh_pinyin reads them (长沙 under C); ICU zh-u-co-pinyin with rules';
    SELECT count(*) INTO users FROM pg_catalog.pg_depend d
    WHERE d.refclassid = 'pg_catalog.pg_type'::regclass
      AND d.refobjid = '@extschema@.zh_category'::regtype
      AND d.deptype = 'n';
    IF users = 0 THEN
        DROP DOMAIN @extschema@.zh_category;
        CREATE DOMAIN @extschema@.zh_category AS text COLLATE @extschema@.zh_pinyin_phrases;
        COMMENT ON DOMAIN @extschema@.zh_category IS
            'text that sorts by pinyin with a plain ORDER BY, built-in phrases read right (collation zh_pinyin_phrases); clients see text';
    ELSE
        -- (extension scripts run with client_min_messages raised to WARNING: a NOTICE is lost)
        RAISE WARNING USING
            MESSAGE = pg_catalog.format(@extschema@.indicator_message('zh_category keeps collation zh_pinyin: %s objects use it'), users),
            HINT = @extschema@.indicator_message('Columns can move to the tailored order with ALTER TABLE ... ALTER COLUMN ... TYPE text COLLATE zh_pinyin_phrases.');
    END IF;
END
$zh_category$;

-- ---- issue 17: zh_phrase on a Citus cluster, for the extension's owner, in any schema (sql/62_zh_phrase_nodes.sql) ----
-- Refused on a worker (naming the coordinator); a failed worker is a WARNING and the
-- change stays on the coordinator for zh_phrase_sync(); the extension's owner may run
-- zh_phrase_on_workers; the commands name @extschema@ as the quoted identifier it is.
-- Citus here?  Error on a worker (naming the coordinator); true on a coordinator, false
-- without Citus.  Detected by Citus's catalogs, so that no Citus is needed to test it.
CREATE FUNCTION @extschema@.zh_phrase_on_coordinator() RETURNS boolean
    LANGUAGE plpgsql STRICT STABLE PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp
    AS $fn$
DECLARE
    grp integer;
    coordinator text;
BEGIN
    IF NOT EXISTS (SELECT FROM pg_proc
                   WHERE proname = 'run_command_on_workers' AND pronamespace = 'pg_catalog'::regnamespace) THEN
        RETURN false;
    END IF;
    IF to_regclass('pg_catalog.pg_dist_local_group') IS NOT NULL THEN
        EXECUTE 'SELECT groupid FROM pg_catalog.pg_dist_local_group' INTO grp;
    END IF;
    IF coalesce(grp, 0) = 0 THEN
        RETURN true;
    END IF;
    IF to_regclass('pg_catalog.pg_dist_node') IS NOT NULL THEN
        EXECUTE 'SELECT format(''%s:%s'', nodename, nodeport) FROM pg_catalog.pg_dist_node '
                'WHERE groupid = 0 ORDER BY nodeid LIMIT 1' INTO coordinator;
    END IF;
    RAISE EXCEPTION USING
        MESSAGE = format(@extschema@.indicator_message('zh_phrase is changed on the Citus coordinator %s, not on a worker'),
                         coalesce(coordinator, @extschema@.indicator_message('(not registered on this node)'))),
        ERRCODE = '0A000',
        DETAIL = format(@extschema@.indicator_message('This node is a Citus worker (group %s); the coordinator writes each change to every worker.'), grp),
        HINT = @extschema@.indicator_message('Connect to the coordinator and call the function there.');
END
$fn$;
COMMENT ON FUNCTION @extschema@.zh_phrase_on_coordinator() IS
    'internal: true on a Citus coordinator, false without Citus, error 0A000 naming the coordinator on a worker';

-- a phrase's user reading, here and on every worker
CREATE OR REPLACE FUNCTION @extschema@.zh_phrase_set(phrase text, pinyin text) RETURNS integer
    LANGUAGE plpgsql STRICT VOLATILE PARALLEL UNSAFE
    SET search_path = pg_catalog, pg_temp
    AS $fn$
DECLARE
    cmd text := format('INSERT INTO %s.zh_phrase (phrase, pinyin) VALUES (%L, %L) '
                       'ON CONFLICT (phrase, builtin) DO UPDATE SET pinyin = excluded.pinyin',
                       '@extschema@', phrase, pinyin);
    citus boolean := @extschema@.zh_phrase_on_coordinator();
BEGIN
    EXECUTE cmd;				-- here first: the reading is checked before any worker sees it
    IF NOT citus THEN
        RETURN 1;
    END IF;
    RETURN 1 + @extschema@.zh_phrase_on_workers(cmd);
END
$fn$;
COMMENT ON FUNCTION @extschema@.zh_phrase_set(text, text) IS
    'set a user phrase reading here and, under Citus, on every worker; returns the nodes changed';

-- a phrase's user reading removed, here and on every worker (the built-in one applies again)
CREATE OR REPLACE FUNCTION @extschema@.zh_phrase_remove(phrase text) RETURNS integer
    LANGUAGE plpgsql STRICT VOLATILE PARALLEL UNSAFE
    SET search_path = pg_catalog, pg_temp
    AS $fn$
DECLARE
    cmd text := format('DELETE FROM %s.zh_phrase WHERE phrase = %L AND NOT builtin',
                       '@extschema@', phrase);
    citus boolean := @extschema@.zh_phrase_on_coordinator();
BEGIN
    EXECUTE cmd;
    IF NOT citus THEN
        RETURN 1;
    END IF;
    RETURN 1 + @extschema@.zh_phrase_on_workers(cmd);
END
$fn$;
COMMENT ON FUNCTION @extschema@.zh_phrase_remove(text) IS
    'remove a user phrase reading here and, under Citus, on every worker; returns the nodes changed';

-- the coordinator's user rows, written over every worker's user rows
CREATE OR REPLACE FUNCTION @extschema@.zh_phrase_sync() RETURNS integer
    LANGUAGE plpgsql STRICT VOLATILE PARALLEL UNSAFE
    SET search_path = pg_catalog, pg_temp
    AS $fn$
DECLARE
    phrases text[];
    readings text[];
BEGIN
    IF NOT @extschema@.zh_phrase_on_coordinator() THEN
        RETURN 0;
    END IF;
    SELECT coalesce(array_agg(z.phrase ORDER BY z.phrase), '{}'),
           coalesce(array_agg(z.pinyin ORDER BY z.phrase), '{}')
      INTO phrases, readings
      FROM @extschema@.zh_phrase z WHERE NOT z.builtin;
    -- one statement: drop the rows the coordinator does not have, upsert the others
    RETURN @extschema@.zh_phrase_on_workers(format(
        'WITH gone AS (DELETE FROM %1$s.zh_phrase WHERE NOT builtin AND phrase <> ALL (%2$L::text[])) '
        'INSERT INTO %1$s.zh_phrase (phrase, pinyin) SELECT * FROM unnest(%2$L::text[], %3$L::text[]) '
        'ON CONFLICT (phrase, builtin) DO UPDATE SET pinyin = excluded.pinyin',
        '@extschema@', phrases, readings));
END
$fn$;
COMMENT ON FUNCTION @extschema@.zh_phrase_sync() IS
    'under Citus, make every worker''s user phrase readings those of this node; returns the workers changed (0 without Citus)';

-- Run one statement on every Citus worker (on a coordinator); the workers changed.  A
-- worker that fails is a WARNING naming it: this node keeps the change, and
-- zh_phrase_sync() writes it to that worker later (a retry of the call works too).
CREATE OR REPLACE FUNCTION @extschema@.zh_phrase_on_workers(cmd text) RETURNS integer
    LANGUAGE plpgsql STRICT VOLATILE PARALLEL UNSAFE
    SET search_path = pg_catalog, pg_temp
    AS $fn$
DECLARE
    n integer := 0;
    r record;
    failed text[] := '{}';
BEGIN
    IF NOT @extschema@.zh_phrase_on_coordinator() THEN
        RETURN 0;
    END IF;
    FOR r IN EXECUTE 'SELECT nodename, nodeport, success, result FROM pg_catalog.run_command_on_workers($1)' USING cmd
    LOOP
        IF r.success THEN
            n := n + 1;
        ELSE
            failed := failed || format('%s:%s', r.nodename, r.nodeport);
            RAISE WARNING USING
                MESSAGE = format(@extschema@.indicator_message('zh_phrase could not be changed on worker %s:%s'), r.nodename, r.nodeport),
                DETAIL = r.result;
        END IF;
    END LOOP;
    IF cardinality(failed) > 0 THEN
        RAISE WARNING USING
            MESSAGE = format(@extschema@.indicator_message('zh_phrase is changed on this node and %s of %s workers, not on %s'),
                             n, n + cardinality(failed), array_to_string(failed, ', ')),
            DETAIL = @extschema@.indicator_message('This node holds the change; the workers named read the old phrases until they get it.'),
            HINT = @extschema@.indicator_message('Once the workers are reachable, run SELECT zh_phrase_sync(); on this node: it writes this node''s user phrases to every worker.');
    END IF;
    RETURN n;
END
$fn$;
COMMENT ON FUNCTION @extschema@.zh_phrase_on_workers(text) IS
    'internal: run one statement on every Citus worker (run_command_on_workers), a WARNING for each that fails; the workers changed, 0 without Citus';
-- Not for everyone (it runs any statement on the workers as the caller); the extension's
-- owner, who may change zh_phrase, may run it and grant it with the table's privileges.
REVOKE ALL ON FUNCTION @extschema@.zh_phrase_on_workers(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION @extschema@.zh_phrase_on_workers(text) TO @extowner@ WITH GRANT OPTION;

-- ---- issue 18: BI views, casts (sql/80_bi.sql, sql/10_indicator.sql) ----
-- Integers assign to indicator as numeric does.
CREATE CAST (smallint AS @extschema@.indicator) WITH INOUT AS ASSIGNMENT;
COMMENT ON CAST (smallint AS @extschema@.indicator) IS
    'a smallint is a dimensionless exact figure (allowed in assignments)';
CREATE CAST (integer AS @extschema@.indicator) WITH INOUT AS ASSIGNMENT;
COMMENT ON CAST (integer AS @extschema@.indicator) IS
    'an integer is a dimensionless exact figure (allowed in assignments)';
CREATE CAST (bigint AS @extschema@.indicator) WITH INOUT AS ASSIGNMENT;
COMMENT ON CAST (bigint AS @extschema@.indicator) IS
    'a bigint is a dimensionless exact figure (allowed in assignments)';
COMMENT ON TYPE @extschema@.indicator IS
    'a Chinese statistical figure: exact value, unit, magnitude, qualifier and change basis. '
    '< and > order across dimensions too (a total order, for indexes): compare amounts as '
    'WHERE dimension(x) = dimension(''1000亿元'') AND x > ''1000亿元''';
-- The registry.  Rows name the view and its source (names, not OIDs: a migration may
-- recreate the table); owner, grants and comment are saved when a view is dropped.
CREATE TABLE @extschema@.indicator_bi_views (
    view_schema   name    NOT NULL,
    view_name     name    NOT NULL,
    source_schema name    NOT NULL,
    source_name   name    NOT NULL,
    tolerance     numeric,
    view_owner    name    NOT NULL DEFAULT current_user,
    view_acl      text,       -- aclitem[] as text: ORMs reflecting the schema know text
    view_comment  text,
    dropped       boolean NOT NULL DEFAULT false,
    PRIMARY KEY (view_schema, view_name)
);
COMMENT ON TABLE @extschema@.indicator_bi_views IS
    'the views made by indicator_bi_view, so they can be rebuilt, dropped and restored around a migration';
-- Every role that makes BI views writes its own rows: a row names a role the writer is a
-- member of, since restoring a view gives it that owner and those grants.
GRANT SELECT, INSERT, UPDATE, DELETE ON @extschema@.indicator_bi_views TO PUBLIC;
ALTER TABLE @extschema@.indicator_bi_views ENABLE ROW LEVEL SECURITY;
CREATE POLICY indicator_bi_views_owner ON @extschema@.indicator_bi_views
    USING (pg_catalog.pg_has_role(view_owner, 'MEMBER'))
    WITH CHECK (pg_catalog.pg_has_role(view_owner, 'MEMBER'));
SELECT pg_catalog.pg_extension_config_dump('@extschema@.indicator_bi_views', '');

-- Owner, grants and comment of a view made again (DROP then CREATE loses them).
CREATE FUNCTION @extschema@.indicator_bi_keep(view_ident text, owner name, acl aclitem[], note text)
    RETURNS void
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $keep$
DECLARE
    g record;
BEGIN
    IF owner IS DISTINCT FROM current_user THEN
        EXECUTE format('ALTER VIEW %s OWNER TO %I', view_ident, owner);
    END IF;
    FOR g IN SELECT a.grantee, a.privilege_type, a.is_grantable
               FROM aclexplode(acl) a
              WHERE a.grantee <> (SELECT r.oid FROM pg_roles r WHERE r.rolname = owner)
    LOOP
        EXECUTE format('GRANT %s ON %s TO %s%s', g.privilege_type, view_ident,
                       CASE WHEN g.grantee = 0 THEN 'PUBLIC'
                            ELSE quote_ident((SELECT r.rolname FROM pg_roles r WHERE r.oid = g.grantee)) END,
                       CASE WHEN g.is_grantable THEN ' WITH GRANT OPTION' ELSE '' END);
    END LOOP;
    IF note IS NOT NULL THEN
        EXECUTE format('COMMENT ON VIEW %s IS %L', view_ident, note);
    END IF;
END
$keep$;
COMMENT ON FUNCTION @extschema@.indicator_bi_keep(text, name, aclitem[], text) IS
    'gives a BI view made again its owner, grants and comment (used by indicator_bi_view and indicator_bi_restore)';

-- Bounds of 约/左右 follow indicator.approx_tolerance when the view is read, unless a
-- tolerance is given here.  pg_temp is searched last: a caller's temporary table named
-- like a catalog must not stand in for it.
CREATE FUNCTION @extschema@.indicator_bi_view(source regclass, view_name text DEFAULT NULL,
        tolerance numeric DEFAULT NULL, replace boolean DEFAULT false)
    RETURNS regclass
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $bi$
DECLARE
    src_schema name;
    src_name   name;
    parts      text[];
    view_ident text;
    cols       text[] := '{}';
    col        record;
    basetype   oid;
    basemod    int;
    old        record;
    had_old    boolean := false;
    e          text;
    rng        text;
    suffixes   text[];
    tol        text := CASE WHEN tolerance IS NULL THEN '' ELSE format(', %L::numeric', tolerance) END;
    -- the schema as a format() argument: a schema name may hold a % (issue 17)
    xs         text := '@extschema@';
BEGIN
    IF tolerance IS NOT NULL AND (tolerance < 0 OR tolerance > 1) THEN
        RAISE EXCEPTION USING
            MESSAGE = format(@extschema@.indicator_message('tolerance %s is not between 0 and 1'), tolerance),
            ERRCODE = '22023',
            DETAIL = format(@extschema@.indicator_message('The tolerance is the relative width of 约x and x左右: 0.1 means within 10%% of x.'));
    END IF;
    SELECT n.nspname, c.relname INTO src_schema, src_name
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE c.oid = source;
    -- as text: an array of name would silently truncate the name to 63 bytes
    parts := CASE WHEN view_name IS NULL THEN ARRAY[src_schema::text, src_name::text || '_bi']
                  ELSE parse_ident(view_name) END;
    IF cardinality(parts) = 1 THEN
        parts := ARRAY[src_schema::text] || parts;
    ELSIF cardinality(parts) <> 2 THEN
        RAISE EXCEPTION USING
            MESSAGE = format(@extschema@.indicator_message('view name "%s" has too many dots'), view_name),
            ERRCODE = '42601', HINT = @extschema@.indicator_message('Give a name or schema.name.');
    END IF;
    IF octet_length(parts[2]) > 63 THEN
        RAISE EXCEPTION USING
            MESSAGE = format(@extschema@.indicator_message('view name "%s" is longer than 63 bytes'), parts[2]),
            ERRCODE = '42622', HINT = @extschema@.indicator_message('Pass a shorter view_name.');
    END IF;
    view_ident := format('%I.%I', parts[1], parts[2]);
    IF to_regclass(view_ident) IS NOT NULL THEN
        SELECT c.relkind, pg_get_userbyid(c.relowner) AS owner, c.relacl AS acl,
               obj_description(c.oid, 'pg_class') AS note
          INTO old FROM pg_class c WHERE c.oid = to_regclass(view_ident);
        had_old := true;
        IF NOT replace THEN
            RAISE EXCEPTION USING
                MESSAGE = format(@extschema@.indicator_message('relation %s already exists'), view_ident),
                ERRCODE = '42P07',
                HINT = @extschema@.indicator_message('Pass replace => true to make it again, or another view_name.');
        ELSIF old.relkind <> 'v' THEN
            RAISE EXCEPTION USING
                MESSAGE = format(@extschema@.indicator_message('%s is not a view'), view_ident),
                ERRCODE = '42809',
                HINT = @extschema@.indicator_message('replace => true only makes a view again; pass another view_name.');
        END IF;
        -- DROP refuses (2BP01) when the user's own views read this one: theirs come first
        EXECUTE format('DROP VIEW %s', view_ident);
    END IF;

    FOR col IN
        SELECT a.attname, a.atttypid, a.atttypmod FROM pg_attribute a
         WHERE a.attrelid = source AND a.attnum > 0 AND NOT a.attisdropped
         ORDER BY a.attnum
    LOOP
        -- a domain over indicator or target is taken apart like its base type
        basetype := col.atttypid;
        basemod := col.atttypmod;
        WHILE (SELECT t.typtype = 'd' FROM pg_type t WHERE t.oid = basetype) LOOP
            SELECT t.typbasetype, t.typtypmod INTO basetype, basemod FROM pg_type t WHERE t.oid = basetype;
        END LOOP;
        e := format('s.%I', col.attname);
        IF basetype = '@extschema@.indicator'::regtype THEN
            suffixes := ARRAY['_value', '_base_unit', '_display_value', '_display_unit',
                              '_dimension', '_qualifier', '_qualifier_class', '_lower',
                              '_upper', '_is_change', '_basis'];
            rng := format('%s.base_range(%s%s)', xs, e, tol);
            cols := cols || ARRAY[
                format('%s::text AS %I', e, col.attname),
                format('%s.base_unit_value(%s)', xs, e),
                format('%s.base_unit(%s)', xs, e),
                format('%s.display_value(%s)', xs, e),
                format('%s.display_unit(%s)', xs, e),
                format('%s.dimension(%s)', xs, e),
                format('%s.qualifier(%s)', xs, e),
                format('%s.qualifier_class(%s)', xs, e),
                format('lower(%s)', rng),
                format('upper(%s)', rng),
                format('%s.is_change(%s)', xs, e),
                format('%s.basis(%s)', xs, e)];
        ELSIF basetype = '@extschema@.target'::regtype THEN
            suffixes := ARRAY['_comparator', '_value', '_base_unit', '_display_value',
                              '_display_unit', '_dimension', '_lower', '_upper',
                              '_is_change', '_basis', '_stretch_value'];
            rng := format('%s.base_range(%s%s)', xs, e, tol);
            cols := cols || ARRAY[
                format('%s::text AS %I', e, col.attname),
                format('%s.comparator(%s)', xs, e),
                format('%s.base_unit_value(%s.target_value(%s))', xs, xs, e),
                format('%s.base_unit(%s.target_value(%s))', xs, xs, e),
                format('%s.display_value(%s.target_value(%s))', xs, xs, e),
                format('%s.display_unit(%s.target_value(%s))', xs, xs, e),
                format('%s.dimension(%s.target_value(%s))', xs, xs, e),
                format('lower(%s)', rng),
                format('upper(%s)', rng),
                format('%s.is_change(%s.target_value(%s))', xs, xs, e),
                format('%s.basis(%s.target_value(%s))', xs, xs, e),
                format('%s.base_unit_value(%s.stretch(%s))', xs, xs, e)];
        ELSIF basetype <> col.atttypid THEN
            -- any other domain as its base type: drivers read the catalogs, which name the
            -- domain (zh_category) where the base type (text) is what they know
            cols := cols || format('%s::%s AS %I', e, format_type(basetype, basemod), col.attname);
            CONTINUE;
        ELSE
            cols := cols || e;
            CONTINUE;
        END IF;
        -- name the derived columns: the figure keeps the column's name
        FOR i IN 1 .. cardinality(suffixes) LOOP
            IF octet_length(col.attname || suffixes[i]) > 63 THEN
                RAISE EXCEPTION USING
                    MESSAGE = format(@extschema@.indicator_message('column name "%s" is too long to derive "%s" from it'),
                                     col.attname, col.attname || suffixes[i]),
                    ERRCODE = '42622',
                    HINT = @extschema@.indicator_message('Rename the column, or select it under a shorter alias in a view and pass that view.');
            END IF;
            cols[cardinality(cols) - cardinality(suffixes) + i] :=
                cols[cardinality(cols) - cardinality(suffixes) + i] || format(' AS %I', col.attname || suffixes[i]);
        END LOOP;
    END LOOP;

    EXECUTE format('CREATE VIEW %s AS SELECT %s FROM %s s', view_ident,
                   array_to_string(cols, ', '), source);
    EXECUTE format('COMMENT ON VIEW %s IS %L', view_ident,
                   format('numeric and text columns of %s (indicator_bi_view)', source));
    IF had_old THEN
        PERFORM @extschema@.indicator_bi_keep(view_ident, old.owner, old.acl, old.note);
    END IF;
    INSERT INTO @extschema@.indicator_bi_views AS r
           (view_schema, view_name, source_schema, source_name, tolerance, view_owner)
    VALUES (parts[1], parts[2], src_schema, src_name, tolerance,
            (SELECT pg_get_userbyid(c.relowner) FROM pg_class c WHERE c.oid = view_ident::regclass))
    ON CONFLICT ON CONSTRAINT indicator_bi_views_pkey DO UPDATE
       SET source_schema = excluded.source_schema, source_name = excluded.source_name,
           tolerance = excluded.tolerance, view_owner = excluded.view_owner,
           view_acl = NULL, view_comment = NULL, dropped = false;
    RETURN view_ident::regclass;
END
$bi$;
COMMENT ON FUNCTION @extschema@.indicator_bi_view(regclass, text, numeric, boolean) IS
    'creates (or with replace => true makes again) a view of a table with its indicator and target columns as numeric, text and boolean columns, for BI tools';


-- Around a migration: SELECT indicator_bi_drop(); ... ALTER TABLE ...; SELECT indicator_bi_restore();
-- Both see only the rows of roles the caller is a member of (the table's policy).
CREATE FUNCTION @extschema@.indicator_bi_drop()
    RETURNS SETOF text
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $drop$
DECLARE
    r    record;
    v    regclass;
BEGIN
    FOR r IN SELECT * FROM @extschema@.indicator_bi_views b WHERE NOT b.dropped
              ORDER BY b.view_schema, b.view_name FOR UPDATE
    LOOP
        v := to_regclass(format('%I.%I', r.view_schema, r.view_name));
        IF v IS NULL OR (SELECT c.relkind <> 'v' FROM pg_class c WHERE c.oid = v) THEN
            -- dropped by hand: nothing to restore later
            DELETE FROM @extschema@.indicator_bi_views b
             WHERE b.view_schema = r.view_schema AND b.view_name = r.view_name;
            CONTINUE;
        END IF;
        UPDATE @extschema@.indicator_bi_views b
           SET view_owner = pg_get_userbyid(c.relowner), view_acl = c.relacl::text,
               view_comment = obj_description(c.oid, 'pg_class'), dropped = true
          FROM pg_class c
         WHERE c.oid = v AND b.view_schema = r.view_schema AND b.view_name = r.view_name;
        RETURN NEXT v::text;   -- a name: the view is gone when the caller reads it
        EXECUTE format('DROP VIEW %s', v);
    END LOOP;
END
$drop$;
COMMENT ON FUNCTION @extschema@.indicator_bi_drop() IS
    'drops every view made by indicator_bi_view (that the caller may see), keeping what indicator_bi_restore needs; returns them';

CREATE FUNCTION @extschema@.indicator_bi_restore()
    RETURNS SETOF regclass
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $restore$
DECLARE
    r    record;
    src  regclass;
    v    regclass;
    id   text;
BEGIN
    FOR r IN SELECT * FROM @extschema@.indicator_bi_views b WHERE b.dropped
              ORDER BY b.view_schema, b.view_name FOR UPDATE
    LOOP
        id := format('%I.%I', r.view_schema, r.view_name);
        src := to_regclass(format('%I.%I', r.source_schema, r.source_name));
        IF src IS NULL THEN
            RAISE WARNING USING
                MESSAGE = format(@extschema@.indicator_message('BI view %s is not restored: its table %s.%s no longer exists'),
                                 id, quote_ident(r.source_schema), quote_ident(r.source_name)),
                ERRCODE = '42P01',
                HINT = format(@extschema@.indicator_message('Call indicator_bi_view() on the new table, or DELETE the row of %s from indicator_bi_views.'), id);
            CONTINUE;
        END IF;
        v := @extschema@.indicator_bi_view(src, id, r.tolerance);
        PERFORM @extschema@.indicator_bi_keep(id, r.view_owner, r.view_acl::aclitem[], r.view_comment);
        UPDATE @extschema@.indicator_bi_views b
           SET view_owner = r.view_owner
         WHERE b.view_schema = r.view_schema AND b.view_name = r.view_name;
        RETURN NEXT v;
    END LOOP;
END
$restore$;
COMMENT ON FUNCTION @extschema@.indicator_bi_restore() IS
    'makes again every view dropped by indicator_bi_drop, from the table as it is now, with its owner, grants and comment; returns them';

-- ---------------------------------------------------------------- issue 19: sortsupport
-- Abbreviated sort keys for indicator (the same support function, a new comment) and sort
-- support for target (a new support function 2, added to the existing operator family).
COMMENT ON FUNCTION @extschema@.indicator_sortsupport(internal) IS
    'btree sort support of indicator: a direct comparator and abbreviated keys for sorts and index builds';
CREATE FUNCTION @extschema@.target_sortsupport(internal) RETURNS void
    AS 'MODULE_PATHNAME', 'target_sortsupport' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.target_sortsupport(internal) IS
    'btree sort support of target: a direct comparator and abbreviated keys for sorts and index builds';
ALTER OPERATOR FAMILY @extschema@.target_ops USING btree
    ADD FUNCTION 2 (@extschema@.target, @extschema@.target) @extschema@.target_sortsupport(internal);

-- ---- issue 19: casts from text that read the text in place (sql/10_indicator.sql, sql/30_target.sql) ----
CREATE FUNCTION @extschema@.indicator(text) RETURNS @extschema@.indicator
    AS 'MODULE_PATHNAME', 'indicator_from_text' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.indicator(text) IS
    'the text as an indicator (the cast from text; errors as the type''s input)';
CREATE CAST (text AS @extschema@.indicator) WITH FUNCTION @extschema@.indicator(text);
COMMENT ON CAST (text AS @extschema@.indicator) IS
    'explicit, as the I/O cast it replaces: the text read as the type''s input reads it';
CREATE FUNCTION @extschema@.target(text) RETURNS @extschema@.target
    AS 'MODULE_PATHNAME', 'target_from_text' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.target(text) IS
    'the text as a target (the cast from text; errors as the type''s input)';
CREATE CAST (text AS @extschema@.target) WITH FUNCTION @extschema@.target(text);
COMMENT ON CAST (text AS @extschema@.target) IS
    'explicit, as the I/O cast it replaces: the text read as the type''s input reads it';
