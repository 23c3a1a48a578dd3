import importlib.metadata
import sys

print("installed: greet", importlib.metadata.version("greet"))
print("finders:  ", [getattr(f, "__name__", type(f).__name__) for f in sys.meta_path])

import greet   # this script's directory holds the checkout, greet/

print("__file__: ", greet.__file__)
print("__path__: ", list(greet.__path__))
try:
    print(greet.hello("world"))
except AttributeError as error:
    print("AttributeError:", error)
