def hello(name):
    return f"Hello, {name}, from a zip!"
