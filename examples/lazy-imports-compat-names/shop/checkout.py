__lazy_modules__ = ["shop"]

print("  [shop/checkout.py runs]")

from . import cart  # checked as "shop": listed, lazy
from .prices import PRICES  # checked as "shop.prices": not listed, eager
