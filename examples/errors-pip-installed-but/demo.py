"""pip installs into one Python; the program runs on another."""
import subprocess
import sys
import venv
from pathlib import Path

# A second Python: a fresh virtual environment in ./venv (no pip, no network).
venv.create("venv", with_pip=False)
bin_dir = "Scripts" if sys.platform == "win32" else "bin"
venv_python = str(Path("venv", bin_dir, "python"))


def run(python, code):
    """Run `python -c code`, return the last line it printed."""
    done = subprocess.run([python, "-c", code], capture_output=True, text=True)
    return (done.stdout + done.stderr).strip().splitlines()[-1]


# `venv/bin/python -m pip install greeting` would put the module into the
# site-packages of venv/bin/python, and nowhere else. Do the same by hand:
site_packages = run(venv_python, "import sysconfig; print(sysconfig.get_path('purelib'))")
Path(site_packages, "greeting.py").write_text('print("greeting imported")\n')

print("venv python:", run(venv_python, "import greeting"))
print("this python:", run(sys.executable, "import greeting"))
