print("  [reports.py runs]")
