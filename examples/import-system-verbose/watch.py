"""Run `python -v` or `python -X importtime` and print the lines that matter.

    python watch.py -v            # python -v -c 'import greet', twice
    python watch.py importtime    # python -X importtime -c 'import shop'
    python watch.py importtime=2  # the same with -X importtime=2 (3.14+)

Both write to stderr. Paths are shown relative to this folder, the cache tag
(cpython-313 on Python 3.13) as cpython-3XX, addresses and timings as "...".
"""

import os
import re
import subprocess
import sys


def stderr_of(*args):
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # let Python write __pycache__/
    proc = subprocess.run([sys.executable, *args], capture_output=True, text=True, env=env)
    return proc.stderr.splitlines()


def tidy(line):
    line = line.replace(os.getcwd() + os.sep, "")
    line = line.replace(sys.implementation.cache_tag, "cpython-3XX")
    return re.sub(r"0x[0-9a-f]+", "0x...", line)


def verbose():
    for when in ("no __pycache__ yet", "run again"):
        if when == "run again":
            print()
        print(f"$ python -v -c 'import greet'    # {when}")
        for line in stderr_of("-v", "-c", "import greet"):
            if "greet" in line and not line.startswith(("# cleanup", "# destroy")):
                print(tidy(line))


def importtime(option="importtime"):
    print(f"$ python -X {option} -c 'import shop'")
    lines = stderr_of("-X", option, "-c", "import shop")
    print(lines[0])  # the header
    slowest = None
    for line in lines:
        if re.fullmatch(r"import time: cached\s+\| cached\s+\| \s*shop\S*", line):
            print(line)  # -X importtime=2: a module found already in sys.modules
        match = re.fullmatch(r"import time:\s+(\d+) \|\s+(\d+) \| (\s*)(\S+)", line)
        if match and match[4].startswith("shop"):  # skip the interpreter's own startup imports
            print(f"import time: {'...':>9} | {'...':>10} | {match[3]}{match[4]}")
            if slowest is None or int(match[1]) > slowest[0]:
                slowest = (int(match[1]), match[4])
    print("slowest by self time:", slowest[1])


if sys.argv[1] == "-v":
    verbose()
else:
    importtime(sys.argv[1])
