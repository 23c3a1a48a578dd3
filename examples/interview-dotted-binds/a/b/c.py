print("running a/b/c.py")
answer = 42
