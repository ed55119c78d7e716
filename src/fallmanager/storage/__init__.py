"""Storage adapter: SQLCipher database, schema, migrations, record store, search index."""
