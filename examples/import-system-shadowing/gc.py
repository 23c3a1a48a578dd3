print("the local gc.py runs")
