import sys

import greet                  # a module
import shop                   # a package: the same form
import shop.cart              # a submodule, by its full dotted name
import shop.cart as cart      # the submodule, bound to a short name
from shop import cart as c2   # the same submodule, the other way round
from shop.cart import total   # one name from inside the submodule
from greet import hello       # one name from a module
from shop import currency     # one name from the package's __init__.py

print(cart is c2 is shop.cart is sys.modules["shop.cart"])
print(hello("reader"), total([2, 3]), currency)
