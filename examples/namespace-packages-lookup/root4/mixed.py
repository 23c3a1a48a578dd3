print("running root4/mixed.py")
