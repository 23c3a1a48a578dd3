print(f"  running nspkg/__main__.py as {__name__!r}")
