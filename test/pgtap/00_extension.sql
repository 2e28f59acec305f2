-- pgTAP: the extension installs, is trusted, and its functions have the volatility and
-- parallel safety they declare.
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS indicator;
SELECT plan(7);

SELECT has_extension('indicator');
SELECT ok((SELECT trusted FROM pg_available_extension_versions
           WHERE name = 'indicator' AND version = indicator_version()),
          'the extension is trusted');
SELECT is(indicator_version(),
          (SELECT extversion FROM pg_extension WHERE extname = 'indicator'),
          'library version matches the installed script');
SELECT matches(indicator_icu_version(), '^[0-9]+\.[0-9]+', 'ICU version is reported');
SELECT is_empty($$
    SELECT p.proname FROM pg_proc p
    JOIN pg_depend d ON d.objid = p.oid AND d.classid = 'pg_proc'::regclass
    WHERE d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'indicator')
      AND p.proparallel <> 's' AND p.prokind = 'f'
      AND p.prorettype <> 'trigger'::regtype
      AND p.proname NOT IN ('zh_phrase_set', 'zh_phrase_remove', 'zh_phrase_sync', 'zh_phrase_on_workers',
                            'indicator_bi_view', 'indicator_bi_keep', 'indicator_bi_drop',
                            'indicator_bi_restore')   -- they write zh_phrase, or make views
$$, 'every function but a trigger function, the zh_phrase writers and indicator_bi_view is PARALLEL SAFE');
SELECT is_empty($$
    SELECT p.proname FROM pg_proc p
    JOIN pg_depend d ON d.objid = p.oid AND d.classid = 'pg_proc'::regclass
    WHERE d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'indicator')
      AND p.provolatile = 'v' AND p.prorettype <> 'trigger'::regtype
      AND p.proname NOT IN ('zh_phrase_set', 'zh_phrase_remove', 'zh_phrase_sync', 'zh_phrase_on_workers',
                            'indicator_bi_view', 'indicator_bi_keep', 'indicator_bi_drop',
                            'indicator_bi_restore')
$$, 'no function but a trigger function, the zh_phrase writers and indicator_bi_view is VOLATILE');
SELECT is((SELECT string_agg(p.proname || ':' || p.provolatile::text || p.proparallel::text, ' ' ORDER BY p.proname)
           FROM pg_proc p WHERE p.proname IN ('zh_phrase_set', 'zh_phrase_remove', 'zh_phrase_sync', 'zh_phrase_on_workers')),
          'zh_phrase_on_workers:vu zh_phrase_remove:vu zh_phrase_set:vu zh_phrase_sync:vu',
          'the zh_phrase writers (they write zh_phrase here and on Citus workers) are VOLATILE, PARALLEL UNSAFE');

SELECT * FROM finish();
ROLLBACK;
