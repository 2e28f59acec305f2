# psycopg 3 (Debian python3-psycopg) against the facts table and its BI view
# (test/clients/setup.sql).  Prints a transcript compared with expected/psycopg.out.
import decimal
import psycopg

failures = 0


def check(cond, what):
    global failures
    print(("ok - " if cond else "not ok - ") + what)
    if not cond:
        failures += 1


with psycopg.connect("") as conn:
    cur = conn.cursor()
    # psycopg 3 binds parameters on the server; a str is sent with no type (unknown),
    # so the server converts it to the column's type.
    cur.execute("INSERT INTO facts (region, item, amount, plan) VALUES (%s, %s, %s, %s) "
                "RETURNING amount, plan",
                ("深圳", "地区生产总值", "3.46万亿元", "增长6%左右"))
    row = cur.fetchone()
    print("inserted:", row)
    check(row == ("3.46万亿元", "增长6%左右"), "insert by parameter returns the figures")
    cur.execute("SELECT region FROM facts WHERE dimension(amount) = 'CNY' AND amount > %s "
                "ORDER BY amount", ("1000亿元",))
    print("amount > 1000亿元:", [r[0] for r in cur.fetchall()])
    cur.execute("SELECT sum(amount) FROM facts WHERE dimension(amount) = 'CNY'")
    total = cur.fetchone()[0]
    print("sum(amount):", repr(total))
    check(total == "超过5.04万亿元", "sum(indicator) arrives as its text")
    cur.execute("SELECT amount, amount_value, amount_display_value, amount_display_unit, "
                "amount_lower, amount_upper, amount_is_change FROM facts_bi ORDER BY id")
    for r in cur.fetchall():
        print("row:", r)
    cur.execute("SELECT amount_dimension, sum(amount_value) FROM facts_bi GROUP BY 1 ORDER BY 1")
    sums = cur.fetchall()
    print("sum by dimension:", sums)
    check(sums[0] == ("CNY", decimal.Decimal("5040000000000")),
          "sum through the BI view is a Decimal in the base unit")
    conn.rollback()
raise SystemExit(1 if failures else 0)
