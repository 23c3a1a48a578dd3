"""Build the wheel of shapes-dist/ the way pip does (it calls the build backend's
build_wheel hook) and list what is inside."""

import contextlib
import io
import os
import zipfile

from setuptools import build_meta

os.chdir("shapes-dist")
with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
    name = build_meta.build_wheel("dist")
print(name)
with zipfile.ZipFile(os.path.join("dist", name)) as wheel:
    for member in wheel.namelist():
        print("   ", member)
