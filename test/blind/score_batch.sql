-- score_batch.sql: score one blind batch (run by score.sh).
-- Variables: name, doc (NAME.txt), gold (NAME.tsv), traps (NAME.traps.tsv), detail (on/off).
\set ON_ERROR_STOP 1
CREATE TEMP TABLE gold AS
SELECT split_part(l, E'\t', 1)::int AS ord, split_part(l, E'\t', 2)::int AS start,
       split_part(l, E'\t', 3)::int AS stop, split_part(l, E'\t', 4) AS txt,
       split_part(l, E'\t', 5)::numeric AS value, split_part(l, E'\t', 6) AS unit,
       split_part(l, E'\t', 7) AS qual, split_part(l, E'\t', 8) AS kind,
       split_part(l, E'\t', 9) = 't' AS is_target, split_part(l, E'\t', 10) = 't' AS in_list
FROM regexp_split_to_table(:'gold', E'\n') WITH ORDINALITY AS t(l, n)
WHERE n > 1 AND l <> '';
CREATE TEMP TABLE traps AS
SELECT split_part(l, E'\t', 1)::int AS start, split_part(l, E'\t', 2)::int AS stop,
       split_part(l, E'\t', 3) AS txt, split_part(l, E'\t', 4) AS class
FROM regexp_split_to_table(:'traps', E'\n') WITH ORDINALITY AS t(l, n)
WHERE n > 1 AND l <> '';

-- the type: each labelled span alone (list members take their meaning from the list: skipped)
CREATE TEMP TABLE typed AS
SELECT g.*, r.x, r.err,
       r.x IS NOT NULL AND blind_value_ok(r.x, g.value, g.unit)
         AND qualifier_class(r.x) = g.qual AND is_change(r.x) = (g.kind = 'change') AS read_right,
       r.x IS NOT NULL AND NOT blind_value_ok(r.x, g.value, g.unit) AS wrong_value
FROM gold g, LATERAL blind_read(g.txt) r
WHERE NOT g.in_list;

-- the extractor on the whole text, or (starts: the texts' offsets, BLIND_PER_TEXT) on each
-- text of the batch alone, as a user reads one report at a time
CREATE TEMP TABLE found AS
WITH texts AS (
    SELECT s, lead(s, 1, length(:'doc')) OVER (ORDER BY s) AS e
    FROM unnest(string_to_array(:'starts', ',')::int[]) s)
SELECT (row_number() OVER (ORDER BY t.s, f.ord))::int AS ord, f.start + t.s AS start,
       f.stop + t.s AS stop, f.text, f.subject, f.figure, f.target, f.period, f.kind,
       coalesce(f.figure, target_value(f.target)) AS y
FROM texts t, LATERAL indicator_extract(substr(:'doc', t.s + 1, t.e - t.s)) f;
-- a target's stretch (增长25%，力争30%: one row) is judged against a figure labelled on its
-- own after the row's start (力争30%)
CREATE TEMP TABLE pairs AS
SELECT DISTINCT ON (g.ord) g.*, f.ord AS found_ord, f.text AS found_text, f.kind AS found_kind, s.y,
       blind_value_ok(s.y, g.value, g.unit) AS value_right,
       blind_value_ok(s.y, g.value, g.unit) AND qualifier_class(s.y) = g.qual
         AND is_change(s.y) = (g.kind = 'change') AND (f.kind = 'target') = g.is_target AS full_right
FROM gold g JOIN found f ON f.start < g.stop AND g.start < f.stop,
     LATERAL (SELECT CASE WHEN f.kind = 'target' AND g.start > f.start
                           AND stretch(f.target) IS NOT NULL
                      THEN stretch(f.target) ELSE f.y END AS y) s
ORDER BY g.ord, least(f.stop, g.stop) - greatest(f.start, g.start) DESC, f.start;
CREATE TEMP TABLE rows_found AS
SELECT f.ord, f.start, f.text,
       CASE WHEN EXISTS (SELECT 1 FROM gold g WHERE f.start < g.stop AND g.start < f.stop) THEN 'figure'
            WHEN EXISTS (SELECT 1 FROM traps t WHERE t.class <> 'neutral' AND f.start < t.stop AND t.start < f.stop) THEN 'trap'
            WHEN EXISTS (SELECT 1 FROM traps t WHERE t.class = 'neutral' AND f.start < t.stop AND t.start < f.stop) THEN 'neutral'
            ELSE 'unlabelled' END AS class
FROM found f;

INSERT INTO blind_scores
SELECT :'name',
       (SELECT count(*) FROM gold),
       (SELECT count(*) FROM typed),
       (SELECT count(*) FROM typed WHERE read_right),
       (SELECT count(*) FROM typed WHERE x IS NOT NULL AND NOT read_right),
       (SELECT count(*) FROM typed WHERE wrong_value),
       (SELECT count(*) FROM typed WHERE x IS NULL),
       (SELECT count(*) FROM pairs),
       (SELECT count(*) FROM pairs WHERE value_right),
       (SELECT count(*) FROM pairs WHERE full_right),
       (SELECT count(*) FROM pairs WHERE blind_number_wrong(y, value, unit)),
       (SELECT count(*) FROM rows_found WHERE class <> 'neutral'),
       (SELECT count(*) FROM rows_found WHERE class = 'figure'),
       (SELECT count(*) FROM rows_found WHERE class = 'trap'),
       (SELECT count(*) FROM rows_found WHERE class = 'unlabelled'),
       (SELECT count(*) FROM gold WHERE is_target),
       (SELECT count(*) FROM pairs WHERE is_target AND found_kind = 'target'),
       (SELECT count(*) FROM traps WHERE class <> 'neutral');

\if :detail
\echo == :name: the type (span alone): read wrong or rejected
SELECT txt AS span, coalesce(x::text, '(rejected) ' || err) AS read_as,
       value || ' ' || unit || ' ' || qual || ' ' || kind AS labelled
FROM typed WHERE NOT read_right ORDER BY start;
\echo == :name: the extractor: labelled figures not found
SELECT txt AS span, value || ' ' || unit || ' ' || qual || ' ' || kind || CASE WHEN is_target THEN ' target' ELSE '' END AS labelled
FROM gold WHERE ord NOT IN (SELECT ord FROM pairs) ORDER BY start;
\echo == :name: the extractor: found, not fully right (wrong: the number itself is wrong)
SELECT txt AS span, CASE WHEN blind_number_wrong(y, value, unit) THEN 'wrong' ELSE '' END AS n, found_text, coalesce(y::text, '') || ' ' || found_kind AS found_as,
       value || ' ' || unit || ' ' || qual || ' ' || kind || CASE WHEN is_target THEN ' target' ELSE '' END AS labelled
FROM pairs WHERE NOT full_right ORDER BY start;
\echo == :name: the extractor: rows that are not labelled figures
SELECT r.text, r.class, (SELECT string_agg(t.class, ',') FROM traps t WHERE r.start < t.stop AND t.start < r.start + length(r.text)) AS trap
FROM rows_found r WHERE class <> 'figure' ORDER BY r.start;
\endif
