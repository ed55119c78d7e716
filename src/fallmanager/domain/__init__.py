"""The domain of family case management: records, rules and algorithms in plain Python.

This package imports neither Qt nor SQLAlchemy, SQLCipher, ReportLab or keyring; the
import-linter contract in ``pyproject.toml`` keeps it so.
"""
