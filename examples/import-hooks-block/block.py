import sys

sys.modules["speedups"] = None  # from now on, "import speedups" fails

import app
print("app uses:", app.IMPLEMENTATION, "| total:", app.total([1, 2, 3]))

import speedups
