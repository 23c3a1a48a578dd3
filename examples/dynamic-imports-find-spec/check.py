import importlib.util
import sys

print("--- a top-level name: found or None, nothing is imported")
print("json:", importlib.util.find_spec("json") is not None)
print("yaml_not_installed:", importlib.util.find_spec("yaml_not_installed"))
print("'json' in sys.modules:", "json" in sys.modules)

print("--- a dotted name imports the parent package")
spec = importlib.util.find_spec("heavy.gpu")
print("heavy.gpu:", spec.origin)
print("'heavy' in sys.modules:", "heavy" in sys.modules)
print("'heavy.gpu' in sys.modules:", "heavy.gpu" in sys.modules)

print("--- and raises when the parent is missing")
try:
    importlib.util.find_spec("yaml_not_installed.loader")
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
