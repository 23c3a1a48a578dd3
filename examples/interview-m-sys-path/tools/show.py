import sys

print(f"sys.path[0] = {sys.path[0]!r}")
