import os
import shutil
import subprocess
import sys

TAG = sys.implementation.cache_tag  # cpython-313 on 3.13: shown as TAG below


def run(*options, env={}):
    """Run show.py in a fresh interpreter, then list the calc bytecode it left."""
    shutil.rmtree("__pycache__", ignore_errors=True)
    shutil.rmtree("prefix", ignore_errors=True)
    print("$", *(f"{k}={v}" for k, v in env.items()), "python", *options, "show.py", flush=True)
    subprocess.run([sys.executable, *options, "show.py"], env=dict(os.environ, **env), check=True)
    written = [
        os.path.join(folder, name)
        for top in ("__pycache__", "prefix")
        for folder, _, files in os.walk(top)
        for name in files
        if name.startswith("calc.")
    ]
    for path in sorted(written):
        print("  wrote", path.replace(TAG, "TAG"))
    if not written:
        print("  wrote no .pyc")


run()
run("-O")
run("-OO")
run(env={"PYTHONDONTWRITEBYTECODE": "1"})
run(env={"PYTHONPYCACHEPREFIX": os.path.abspath("prefix")})
