import pkg

print(pkg.sub.hello())
