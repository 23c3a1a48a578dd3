print("app/__init__.py runs")
