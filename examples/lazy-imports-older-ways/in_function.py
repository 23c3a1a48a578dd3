import sys


def make_report():
    import reports  # runs on the first call; later calls find it in sys.modules

    return reports.build()


print("before the call: 'reports' in sys.modules:", "reports" in sys.modules)
print(make_report())
print(make_report())
