"""A regular package: root1/regular/__init__.py."""
