import os
import sys
from importlib.resources import files

import hello

print("sys.path[0]:", os.path.relpath(sys.path[0]))
print("__file__:", os.path.relpath(__file__))
print(hello.greet("Ann"))

text = files("hello").joinpath("greeting.txt").read_text(encoding="utf-8")
print("importlib.resources:", text.strip())

path = os.path.join(os.path.dirname(__file__), "hello", "greeting.txt")
try:
    with open(path, encoding="utf-8") as f:
        print("open() next to __file__:", f.read().strip())
except OSError as exc:
    print(f"open() next to __file__: {type(exc).__name__}: {exc}")
