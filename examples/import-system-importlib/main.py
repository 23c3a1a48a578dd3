import importlib
import importlib.util
import sys
from pathlib import Path

print("-- find_spec: find a module without importing it")
print("find_spec('no_such_module') ->", importlib.util.find_spec("no_such_module"))
try:
    importlib.util.find_spec("no_such_package.sub")
except ModuleNotFoundError as exc:  # the parent must exist
    print("find_spec('no_such_package.sub') ->", repr(exc))
spec = importlib.util.find_spec("shop.cart")  # imports the parent package, shop
print("find_spec('shop.cart') ->", spec.name, "| imported:",
      [name for name in ("shop", "shop.cart") if name in sys.modules])

print("-- import_module: import by a name held in a string")
name = "shop.cart"
cart = importlib.import_module(name)
print("import_module('shop.cart') is sys.modules['shop.cart']:", cart is sys.modules[name])
print("import_module('.cart', package='shop') is the same:",
      importlib.import_module(".cart", package="shop") is cart)
print("__import__('shop.cart') returns the top package:", __import__("shop.cart").__name__)

print("-- reload: run the file again in the same module object")
import settings
from settings import GREETING

source = Path("settings.py")
original = source.read_text()
source.write_text(original.replace('"Hello"', '"Good morning"'))  # edit the file
try:
    fresh = importlib.reload(settings)
finally:
    source.write_text(original)
print("same object:", fresh is settings, "| settings.GREETING =", repr(settings.GREETING))
print("GREETING bound by `from settings import` before the reload =", repr(GREETING))
