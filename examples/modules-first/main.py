import greet

print(greet.hello())
print(greet.hello("reader"))
print(greet.default_name)

print(type(greet))
print(greet)
