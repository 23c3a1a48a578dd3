from helpers import total

print(total([1.5, 2.5]))
