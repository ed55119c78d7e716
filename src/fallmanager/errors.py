"""The base of all expected failures outside the domain (vault, storage, exchange).

Each carries a stable ``code`` that user interfaces translate; ``str()`` of the error is an
English sentence for logs and the command line and never contains personal data.
"""

from __future__ import annotations


class FallmanagerError(Exception):
    """An expected failure with a translatable code."""

    code = "error"
