import os
import subprocess
import sys

# A per-user base directory just for this run (normally ~/.local on Linux).
env = dict(os.environ, PYTHONUSERBASE=os.path.abspath("userbase"))
ask = [sys.executable, "-c"]
user_site = subprocess.run(
    ask + ["import site; print(site.getusersitepackages())"],
    env=env, capture_output=True, text=True, check=True,
).stdout.strip()
os.makedirs(user_site, exist_ok=True)  # site adds it only if it exists

# A fresh interpreter now lists its site-packages entries in sys.path order.
listing = subprocess.run(
    ask + ["import site, sys\n"
           "for p in sys.path:\n"
           "    if p == site.getusersitepackages(): print('per-user site-packages')\n"
           "    elif p.endswith('site-packages'): print(\"the interpreter's site-packages\")"],
    env=env, capture_output=True, text=True, check=True,
).stdout
print(listing, end="")
