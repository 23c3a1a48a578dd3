"""A submodule of the namespace package, in a second portion."""

print("  running extra/nspkg/two.py")
