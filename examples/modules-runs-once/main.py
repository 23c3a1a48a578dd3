import sys

import counter
import counter      # already in sys.modules: nothing runs
import helper       # helper.py imports counter too: nothing runs

print(sys.modules["counter"] is counter)
print(helper.counter is counter)

# One module object, shared by every importer:
counter.bump()
helper.bump_twice()
print(counter.count)
