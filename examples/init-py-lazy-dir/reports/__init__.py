"""Reports. Submodules are imported on first use (PEP 562)."""

__all__ = ["charts", "export", "title"]
_LAZY_SUBMODULES = {"charts", "export"}


def title(text):
    return text.title()


def __getattr__(name):
    # Called only when normal lookup fails: `reports.charts` before import.
    if name in _LAZY_SUBMODULES:
        import importlib

        print(f"  (__getattr__ imports {__name__}.{name})")
        return importlib.import_module(f"{__name__}.{name}")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__():
    return sorted(set(globals()) | _LAZY_SUBMODULES)
