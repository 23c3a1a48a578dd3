import sys

import reports

print("after the import: 'reports' in sys.modules:", "reports" in sys.modules)
reports
print("after first use:  'reports' in sys.modules:", "reports" in sys.modules)
