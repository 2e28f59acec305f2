-- Phrase changes on a Citus cluster (issue 17, sql/62_zh_phrase_nodes.sql), without Citus:
-- its catalogs (pg_dist_local_group, pg_dist_node) and run_command_on_workers are faked in
-- pg_catalog, where Citus puts them; the fake records each worker's command.  In a
-- database whose extension schema needs quoting ("Mixed Case"), so the commands sent to
-- the workers are checked for it too.  Needs a superuser (it writes pg_catalog); the
-- non-superuser stage of scripts/test.sh skips it.
SELECT current_database() AS home \gset
CREATE DATABASE indicator_citus_fake;
\c indicator_citus_fake
SET client_min_messages = warning;
CREATE SCHEMA "Mixed Case";
CREATE EXTENSION indicator SCHEMA "Mixed Case";
SET search_path = public, "Mixed Case";
SET allow_system_table_mods = on;
CREATE TABLE pg_catalog.pg_dist_local_group (groupid integer);
INSERT INTO pg_catalog.pg_dist_local_group VALUES (0);
CREATE TABLE pg_catalog.pg_dist_node (nodeid integer, groupid integer, nodename text, nodeport integer);
INSERT INTO pg_catalog.pg_dist_node VALUES
    (1, 0, 'coordinator.example', 5432), (2, 1, 'worker-1.example', 5432), (3, 2, 'worker-2.example', 5432);
CREATE TABLE fake_worker (nodename text, nodeport integer, up boolean);
INSERT INTO fake_worker VALUES ('worker-1.example', 5432, true), ('worker-2.example', 5432, true);
CREATE TABLE fake_worker_log (n serial, nodename text, command text);
CREATE FUNCTION pg_catalog.run_command_on_workers(command text, parallel boolean DEFAULT true,
        OUT nodename text, OUT nodeport integer, OUT success boolean, OUT result text)
    RETURNS SETOF record LANGUAGE plpgsql AS $$
DECLARE
    w record;
BEGIN
    FOR w IN SELECT * FROM public.fake_worker ORDER BY 1 LOOP
        nodename := w.nodename;
        nodeport := w.nodeport;
        success := w.up;
        IF w.up THEN
            INSERT INTO public.fake_worker_log (nodename, command) VALUES (w.nodename, command);
            result := 'ok';
        ELSE
            result := format('failed to connect to %s:%s', w.nodename, w.nodeport);
        END IF;
        RETURN NEXT;
    END LOOP;
END
$$;
RESET allow_system_table_mods;
\set VERBOSITY default
\set SHOW_CONTEXT never

-- on the coordinator: here and on both workers, with the schema quoted in the command
SELECT zh_phrase_on_coordinator() AS coordinator;
SELECT zh_phrase_set('乐清', 'yue qing') AS nodes_changed;
SELECT nodename, command FROM fake_worker_log ORDER BY n;
-- the command is valid SQL for a node with this schema (run here again: no change)
DO $$ BEGIN EXECUTE (SELECT command FROM fake_worker_log ORDER BY n LIMIT 1); END $$;
SELECT phrase, pinyin FROM zh_phrase WHERE NOT builtin;

-- a worker that fails: a WARNING naming it, the change kept here (one truthful state), and
-- the HINT's zh_phrase_sync() writes it once the worker is back
TRUNCATE fake_worker_log;
UPDATE fake_worker SET up = false WHERE nodename = 'worker-2.example';
SELECT zh_phrase_set('单县', 'shan4 xian4') AS nodes_changed;
SELECT phrase, pinyin FROM zh_phrase WHERE NOT builtin ORDER BY phrase;
SELECT nodename FROM fake_worker_log ORDER BY n;
UPDATE fake_worker SET up = true;
TRUNCATE fake_worker_log;
SELECT zh_phrase_sync() AS workers_changed;
SELECT nodename, command FROM fake_worker_log ORDER BY n;
DO $$ BEGIN EXECUTE (SELECT command FROM fake_worker_log ORDER BY n LIMIT 1); END $$;
SELECT phrase, pinyin FROM zh_phrase WHERE NOT builtin ORDER BY phrase;

-- a node added later (citus_add_node): one zh_phrase_sync() on the coordinator gives it
-- every user phrase
INSERT INTO fake_worker VALUES ('worker-3.example', 5432, true);
TRUNCATE fake_worker_log;
SELECT zh_phrase_sync() AS workers_changed;
SELECT nodename, command LIKE '%乐清%单县%' AS has_both FROM fake_worker_log ORDER BY n;
TRUNCATE fake_worker_log;
SELECT zh_phrase_remove('乐清') AS nodes_changed;
SELECT nodename, command FROM fake_worker_log ORDER BY n;

-- on a worker: refused before anything changes, naming the coordinator
TRUNCATE fake_worker_log;
UPDATE pg_catalog.pg_dist_local_group SET groupid = 1;
SELECT zh_phrase_set('乐清', 'yue qing');
SELECT zh_phrase_remove('单县');
SELECT zh_phrase_sync();
SELECT zh_phrase_on_workers('SELECT 1');
SELECT phrase, pinyin FROM zh_phrase WHERE NOT builtin ORDER BY phrase;
SELECT count(*) AS commands_sent FROM fake_worker_log;
-- a worker that does not know the coordinator
DELETE FROM pg_catalog.pg_dist_node WHERE groupid = 0;
SELECT zh_phrase_set('乐清', 'yue qing');

\c :home
DROP DATABASE indicator_citus_fake;
