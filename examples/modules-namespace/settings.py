"""Settings shared by the whole program."""

debug = False
retries = 3


def describe():
    return f"debug={debug}, retries={retries}"


print("inside settings.py, __name__ is", repr(__name__))
