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
