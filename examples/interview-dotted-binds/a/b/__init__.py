print("running a/b/__init__.py")
