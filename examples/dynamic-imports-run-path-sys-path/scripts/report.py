import helpers  # scripts/helpers.py, next to this file

print("report.py:", helpers.TITLE)
