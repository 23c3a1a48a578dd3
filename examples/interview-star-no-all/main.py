from pkg import *

print([name for name in dir() if not name.startswith("__")])
