"""SQLAlchemy types for the indicator extension, known to PostgreSQL reflection.

Importing this module registers indicator, target and zh_category with the PostgreSQL
dialect (ischema_names), so a reflected table has these types instead of NullType and
the warning "Did not recognize type 'indicator'".  The extension's schema must be on the
search_path (then the catalog names the types unqualified); otherwise call
register_schema('that_schema').

    from pgindicator.sqlalchemy import Indicator, Target, ZhCategory
    facts = sa.Table("facts", meta, sa.Column("region", ZhCategory),
                     sa.Column("amount", Indicator), sa.Column("plan", Target))

Indicator values arrive as pgindicator.Figure; a str or a Figure is a parameter.  Target
and ZhCategory values are str.
"""
import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import base as _pg
from sqlalchemy.types import UserDefinedType

from .figure import Figure


class Indicator(UserDefinedType):
    """The indicator type: a Chinese statistical figure (超过1800亿元)."""
    cache_ok = True

    def get_col_spec(self, **kw):
        return "indicator"

    def bind_processor(self, dialect):
        def process(value):
            return None if value is None else str(value)
        return process

    def result_processor(self, dialect, coltype):
        def process(value):
            if value is None or isinstance(value, Figure):
                return value
            return Figure(value)
        return process

    @property
    def python_type(self):
        return Figure


class Target(UserDefinedType):
    """The target type: a plan figure (1500亿元以上, 增长6%左右); values are str."""
    cache_ok = True

    def get_col_spec(self, **kw):
        return "target"

    @property
    def python_type(self):
        return str


class ZhCategory(UserDefinedType):
    """The domain zh_category: text that sorts by pinyin; values are str."""
    cache_ok = True
    comparator_factory = sa.Text.comparator_factory

    def get_col_spec(self, **kw):
        return "zh_category"

    @property
    def python_type(self):
        return str


TYPES = {"indicator": Indicator, "target": Target, "zh_category": ZhCategory}


def register_schema(schema):
    """Also know the types by schema.name: the catalog qualifies them when the
    extension's schema is not on the search_path."""
    for name, cls in TYPES.items():
        _pg.ischema_names["%s.%s" % (schema, name)] = cls


_pg.ischema_names.update(TYPES)
