import sys

# Absolute imports: the full dotted name, from the top-level package.
import shop.cart.pricing
from shop.cart.pricing import total

print(total(["apple", "pear"]))
print(total(["apple", "pear"], percent=10))
print(shop.cart.pricing.discounts is shop.cart.discounts)
for name in sorted(name for name in sys.modules if name.startswith("shop")):
    print(" ", name)
