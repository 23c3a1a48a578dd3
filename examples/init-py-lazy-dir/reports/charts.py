print("  reports/charts.py runs (imagine a heavy plotting library here)")


def bar(n):
    return "#" * n
