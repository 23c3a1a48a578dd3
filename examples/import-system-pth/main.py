import os
import shutil
import subprocess
import sys

# A per-user site-packages of our own (normally ~/.local/lib/pythonX.Y/site-packages).
# sitecustomize goes on PYTHONPATH, ahead of the standard library: Debian and
# Ubuntu ship a sitecustomize there, which would win over one in site-packages.
env = dict(os.environ, PYTHONUSERBASE=os.path.abspath("userbase"), PYTHONPATH=os.path.abspath("custom"))
user_site = subprocess.run(
    [sys.executable, "-c", "import site; print(site.getusersitepackages())"],
    env=env, capture_output=True, text=True, check=True,
).stdout.strip()
shutil.copytree("startup", user_site)  # demo.pth, usercustomize.py

# demo.pth names ../../../../extra, relative to the directory of the .pth file.
probe = "import sys; print([p for p in sys.path if p.endswith('extra')])"
for options in ([], ["-s"], ["-S"], ["-I"]):
    print("$ python", *options, "-c", repr(probe), flush=True)
    subprocess.run([sys.executable, *options, "-c", probe], env=env, stderr=subprocess.STDOUT)
