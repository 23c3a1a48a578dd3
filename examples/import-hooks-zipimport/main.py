import importlib.resources
import os
import sys
import zipfile

# Pack src/ into lib.zip, then put the zip on sys.path.
with zipfile.ZipFile("lib.zip", "w") as zf:
    for name in ["greet.py", "shapes/__init__.py", "shapes/colors.txt"]:
        zf.write(os.path.join("src", name), name)
sys.path.insert(0, os.path.abspath("lib.zip"))

import greet
import shapes

print(greet.hello("Ann"))
print("greet.__file__:", greet.__file__)
print("loader:", type(greet.__loader__).__name__)
print("path entry finder:", type(sys.path_importer_cache[sys.path[0]]).__name__)

print("--- importlib.resources reads inside the zip")
colors = importlib.resources.files("shapes").joinpath("colors.txt")
print(colors.read_text(encoding="utf-8").split())

print("--- as_file() extracts a real file for code that needs a path")
with importlib.resources.as_file(colors) as path:
    with open(path, encoding="utf-8") as f:
        print("a real file:", os.path.isfile(path), f.read().split())

print("--- a path built from __file__ points inside the zip")
here = os.path.dirname(shapes.__file__)
try:
    with open(os.path.join(here, "colors.txt"), encoding="utf-8") as f:
        print(f.read().split())
except OSError as exc:
    print(f"{type(exc).__name__}: {exc}")
