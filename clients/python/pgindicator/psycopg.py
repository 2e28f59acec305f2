"""psycopg 3 adapters: indicator values arrive as pgindicator.Figure (arrays as lists of
them), and a Figure is a parameter sent with the indicator type.  Target values stay str.

    import psycopg, pgindicator.psycopg
    conn = psycopg.connect("")
    pgindicator.psycopg.register(conn)      # one query: the types' OIDs in this database

register(conn) applies to that connection (or cursor); pass psycopg.adapters for every
connection made afterwards.
"""
import psycopg
from psycopg.types import TypeInfo
from psycopg.types.string import StrDumper, TextLoader

from ._catalog import TYPES_QUERY, types_from_rows
from .figure import Figure


class FigureLoader(TextLoader):
    def load(self, data):
        return Figure(super().load(data))


class _FigureDumper(StrDumper):
    oid = 0     # set per registration to the indicator type's OID

    def dump(self, obj):
        return super().dump(obj.text)


def register(conn, context=None):
    """Make indicator columns arrive as Figure in context (default: conn); returns the
    indicator type's OID."""
    context = conn if context is None else context
    with conn.cursor() as cur:
        cur.execute(TYPES_QUERY)
        oid, array_oid = types_from_rows(cur.fetchall())["indicator"]
    info = TypeInfo("indicator", oid, array_oid)
    info.register(context)
    adapters = context.adapters
    adapters.register_loader(oid, FigureLoader)
    dumper = type("FigureDumper", (_FigureDumper,), {"oid": oid})
    adapters.register_dumper(Figure, dumper)
    return oid
