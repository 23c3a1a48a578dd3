def area(r):
    from math import pi
    return pi * r ** 2


print(round(area(2), 2))
