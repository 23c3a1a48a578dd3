print(f"running pkg/config.py as {__name__!r}")
