import sys

import counter
import counter as again             # found in sys.modules: the code does not run again

print("same object:", counter is again is sys.modules["counter"])
counter.bump()
print("again.calls =", again.calls)  # one module object, one namespace

del sys.modules["counter"]           # forget it...
import counter as fresh              # ...and the next import runs the file again

print("fresh object:", fresh is not again, "| fresh.calls =", fresh.calls)
