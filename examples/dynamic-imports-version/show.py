from importlib.metadata import PackageNotFoundError, distribution, version

import mytool

print("mytool.__version__ =", mytool.__version__)
print("    from", mytool.__file__)
try:
    print("version('mytool') =", version("mytool"))
    metadata = [f for f in distribution("mytool").files if f.name == "METADATA"][0]
    print("    from", metadata.locate())
except PackageNotFoundError as e:
    print("PackageNotFoundError:", e)
