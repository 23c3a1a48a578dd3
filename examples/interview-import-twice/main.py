import importlib
import sys

import pkg
import pkg  # found in sys.modules: nothing runs
importlib.import_module("pkg")  # the same lookup

print("one module object:", sys.modules["pkg"] is pkg)

import pkg.config

sys.path.insert(0, "pkg")  # a mistake: the package's own folder on sys.path
import config  # a new name, so the same file runs again

print("config is pkg.config:", config is pkg.config)
