#!/usr/bin/env bash
# check.sh: the examples of README.md's "What it looks like" run as printed (a stage of
# scripts/test.sh, in its throwaway cluster).
#
# The first ```sql block after that heading is split into statements (a statement ends at
# the line holding its ";").  What follows "--" on that line, and each following line that
# starts with "-- " before the next statement, is the expected output, one line per row,
# columns separated by " | ".  A statement with no comment must just succeed.  The
# statements run in order in one new database (CREATE EXTENSION is the block's first
# line).  Last line: "readme: N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/../.."
db=indicator_readme
export PGCLIENTENCODING=UTF8
dropdb --if-exists "$db" >/dev/null 2>&1
createdb "$db" || { echo "readme: 0 passed, 1 failed"; exit 1; }
trap 'dropdb --if-exists "$db" >/dev/null 2>&1' EXIT
passed=0; failed=0
# statement and expected lines, separated by a NUL between pairs (perl does the parsing)
while IFS= read -r -d '' stmt && IFS= read -r -d '' want; do
    got=$(psql -X -q -At -F ' | ' -v ON_ERROR_STOP=1 -d "$db" -c "$stmt" 2>&1)
    rc=$?
    if [ $rc -eq 0 ] && { [ -z "$want" ] || [ "$got" = "$want" ]; }; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
        printf 'not ok - %s\n  want: %s\n  got:  %s\n' "$stmt" "${want//$'\n'/ / }" "${got//$'\n'/ / }"
    fi
done < <(perl -CSD -ne '
    BEGIN { $seen = 0; $in = 0; $cur = ""; @want = () }
    sub emit { print $done, "\0", join("\n", @want), "\0" if defined $done; undef $done; @want = () }
    if (/^## What it looks like/) { $seen = 1; next }
    if ($seen && !$in && /^```sql/) { $in = 1; next }
    if ($in && /^```/) { emit(); $in = 0; $seen = 0; next }
    next unless $in;
    chomp;
    if ($cur eq "" && defined $done && /^-- (.*)$/) { push @want, $1; next }
    emit();
    if (/^(.*?;)\s*(?:--\s*(.*))?$/) {
        $done = $cur . $1; $cur = "";
        @want = defined $2 ? ($2) : ();
    } else {
        $cur .= $_ . "\n";
    }
' README.md)
echo "readme: $passed passed, $failed failed"
[ $failed -eq 0 ]
