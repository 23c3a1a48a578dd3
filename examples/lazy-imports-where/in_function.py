print("this line never runs: the whole file fails to compile")


def load():
    lazy import json
    return json
