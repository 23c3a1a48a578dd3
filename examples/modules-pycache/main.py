import importlib
import importlib.util
import os
import sys

print("before:", sorted(os.listdir(".")))

import greet

print("after: ", sorted(os.listdir(".")))
print("__pycache__:", os.listdir("__pycache__"))

# The file name carries the interpreter's cache tag:
print(sys.implementation.cache_tag)
print(greet.__spec__.cached)
print(importlib.util.cache_from_source("greet.py"))

# A .pyc in __pycache__ is only a cache: without greet.py it is not used.
os.remove("greet.py")
del sys.modules["greet"]
importlib.invalidate_caches()
try:
    import greet
except ModuleNotFoundError as error:
    print("ModuleNotFoundError:", error)
