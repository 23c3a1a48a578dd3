import os
import site
import sys

site_packages = site.getsitepackages()[0]
print("--- what the editable install put into site-packages")
for name in sorted(os.listdir(site_packages)):
    if name.startswith("__editable__"):
        print(name)
        with open(os.path.join(site_packages, name), encoding="utf-8") as f:
            print("   ", f.read().strip())

print("--- sys.meta_path")
for finder in sys.meta_path:
    print(finder.__name__ if isinstance(finder, type) else type(finder).__name__,
          "from", finder.__module__)

import greet

print("--- where the import comes from")
print("greet:", greet.__file__)
print("which is a link to:", os.path.relpath(os.path.realpath(greet.__file__)))

print("--- a module added to the package after the install")
with open("flat/greet/extra.py", "w", encoding="utf-8") as f:
    f.write("WORDS = ['new', 'file']\n")
try:
    import greet.extra
    print("import greet.extra:", greet.extra.WORDS)
except ModuleNotFoundError as exc:
    print(f"{type(exc).__name__}: {exc}")
