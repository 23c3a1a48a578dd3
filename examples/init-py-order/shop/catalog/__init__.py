print("  shop/catalog/__init__.py runs")
