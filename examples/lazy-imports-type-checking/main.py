import sys
import typing

import with_lazy
import with_type_checking


class Row:
    amount = 5


print("1. total() works in both:", with_lazy.total([Row()]), with_type_checking.total([Row()]))
print("   'models' in sys.modules:", "models" in sys.modules)

print("2. the annotations, evaluated:")
for module in (with_type_checking, with_lazy):
    try:
        hints = typing.get_type_hints(module.total)
    except NameError as exc:
        print(f"   {module.__name__}: NameError: {exc}")
    else:
        print(f"   {module.__name__}: {hints['orders']}")
