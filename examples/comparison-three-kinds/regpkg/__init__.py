"""A regular package: a directory with __init__.py."""

print(f"  running regpkg/__init__.py as {__name__!r}")

__all__ = ["VERSION", "sub"]

VERSION = "1.0"
_internal = "not exported"
