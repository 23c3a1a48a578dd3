import runpy
import sys

print("--- run_path(..., run_name='__main__'): like `python scripts/report.py`")
namespace = runpy.run_path("scripts/report.py", run_name="__main__")
print("returns its globals: TOTAL =", namespace["TOTAL"])

print("--- run_path(...) without run_name")
runpy.run_path("scripts/report.py")

print("--- nothing was imported")
print("'report' in sys.modules:", "report" in sys.modules)
print("sys.modules['__main__'] is still", sys.modules["__main__"].__file__)
