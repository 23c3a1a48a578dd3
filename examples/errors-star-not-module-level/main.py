def area(r):
    from math import *
    return pi * r ** 2


print(area(2))
