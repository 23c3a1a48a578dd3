print(f"running shop/__main__.py as {__name__!r}")

from shop.cart import total

print("total:", total([2, 3]))
