import importlib.abc
import importlib.util
import sys

# The "files" this finder serves: module name -> source code.
SOURCES = {
    "greetings": "print('  [greetings runs]')\nHELLO = 'hello from a dict'\n",
    "tools": "print('  [tools runs]')\n",
    "tools.text": "print('  [tools.text runs]')\ndef shout(s):\n    return s.upper() + '!'\n",
}


class DictFinder(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        print(f"find_spec({name!r}, path={path!r})")
        if name not in SOURCES:
            return None  # not mine: the next finder is asked
        is_package = any(other.startswith(name + ".") for other in SOURCES)
        return importlib.util.spec_from_loader(
            name, DictLoader(), origin="dict", is_package=is_package
        )


class DictLoader(importlib.abc.Loader):
    def create_module(self, spec):
        print(f"create_module({spec.name!r}) -> None: use a plain module")
        return None

    def exec_module(self, module):
        name = module.__name__
        print(f"exec_module({name!r}), already in sys.modules: {name in sys.modules}")
        exec(SOURCES[name], module.__dict__)


sys.meta_path.append(DictFinder())

print("--- import greetings")
import greetings
print(greetings.HELLO)

print("--- import greetings, again")
import greetings

print("--- import tools.text")
import tools.text
print(tools.text.shout("hi"))

print("--- what the module got from its spec")
spec = greetings.__spec__
print("origin:", spec.origin, "| loader:", type(greetings.__loader__).__name__)
print("__file__:", getattr(greetings, "__file__", "(not set)"))
print("tools.__path__:", tools.__path__)

print("--- import nothere")
try:
    import nothere
except ModuleNotFoundError as exc:
    print(f"{type(exc).__name__}: {exc}")
