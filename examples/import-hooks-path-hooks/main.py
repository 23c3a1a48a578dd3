import importlib.abc
import importlib.util
import json
import os
import sys


class BundleFinder(importlib.abc.PathEntryFinder):
    """The path entry finder for one .json file on sys.path."""

    def __init__(self, path):
        self.path = path
        with open(path, encoding="utf-8") as f:
            self.files = json.load(f)  # "pkg/mod.py" -> source code

    def find_spec(self, fullname, target=None):
        print(f"  BundleFinder.find_spec({fullname!r})")
        base = fullname.replace(".", "/")
        if base + "/__init__.py" in self.files:
            filename, locations = base + "/__init__.py", [self.path]
        elif base + ".py" in self.files:
            filename, locations = base + ".py", None
        else:
            return None
        loader = BundleLoader(self.files[filename])
        spec = importlib.util.spec_from_loader(
            fullname, loader, origin=f"{os.path.basename(self.path)}:{filename}"
        )
        spec.submodule_search_locations = locations  # a package: its __path__
        return spec


class BundleLoader(importlib.abc.Loader):
    def __init__(self, source):
        self.source = source

    def exec_module(self, module):
        print(f"  BundleLoader.exec_module({module.__name__!r})")
        exec(self.source, module.__dict__)


def bundle_hook(path):
    """A path hook: return a finder for this sys.path entry, or raise ImportError."""
    if not path.endswith(".json"):
        raise ImportError("not a bundle")
    print(f"  bundle_hook({os.path.basename(path)!r}) -> BundleFinder")
    return BundleFinder(path)


def short(entry):
    return os.path.relpath(entry) if os.path.isabs(entry) else entry


print("default sys.path_hooks:")
for hook in sys.path_hooks:
    print("  " + getattr(hook, "__qualname__", type(hook).__name__))

sys.path_hooks.insert(0, bundle_hook)
here = os.path.dirname(os.path.abspath(__file__))
sys.path.append(os.path.join(here, "missing-dir"))
sys.path.append(os.path.join(here, "bundle.json"))

print("--- import greetings")
import greetings
print(greetings.HELLO, "| origin:", greetings.__spec__.origin)

print("--- import textutils.case")
import textutils.case
print(textutils.case.shout("hi"), "| textutils.__path__:", [short(p) for p in textutils.__path__])

print("--- sys.path_importer_cache, for the two entries added")
for entry in sys.path[-2:]:
    finder = sys.path_importer_cache.get(entry)
    print(f"  {short(entry)!r}: {type(finder).__name__ if finder else finder}")
