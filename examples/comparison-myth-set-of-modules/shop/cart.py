print("running shop/cart.py")
