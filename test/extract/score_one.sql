-- score_one.sql: score indicator_extract on one labelled text (run by score.sh).
-- Variables: name, doc (the text), gold (NAME.tsv), traps (NAME.traps.tsv).
-- A row found matches a label when their spans overlap.  A value is right when the kind
-- is right and the figure has the labelled value, unit, qualifier class and change-ness
-- (the basis is not compared: 比上年末 is a label's business) or the target is equal.
\set ON_ERROR_STOP 1
CREATE TEMP TABLE gold AS
SELECT split_part(l, E'\t', 1)::int AS ord, split_part(l, E'\t', 2)::int AS start,
       split_part(l, E'\t', 3)::int AS stop, split_part(l, E'\t', 4) AS txt,
       split_part(l, E'\t', 5) AS subject, split_part(l, E'\t', 6) AS value,
       nullif(split_part(l, E'\t', 7), '')::daterange AS period, split_part(l, E'\t', 8) AS kind
FROM regexp_split_to_table(:'gold', E'\n') WITH ORDINALITY AS t(l, n)
WHERE n > 1 AND l <> '';
CREATE TEMP TABLE traps AS
SELECT split_part(l, E'\t', 1)::int AS start, split_part(l, E'\t', 2)::int AS stop,
       split_part(l, E'\t', 3) AS txt, split_part(l, E'\t', 4) AS class
FROM regexp_split_to_table(:'traps', E'\n') WITH ORDINALITY AS t(l, n)
WHERE n > 1 AND l <> '';
CREATE TEMP TABLE found AS SELECT * FROM indicator_extract(:'doc');

CREATE TEMP TABLE pairs AS
SELECT DISTINCT ON (g.ord) g.ord AS gold_ord, f.ord AS found_ord,
       f.kind = g.kind AND CASE WHEN g.kind = 'target'
           THEN f.target = g.value::target
           ELSE f.figure::numeric = g.value::indicator::numeric
                AND unit(f.figure) IS NOT DISTINCT FROM unit(g.value::indicator)
                AND qualifier_class(f.figure) = qualifier_class(g.value::indicator)
                AND is_change(f.figure) = is_change(g.value::indicator) END AS value_right,
       coalesce(strpos(f.subject, g.subject) > 0 OR strpos(g.subject, f.subject) > 0, false) AS subject_right,
       f.period IS NOT DISTINCT FROM g.period AS period_right,
       f.text AS found_text, g.txt AS gold_text, f.subject AS found_subject, g.subject AS gold_subject,
       f.period AS found_period, g.period AS gold_period, f.kind AS found_kind, g.kind AS gold_kind,
       coalesce(f.figure::text, f.target::text) AS found_value, g.value AS gold_value
FROM gold g JOIN found f ON f.start < g.stop AND g.start < f.stop
ORDER BY g.ord, f.start;

-- what went wrong, if anything, in one table (subjects and periods are for information)
\echo -- :name: where indicator_extract differs from the labels. Information, not failures:
\echo -- the checks are the scores at the end (subjects and periods are never judged).
SELECT problem, written, found, labelled FROM (
    SELECT 0 AS k, g.start, 'label off its text' AS problem, g.txt AS written,
           substr(:'doc', g.start + 1, g.stop - g.start) AS found, NULL AS labelled
    FROM gold g WHERE substr(:'doc', g.start + 1, g.stop - g.start) <> g.txt
    UNION ALL
    SELECT 0, g.start, 'label on a trap', g.txt, t.txt, t.class
    FROM traps t JOIN gold g ON g.start < t.stop AND t.start < g.stop
    UNION ALL
    SELECT 1 AS k, g.start, 'label not found' AS problem, g.txt AS written, NULL AS found, g.subject AS labelled
    FROM gold g WHERE g.ord NOT IN (SELECT gold_ord FROM pairs)
    UNION ALL
    SELECT 2, f.start, 'found, not labelled', f.text, f.subject, NULL FROM found f
    WHERE NOT EXISTS (SELECT 1 FROM gold g WHERE f.start < g.stop AND g.start < f.stop)
    UNION ALL
    SELECT 3, t.start, 'trap reported (' || t.class || ')', t.txt, f.text, NULL
    FROM traps t JOIN found f ON f.start < t.stop AND t.start < f.stop
    UNION ALL
    SELECT 4, 0, 'wrong value', gold_text, found_value || ' ' || found_kind, gold_value || ' ' || gold_kind
    FROM pairs WHERE NOT value_right
    UNION ALL
    SELECT 5, 0, 'subject (information)', gold_text, found_subject, gold_subject FROM pairs WHERE NOT subject_right
    UNION ALL
    SELECT 6, 0, 'period (information)', gold_text, found_period::text, gold_period::text FROM pairs WHERE NOT period_right
) p ORDER BY k, start;

INSERT INTO extract_scores
SELECT :'name',
       (SELECT count(*) FROM gold),
       (SELECT count(*) FROM found),
       (SELECT count(*) FROM pairs),
       (SELECT count(*) FROM found f WHERE EXISTS (SELECT 1 FROM gold g WHERE f.start < g.stop AND g.start < f.stop)),
       (SELECT count(*) FROM pairs WHERE value_right),
       (SELECT count(*) FROM pairs WHERE subject_right),
       (SELECT count(*) FROM pairs WHERE period_right),
       (SELECT count(*) FROM traps t JOIN found f ON f.start < t.stop AND t.start < f.stop),
       (SELECT count(*) FROM traps),
       (SELECT count(*) FROM gold g WHERE substr(:'doc', g.start + 1, g.stop - g.start) <> g.txt)
     + (SELECT count(*) FROM traps t JOIN gold g ON g.start < t.stop AND t.start < g.stop);
