"""Offline voice assistant for an evening reflection about one's relationship."""

__version__ = "0.1.0"
