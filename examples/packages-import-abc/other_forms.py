import sys

import a.b.c as c         # loads the same three modules, binds c to a.b.c
from a.b import c as c2   # binds c2 to a.b.c as well

print(c.__name__, c is c2 is sys.modules["a.b.c"])
print("a" in dir())       # neither form binds the name a
