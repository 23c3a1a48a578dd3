print("  [shop/__init__.py runs]")
