print("executing shapes.py")


class Point:
    pass


def area():
    return 0
