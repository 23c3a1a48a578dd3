__lazy_modules__ = ["shop"]

import sys

import shop.checkout  # checked as "shop.checkout": not listed, eager

print(sorted(name for name in sys.modules if name.startswith("shop")))
