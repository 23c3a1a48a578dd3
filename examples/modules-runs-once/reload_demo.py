import importlib

import counter
from counter import bump

counter.bump()
counter.bump()
print(counter.count)

old = counter
importlib.reload(counter)   # runs counter.py again, inside the same module object
print(counter is old)
print(counter.count)        # the top-level code set it back to 0
print(bump is counter.bump) # a name bound by `from` still holds the old function
