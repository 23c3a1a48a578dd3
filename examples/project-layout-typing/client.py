import legacy
from shapes import area, perimeter

print(area(2, 3))
print(area("2", 3))
print(perimeter(2, 3))
print(legacy.double(4))
