print("  shop/cart/items.py runs")
