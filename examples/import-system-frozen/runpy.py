print("the local runpy.py ran")
