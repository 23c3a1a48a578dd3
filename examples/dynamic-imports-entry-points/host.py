import sys
from importlib.metadata import entry_points


def filters():
    """The entry points in the group textkit.filters, by name."""
    if sys.version_info >= (3, 10):
        found = entry_points(group="textkit.filters")
    else:
        found = entry_points().get("textkit.filters", ())  # 3.9: a dict of groups
    return sorted(found, key=lambda ep: ep.name)


for ep in filters():
    print(f"{ep.name} = {ep.value!r}")
    function = ep.load()  # imports the module, returns the object
    print("   ", function("hello"))
