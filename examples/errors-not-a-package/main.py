import pkg.mod.func

print(pkg.mod.func())
