#!/usr/bin/env bash
# dump_test.sh: indicator values survive pg_dump/restore and COPY BINARY, and recv
# rejects malformed bytes cleanly.
#
#   bash test/dump/dump_test.sh
#
# Inside scripts/test.sh (PGHOST set, CLUSTER_DIR exported) it uses that cluster; run by
# hand it takes the install lock, builds, installs and starts its own throwaway cluster.
#
#  1. a table with one row per indicator form (the spec's input table, changes, per-unit
#     units, 多/余, full-width digits, Chinese numerals, values made by functions and
#     arithmetic), with btree and hash indexes
#  2. pg_dump plain and custom format, restored into new databases; every row compared
#     with the source by =, by text output and by indicator_send bytes
#  3. COPY TO STDOUT (FORMAT binary) / COPY FROM STDIN (FORMAT binary) round trip, same checks
#  4. COPY BINARY files with malformed 16-byte payloads: each must fail with SQLSTATE
#     22P03 (or, for values recv accepts, print and re-read equal), and the server must
#     still be up afterwards, with no backend crash in its log
# Prints "dump: N passed, N failed" and exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")/../.."

if [ -z "${PGHOST:-}" ]; then
    . scripts/cluster.sh
    . scripts/build.sh
    build_install || { echo "dump: build failed"; echo "dump: 0 passed, 1 failed"; exit 1; }
    cluster_start || { echo "dump: could not start a cluster"; echo "dump: 0 passed, 1 failed"; exit 1; }
fi
export PGCLIENTENCODING=UTF8 PGOPTIONS="${PGOPTIONS:-} -c client_min_messages=warning"
W=$(mktemp -d /tmp/indicator-dump.XXXXXX)

pass=0; fail=0
ok()  { pass=$((pass + 1)); [ -n "${VERBOSE:-}" ] && echo "  ok   $*"; return 0; }
bad() { fail=$((fail + 1)); echo "  FAIL $*"; return 0; }
q()   { psql -X -q -v ON_ERROR_STOP=1 -At "$@"; }

for db in ind_dump_src ind_dump_plain ind_dump_custom; do
    psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db" 2>/dev/null
done
createdb ind_dump_src || { echo "dump: createdb failed"; exit 1; }
export PGDATABASE=ind_dump_src

# ---------------------------------------------------------------- 1. the forms
cat >"$W/forms.txt" <<'EOF'
27701
27,701
36.4
-3
0
0.000
１８００
３６．４
２７，７０１
一千八百
三十六点四
两万
十四
零点五
负三
壹仟贰佰叁拾肆
壹贰叁
3万5千
1.4万亿
1.4万亿元
14000亿元
3十万
3百万
3千万
3十亿
3百亿
3千亿
3万亿
1800亿元
36.4万人
36.40万人
364000人
3千瓦时
3万千瓦时
3千米
超过1800亿元
超1800亿元
逾100家
多于5人
高于5%
大于5
突破6600家
不低于5亿元
至少3个
达到5000辆
达5000辆
不到1万人
不足5%
不满18年
低于3%
少于10人
小于5
不超过100人/平方公里
不高于3%
最多5次
至多5次
约1.2万吨
大约5000人
大概30%
近700万元
将近10亿元
接近50%
5000万元以上
18人以下
3%以内
5万人左右
100亿元上下
3万多亩
200余个
1800多亿元
3亩多
15.3%
15.3％
百分之十五点三
5‰
千分之五
2个百分点
2百分点
1倍
同比增长5.2%
同比下降15.3%
比上年增长3.0%
环比回落0.2个百分点
提高10%
增加1.2万人
增长1倍
翻一番
翻两番
持平
同比持平
突破260万
5万元/亩
1.2吨/万元
100人/平方公里
27701元/人
1公顷
15亩
2角
3分
5美元
5欧元
5港元
5日元
5平方米
5平方公里
5平方千米
5公顷
5米
5公里
5厘米
5毫米
5千克
5公斤
5克
5吨
5斤
5立方米
5升
5度
5瓦
5千瓦
5兆瓦
5吨标准煤
5标准箱
5年
5个月
5天
5小时
5家
5所
5人次
超过 1800 亿元
999999999999999999
0.000000000000000001
-999999999999999999万亿元
EOF
q <<'EOF' || { echo "dump: schema failed"; exit 1; }
CREATE EXTENSION indicator;
CREATE TABLE forms (id serial PRIMARY KEY, src text NOT NULL, v indicator);
CREATE TABLE forms_in (src text);
EOF
q -c "COPY forms_in FROM STDIN" <"$W/forms.txt"
# Forms the parser rejects are reported (they are in the list because the spec names them).
rejected=$(q -c "SELECT string_agg(src, ' | ') FROM forms_in WHERE try_indicator(src) IS NULL")
[ -n "$rejected" ] && echo "  note: forms the parser rejects (left out): $rejected"
q <<'EOF'
INSERT INTO forms (src, v) SELECT src, try_indicator(src) FROM forms_in WHERE try_indicator(src) IS NOT NULL;
INSERT INTO forms (src, v) VALUES ('NULL', NULL);
-- Values made by functions and arithmetic, where they succeed (the value that reaches a
-- dump need not have come from text input).
CREATE FUNCTION try_expr(e text) RETURNS indicator LANGUAGE plpgsql AS $f$
DECLARE r indicator;
BEGIN EXECUTE 'SELECT (' || e || ')::indicator' INTO r; RETURN r;
EXCEPTION WHEN others THEN RETURN NULL; END $f$;
INSERT INTO forms (src, v)
SELECT 'expr: ' || e, try_expr(e) FROM unnest(ARRAY[
    $$to_unit('1.4万亿元', '元')$$, $$to_unit('1800亿元', '万元')$$, $$to_unit('1亩', '平方米')$$,
    $$to_unit('3万多亩', '公顷')$$, $$to_unit('999999999999999999万亿元', '元')$$,
    $$indicator_auto('27701元')$$, $$indicator_auto('0.5元')$$, $$round('36.46万人'::indicator, 1)$$,
    $$round('36.45万人'::indicator, 1)$$, $$12345.678::numeric::indicator$$, $$1e35::numeric::indicator$$,
    $$'5'::indicator * 2$$, $$'999999999999999999万亿'::indicator * 1000000000000000000$$,
    $$'999999999999999999万亿'::indicator * 10000000000000000000$$,
    $$'0.000000000000000001'::indicator / 10000$$,
    $$'7.2%'::indicator - '5.2%'::indicator$$, $$'1.4万亿元'::indicator / '1000万人'::indicator$$,
    $$'1800亿元'::indicator + '1.4万亿元'::indicator$$, $$-('同比增长5.2%'::indicator)$$,
    $$'超过1800亿元'::indicator + '3万多元'::indicator$$]) e
WHERE try_expr(e) IS NOT NULL;
CREATE INDEX forms_v_btree ON forms (v);
CREATE INDEX forms_v_hash ON forms USING hash (v);
EOF
# Targets: every form of the spec's target table, with btree and hash indexes.
q <<'EOF'
CREATE TABLE plans (id serial PRIMARY KEY, t target);
INSERT INTO plans (t) SELECT x::target FROM unnest(ARRAY['565个', '达到565个', '6%以上', '不低于6%',
  '至少6%', '突破6%', '超过6%', '3%以内', '控制在3%以内', '不超过3%', '不高于3%', '3%以下', '低于3%',
  '不到3%', '5%左右', '约5%', '5%-6%', '5%至6%', '5%~6%', '5到6个百分点', '1.5万-2万元',
  '增长6%左右', '下降3%以上', '降低2.5%左右', '增长5%-6%', '力争6.5%', '5%左右，力争6%',
  '增长5.5%左右，力争6%', '控制在5.5%以内', '1.4万亿元', '3000亿元以上']) x;
INSERT INTO plans (t) VALUES (NULL);
CREATE INDEX plans_t_btree ON plans (t);
CREATE INDEX plans_t_hash ON plans USING hash (t);
EOF
nplans=$(q -c "SELECT count(*) FROM plans")
# A user row of the phrase table (issue 6): pg_dump keeps user rows, not built-in ones.
q -c "INSERT INTO zh_phrase (phrase, pinyin) VALUES ('行长', 'hang zhang')" >/dev/null

nforms=$(q -c "SELECT count(*) FROM forms")
echo "  $nforms rows ($(q -c "SELECT count(*) FROM forms WHERE src LIKE 'expr:%'") made by functions/arithmetic)"

# Rows of a database as id, text, send bytes (hex): the reference to compare against.
snapshot() {  # db file
    psql -X -q -v ON_ERROR_STOP=1 -d "$1" -c \
        "COPY (SELECT id, src, v, encode(indicator_send(v), 'hex') FROM forms ORDER BY id) TO STDOUT" >"$2"
}
snapshot ind_dump_src "$W/src.tsv" || { echo "dump: snapshot failed"; exit 1; }

# Values of another database brought back by COPY BINARY (recv, exact bytes), then
# compared with the source in the source database by =, text and send bytes.
compare_rows() {  # label db
    local label=$1 db=$2 n
    snapshot "$db" "$W/$db.tsv" || { bad "$label: could not read the restored rows"; return; }
    if cmp -s "$W/src.tsv" "$W/$db.tsv"; then ok "$label: text output and send bytes equal"
    else bad "$label: text output or send bytes differ"; diff "$W/src.tsv" "$W/$db.tsv" | head -n 10; fi
    q -c "DROP TABLE IF EXISTS back; CREATE TABLE back (id int, v indicator)" >/dev/null
    if ! psql -X -q -d "$db" -c "COPY (SELECT id, v FROM forms) TO STDOUT (FORMAT binary)" \
        | q -c "COPY back FROM STDIN (FORMAT binary)"; then
        bad "$label: COPY BINARY back into the source failed"; return
    fi
    n=$(q -c "SELECT count(*) FROM forms f FULL JOIN back b USING (id)
              WHERE f.id IS NULL OR b.id IS NULL
                 OR (f.v IS NULL) <> (b.v IS NULL)
                 OR NOT (f.v = b.v) OR f.v <> b.v OR f.v::text <> b.v::text
                 OR indicator_send(f.v) <> indicator_send(b.v)
                 OR indicator_cmp(f.v, b.v) <> 0
                 OR indicator_hash(f.v) <> indicator_hash(b.v)")
    if [ "$n" = 0 ]; then ok "$label: all $nforms rows equal by =, text, send bytes, cmp and hash"
    else bad "$label: $n rows differ"
        q -c "SELECT f.id, f.src, f.v, b.v FROM forms f FULL JOIN back b USING (id)
              WHERE NOT (f.v = b.v) OR f.v::text <> b.v::text OR (f.v IS NULL) <> (b.v IS NULL) LIMIT 10"
    fi
}

# The same for the targets: text, send bytes, and COPY BINARY back into the source.
compare_targets() {  # label db
    local label=$1 db=$2 n
    local get="COPY (SELECT id, t, encode(target_send(t), 'hex') FROM plans ORDER BY id) TO STDOUT"
    psql -X -q -d ind_dump_src -c "$get" >"$W/t_src.tsv"
    psql -X -q -d "$db" -c "$get" >"$W/t_$db.tsv"
    if cmp -s "$W/t_src.tsv" "$W/t_$db.tsv"; then ok "$label: targets' text and send bytes equal"
    else bad "$label: targets differ"; diff "$W/t_src.tsv" "$W/t_$db.tsv" | head -n 10; fi
    q -c "DROP TABLE IF EXISTS tback; CREATE TABLE tback (id int, t target)" >/dev/null
    if ! psql -X -q -d "$db" -c "COPY (SELECT id, t FROM plans) TO STDOUT (FORMAT binary)" \
        | q -c "COPY tback FROM STDIN (FORMAT binary)"; then
        bad "$label: COPY BINARY of targets failed"; return
    fi
    n=$(q -c "SELECT count(*) FROM plans p FULL JOIN tback b USING (id)
              WHERE p.id IS NULL OR b.id IS NULL OR (p.t IS NULL) <> (b.t IS NULL)
                 OR NOT (p.t = b.t) OR p.t::text <> b.t::text
                 OR target_send(p.t) <> target_send(b.t) OR target_hash(p.t) <> target_hash(b.t)")
    [ "$n" = 0 ] && ok "$label: all $nplans targets equal by =, text, send bytes and hash" \
        || bad "$label: $n targets differ"
}

# The user phrase survives, once (built-in rows are not dumped, so none is doubled), and is used.
compare_phrases() {  # label db
    local r
    r=$(psql -X -q -At -d "$2" -c "SELECT (SELECT count(*) FROM zh_phrase WHERE NOT builtin),
        (SELECT count(*) FROM zh_phrase) = (SELECT count(*) FROM zh_builtin_phrases()) + 1, zh_pinyin('行长们')" 2>&1)
    [ "$r" = "1|t|hang zhang men" ] && ok "$1: the user phrase survives and is used" \
        || bad "$1: phrase table after restore: $r (want 1|t|hang zhang men)"
}

# ---------------------------------------------------------------- 2. pg_dump / restore
if pg_dump -Fp -d ind_dump_src -f "$W/plain.sql" 2>"$W/dump.err"; then ok "pg_dump plain"
else bad "pg_dump plain: $(head -3 "$W/dump.err")"; fi
if pg_dump -Fc -d ind_dump_src -f "$W/custom.dump" 2>"$W/dump.err"; then ok "pg_dump custom"
else bad "pg_dump custom: $(head -3 "$W/dump.err")"; fi

createdb ind_dump_plain
if psql -X -q -v ON_ERROR_STOP=1 -d ind_dump_plain -f "$W/plain.sql" >/dev/null 2>"$W/restore.err"; then
    ok "restore plain"; compare_rows "plain dump" ind_dump_plain; compare_targets "plain dump" ind_dump_plain
    compare_phrases "plain dump" ind_dump_plain
else bad "restore plain: $(grep -m3 -E 'ERROR|DETAIL' "$W/restore.err")"; fi

createdb ind_dump_custom
if pg_restore --exit-on-error -d ind_dump_custom "$W/custom.dump" 2>"$W/restore.err"; then
    ok "restore custom"; compare_rows "custom dump" ind_dump_custom; compare_targets "custom dump" ind_dump_custom
    compare_phrases "custom dump" ind_dump_custom
else bad "restore custom: $(grep -m3 -E 'ERROR|DETAIL|error' "$W/restore.err")"; fi

# The restored indexes agree with the data (a wrong cmp or hash would show here):
# every row is found through them, and amcheck (contrib) finds the btree well ordered.
for db in ind_dump_plain ind_dump_custom; do
    n=$(psql -X -q -At -d "$db" -c "SET enable_seqscan = off; SET enable_bitmapscan = off;
        SELECT count(*) FROM forms f WHERE v IS NOT NULL
           AND NOT EXISTS (SELECT FROM forms g WHERE g.v = f.v)" 2>&1)
    [ "$n" = 0 ] && ok "$db: every row found through an index on v" || bad "$db: index lookup: $n"
    if psql -X -q -d "$db" -c "CREATE EXTENSION IF NOT EXISTS amcheck" >/dev/null 2>&1; then
        r=$(psql -X -At -d "$db" -c "SELECT bt_index_check('forms_v_btree', true)" 2>&1)
        [ $? -eq 0 ] && ok "$db: amcheck bt_index_check on the btree" || bad "$db: amcheck: $r"
    fi
done

# ---------------------------------------------------------------- 3. COPY BINARY round trip
q -c "COPY (SELECT id, src, v FROM forms) TO STDOUT (FORMAT binary)" >"$W/forms.bin"
q -c "CREATE TABLE forms2 (LIKE forms)" >/dev/null
if q -c "COPY forms2 FROM STDIN (FORMAT binary)" <"$W/forms.bin"; then
    n=$(q -c "SELECT count(*) FROM forms f FULL JOIN forms2 g USING (id)
              WHERE f.id IS NULL OR g.id IS NULL OR (f.v IS NULL) <> (g.v IS NULL)
                 OR NOT (f.v = g.v) OR f.v::text <> g.v::text OR indicator_send(f.v) <> indicator_send(g.v)")
    [ "$n" = 0 ] && ok "COPY BINARY round trip: all rows equal" || bad "COPY BINARY round trip: $n rows differ"
else bad "COPY FROM STDIN (FORMAT binary) failed"; fi
# And text COPY (what a plain dump's data section is).
q -c "COPY (SELECT id, src, v FROM forms) TO STDOUT" >"$W/forms.txtcopy"
q -c "TRUNCATE forms2" >/dev/null
if q -c "COPY forms2 FROM STDIN" <"$W/forms.txtcopy"; then
    n=$(q -c "SELECT count(*) FROM forms f JOIN forms2 g USING (id)
              WHERE NOT (f.v = g.v) OR f.v::text <> g.v::text OR indicator_send(f.v) <> indicator_send(g.v)")
    [ "$n" = 0 ] && ok "COPY text round trip: all rows equal" || bad "COPY text round trip: $n rows differ"
else bad "COPY FROM STDIN (text) failed"; fi

# ---------------------------------------------------------------- 4. malformed binary
# A COPY BINARY file of one indicator column: header, one tuple, trailer.  The payload
# is the send form of 1800亿元 (coef int64 BE, then scale mag unit per_unit qual basis
# verb flags), with one field changed.
base=$(q -c "SELECT encode(indicator_send('1800亿元'), 'hex')")
q -c "CREATE TABLE corrupt (v indicator)" >/dev/null
copyfile() {  # out payload-hex [declared-length] [truncate-at]
    perl -e '
        my ($hex, $len, $cut) = @ARGV;
        my $p = pack("H*", $hex);
        $len = length($p) if $len eq "";
        my $f = "PGCOPY\n\xff\r\n\0" . pack("N N", 0, 0) . pack("n N", 1, $len) . $p . pack("n", 0xffff);
        $f = substr($f, 0, $cut) if $cut ne "";
        print $f;' "$2" "${3:-}" "${4:-}" >"$1"
}
setbyte() {  # hex offset byte-hex
    echo "${1:0:$(($2 * 2))}$3${1:$(($2 * 2 + 2))}"
}
# The good payload loads (the harness itself is right).
copyfile "$W/good.bin" "$base"
if q -c "COPY corrupt FROM STDIN (FORMAT binary)" <"$W/good.bin" && [ "$(q -c "SELECT v FROM corrupt")" = "1800亿元" ]; then
    ok "hand-made COPY BINARY file loads 1800亿元"
else bad "hand-made COPY BINARY file does not load"; fi

start_time=$(q -c "SELECT pg_postmaster_start_time()")
log_lines=0
[ -n "${CLUSTER_DIR:-}" ] && [ -f "$CLUSTER_DIR/server.log" ] && log_lines=$(wc -l <"$CLUSTER_DIR/server.log")

# the first unit id past the catalog (ids count from 1: indicator_units() lists them all)
past=$(( $(q -c "SELECT count(*) FROM indicator_units()") + 1 ))
past_hex=$(printf '%02x' "$past")

# name | payload hex | declared length | truncate file at | expect (22P03, or "any" = 22P03 or a faithful value)
cases=(
    "unit id 255|$(setbyte "$base" 10 ff)|||22P03"
    "unit id $past (past the catalog)|$(setbyte "$base" 10 "$past_hex")|||22P03"
    "per_unit 255|$(setbyte "$base" 11 ff)|||22P03"
    "flags 0xFF|$(setbyte "$base" 15 ff)|||22P03"
    "flags 0x80 (undefined bit)|$(setbyte "$base" 15 80)|||22P03"
    "flags 0x40 (known zeros) on 1801, which ends in none|$(setbyte "0000000000000709${base:16}" 15 40)|||22P03"
    "flags 0x40 (known zeros) on 1800: a computed sum's form|$(setbyte "$base" 15 40)|||any"
    "scale 127|$(setbyte "$base" 8 7f)|||22P03"
    "scale -128|$(setbyte "$base" 8 80)|||22P03"
    "scale 41|$(setbyte "$base" 8 29)|||22P03"
    "mag 255|$(setbyte "$base" 9 ff)|||22P03"
    "mag 13|$(setbyte "$base" 9 0d)|||22P03"
    "qual 255|$(setbyte "$base" 12 ff)|||22P03"
    "basis 255|$(setbyte "$base" 13 ff)|||22P03"
    "verb 255|$(setbyte "$base" 14 ff)|||22P03"
    "basis without a verb|$(setbyte "$base" 13 01)|||22P03"
    "the sign verb + on 元, no basis (it would print +1800亿元, which reads as a level)|$(setbyte "$base" 14 60)|||22P03"
    "basis 比去年平均 (92) with 增长 (it would print 比去年平均增长…, which reads as 比去年 + 平均增长)|$(setbyte "$(setbyte "$base" 13 5c)" 14 01)|||22P03"
    "拉动 (verb 122) on 元: a pull is counted in points (stop 30)|$(setbyte "$base" 14 7a)|||22P03"
    "加快 (verb 21) on 元: a speed's change takes a rate or points (stop 40)|$(setbyte "$base" 14 15)|||22P03"
    "放慢 (verb 49) on 元, the negation of 加快 (stop 40)|$(setbyte "$base" 14 31)|||22P03"
    "减 (verb 18) with 低于 (qual 13) on -1800亿元: it would print 减低于, which reads as 减低 + 于|$(setbyte "$(setbyte "fffffffffffff8f8${base:16}" 14 12)" 12 0d)|||22P03"
    "基本持平 (verb 48) without its qualifier 基本 (51): it would compare as exact|00000000000000000000000000003000|||22P03"
    "基本 (qual 51) on 1800亿元, a level: it belongs to 持平|$(setbyte "$base" 12 33)|||22P03"
    "基本持平 with its qualifier|00000000000000000000000033003000|||any"
    "coef 10^18 (19 digits)|0de0b6b3a7640000${base:16}|||22P03"
    "coef INT64_MIN|8000000000000000${base:16}|||22P03"
    "coef INT64_MAX|7fffffffffffffff${base:16}|||22P03"
    "all bytes 0xFF|ffffffffffffffffffffffffffffffff|||22P03"
    "length 15|${base:0:30}|||22P03"
    "length 17|${base}00|||22P03"
    "length 0||||22P03"
    "length 15 declared, 16 sent|$base|15||22P03|22P04"
    "file cut inside the payload|$base||30|22P04|22P03"
    "coef 0, scale -5 (prints 000000)|0000000000000000fb00000000000000|||any"
    "coef 1, scale -40 (41-digit integer)|0000000000000001d800000000000000|||any"
    "coef 10^17, scale -30|016345785d8a0000e200000000000000|||any"
)
for c in "${cases[@]}"; do
    IFS='|' read -r name hex len cut expect alt <<<"$c"
    copyfile "$W/bad.bin" "$hex" "$len" "$cut"
    q -c "TRUNCATE corrupt" >/dev/null
    out=$(psql -X -q -v ON_ERROR_STOP=1 -v VERBOSITY=verbose -c "COPY corrupt FROM STDIN (FORMAT binary)" <"$W/bad.bin" 2>&1)
    rc=$?
    state=$(echo "$out" | sed -n 's/^ERROR:  \([0-9A-Z]\{5\}\):.*/\1/p' | head -1)
    if [ $rc -ne 0 ]; then
        if [ "$state" = "$expect" ] || { [ -n "$alt" ] && [ "$state" = "$alt" ]; } ||
           { [ "$expect" = any ] && [ "$state" = 22P03 ]; }; then
            ok "$name: rejected with $state"
        else bad "$name: failed with ${state:-no SQLSTATE} (want $expect): $(echo "$out" | head -2 | tr '\n' ' ')"; fi
    elif [ "$expect" = any ]; then
        # recv accepted it: then it must print, re-read equal and print the same again
        # (else a dump of this value would not restore).
        r=$(psql -X -At -c "SELECT v::text, (v::text)::indicator = v, ((v::text)::indicator)::text = v::text FROM corrupt" 2>&1)
        case "$r" in
            *"|t|t") ok "$name: accepted, and prints ${r%%|*} which re-reads equal" ;;
            *) bad "$name: recv accepts it but the value does not survive text output: $(echo "$r" | head -2 | tr '\n' ' ')" ;;
        esac
    else
        bad "$name: accepted (stored $(q -c "SELECT v FROM corrupt" 2>&1 | head -1)), want $expect"
    fi
done

# Malformed targets: a bad comparator, flags, or figure inside is 22P03.
tbase=$(q -c "SELECT encode(target_send('5%左右，力争6%'), 'hex')")
q -c "CREATE TABLE tcorrupt (t target)" >/dev/null
copyfile "$W/tgood.bin" "$tbase"
if q -c "COPY tcorrupt FROM STDIN (FORMAT binary)" <"$W/tgood.bin" && [ "$(q -c "SELECT t FROM tcorrupt")" = "5%左右，力争6%" ]; then
    ok "hand-made COPY BINARY file loads a target"
else bad "hand-made COPY BINARY target file does not load"; fi
for c in "comparator 99|$(setbyte "$tbase" 0 63)" "flags 0xFF|$(setbyte "$tbase" 1 ff)" \
         "unit 255 in the figure|$(setbyte "$tbase" 12 ff)" "upper bound set without a range|$(setbyte "$tbase" 25 01)" \
         "length 49|${tbase:0:98}"; do
    IFS='|' read -r name hex <<<"$c"
    copyfile "$W/tbad.bin" "$hex"
    out=$(psql -X -q -v ON_ERROR_STOP=1 -v VERBOSITY=verbose -c "COPY tcorrupt FROM STDIN (FORMAT binary)" <"$W/tbad.bin" 2>&1)
    state=$(echo "$out" | sed -n 's/^ERROR:  \([0-9A-Z]\{5\}\):.*/\1/p' | head -1)
    [ "$state" = 22P03 ] && ok "target $name: rejected with 22P03" || bad "target $name: ${state:-accepted} (want 22P03)"
done

# The server is up, was not restarted, and no backend crashed.
if [ "$(q -c "SELECT 1" 2>/dev/null)" = 1 ] && [ "$(q -c "SELECT pg_postmaster_start_time()")" = "$start_time" ]; then
    ok "server still up after malformed input"
else bad "server not answering or restarted after malformed input"; fi
if [ -n "${CLUSTER_DIR:-}" ] && [ -f "$CLUSTER_DIR/server.log" ]; then
    if tail -n +"$((log_lines + 1))" "$CLUSTER_DIR/server.log" | grep -E "terminated by signal|server process .* was terminated|all server processes terminated" >/dev/null; then
        bad "a backend crashed (server.log)"; tail -n +"$((log_lines + 1))" "$CLUSTER_DIR/server.log" | grep -E -m5 "terminated|TRAP"
    else ok "no backend crash in server.log"; fi
fi

for db in ind_dump_plain ind_dump_custom ind_dump_src; do
    psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db" 2>/dev/null
done
rm -rf "$W"
echo "dump: $pass passed, $fail failed"
[ $fail -eq 0 ]
