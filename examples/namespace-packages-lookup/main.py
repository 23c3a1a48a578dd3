import os
import sys

# Only these four roots, so that the output is the same on every machine.
# A real sys.path goes on with the standard library and site-packages.
sys.path[:] = ["root1", "root2", "root3", "root4"]


class Tracing:
    """Wraps the finder of one sys.path entry and reports what it finds."""

    def __init__(self, finder, root):
        self.finder, self.root = finder, root

    def find_spec(self, fullname, target=None):
        spec = self.finder.find_spec(fullname, target)
        if spec is None:
            found = "nothing"
        elif spec.loader is None:
            found = "a portion, keep looking"
        else:
            found = f"{os.path.relpath(spec.origin)}, stop"
        print(f"    {self.root + '/':7} {found}")
        return spec

    def invalidate_caches(self):
        self.finder.invalidate_caches()


default_hooks = list(sys.path_hooks)


def tracing_hook(root):
    for hook in default_hooks:
        try:
            return Tracing(hook(root), root)
        except ImportError:
            continue
    raise ImportError(root)


sys.path_hooks.insert(0, tracing_hook)
sys.path_importer_cache.clear()

print("import regular")
import regular
print("import spread")
import spread
print("import mixed")
import mixed

print(list(spread.__path__))
print(mixed)
