# SQLAlchemy (Debian python3-sqlalchemy, over psycopg2) reflecting the facts table and its
# BI view (test/clients/setup.sql).  Prints a transcript compared with expected/sqlalchemy.out.
import decimal
import warnings

import sqlalchemy as sa

failures = 0


def check(cond, what):
    global failures
    print(("ok - " if cond else "not ok - ") + what)
    if not cond:
        failures += 1


# PGHOST, PGPORT, PGUSER, PGDATABASE come from the environment through libpq
engine = sa.create_engine("postgresql+psycopg2://", future=True)
meta = sa.MetaData()
with warnings.catch_warnings(record=True) as seen:
    warnings.simplefilter("always")
    facts = sa.Table("facts", meta, autoload_with=engine)
for w in seen:
    print("warning:", w.message)
print("facts:", ", ".join("%s %r" % (c.name, c.type) for c in facts.columns))
check(isinstance(facts.c.amount.type, sa.types.NullType),
      "an indicator column reflects as NullType")

bi = sa.Table("facts_bi", meta, autoload_with=engine)
print("facts_bi:", ", ".join("%s %r" % (c.name, c.type) for c in bi.columns
                             if c.name.startswith("amount")))
check(isinstance(bi.c.amount_value.type, sa.Numeric) and isinstance(bi.c.amount.type, sa.Text),
      "the BI view reflects as NUMERIC and TEXT")

with engine.connect() as conn:
    q = (sa.select(bi.c.amount_dimension, sa.func.sum(bi.c.amount_value))
         .group_by(bi.c.amount_dimension).order_by(bi.c.amount_dimension))
    rows = conn.execute(q).all()
    print("sum by dimension:", rows)
    check(rows[0] == ("CNY", decimal.Decimal("1580000000000")),
          "sum through the BI view is a Decimal")
    # a figure as a bound parameter: psycopg2 sends it as a literal the server converts
    conn.execute(facts.insert().values(region="深圳", item="地区生产总值", amount="3.46万亿元"))
    total = conn.execute(sa.text("SELECT sum(amount) FROM facts WHERE dimension(amount) = 'CNY'")).scalar()
    print("sum(amount):", repr(total))
    check(total == "超过5.04万亿元", "an insert through the reflected table reads back")
    conn.rollback()
raise SystemExit(1 if failures else 0)
