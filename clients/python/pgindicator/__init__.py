"""The Python side of the indicator PostgreSQL extension.

Figure reads the canonical text the server prints (no round trip); the driver modules
(pgindicator.psycopg2, pgindicator.psycopg, pgindicator.sqlalchemy, pgindicator.alembic)
are imported on their own, so none of the drivers is needed to use another.
"""
from .figure import Figure, FigureSyntaxError

__all__ = ["Figure", "FigureSyntaxError"]
__version__ = "0.2.0"
