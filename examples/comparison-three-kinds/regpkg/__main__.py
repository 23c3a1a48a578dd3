print(f"  running regpkg/__main__.py as {__name__!r}")
