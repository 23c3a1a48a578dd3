import types

statements = [
    # the forms the myth gives to modules, used on a package
    "import shapes",
    "import shapes as s",
    # the form the myth gives to packages, used on a module
    "from greet import hello",
    # and every other combination
    "import greet",
    "import greet as g",
    "import shapes.circle",
    "import shapes.circle as c",
    "from shapes import circle",
    "from shapes.circle import area",
    "from shapes.circle import area as circle_area",
]


def kind(obj):
    if isinstance(obj, types.ModuleType):
        return ("package " if hasattr(obj, "__path__") else "module ") + obj.__name__
    return f"{type(obj).__name__} {obj.__module__}.{obj.__qualname__}"


for statement in statements:
    namespace = {}                 # a fresh global namespace for each statement
    exec(statement, namespace)
    bound = ", ".join(f"{name} = {kind(value)}"
                      for name, value in namespace.items() if name != "__builtins__")
    print(f"{statement:46} {bound}")
