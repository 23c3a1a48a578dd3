import greet
import shop
import shop.cart

for module in (greet, shop, shop.cart):
    print(f"{module.__name__:9} {type(module).__name__}  __path__: {getattr(module, '__path__', '-')}")

print(shop.__file__)
print(shop.cart.__file__)
print(shop.cart.total([2, 3]))
