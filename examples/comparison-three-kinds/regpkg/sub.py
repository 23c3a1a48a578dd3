"""A submodule of the regular package."""

print("  running regpkg/sub.py")
