print("shop/cart.py runs")

ITEMS = []
