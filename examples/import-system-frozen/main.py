import runpy

loader = runpy.__loader__
print("runpy came from:", runpy.__spec__.origin)
print("loader:", getattr(loader, "__name__", type(loader).__name__))
