import sys

names_before = set(dir())

import a.b.c

# Loaded: three modules, parents first, each entered in sys.modules.
print("sys.modules:", [name for name in sys.modules if name.split(".")[0] == "a"])

# Bound here: one new name, the top-level package.
print("new names:  ", sorted(set(dir()) - names_before - {"names_before"}))

# Each submodule was set as an attribute of its parent.
print(a.b.c is sys.modules["a.b.c"], a.b is sys.modules["a.b"])

try:
    c
except NameError as error:
    print("NameError:", error)
