import sys

import a.b.c  # loads a, then a.b, then a.b.c

names = [name for name in dir() if not name.startswith("__") and name != "sys"]
print("names bound here:", names)
print("loaded:", [name for name in sys.modules if name.split(".")[0] == "a"])
print("a.b.c.answer =", a.b.c.answer)

try:
    c
except NameError as exc:
    print("NameError:", exc)
