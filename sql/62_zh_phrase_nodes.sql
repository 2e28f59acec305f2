-- 62_zh_phrase_nodes.sql: keep the user rows of zh_phrase the same on every node of a
-- Citus cluster (doc/scale-out.md).  zh_phrase is a local table on each node, and a
-- function pushed down to a worker reads the worker's rows; these functions write the
-- coordinator's rows to every worker with run_command_on_workers when Citus is there
-- (its functions and catalogs in pg_catalog), and act locally otherwise.  The coordinator
-- holds the truth: the functions refuse to run on a worker, and a worker that fails is a
-- WARNING naming it while the change stays here; zh_phrase_sync() then writes it to every
-- worker (also to a node added later).  Each worker applies one statement, so it sees the
-- whole change or none of it.  The commands name the table as @extschema@.zh_phrase:
-- @extschema@ is already a quoted identifier.

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
CREATE FUNCTION @extschema@.zh_phrase_set(phrase text, pinyin text) RETURNS integer
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
CREATE FUNCTION @extschema@.zh_phrase_remove(phrase text) RETURNS integer
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
CREATE FUNCTION @extschema@.zh_phrase_sync() RETURNS integer
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
CREATE FUNCTION @extschema@.zh_phrase_on_workers(cmd text) RETURNS integer
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
