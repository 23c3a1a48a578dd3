import loose.tools
import regular.tools

print(regular.tools.hello())
print(loose.tools.hello())

for package in (regular, loose):
    print()
    print(package.__name__)
    print("  __file__:", package.__file__)
    print("  __path__:", package.__path__)
