import importlib.util
import sys


def lazy_import(name):
    """The recipe from the importlib documentation."""
    spec = importlib.util.find_spec(name)  # finding is not lazy
    loader = importlib.util.LazyLoader(spec.loader)
    spec.loader = loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    loader.exec_module(module)
    return module


reports = lazy_import("reports")
print("after lazy_import(): 'reports' in sys.modules:", "reports" in sys.modules)
print("type:", type(reports).__name__)
print(reports.build())
print("type:", type(reports).__name__)

try:
    lazy_import("acme_charts")
except Exception as exc:
    print(f"a missing module fails at once: {type(exc).__name__}: {exc}")
