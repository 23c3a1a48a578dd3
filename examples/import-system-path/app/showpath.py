"""Print sys.path: the first entry as it is, the others by kind."""

import os
import sys
import sysconfig

STDLIB = sysconfig.get_paths()["stdlib"]
PYTHONPATH = [os.path.abspath(p) for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p]


def kind(entry):
    """The kind of a sys.path entry, or None for a directory of your own."""
    if entry in PYTHONPATH:
        return f"PYTHONPATH     {entry}"
    if entry.endswith(".zip"):
        return "stdlib (zip)   listed even when the file does not exist"
    if entry == STDLIB:
        return "stdlib"
    if entry == os.path.join(STDLIB, "lib-dynload"):
        return "lib-dynload    the standard library's extension modules"
    if os.path.basename(entry) in ("site-packages", "dist-packages"):
        return "site-packages  installed distributions"
    return None


print("cwd        ", os.getcwd())
print("sys.path[0]", kind(sys.path[0]) or repr(sys.path[0]))
shown = []
for entry in sys.path[1:]:
    label = kind(entry) or "other          added by a .pth file, for example"
    if label not in shown:  # several site-packages directories are shown once
        shown.append(label)
        print("           ", label)
