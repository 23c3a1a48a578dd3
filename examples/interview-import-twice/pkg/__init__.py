print(f"running pkg/__init__.py as {__name__!r}")
