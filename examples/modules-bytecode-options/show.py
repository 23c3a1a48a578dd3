import calc

print("docstring:", calc.__doc__)
try:
    print("half(3):", calc.half(3))
except AssertionError as error:
    print("AssertionError:", error)
