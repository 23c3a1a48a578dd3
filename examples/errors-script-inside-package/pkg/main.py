from pkg.helper import greet

print(greet())
