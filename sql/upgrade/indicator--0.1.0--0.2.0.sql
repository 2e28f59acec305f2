-- indicator--0.1.0--0.2.0.sql: ALTER EXTENSION indicator UPDATE from 0.1.0 to 0.2.0.
-- Every object added or changed in sql/NN_*.sql since 0.1.0 appears here too, in the
-- same words; test/upgrade/run.sh compares an updated database with a fresh install
-- (pg_dump --binary-upgrade lists every member object) and fails on any omission.

\echo Use "ALTER EXTENSION indicator UPDATE TO '0.2.0'" to load this file. \quit

-- ---- 50_aggregates.sql: SSPACE is sizeof(PairState), 248 bytes (issue 9) ----------------
CREATE OR REPLACE AGGREGATE @extschema@.group_growth(@extschema@.indicator, @extschema@.indicator) (
    SFUNC = @extschema@.indicator_pair_trans, STYPE = internal, SSPACE = 248,
    COMBINEFUNC = @extschema@.indicator_pair_combine,
    SERIALFUNC = @extschema@.indicator_pair_serialize,
    DESERIALFUNC = @extschema@.indicator_pair_deserialize,
    FINALFUNC = @extschema@.indicator_group_growth_final, PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.contribution(@extschema@.indicator, @extschema@.indicator) (
    SFUNC = @extschema@.indicator_share_trans, STYPE = internal, SSPACE = 248,
    COMBINEFUNC = @extschema@.indicator_pair_combine,
    SERIALFUNC = @extschema@.indicator_pair_serialize,
    DESERIALFUNC = @extschema@.indicator_pair_deserialize,
    FINALFUNC = @extschema@.indicator_contribution_final, PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.pull(@extschema@.indicator, @extschema@.indicator) (
    SFUNC = @extschema@.indicator_share_trans, STYPE = internal, SSPACE = 248,
    COMBINEFUNC = @extschema@.indicator_pair_combine,
    SERIALFUNC = @extschema@.indicator_pair_serialize,
    DESERIALFUNC = @extschema@.indicator_pair_deserialize,
    FINALFUNC = @extschema@.indicator_pull_final, PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.completion_agg(@extschema@.indicator, @extschema@.target) (
    SFUNC = @extschema@.target_completion_trans, STYPE = internal, SSPACE = 248,
    COMBINEFUNC = @extschema@.indicator_pair_combine,
    SERIALFUNC = @extschema@.indicator_pair_serialize,
    DESERIALFUNC = @extschema@.indicator_pair_deserialize,
    FINALFUNC = @extschema@.target_completion_final, PARALLEL = SAFE);

-- ---- 61_zh_phrases.sql: the built-in readings as compiled into this library ---------------
DELETE FROM @extschema@.zh_phrase WHERE builtin;
INSERT INTO @extschema@.zh_phrase (phrase, pinyin, builtin)
    SELECT phrase, pinyin, true FROM @extschema@.zh_builtin_phrases();
