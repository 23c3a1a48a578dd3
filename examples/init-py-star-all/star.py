import sys

before = set(globals())
from kit import *

print(sorted(set(globals()) - before - {"before"}))
print("kit.extra imported:", "kit.extra" in sys.modules)
