import importlib
import os
import sys
import types

here = os.path.dirname(os.path.abspath(__file__))
# The namespace package nspkg has a second portion in extra/.
sys.path.append(os.path.join(here, "extra"))


def shown(value):
    """Paths relative to this folder, so that lines stay short."""
    if isinstance(value, str):
        return value.replace(here + os.sep, "")
    if value is None or isinstance(value, bool):
        return repr(value)
    return repr([shown(v) for v in value]).replace('"', "")


print("import mod, regpkg, nspkg:")
import mod
import regpkg
import nspkg

kinds = {"module": mod, "regular package": regpkg, "namespace package": nspkg}
submodule = {"module": "mod.sub", "regular package": "regpkg.sub",
             "namespace package": "nspkg.two"}


def row(title, get):
    print(title)
    for kind, module in kinds.items():
        try:
            value = get(kind, module)
        except Exception as error:
            value = f"{type(error).__name__}: {error}"
        print(f"  {kind:18} {value}")


row("type(m).__name__", lambda k, m: type(m).__name__)
row("isinstance(m, types.ModuleType)", lambda k, m: isinstance(m, types.ModuleType))
row("hasattr(m, '__path__')", lambda k, m: hasattr(m, "__path__"))
row("type(m.__path__).__name__", lambda k, m: type(m.__path__).__name__)
row("list(m.__path__)", lambda k, m: shown(list(m.__path__)))
row("m.__file__", lambda k, m: shown(m.__file__))
row("m.__spec__.origin", lambda k, m: shown(m.__spec__.origin))
row("hasattr(m, '__all__')", lambda k, m: hasattr(m, "__all__"))
row("import a submodule", lambda k, m: shown(importlib.import_module(submodule[k]).__file__))
