import sys

from greet import hello

print(hello("reader"))

# The whole of greet.py ran and the whole module is cached...
print("greet" in sys.modules, sys.modules["greet"].default_name)

# ...but this file got only the name it asked for.
try:
    greet
except NameError as error:
    print("NameError:", error)
