import importlib
import os
import py_compile
import sys

STAMP = 1_700_000_000


def write(text):
    with open("config.py", "w") as f:
        f.write(text)
    os.utime("config.py", (STAMP, STAMP))


def fresh_import():
    sys.modules.pop("config", None)
    importlib.invalidate_caches()
    import config
    return config.COLOR


write('COLOR = "red"\n')
# A hash-based .pyc (PEP 552) records a hash of the source, not its mtime:
py_compile.compile(
    "config.py", invalidation_mode=py_compile.PycInvalidationMode.CHECKED_HASH
)
print("first import:", fresh_import())

write('COLOR = "tan"\n')
print("after an edit:", fresh_import())  # the hash differs: recompiled
