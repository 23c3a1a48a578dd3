import pkg.sub

print(pkg.sub.hello())
