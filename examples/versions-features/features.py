"""What this interpreter's import system has: one line per change, 3.10 to 3.15."""
import importlib.machinery
import importlib.util
import json
import multiprocessing
import os
import pkgutil
import sys
import types
import zipimport


def has_module(name):
    return importlib.util.find_spec(name) is not None


def loader_name(module):
    loader = module.__spec__.loader
    return getattr(loader, "__name__", type(loader).__name__)


checks = [
    ("3.10", "sys.stdlib_module_names", hasattr(sys, "stdlib_module_names")),
    ("3.10", "zipimporter.find_spec", hasattr(zipimport.zipimporter, "find_spec")),
    ("3.11", "-P, sys.flags.safe_path", hasattr(sys.flags, "safe_path")),
    ("3.11", "os is frozen", loader_name(os) == "FrozenImporter"),
    ("3.12", "module imp", has_module("imp")),
    ("3.12", "module distutils", has_module("distutils")),
    ("3.12", "PathFinder.find_module", hasattr(importlib.machinery.PathFinder, "find_module")),
    ("3.14", "pkgutil.find_loader", hasattr(pkgutil, "find_loader")),
    ("3.14", "module annotationlib", has_module("annotationlib")),
    ("3.15", "SourceFileLoader.load_module", hasattr(importlib.machinery.SourceFileLoader, "load_module")),
    ("3.15", "json.__cached__ is set", "__cached__" in vars(json)),
    ("3.15", "lazy imports, sys.set_lazy_imports", hasattr(sys, "set_lazy_imports")),
    ("3.15", "types.LazyImportType", hasattr(types, "LazyImportType")),
]
print(f"Python {sys.version_info[0]}.{sys.version_info[1]}")
for version, what, present in checks:
    print(f"  {version}  {what:36} {'yes' if present else 'no'}")
print(f"  3.14  {'multiprocessing start method':36} {multiprocessing.get_start_method()}")
