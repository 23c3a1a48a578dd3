"""A submodule of the namespace package, in the first portion."""

print("  running nspkg/one.py")
