import sys

print("1. import shop.cart.items")
import shop.cart.items

print("2. the same imports again")
import shop
import shop.cart
import shop.cart.items

print("3. import shop.catalog")
import shop.catalog

print("loaded:", sorted(name for name in sys.modules if name.startswith("shop")))
