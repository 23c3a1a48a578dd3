"""A module: one file of code."""

print(f"  running mod.py as {__name__!r}")


def greet(name):
    return f"Hello, {name}!"


def _helper():
    return "private by convention"


if __name__ == "__main__":
    print("  " + greet("python -m"))
