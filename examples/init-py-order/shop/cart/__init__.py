print("  shop/cart/__init__.py runs")
