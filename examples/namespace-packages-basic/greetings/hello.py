def say(name):
    return f"Hello, {name}!"
