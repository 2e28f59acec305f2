"""Alembic helpers for the indicator extension.

In env.py:

    import pgindicator.alembic
    context.configure(connection=connection, target_metadata=target_metadata,
                      **pgindicator.alembic.configure_kwargs())

which sets
- compare_type=True: with the types of pgindicator.sqlalchemy registered for reflection,
  a changed type is seen and an unchanged one (zh_category too) is not;
- render_item: migrations name the types with their import (pgindicator.sqlalchemy.Indicator());
- include_object: the extension's own tables (zh_phrase, indicator_bi_views, which live in
  the user's schema) are never dropped by a migration;
- process_revision_directives: the first migration (no down_revision) begins with
  CREATE EXTENSION IF NOT EXISTS indicator and its downgrade ends with DROP EXTENSION.

In a migration that changes a table with a BI view (indicator_bi_view):

    def upgrade():
        pgindicator.alembic.drop_bi_views()
        op.drop_column("facts", "plan")
        pgindicator.alembic.restore_bi_views()
"""
from alembic import op
from alembic.operations import ops

from .sqlalchemy import TYPES

# Tables that are members of the extension (checked against pg_depend by the client test).
EXTENSION_TABLES = frozenset({"zh_phrase", "indicator_bi_views"})
CREATE_EXTENSION = "CREATE EXTENSION IF NOT EXISTS indicator"
DROP_EXTENSION = "DROP EXTENSION IF EXISTS indicator"
_TYPE_CLASSES = tuple(TYPES.values())


def render_item(type_, obj, autogen_context):
    """Render the extension's types as pgindicator.sqlalchemy.X() with the import."""
    if type_ == "type" and isinstance(obj, _TYPE_CLASSES):
        autogen_context.imports.add("import pgindicator.sqlalchemy")
        return "pgindicator.sqlalchemy.%s()" % type(obj).__name__
    return False


def include_object(obj, name, type_, reflected, compare_to):
    """Leave the extension's own tables alone (they are not in the user's metadata)."""
    if type_ == "table" and reflected and compare_to is None and name in EXTENSION_TABLES:
        return False
    return True


def process_revision_directives(context, revision, directives):
    """Put CREATE EXTENSION first in the first migration, DROP EXTENSION last in its
    downgrade.  The first: the script directory has no revision yet."""
    if context.script is None or context.script.get_heads():
        return
    for script in directives:
        for up in script.upgrade_ops_list:
            if not any(isinstance(o, ops.ExecuteSQLOp) and o.sqltext == CREATE_EXTENSION
                       for o in up.ops):
                up.ops.insert(0, ops.ExecuteSQLOp(CREATE_EXTENSION))
        for down in script.downgrade_ops_list:
            if not any(isinstance(o, ops.ExecuteSQLOp) and o.sqltext == DROP_EXTENSION
                       for o in down.ops):
                down.ops.append(ops.ExecuteSQLOp(DROP_EXTENSION))


def configure_kwargs():
    """The keyword arguments of context.configure() that make autogenerate clean."""
    return dict(compare_type=True, render_item=render_item, include_object=include_object,
                process_revision_directives=process_revision_directives)


def drop_bi_views():
    """In a migration, before changing a table that has a BI view."""
    op.execute("SELECT indicator_bi_drop()")


def restore_bi_views():
    """In a migration, after the change: the BI views again, from the tables as they are."""
    op.execute("SELECT indicator_bi_restore()")
