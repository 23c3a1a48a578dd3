import importlib.machinery
import os
import site
import sys

site_packages = site.getsitepackages()[0]
print("--- what the editable installs put into site-packages")
for name in sorted(os.listdir(site_packages)):
    if name.startswith("__editable__"):
        print(name)
        if name.endswith(".pth"):
            with open(os.path.join(site_packages, name), encoding="utf-8") as f:
                print("   ", f.read().strip())

print("--- sys.meta_path")
for finder in sys.meta_path:
    print(finder.__name__ if isinstance(finder, type) else type(finder).__name__,
          "from", finder.__module__)

import greet
import shout
import __editable___greet_0_1_finder as finder_module

print("--- where the imports come from")
print("greet:", greet.__file__)
print("shout:", shout.__file__)
print("the finder's MAPPING:", finder_module.MAPPING)

print("--- a search of the sys.path directories alone (PathFinder)")
for name in ["greet", "shout"]:
    spec = importlib.machinery.PathFinder.find_spec(name)
    print(name, "->", spec.origin if spec else None)

print("--- a file in the project root, next to the package")
try:
    import tasks
except ModuleNotFoundError as exc:
    print(f"{type(exc).__name__}: {exc}")

print("--- a module added to the package after the install")
with open("flat/greet/extra.py", "w", encoding="utf-8") as f:
    f.write("WORDS = ['new', 'file']\n")
try:
    import greet.extra
    print("import greet.extra:", greet.extra.WORDS)
except ModuleNotFoundError as exc:
    print(f"{type(exc).__name__}: {exc}")
