print("settings.py runs")

GREETING = "Hello"
