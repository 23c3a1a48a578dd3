import os
from importlib import resources

import ns  # ns/ holds data.txt and no __init__.py: a namespace package

try:
    os.path.dirname(ns.__file__)
except TypeError as exc:
    print("os.path.dirname(ns.__file__): TypeError:", exc)

try:
    text = (resources.files("ns") / "data.txt").read_text()
    print("resources.files('ns'):", text.strip())
except TypeError as exc:
    print("resources.files('ns'): TypeError:", exc)
