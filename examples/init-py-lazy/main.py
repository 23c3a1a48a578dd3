import sys

import reports


def loaded():
    return sorted(name for name in sys.modules if name.startswith("reports"))


print("after import:", loaded())
print(reports.title("monthly sales"))
print(reports.charts.bar(3))
print(reports.charts.bar(5))
print("after use:", loaded())
print("public names:", [name for name in dir(reports) if not name.startswith("_")])
try:
    reports.pdf
except AttributeError as exc:
    print("AttributeError:", exc)
