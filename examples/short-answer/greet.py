"""A module: one file of Python code."""


def hello(name):
    return f"Hello, {name}!"
