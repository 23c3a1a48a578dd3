from importlib.metadata import entry_points

everything = entry_points()
print("entry_points() returns", type(everything).__name__)

try:
    found = entry_points(group="textkit.filters")
    print("group=: found", sorted(ep.name for ep in found))
except TypeError as e:
    print("group=: TypeError:", e)

try:
    found = everything["textkit.filters"]
    print('["textkit.filters"]: found', sorted(ep.name for ep in found))
except KeyError as e:
    print('["textkit.filters"]: KeyError:', e)
