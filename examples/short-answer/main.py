import greet
import shapes.circle

print(greet.hello("reader"))
print(shapes.circle.area(2))

for mod in (greet, shapes, shapes.circle):
    print(f"{mod.__name__:13} {type(mod).__name__}  has __path__: {hasattr(mod, '__path__')}")
