"""Fallmanager: offline-first case management for outreach case managers."""

__version__ = "0.1.0"
