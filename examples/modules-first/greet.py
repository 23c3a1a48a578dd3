"""Greetings: a module is any file of Python code you can import."""

default_name = "world"


def hello(name=default_name):
    return f"Hello, {name}!"
