def func():
    return "pkg.mod.func called"
