"""Alembic environment of the office server: migrations run on a connection handed in by
``fallmanager.server.migrate``."""

from alembic import context

connection = context.config.attributes["connection"]
context.configure(connection=connection)
with context.begin_transaction():
    context.run_migrations()
