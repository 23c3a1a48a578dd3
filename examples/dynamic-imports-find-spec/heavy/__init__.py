print("heavy/__init__.py runs: importing heavy")
