print("  [broken.py runs]")
SETTING = int("not a number")
