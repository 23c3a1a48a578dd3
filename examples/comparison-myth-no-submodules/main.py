import os
import types

import shapes
import shapes.circle       # a submodule that is a plain .py module
import shapes.solid.cube   # a submodule inside a subpackage
import units

# A package is a module: the same type, the same kind of object.
print(type(shapes) is type(units) is types.ModuleType)

for module in (shapes, shapes.circle, shapes.solid, shapes.solid.cube, units):
    kind = "package" if hasattr(module, "__path__") else "module"
    print(f"{module.__name__:18} {kind}")

try:
    import units.metric
except ModuleNotFoundError as error:
    print("ModuleNotFoundError:", error)

# What makes a package is __path__, not a directory:
import legacy.extra

print(os.path.basename(legacy.__file__), "->", legacy.extra.NOTE)
