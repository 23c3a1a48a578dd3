namespace = {}
exec("from report import *", namespace)   # star-import into a fresh namespace
print("from report import * binds:", sorted(n for n in namespace if n != "__builtins__"))

from report import DEFAULT_WIDTH           # not in __all__: still importable
import report.internal                     # not in __init__.py: still importable

print("DEFAULT_WIDTH =", DEFAULT_WIDTH)
print(report.internal.NOTE)
print(report.render("report", 30))
