import importlib

rows = [[1, 2], [3, 4]]

print("--- an absolute name, built at run time")
fmt = "csv"
module = importlib.import_module(f"app.exporters.{fmt}")
print(module)
print(module.export(rows))

print("--- a relative name needs package=")
module = importlib.import_module(".json", package="app.exporters")
print(module)
print(module.export(rows))
try:
    importlib.import_module(".json")
except TypeError as e:
    print("TypeError:", e)

print("--- __import__ returns the top-level package")
top = __import__("app.exporters.csv")
print(top)
print(top.exporters.csv is importlib.import_module("app.exporters.csv"))
