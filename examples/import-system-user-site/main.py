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
# site.getsitepackages() names the interpreter's own: one site-packages in a
# python.org build, several dist-packages directories in Debian's and Ubuntu's.
listing = subprocess.run(
    ask + ["import site, sys\n"
           "order = []\n"
           "for p in sys.path:\n"
           "    if p == site.getusersitepackages(): label = 'per-user site-packages'\n"
           "    elif p in site.getsitepackages(): label = \"the interpreter's site-packages\"\n"
           "    else: continue\n"
           "    if label not in order: order.append(label)\n"
           "print(*order, sep='\\n')"],
    env=env, capture_output=True, text=True, check=True,
).stdout
print(listing, end="")
