"""Synthetic, invented case files for demonstrations, tests and performance measurements."""

from fallmanager.synthetic.generator import DEFAULT_TODAY, SyntheticData, generate

__all__ = ["DEFAULT_TODAY", "SyntheticData", "generate"]
