import importlib.util
import sys
import types
import warnings

# Show every warning, as one short line.
warnings.simplefilter("always")
warnings.showwarning = lambda message, category, *rest: print(f"  {category.__name__}: {message}")


class OldFinder:
    """PEP 302 style: find_module() and load_module(), no find_spec()."""

    def find_module(self, name, path=None):
        print(f"  OldFinder.find_module({name!r})")
        return self if name == "old_style" else None

    def load_module(self, name):
        print(f"  OldFinder.load_module({name!r})")
        module = sys.modules[name] = types.ModuleType(name)
        return module


class OldLoader:
    """A loader with load_module() only, returned by a modern finder."""

    def load_module(self, name):
        print(f"  OldLoader.load_module({name!r})")
        module = sys.modules[name] = types.ModuleType(name)
        return module


class NewFinder:
    def find_spec(self, name, path, target=None):
        if name == "half_new":
            return importlib.util.spec_from_loader(name, OldLoader())
        return None


sys.meta_path += [OldFinder(), NewFinder()]
for name in ["old_style", "half_new"]:
    print(f"import {name}")
    try:
        __import__(name)
        print("  imported")
    except (ImportError, AttributeError) as exc:
        print(f"  {type(exc).__name__}: {exc}")
