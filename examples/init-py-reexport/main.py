import shapes
from shapes import Circle, Square

print(Circle(1).area(), Square(2).area())
print(shapes.__version__)
print(Circle.__module__)
print(shapes.Circle is shapes.circle.Circle)
