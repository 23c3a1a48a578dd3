import sys

import shop
import report   # its lazy import of shop.cart is still waiting for a first use

print([name for name in sys.modules if name.split(".")[0] == "shop"])
print("cart" in vars(shop))
print(shop.cart.total([2, 3]))   # this line loads shop.cart
print("cart" in vars(shop))
