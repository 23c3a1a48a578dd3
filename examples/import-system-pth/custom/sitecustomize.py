import sys

print("sitecustomize ran", file=sys.stderr)
