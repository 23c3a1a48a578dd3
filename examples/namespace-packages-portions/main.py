import importlib
import os
import pkgutil
import sys

here = os.path.dirname(os.path.abspath(__file__))

# Two roots, as if two distributions had been installed into two places.
sys.path[:0] = [os.path.join(here, "core"), os.path.join(here, "extra")]

import acme.plugins

print("acme.plugins is spread over:")
for directory in acme.plugins.__path__:
    print("   ", directory)


def run_plugins():
    for info in pkgutil.iter_modules(acme.plugins.__path__, "acme.plugins."):
        plugin = importlib.import_module(info.name)
        print(f"    {info.name:24} {plugin.export(['a', 'b'])}")


print("plugins found:")
run_plugins()

# A third root appears on sys.path: __path__ is recomputed on the next use.
sys.path.append(os.path.join(here, "late"))
print("after adding a third root:")
run_plugins()
