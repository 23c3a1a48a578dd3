import importlib.util
import os
import sys
import sysconfig

STDLIB = sysconfig.get_paths()["stdlib"]


def short(path):
    """A path relative to this folder or to the standard library."""
    if path is None or not os.path.isabs(path):  # None, 'built-in', 'frozen'
        return path
    if path.startswith(STDLIB):
        return "<stdlib>" + path[len(STDLIB):]
    return os.path.relpath(path)


def loader_name(loader):
    # Some loaders are classes used directly, others are instances.
    if loader is None:
        return None
    return loader.__name__ if isinstance(loader, type) else type(loader).__name__


# The finders of the import system itself (site-packages may add others).
finders = [f for f in sys.meta_path if f.__module__.startswith("_frozen_importlib")]
print("sys.meta_path:", ", ".join(loader_name(f) for f in finders))
print()
print(f"{'name':8} {'origin':26} {'loader':16} submodule_search_locations")
for name in ["greet", "shop", "plugins", "json", "sys", "os", "nothere"]:
    spec = importlib.util.find_spec(name)
    if spec is None:
        print(f"{name:8} None: no finder can find it")
        continue
    locations = spec.submodule_search_locations
    if locations is not None:
        locations = [short(p) for p in locations]
    print(f"{spec.name:8} {short(spec.origin)!s:26} {loader_name(spec.loader)!s:16} {locations}")
print()
print("finder for this folder:", type(sys.path_importer_cache[sys.path[0]]).__name__)
