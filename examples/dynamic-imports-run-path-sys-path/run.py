import runpy
import sys

print("--- run_path() leaves sys.path as it is")
try:
    runpy.run_path("scripts/report.py", run_name="__main__")
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)

print("--- with the file's directory added first, as `python scripts/report.py` does")
sys.path.insert(0, "scripts")
runpy.run_path("scripts/report.py", run_name="__main__")
