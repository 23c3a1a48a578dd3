import sys


def loaded():
    return sorted(name for name in sys.modules if name.split(".")[0] == "shop")


import shop

print("loaded:", loaded())
try:
    shop.cart
except AttributeError as error:
    print("AttributeError:", error)

import shop.cart

print("loaded:", loaded())
print("shop.cart is now an attribute:", hasattr(shop, "cart"))
