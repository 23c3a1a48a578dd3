import subprocess
import sys
import zipfile

# The two commands you would type, run one after the other.
print("$ python -m zipapp app -o hello.pyz -p '/usr/bin/env python3'")
subprocess.run(
    [sys.executable, "-m", "zipapp", "app", "-o", "hello.pyz", "-p", "/usr/bin/env python3"],
    check=True,
)
with open("hello.pyz", "rb") as f:
    print("first line:", f.readline().decode().strip())
with zipfile.ZipFile("hello.pyz") as zf:
    print("inside:", sorted(zf.namelist()))

print("$ python hello.pyz")
subprocess.run([sys.executable, "hello.pyz"], check=True)
