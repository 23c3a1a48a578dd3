"""Run app.py under -X importtime and keep the lines about its own modules."""

import subprocess
import sys

for args in (["app.py"], ["app.py", "--plot"]):
    print("$ python -X importtime", " ".join(args))
    proc = subprocess.run([sys.executable, "-X", "importtime", *args], capture_output=True, text=True)
    lines = proc.stderr.splitlines()
    print(lines[0])  # the header
    for line in lines[1:]:
        if line.split("|")[-1].strip() in ("app", "charts", "config"):
            print(line)
    print(proc.stdout, end="")
