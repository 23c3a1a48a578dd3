from random import choice

print(choice(["red", "green"]))
