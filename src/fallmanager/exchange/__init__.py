"""The documented, versioned JSON exchange format (``docs/exchange-format.md``)."""
