print("running greet.py")

default_name = "world"


def hello(name=default_name):
    return f"Hello, {name}!"
