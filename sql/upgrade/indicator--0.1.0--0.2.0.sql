-- indicator--0.1.0--0.2.0.sql: upgrade from 0.1.0.  Sections by issue; each section
-- brings the objects it names to what the install parts (sql/NN_*.sql) create.
\echo Use "ALTER EXTENSION indicator UPDATE TO '0.2.0'" to load this file. \quit

-- ---- issue 13: every aggregate's state is a real type (sql/50_aggregates.sql) ----
-- The aggregates with STYPE internal are dropped and created again with the state types
-- indicator_sum_state and indicator_pair_state; views using them must be dropped first
-- (DROP AGGREGATE fails naming them).  min and max are unchanged.  The library keeps the
-- 0.1.0 C functions (the serialize/deserialize pair included), so a 0.1.0 install keeps
-- working with the new library until it is updated.
DROP AGGREGATE @extschema@.sum(@extschema@.indicator);
DROP AGGREGATE @extschema@.avg(@extschema@.indicator);
DROP AGGREGATE @extschema@.group_growth(@extschema@.indicator, @extschema@.indicator);
DROP AGGREGATE @extschema@.contribution(@extschema@.indicator, @extschema@.indicator);
DROP AGGREGATE @extschema@.pull(@extschema@.indicator, @extschema@.indicator);
DROP AGGREGATE @extschema@.completion_agg(@extschema@.indicator, @extschema@.target);
DROP FUNCTION @extschema@.indicator_sum_trans(internal, @extschema@.indicator);
DROP FUNCTION @extschema@.indicator_sum_combine(internal, internal);
DROP FUNCTION @extschema@.indicator_sum_serialize(internal);
DROP FUNCTION @extschema@.indicator_sum_deserialize(bytea, internal);
DROP FUNCTION @extschema@.indicator_sum_final(internal);
DROP FUNCTION @extschema@.indicator_avg_final(internal);
DROP FUNCTION @extschema@.indicator_pair_trans(internal, @extschema@.indicator, @extschema@.indicator);
DROP FUNCTION @extschema@.indicator_share_trans(internal, @extschema@.indicator, @extschema@.indicator);
DROP FUNCTION @extschema@.indicator_pair_combine(internal, internal);
DROP FUNCTION @extschema@.indicator_pair_serialize(internal);
DROP FUNCTION @extschema@.indicator_pair_deserialize(bytea, internal);
DROP FUNCTION @extschema@.indicator_group_growth_final(internal);
DROP FUNCTION @extschema@.indicator_contribution_final(internal);
DROP FUNCTION @extschema@.indicator_pull_final(internal);
DROP FUNCTION @extschema@.target_completion_trans(internal, @extschema@.indicator, @extschema@.target);
DROP FUNCTION @extschema@.target_completion_final(internal);

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
    'final function of group_growth: Σcurrent / Σprevious − 1';
COMMENT ON FUNCTION @extschema@.indicator_contribution_final(@extschema@.indicator_pair_state) IS
    'final function of contribution: Σpart / total in %';
COMMENT ON FUNCTION @extschema@.indicator_pull_final(@extschema@.indicator_pair_state) IS
    'final function of pull: Σpart / total base in 个百分点';

-- group_growth(current, previous) = Σcurrent / Σprevious − 1
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
    'Σcurrent / Σprevious − 1 as 增长x% (one decimal)';
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

-- ---- issue 13: zh_phrase on every node of a Citus cluster (sql/62_zh_phrase_nodes.sql) ----
-- 62_zh_phrase_nodes.sql: keep the user rows of zh_phrase the same on every node of a
-- Citus cluster (doc/scale-out.md).  zh_phrase is a local table on each node, and a
-- function pushed down to a worker reads the worker's rows; these functions write the
-- coordinator's rows to every worker with run_command_on_workers when the citus
-- extension is installed, and act locally otherwise.  Each worker applies one
-- statement, so it sees the whole change or none of it; a worker that fails is an
-- error naming it (the others keep the change: run zh_phrase_sync() again).

-- a phrase's user reading, here and on every worker
CREATE FUNCTION @extschema@.zh_phrase_set(phrase text, pinyin text) RETURNS integer
    LANGUAGE plpgsql STRICT VOLATILE PARALLEL UNSAFE
    SET search_path = pg_catalog, pg_temp
    AS $fn$
DECLARE
    cmd text := format('INSERT INTO %I.zh_phrase (phrase, pinyin) VALUES (%L, %L) '
                       'ON CONFLICT (phrase, builtin) DO UPDATE SET pinyin = excluded.pinyin',
                       '@extschema@', phrase, pinyin);
BEGIN
    EXECUTE cmd;				-- here first: the reading is checked before any worker sees it
    RETURN 1 + @extschema@.zh_phrase_on_workers(cmd);
END
$fn$;
COMMENT ON FUNCTION @extschema@.zh_phrase_set(text, text) IS
    'set a user phrase reading here and, under Citus, on every worker; returns the nodes changed';

-- a phrase's user reading removed, here and on every worker (the built-in one applies again)
CREATE FUNCTION @extschema@.zh_phrase_remove(phrase text) RETURNS integer
    LANGUAGE plpgsql STRICT VOLATILE PARALLEL UNSAFE
    SET search_path = pg_catalog, pg_temp
    AS $fn$
DECLARE
    cmd text := format('DELETE FROM %I.zh_phrase WHERE phrase = %L AND NOT builtin',
                       '@extschema@', phrase);
BEGIN
    EXECUTE cmd;
    RETURN 1 + @extschema@.zh_phrase_on_workers(cmd);
END
$fn$;
COMMENT ON FUNCTION @extschema@.zh_phrase_remove(text) IS
    'remove a user phrase reading here and, under Citus, on every worker; returns the nodes changed';

-- the coordinator's user rows, written over every worker's user rows
CREATE FUNCTION @extschema@.zh_phrase_sync() RETURNS integer
    LANGUAGE plpgsql STRICT VOLATILE PARALLEL UNSAFE
    SET search_path = pg_catalog, pg_temp
    AS $fn$
DECLARE
    phrases text[];
    readings text[];
BEGIN
    SELECT coalesce(array_agg(z.phrase ORDER BY z.phrase), '{}'),
           coalesce(array_agg(z.pinyin ORDER BY z.phrase), '{}')
      INTO phrases, readings
      FROM @extschema@.zh_phrase z WHERE NOT z.builtin;
    -- one statement: drop the rows the coordinator does not have, upsert the others
    RETURN @extschema@.zh_phrase_on_workers(format(
        'WITH gone AS (DELETE FROM %1$I.zh_phrase WHERE NOT builtin AND phrase <> ALL (%2$L::text[])) '
        'INSERT INTO %1$I.zh_phrase (phrase, pinyin) SELECT * FROM unnest(%2$L::text[], %3$L::text[]) '
        'ON CONFLICT (phrase, builtin) DO UPDATE SET pinyin = excluded.pinyin',
        '@extschema@', phrases, readings));
END
$fn$;
COMMENT ON FUNCTION @extschema@.zh_phrase_sync() IS
    'under Citus, make every worker''s user phrase readings those of this node; returns the workers changed (0 without Citus)';

-- run one statement on every Citus worker; 0 when citus is not installed
CREATE FUNCTION @extschema@.zh_phrase_on_workers(cmd text) RETURNS integer
    LANGUAGE plpgsql STRICT VOLATILE PARALLEL UNSAFE
    SET search_path = pg_catalog, pg_temp
    AS $fn$
DECLARE
    n integer := 0;
    r record;
BEGIN
    IF NOT EXISTS (SELECT FROM pg_extension WHERE extname = 'citus') THEN
        RETURN 0;
    END IF;
    FOR r IN EXECUTE 'SELECT nodename, nodeport, success, result FROM run_command_on_workers($1)' USING cmd
    LOOP
        IF NOT r.success THEN
            RAISE EXCEPTION 'zh_phrase could not be changed on worker %:%', r.nodename, r.nodeport
                USING ERRCODE = '58000', DETAIL = r.result,
                      HINT = 'Fix the worker, then run zh_phrase_sync() on the coordinator.';
        END IF;
        n := n + 1;
    END LOOP;
    RETURN n;
END
$fn$;
COMMENT ON FUNCTION @extschema@.zh_phrase_on_workers(text) IS
    'internal: run one statement on every Citus worker (run_command_on_workers); 0 without Citus';
REVOKE ALL ON FUNCTION @extschema@.zh_phrase_on_workers(text) FROM PUBLIC;

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
