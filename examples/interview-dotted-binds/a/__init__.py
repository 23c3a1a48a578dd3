print("running a/__init__.py")
