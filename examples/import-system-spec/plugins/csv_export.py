"""A portion of the namespace package plugins (no __init__.py beside it)."""
