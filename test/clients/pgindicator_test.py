# The pgindicator package (clients/python) with psycopg2 and psycopg 3: Figure's grammar
# against the server on every figure of the corpus, its word lists against
# src/core/words.c, and the adapters on the facts table (test/clients/setup.sql).
# Prints a transcript compared with expected/pgindicator.out.
import os
import re
from decimal import Decimal

import psycopg2

import pgindicator
import pgindicator.psycopg2
from pgindicator import Figure, FigureSyntaxError
from pgindicator import figure as grammar

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
failures = 0


def check(cond, what):
    global failures
    print(("ok - " if cond else "not ok - ") + what)
    if not cond:
        failures += 1


# ---- the word lists are the server's ----------------------------------------------------
words = open(os.path.join(ROOT, "src", "core", "words.c"), encoding="utf-8").read()
entries = re.findall(r'\{"([^"]+)", (Q[CP]_\w+|CD_\w+), (\w+)\}', words)
quals = {(w, pos) for w, cls, pos in entries if cls.startswith("QC_")}
check({w for w, pos in quals if pos == "QP_PREFIX"} == grammar.PREFIX_QUALIFIERS,
      "prefix qualifiers are those of words.c")
check({w for w, pos in quals if pos == "QP_SUFFIX"} == grammar.SUFFIX_QUALIFIERS,
      "suffix qualifiers are those of words.c")
check({w for w, pos in quals if pos.startswith("QP_AFTER")} == grammar.OPEN_QUALIFIERS,
      "open qualifiers are those of words.c")
verbs = {cls: {w for w, c, _ in entries if c == cls} for cls in ("CD_UP", "CD_DOWN", "CD_FLAT")}
check(verbs["CD_UP"] == grammar.UP_WORDS and verbs["CD_DOWN"] == grammar.DOWN_WORDS
      and verbs["CD_FLAT"] == grammar.FLAT_WORDS, "change words and directions are those of words.c")

conn = psycopg2.connect("")
cur = conn.cursor()
cur.execute("SELECT unit FROM indicator_units() WHERE unit ~ '^[十百千万亿]' ORDER BY 1")
check(sorted(r[0] for r in cur.fetchall()) == sorted(grammar.MAGNITUDE_LIKE_UNITS),
      "units that start like a magnitude are those of indicator_units()")

# ---- Figure reads every corpus figure as the server does ---------------------------------
spans = []
with open(os.path.join(ROOT, "test", "corpus", "figures.tsv"), encoding="utf-8") as f:
    for line in f:
        if not line.startswith("#") and "\t" in line:
            spans.append(line.split("\t")[1])
extra = ["翻两番", "翻番", "基本持平", "比上年持平", "18.3/10万", "比2020年增长10%", "比1-8月增长3%",
         "降幅收窄1.3个百分点", "3亩多", "1800多亿元", "2万千瓦时", "3千万元", "20万千米", "达到50亿元以上",
         "同比增长超过5%", "-3万多亩", "占比30.4%", "约合20533美元", "65岁及以上",
         "同比-1.4%", "按年+3.2%", "+3.2%", "-1.4%", "比去年1月增长5%", "年增率-1.66%",
         "不及1.0%", "高于全国1.5个百分点", "低於預測值1.41個百分點", "較上月底增1萬人", "34國"]
cur.execute("""SELECT x::text, x::numeric, unit(x), qualifier(x), is_change(x), basis(x)
                 FROM (SELECT try_indicator(s) AS x FROM unnest(%s::text[]) s) v
                WHERE x IS NOT NULL""", (spans + extra,))
rows = cur.fetchall()
wrong = []
for text, value, unit, qualifier, is_change, basis in rows:
    try:
        f = Figure(text)
        got = (f.value, f.unit, f.qualifier, f.is_change, f.basis)
    except FigureSyntaxError as e:
        got = str(e)
    if got != (value, unit or None, qualifier or None, is_change, basis or None):
        wrong.append((text, got, (value, unit, qualifier, is_change, basis)))
for w in wrong[:10]:
    print("differs:", w)
check(len(rows) > 1000 and not wrong,
      "Figure reads value, unit, qualifier, is_change, basis of every corpus figure as the server")
for bad in ("", "abc", "超过"):
    try:
        Figure(bad)
        check(False, "Figure(%r) raises" % bad)
    except FigureSyntaxError as e:
        print("Figure(%r): %s" % (bad, e))

# ---- psycopg2 ---------------------------------------------------------------------------
oid = pgindicator.psycopg2.register(conn)
cur.execute("SELECT 'indicator'::regtype::oid")
check(cur.fetchone()[0] == oid, "register() finds the indicator type's OID")
cur.execute("SELECT amount FROM facts ORDER BY id")
for (f,) in cur.fetchall():
    print("psycopg2: %r value=%r unit=%r qualifier=%r is_change=%r"
          % (f, f.value, f.unit, f.qualifier, f.is_change))
cur.execute("SELECT sum(amount), array_agg(amount ORDER BY id), min(plan::text)::target FROM facts "
            "WHERE dimension(amount) = 'CNY'")
total, figures, plan = cur.fetchone()
print("psycopg2: sum value %r, array %r, target %r" % (total.value, figures, plan))
check(isinstance(total, Figure) and total.value == Decimal("1580000000000"),
      "sum(indicator) arrives as a Figure with its value")
check(all(isinstance(f, Figure) for f in figures), "indicator[] arrives as a list of Figure")
check(isinstance(plan, str), "a target arrives as str")
cur.execute("INSERT INTO facts (region, item, amount) VALUES (%s, %s, %s) RETURNING amount",
            ("深圳", "地区生产总值", Figure("3.46万亿元")))
back = cur.fetchone()[0]
cur.execute("SELECT %s = '34600亿元'::indicator", (back,))
check(back == Figure("3.46万亿元") and cur.fetchone()[0],
      "a Figure is a parameter and reads back as itself")
conn.rollback()
conn.close()

# ---- psycopg 3 --------------------------------------------------------------------------
try:
    import psycopg
except ImportError:
    psycopg = None
if psycopg is not None:
    import pgindicator.psycopg
    with psycopg.connect("") as conn3:
        pgindicator.psycopg.register(conn3)
        rows = conn3.execute("SELECT amount FROM facts ORDER BY id").fetchall()
        print("psycopg: %s" % ", ".join("%r=%r" % (f, f.value) for (f,) in rows))
        check(all(isinstance(f, Figure) for (f,) in rows), "psycopg 3: indicator columns arrive as Figure")
        got = conn3.execute("SELECT %s, pg_typeof(%s)::text, %s::indicator + '20亿元'",
                            (Figure("1800亿元"), Figure("1800亿元"), Figure("1800亿元"))).fetchone()
        print("psycopg: parameter %r typed %s, plus 20亿元 %r" % got)
        check(got[1] == "indicator" and got[2] == Figure("1820亿元"),
              "psycopg 3: a Figure is a parameter of type indicator")
        arr = conn3.execute("SELECT array_agg(amount ORDER BY id) FROM facts").fetchone()[0]
        check(all(isinstance(f, Figure) for f in arr), "psycopg 3: indicator[] arrives as a list of Figure")
raise SystemExit(1 if failures else 0)
