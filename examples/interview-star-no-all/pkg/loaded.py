"""Imported by pkg/__init__.py."""
