from pkg.mod import func

print(func())
