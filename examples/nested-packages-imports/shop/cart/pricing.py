# Relative imports: the dots count from this module's package, shop.cart.
from . import discounts                # shop.cart.discounts
from .discounts import apply           # a name from shop.cart.discounts
from .. import money                   # shop.money
from ..catalog.products import PRICES  # shop.catalog.products


def total(items, percent=0):
    cents = sum(PRICES[item] for item in items)
    return money.fmt(apply(cents, percent))
