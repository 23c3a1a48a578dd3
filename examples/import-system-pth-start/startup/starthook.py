import sys


def hello():
    print("hello.start: starthook.hello() called", file=sys.stderr)
