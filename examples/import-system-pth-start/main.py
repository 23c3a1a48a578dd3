import os
import shutil
import subprocess
import sys

# A per-user site-packages of our own (normally ~/.local/lib/pythonX.Y/site-packages).
env = dict(os.environ, PYTHONUSERBASE=os.path.abspath("userbase"))
user_site = subprocess.run(
    [sys.executable, "-c", "import site; print(site.getusersitepackages())"],
    env=env, capture_output=True, text=True, check=True,
).stdout.strip()
shutil.copytree("startup", user_site)  # a_first.pth, b_second.pth, hello.start, starthook.py

# The .pth path lines are relative to the site-packages directory: ../../../../ is this folder.
probe = "import sys; print([p for p in sys.path if p.endswith(('extra', 'missing'))])"
print("$ python -c", repr(probe), flush=True)
subprocess.run([sys.executable, "-c", probe], env=env, stderr=subprocess.STDOUT)
