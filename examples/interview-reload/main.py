import importlib

import shapes
from shapes import Point, area

p = Point()
shapes.extra = "set from outside"

importlib.reload(shapes)  # runs shapes.py again, in the same module object

print("area is shapes.area:", area is shapes.area)
print("isinstance(p, shapes.Point):", isinstance(p, shapes.Point))
print("shapes.extra:", shapes.extra)
