print(f"running shop/__init__.py as {__name__!r}")
