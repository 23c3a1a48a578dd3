"""Run `python -X importtime=2 -c 'import cart, report'`; print their lines.

-X importtime writes one line per module to stderr, children before parents.
With importtime=2 (Python 3.14+) it also writes a line for each import of a
module that is already in sys.modules, marked "cached". Timings are shown as "...".
"""

import re
import subprocess
import sys

print("$ python -X importtime=2 -c 'import cart, report'")
proc = subprocess.run(
    [sys.executable, "-X", "importtime=2", "-c", "import cart, report"],
    capture_output=True, text=True,
)
lines = proc.stderr.splitlines()
print(lines[0])  # the header
for line in lines:
    match = re.fullmatch(r"import time:\s+(\d+|cached)\s+\|\s+(\d+|cached)\s+\| (\s*)(\S+)", line)
    if match and match[4] in ("cart", "report", "prices"):  # skip the interpreter's own imports
        cost = "cached" if match[1] == "cached" else "..."
        print(f"import time: {cost:>9} | {cost:>10} | {match[3]}{match[4]}")
