import json  # imported fine: stays in sys.modules

print("running broken.py")
VALUE = 1
raise RuntimeError("broken.py failed half-way")
