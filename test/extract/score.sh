#!/usr/bin/env bash
# score.sh: score indicator_extract on the labelled texts of test/extract/ (run by
# scripts/test.sh in its throwaway cluster; PGHOST/PGPORT/PGUSER point at it).
#
# Each NAME.txt has labels NAME.tsv (ord, start, stop, text, subject, value, period,
# kind; offsets in characters from 0, stop exclusive) and NAME.traps.tsv (numerals that
# are not statistics).  Per text and in total: recall and precision >= 0.95, values
# right >= 0.90, no trap reported, labels consistent with their text.  Subjects and
# periods are reported, not judged.  Last line: "extract: N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")"
db=indicator_extract_score
dropdb --if-exists "$db" >/dev/null 2>&1
createdb "$db" || { echo "extract: 0 passed, 1 failed"; exit 1; }
trap 'dropdb --if-exists "$db" >/dev/null 2>&1' EXIT
export PGCLIENTENCODING=UTF8
psql -X -q -v ON_ERROR_STOP=1 -d "$db" <<'SQL' || { echo "extract: 0 passed, 1 failed"; exit 1; }
CREATE EXTENSION indicator;
CREATE TABLE extract_scores (name text, labels int, found int, labels_found int,
    found_labelled int, values_right int, subjects_right int, periods_right int,
    traps_hit int, traps int, label_errors int);
SQL
for txt in *.txt; do
    name=${txt%.txt}
    psql -X -q -P pager=off -v ON_ERROR_STOP=1 -d "$db" -v name="$name" -v doc="$(cat "$txt")" \
        -v gold="$(cat "$name.tsv")" -v traps="$(cat "$name.traps.tsv")" -f score_one.sql \
        || { echo "extract: scoring $name failed"; echo "extract: 0 passed, 1 failed"; exit 1; }
done
psql -X -q -P pager=off -v ON_ERROR_STOP=1 -d "$db" <<'SQL'
CREATE TEMP VIEW scores AS
SELECT name, labels, found,
       round(labels_found::numeric / nullif(labels, 0), 3) AS recall,
       round(found_labelled::numeric / nullif(found, 0), 3) AS precision,
       round(values_right::numeric / nullif(labels_found, 0), 3) AS values_right,
       round(subjects_right::numeric / nullif(labels_found, 0), 3) AS subjects_right,
       round(periods_right::numeric / nullif(labels_found, 0), 3) AS periods_right,
       traps_hit || ' of ' || traps AS traps_reported, traps_hit, label_errors
FROM (SELECT * FROM extract_scores
      UNION ALL
      SELECT 'all', sum(labels), sum(found), sum(labels_found), sum(found_labelled),
             sum(values_right), sum(subjects_right), sum(periods_right), sum(traps_hit),
             sum(traps), sum(label_errors)
      FROM extract_scores) s;
\echo == scores
SELECT name, labels, found, recall, precision, values_right, subjects_right, periods_right,
       traps_reported, label_errors FROM scores ORDER BY name = 'all', name;
-- five checks per text and in total
SELECT count(*) FILTER (WHERE ok) AS passed, count(*) FILTER (WHERE NOT ok) AS failed
FROM scores,
     LATERAL (VALUES (recall >= 0.95), (precision >= 0.95), (values_right >= 0.90),
                     (traps_hit = 0), (label_errors = 0)) AS c(ok) \gset
\echo extract: :passed passed, :failed failed
SQL
