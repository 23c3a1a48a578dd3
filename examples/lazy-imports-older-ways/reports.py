print("  [reports.py runs]")


def build():
    return "report built"
