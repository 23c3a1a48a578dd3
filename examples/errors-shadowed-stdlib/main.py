import random

random.seed(7)
print(random.randint(1, 6))
