print("  [shop/cart.py runs]")
