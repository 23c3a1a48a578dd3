"""Run the same tests in a flat and in a src layout, with the same broken install.

site-packages/ stands in for the virtual environment's site-packages: it holds
what `pip install .` installs from either project, phrasebook/__init__.py
without phrases.json (see pyproject.toml). PYTHONPATH puts it on sys.path;
the current directory comes before it, as it comes before a real site-packages.
"""

import os
import subprocess
import sys

env = dict(os.environ, PYTHONPATH=os.path.abspath("site-packages"))


def run(project, *args):
    return subprocess.run([sys.executable, *args], cwd=project, env=env,
                          capture_output=True, text=True)


for project in ("flat", "src-layout"):
    where = run(project, "-c", "import phrasebook; print(phrasebook.__file__)").stdout.strip()
    tests = run(project, "-m", "unittest", "discover", "-s", "tests").stderr.splitlines()
    print(f"{project}/")
    print(f"  phrasebook imported from {os.path.relpath(where)}")
    print(f"  python -m unittest discover -s tests: {tests[-1]}")  # OK or FAILED
    for line in tests:
        if line.startswith("FileNotFoundError"):
            print(f"  {line}")
