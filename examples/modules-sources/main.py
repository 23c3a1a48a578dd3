import os
import py_compile

# Compile secret.py to secret.pyc beside it, then delete the source:
# what is left is a .pyc without its .py.
py_compile.compile("secret.py", cfile="secret.pyc")
os.remove("secret.py")

import greet    # from greet.py
import secret   # from secret.pyc: there is no secret.py any more
import _sqlite3  # an extension module (.so on Linux and macOS, .pyd on Windows)
import sys      # built into the interpreter
import zipimport  # frozen: its code is stored inside the interpreter

print(secret.answer())
for module in (greet, secret, _sqlite3, sys, zipimport):
    spec = module.__spec__
    loader = getattr(spec.loader, "__name__", type(spec.loader).__name__)
    if spec.has_location:
        source = "from a " + os.path.splitext(spec.origin)[1] + " file"
    else:
        source = spec.origin
    print(f"{module.__name__:10} {type(module).__name__:7} {loader:21} {source}")
