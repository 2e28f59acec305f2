#!/usr/bin/env bash
# check_po.sh: every message in the sources has a Chinese translation that is not fuzzy.
#
# Extracts the catalog as `make init-po` does (nls.mk: errmsg, errdetail, errhint, ind_fail,
# IND_MSG, IND_TEXT, _ ...) into po/indicator.pot, merges po/zh_CN.po into it as `make
# update-po` would (msgmerge, with fuzzy matching), and checks the merge: a msgid without
# a translation or with a fuzzy one fails, each listed on one line with its first source
# place; `msgfmt -c` must accept po/zh_CN.po.  On a failure the merged catalog is left in
# po/zh_CN.po.new: translate its empty and fuzzy entries, drop the fuzzy marks, check with
# `msgfmt -c`, rename it to po/zh_CN.po (doc/messages_encoding.md).
# Prints "messages: N passed, N failed" last (passed: msgids translated).
set -u
cd "$(dirname "$0")/../.."
for tool in xgettext msgmerge msgattrib msgfmt; do
    command -v "$tool" >/dev/null || { echo "  $tool missing (package gettext)"; echo "messages: 0 passed, 1 failed"; exit 1; }
done
work=$(mktemp -d /tmp/indicator-messages.XXXXXX)
trap 'rm -rf "$work"' EXIT

if ! make -s init-po >"$work/init.log" 2>&1 || [ ! -s po/indicator.pot ]; then
    cat "$work/init.log"; echo "  make init-po failed"; echo "messages: 0 passed, 1 failed"; exit 1
fi
msgmerge -q po/zh_CN.po po/indicator.pot -o "$work/merged.po" || { echo "messages: 0 passed, 1 failed"; exit 1; }

# one line per entry of a catalog: kind, "msgid" (first source place)
entries() {  # kind file
    awk -v kind="$1" '
        /^#: / { if (ref == "") ref = $2 }
        /^msgid "/ { m = $0; sub(/^msgid "/, "", m); sub(/"$/, "", m); inid = 1; next }
        inid && /^"/ { s = $0; sub(/^"/, "", s); sub(/"$/, "", s); m = m s; next }
        /^msgstr/ { if (inid && m != "") printf "  %s: \"%s\" (%s)\n", kind, m, ref; inid = 0; ref = "" }
        /^$/ { ref = "" }' "$2"
}
msgattrib --untranslated --no-obsolete "$work/merged.po" -o "$work/untranslated.po" 2>/dev/null
msgattrib --only-fuzzy --no-obsolete "$work/merged.po" -o "$work/fuzzy.po" 2>/dev/null
msgattrib --translated --no-fuzzy --no-obsolete "$work/merged.po" -o "$work/translated.po" 2>/dev/null
bad_list=$( { [ -f "$work/untranslated.po" ] && entries untranslated "$work/untranslated.po"
              [ -f "$work/fuzzy.po" ] && entries fuzzy "$work/fuzzy.po"; } )
n_bad=$(printf '%s' "$bad_list" | grep -c . || true)
n_ok=0
[ -f "$work/translated.po" ] && n_ok=$(entries ok "$work/translated.po" | grep -c . || true)

format_ok=1
if ! msgfmt -c -o /dev/null po/zh_CN.po 2>"$work/msgfmt.log"; then
    format_ok=0; echo "  msgfmt -c rejects po/zh_CN.po:"; sed 's/^/    /' "$work/msgfmt.log" | head -n 10
fi
if [ "$n_bad" -gt 0 ]; then
    echo "  msgids of the sources without a zh_CN translation (or with a fuzzy one):"
    printf '%s\n' "$bad_list"
    cp "$work/merged.po" po/zh_CN.po.new
    echo "  merged catalog to translate: po/zh_CN.po.new (then msgfmt -c, rename to po/zh_CN.po)"
fi
# The SQL functions' messages (PL/pgSQL has no gettext): every indicator_message('...')
# literal of sql/ must be a msgid in src/*.c (src/sql_messages.c lists them), or xgettext
# never sees it.
sql_report=$(perl -e '
    local $/; my $src = ""; for (glob("src/*.c")) { open my $c, "<", $_ or die; $src .= <$c>; }
    my %seen; my ($ok, $bad) = (0, 0);
    for my $f (glob("sql/*.sql sql/upgrade/*.sql")) {
        open my $h, "<", $f or die; my $t = <$h>;
        while ($t =~ /indicator_message\(\x27((?:[^\x27]|\x27\x27)*)\x27\)/g) {
            my $m = $1; $m =~ s/\x27\x27/\x27/g; next if $seen{$m}++;
            (my $q = $m) =~ s/(["\\])/\\$1/g;
            if (index($src, "\"$q\"") >= 0) { $ok++ } else { $bad++; print "  not in src/sql_messages.c: \"$m\"\n" }
        }
    }
    print "sql $ok $bad\n";')
printf '%s\n' "$sql_report" | grep -v '^sql '
read -r _ sql_ok n_sql_bad <<<"$(printf '%s\n' "$sql_report" | grep '^sql ')"
n_ok=$((n_ok + sql_ok))
echo "messages: $n_ok passed, $((n_bad + 1 - format_ok + n_sql_bad)) failed"
