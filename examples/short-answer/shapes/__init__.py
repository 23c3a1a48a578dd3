"""A regular package: a directory with __init__.py."""
