print("app/exporters/__init__.py runs")
