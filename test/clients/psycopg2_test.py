# psycopg2 (Debian python3-psycopg2) against the facts table and its BI view
# (test/clients/setup.sql).  Prints a transcript compared with expected/psycopg2.out.
# Connection parameters come from PGHOST, PGPORT, PGUSER, PGDATABASE.
import decimal
import psycopg2

failures = 0


def check(cond, what):
    global failures
    print(("ok - " if cond else "not ok - ") + what)
    if not cond:
        failures += 1


conn = psycopg2.connect("")
cur = conn.cursor()

# Insert by parameter: psycopg2 quotes parameters into the SQL text, so the server
# reads '3.46万亿元' as an untyped literal and converts it to the column's type.
cur.execute("INSERT INTO facts (region, item, amount, plan) VALUES (%s, %s, %s, %s) "
            "RETURNING amount, plan",
            ("深圳", "地区生产总值", "3.46万亿元", "增长6%左右"))
row = cur.fetchone()
print("inserted:", row)
check(row == ("3.46万亿元", "增长6%左右"), "insert by parameter returns the figures")

# Read: custom types arrive as str; the type code is the type's OID, which varies.
cur.execute("SELECT amount, plan FROM facts WHERE region = %s", ("深圳",))
print("read:", cur.fetchone())
cur.execute("SELECT 'indicator'::regtype::oid")
ind_oid = cur.fetchone()[0]
cur.execute("SELECT amount FROM facts LIMIT 1")
check(cur.description[0].type_code == ind_oid, "an indicator column reports the indicator type's OID")

# Compare with a parameter.
cur.execute("SELECT region FROM facts WHERE dimension(amount) = 'CNY' AND amount > %s "
            "ORDER BY amount", ("1000亿元",))
print("amount > 1000亿元:", [r[0] for r in cur.fetchall()])

# sum(indicator) is an indicator too: a string.
cur.execute("SELECT sum(amount) FROM facts WHERE dimension(amount) = 'CNY'")
total = cur.fetchone()[0]
print("sum(amount):", repr(total))
check(total == "超过5.04万亿元", "sum(indicator) arrives as its text")

# The BI view: numeric columns arrive as Decimal, text as str, boolean as bool.
cur.execute("SELECT * FROM facts_bi ORDER BY id")
desc = cur.description
rows = cur.fetchall()
cur.execute("SELECT oid::int, typname FROM pg_type WHERE oid = ANY(%s::oid[])",
            ([d.type_code for d in desc],))
typname = dict(cur.fetchall())
print("columns:", ", ".join("%s %s" % (d.name, typname[d.type_code]) for d in desc))
check(all(typname[d.type_code] in ("int4", "text", "numeric", "bool") for d in desc),
      "every column of the BI view is int4, text, numeric or bool")
for r in rows:
    print("row:", r)
cur.execute("SELECT amount_dimension, sum(amount_value), min(amount_base_unit) "
            "FROM facts_bi GROUP BY 1 ORDER BY 1")
sums = cur.fetchall()
print("sum by dimension:", sums)
check(sums[0] == ("CNY", decimal.Decimal("5040000000000"), "元"),
      "sum through the BI view is a Decimal in the base unit")
cur.execute("SELECT indicator_value(sum(amount), '元') FROM facts WHERE dimension(amount) = 'CNY'")
check(cur.fetchone()[0] == sums[0][1], "the BI view's sum equals sum(indicator) in 元")

# Bad input is SQLSTATE 22P02.
try:
    cur.execute("SELECT %s::indicator", ("3万多多亩",))
    check(False, "bad input raises")
except psycopg2.Error as e:
    print("error:", e.pgcode, e.diag.message_primary)
    check(e.pgcode == "22P02", "bad input raises 22P02")
conn.rollback()
conn.close()
raise SystemExit(1 if failures else 0)
