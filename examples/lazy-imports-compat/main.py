__lazy_modules__ = ["reports"]

import sys

import reports
from reports import build

print("after the imports: 'reports' in sys.modules:", "reports" in sys.modules)
print(build())
print("after first use:   'reports' in sys.modules:", "reports" in sys.modules)
print("__lazy_modules__ is", type(__lazy_modules__), __lazy_modules__)
