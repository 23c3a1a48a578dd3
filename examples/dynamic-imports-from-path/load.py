import importlib.util
import pickle
import sys


def load_file(name, path):
    """Import the file at path as the module called name."""
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # before running it, as import does
    spec.loader.exec_module(module)
    return module


shapes = load_file("shapes", "plugins/shapes.py")
print(shapes)
point = shapes.Point(1, 2)
print(point)
print("pickle round trip:", pickle.loads(pickle.dumps(point)) == point)
