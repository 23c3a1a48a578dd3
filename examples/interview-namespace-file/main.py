import ns
import regular

for module in (regular, ns):
    print(module.__name__)
    print("  __file__    =", module.__file__)
    print("  __path__    =", module.__path__)
    print("  spec.origin =", module.__spec__.origin)
