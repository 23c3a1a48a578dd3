import shop
import shop   # cached in sys.modules: __init__.py does not run again

print(shop.__doc__)
print(shop.currency)
