NOTE = "report.internal is not mentioned in __init__.py at all"
