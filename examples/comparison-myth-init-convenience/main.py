import os
import sys

# The roots to search come from the command line: python main.py ROOT...
sys.path[:0] = sys.argv[1:]

import shapes

print("__file__:           ", shapes.__file__ and os.path.relpath(shapes.__file__))
print("__path__:           ", [os.path.relpath(p) for p in shapes.__path__])
if hasattr(shapes, "area"):
    print("shapes.area(1):     ", shapes.area(1))
else:
    print("shapes.area:         missing, no __init__.py ran to import it")
try:
    import shapes.square
    print("import shapes.square:", os.path.relpath(shapes.square.__file__))
except ImportError as error:
    print("import shapes.square:", f"{type(error).__name__}: {error}")
