import math


def area(r):
    return round(math.pi * r * r, 2)
