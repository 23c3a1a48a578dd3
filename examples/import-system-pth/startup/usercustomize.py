import sys

print("usercustomize ran", file=sys.stderr)
