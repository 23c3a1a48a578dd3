import importlib
import os
import sys

STAMP = 1_700_000_000  # one fixed modification time, in whole seconds


def write(text):
    with open("config.py", "w") as f:
        f.write(text)
    os.utime("config.py", (STAMP, STAMP))  # the same mtime after every edit


def fresh_import():
    sys.modules.pop("config", None)  # forget the module, as a new process would
    importlib.invalidate_caches()
    import config
    return config.COLOR


write('COLOR = "red"\n')
print("first import:", fresh_import())   # compiles, writes __pycache__/config...pyc

write('COLOR = "tan"\n')                # same size, same mtime, new text
print("after an edit:", fresh_import())  # the .pyc still matches: old code runs

os.utime("config.py", (STAMP + 1, STAMP + 1))
print("after touching:", fresh_import())  # the mtime differs: recompiled
