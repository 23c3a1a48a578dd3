import os
import sys

print("hasattr(os, '__path__'):", hasattr(os, "__path__"))
# os.py itself runs sys.modules['os.path'] = path (posixpath or ntpath)
print("sys.modules['os.path'] is os.path:", sys.modules["os.path"] is os.path)

import os.path   # found in sys.modules, so no __path__ is needed

print("import os.path: works")

try:
    import os.walk   # not in sys.modules: it would have to be searched for in os.__path__
except ModuleNotFoundError as error:
    print("ModuleNotFoundError:", error)
