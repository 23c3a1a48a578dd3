"""Run `python noguard.py`: print what it prints, the errors it reports, its exit status.

Several processes write tracebacks to stderr; only each error's message is
printed, so the output does not depend on the machine.
"""

import re
import subprocess
import sys

print("$ python noguard.py")
proc = subprocess.run(
    [sys.executable, "noguard.py"], capture_output=True, text=True, timeout=60,
)
print(proc.stdout, end="")
lines = proc.stderr.splitlines()
for i, line in enumerate(lines):
    match = re.fullmatch(r"(\w+Error): ?(.*)", line)
    if match:
        message = match[2]
        if not message:  # RuntimeError puts its message on the next lines
            rest = []
            for more in lines[i + 1:]:
                if not more.strip():
                    break
                rest.append(more.strip())
            message = " ".join(rest)
        print(f"{match[1]}: {message}")
print("exit status:", proc.returncode)
