print(f"running registry.py as {__name__!r}")

handlers = []


class Handler:
    pass
