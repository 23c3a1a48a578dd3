import shop
import report   # report.py imports shop.cart, which sets shop.cart

# Works, but only because report.py imported shop.cart first:
print(shop.cart.total([2, 3]))
