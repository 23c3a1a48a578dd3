import sys
import zipfile
from pathlib import Path
from importlib.resources import as_file, files

# The same package twice: as a directory here, and zipped, under another name.
with zipfile.ZipFile("bundle.zip", "w") as bundle:
    bundle.write("res/__init__.py", "zipped/__init__.py")
    bundle.write("res/data.txt", "zipped/data.txt")
sys.path.insert(0, "bundle.zip")

for package in ["res", "zipped"]:
    resource = files(package) / "data.txt"
    print(f"{package}: a {type(resource).__name__}; a pathlib.Path: {isinstance(resource, Path)}")
    with as_file(resource) as path:
        where = path if package == "res" else f"a temporary file in {path.parent}"
        print(f"  as_file(): {where}")
        print(f"  read through the path: {path.read_text().strip()!r}")
    print(f"  after the with block, the path exists: {path.exists()}")
