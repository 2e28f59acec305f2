#!/usr/bin/env bash
# score.sh: the blind measurement of issue 16 (a report, not a test stage).
#
#   PG_PRIVATE=/var/tmp/indicator-pg-NAME bash test/blind/score.sh          # the scores
#   BLIND_DETAIL=1 PG_PRIVATE=... bash test/blind/score.sh                 # and every miss
#   PG_PRIVATE=... bash test/blind/score.sh test/extract/read16            # another folder
#
# Builds and installs the extension (scripts/build.sh), starts a throwaway cluster
# (scripts/cluster.sh) and scores every batch NAME.txt of test/blind/ (or of the folder given,
# relative to the top of the checkout) against its hand
# labels NAME.tsv and NAME.traps.tsv (made by labels/mklabels.py; see README.md):
#   type     each labelled span cast alone to indicator (list members skipped): read right
#            (value in the labelled unit, qualifier class, change or level), misread (read,
#            but not right; "wrong value" counts those whose number or unit is wrong), rejected
#   extract  indicator_extract on the whole text: labelled figures found (a row overlaps),
#            found with the right value (number and unit), fully right (also qualifier class,
#            change or level, and kind target exactly for labelled plan targets); precision
#            (rows on labelled figures / rows, rows on "neutral" marks left out), rows on traps
#            and rows on nothing labelled; plan targets returned as kind target.
# Exits non-zero only when it cannot run.
set -euo pipefail
cd "$(dirname "$0")/../.."
dir=${1:-test/blind}
[ -d "$dir" ] || { echo "blind: no folder $dir" >&2; exit 2; }
. scripts/cluster.sh
. scripts/build.sh
build_install || { echo "blind: build failed" >&2; exit 1; }
cluster_start || { echo "blind: no cluster" >&2; exit 1; }
top=$PWD
cd "$dir"
detail=off
[ -n "${BLIND_DETAIL:-}" ] && detail=on
psql -X -q -v ON_ERROR_STOP=1 -d postgres <<'SQL'
CREATE EXTENSION indicator;
CREATE TABLE blind_scores (batch text, figures int, typed int, type_right int, type_misread int,
    type_wrong_value int, type_rejected int, found int, value_right int, full_right int,
    wrong_number int, rows int, rows_on_figures int, rows_on_traps int, rows_unlabelled int,
    targets int, targets_as_target int, traps int);
CREATE FUNCTION blind_read(s text, OUT x indicator, OUT err text) LANGUAGE plpgsql AS $$
BEGIN
    x := s::indicator;
EXCEPTION WHEN OTHERS THEN
    err := SQLERRM;
END $$;
-- the number in the labelled unit ('' for none), converting where the type can
CREATE FUNCTION blind_value_ok(x indicator, v numeric, u text) RETURNS boolean LANGUAGE plpgsql AS $$
BEGIN
    IF x IS NULL THEN
        RETURN false;
    ELSIF u = '' THEN
        RETURN coalesce(unit(x), '') = '' AND x::numeric = v;
    ELSIF unit(x) = u THEN
        RETURN x::numeric = v;
    END IF;
    RETURN indicator_value(x, u) = v;
EXCEPTION WHEN OTHERS THEN
    RETURN false;
END $$;
-- the number itself is wrong, whatever its sign and unit (a silent misreading: 1·8% as 8%)
CREATE FUNCTION blind_number_wrong(x indicator, v numeric, u text) RETURNS boolean LANGUAGE plpgsql AS $$
BEGIN
    IF x IS NULL THEN
        RETURN false;
    END IF;
    BEGIN
        IF u <> '' AND abs(indicator_value(x, u)) = abs(v) THEN
            RETURN false;
        END IF;
    EXCEPTION WHEN OTHERS THEN
        NULL;
    END;
    RETURN abs(x::numeric) <> abs(v);
END $$;
SQL
n=0
for txt in *.txt; do
    name=${txt%.txt}
    [ "$name" = SOURCES ] && continue
    [ -s "$name.tsv" ] && [ -f "$name.traps.tsv" ] || { echo "blind: $name has no labels" >&2; exit 1; }
    starts=0
    [ -n "${BLIND_PER_TEXT:-}" ] && starts=$(python3 "$top/test/blind/labels/textstarts.py" "labels/$name.src")
    psql -X -q -P pager=off -v ON_ERROR_STOP=1 -d postgres -v name="$name" -v doc="$(cat "$txt")" \
        -v starts="$starts" \
        -v gold="$(cat "$name.tsv")" -v traps="$(cat "$name.traps.tsv")" -v detail="$detail" \
        -f "$top/test/blind/score_batch.sql" || { echo "blind: scoring $name failed" >&2; exit 1; }
    n=$((n + 1))
done
[ "$n" -gt 0 ] || { echo "blind: no batch" >&2; exit 1; }
code=$(git log -1 --format=%h -- ':(top)' ':(top,exclude)'"$dir")
echo "== blind scores: code at $code (last commit outside $dir), checkout $(git rev-parse --short HEAD), $(date -u '+%Y-%m-%d %H:%M') UTC"
psql -X -q -P pager=off -v ON_ERROR_STOP=1 -d postgres <<'SQL'
SELECT batch, figures,
       type_right || '/' || typed || ' ' || round(100.0 * type_right / nullif(typed, 0), 1) || '%' AS type_right,
       type_misread AS misread, type_wrong_value AS wrong_value, type_rejected AS rejected,
       found || ' ' || round(100.0 * found / figures, 1) || '%' AS found,
       value_right || ' ' || round(100.0 * value_right / figures, 1) || '%' AS right_value,
       full_right || ' ' || round(100.0 * full_right / figures, 1) || '%' AS fully_right,
       wrong_number,
       rows_on_figures || '/' || rows || ' ' || round(100.0 * rows_on_figures / nullif(rows, 0), 1) || '%' AS precision,
       rows_on_traps || ' of ' || traps AS traps_hit, rows_unlabelled AS unlabelled,
       targets_as_target || ' of ' || targets AS targets
FROM (SELECT * FROM blind_scores
      UNION ALL
      SELECT 'all', sum(figures), sum(typed), sum(type_right), sum(type_misread),
             sum(type_wrong_value), sum(type_rejected), sum(found), sum(value_right),
             sum(full_right), sum(wrong_number), sum(rows), sum(rows_on_figures), sum(rows_on_traps),
             sum(rows_unlabelled), sum(targets), sum(targets_as_target), sum(traps)
      FROM blind_scores) s
ORDER BY batch = 'all', batch;
SQL
