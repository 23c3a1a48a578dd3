before = set(globals())
from kit import *

print(sorted(set(globals()) - before - {"before"}))
