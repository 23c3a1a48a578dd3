"""A small shop: this docstring is the package's __doc__."""

print("running shop/__init__.py")

currency = "EUR"
