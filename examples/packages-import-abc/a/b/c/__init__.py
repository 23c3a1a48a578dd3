print("running a/b/c/__init__.py")
