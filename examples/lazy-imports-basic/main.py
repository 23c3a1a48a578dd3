import sys
import types

lazy import reports
lazy from reports import build

print("1. after the lazy imports")
print("   'reports' in sys.modules:", "reports" in sys.modules)
print("   globals()['reports']:", repr(globals()["reports"]))
print("   globals()['build']:", repr(globals()["build"]))
print("   a types.LazyImportType:", isinstance(globals()["reports"], types.LazyImportType))

print("2. type(reports), the first use of the name")
print("  ", type(reports))
print("   'reports' in sys.modules:", "reports" in sys.modules)
print("   globals()['reports']:", repr(globals()["reports"]))
print("   globals()['build']:", repr(globals()["build"]))

print("3. build(), the first use of build")
print("  ", build())
print("   type(globals()['build']):", type(globals()["build"]))
