import importlib
import pkgutil

import textkit_filters  # a namespace package: no __init__.py in either portion

print("portions:", [p.rsplit("/", 2)[-2] for p in textkit_filters.__path__])
found = pkgutil.iter_modules(textkit_filters.__path__, prefix="textkit_filters.")
for info in sorted(found, key=lambda info: info.name):
    module = importlib.import_module(info.name)
    print(f"{info.name}:", module.apply("hello"))
