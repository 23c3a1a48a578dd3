print(f"tool.py runs with __name__ == {__name__!r}")


def shout(text):
    return text.upper() + "!"


if __name__ == "__main__":
    # Only when the file is run as a program, not when it is imported.
    print(shout("run as a script"))
