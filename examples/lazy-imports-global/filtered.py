import sys


def keep_lazy(importer, name, fromlist):
    print(f"  filter({importer!r}, {name!r}, {fromlist!r})")
    return name != "audit"  # audit must run now: it has a side effect


sys.set_lazy_imports_filter(keep_lazy)
sys.set_lazy_imports("all")
print("mode:", sys.get_lazy_imports())

import audit
import reports

print("'audit' in sys.modules:", "audit" in sys.modules)
print("'reports' in sys.modules:", "reports" in sys.modules)
