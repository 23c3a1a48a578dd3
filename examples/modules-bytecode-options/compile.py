import importlib.util
import subprocess
import sys

KINDS = {0: "timestamp", 1: "unchecked hash", 3: "checked hash"}


def pyc_kind():
    """Bytes 4-7 of a .pyc are its flags (PEP 552): how Python validates it."""
    with open(importlib.util.cache_from_source("calc.py"), "rb") as f:
        header = f.read(16)
    return KINDS[int.from_bytes(header[4:8], "little")]


for mode in ("timestamp", "checked-hash", "unchecked-hash"):
    command = ["-m", "compileall", "-f", "-q", "--invalidation-mode", mode, "calc.py"]
    print("$ python", *command, flush=True)
    subprocess.run([sys.executable, *command], check=True)
    print("  __pycache__/calc...pyc is validated by:", pyc_kind())
