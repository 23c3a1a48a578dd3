print("  [shop/prices.py runs]")

PRICES = {"apple": 3}
