def hello():
    return "hello from pkg.sub"
