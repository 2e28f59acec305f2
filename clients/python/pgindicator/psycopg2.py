"""psycopg2 adapters: indicator values arrive as pgindicator.Figure (arrays as lists of
them), and a Figure is a query parameter.  Target values stay str.

    import psycopg2, pgindicator.psycopg2
    conn = psycopg2.connect("")
    pgindicator.psycopg2.register(conn)     # one query: the type's OID in this database

register(conn) applies to that connection; register(conn, globally=True) to every
connection of the process (the OID is the same in databases made from one template).
"""
import psycopg2
import psycopg2.extensions as ext

from ._catalog import TYPES_QUERY, types_from_rows
from .figure import Figure


def _cast(text, cursor):
    return None if text is None else Figure(text)


def _adapt(figure):
    return ext.QuotedString(figure.text)


ext.register_adapter(Figure, _adapt)


def register(conn_or_cursor, globally=False):
    """Make indicator columns arrive as Figure; returns the indicator type's OID."""
    if isinstance(conn_or_cursor, ext.cursor):
        cur, conn = conn_or_cursor, conn_or_cursor.connection
        close = False
    else:
        conn = conn_or_cursor
        cur, close = conn.cursor(), True
    try:
        cur.execute(TYPES_QUERY)
        oid, array_oid = types_from_rows(cur.fetchall())["indicator"]
    finally:
        if close:
            cur.close()
    figure = ext.new_type((oid,), "INDICATOR", _cast)
    figures = ext.new_array_type((array_oid,), "INDICATOR[]", figure)
    scope = None if globally else conn
    ext.register_type(figure, scope)
    ext.register_type(figures, scope)
    return oid
