def greet():
    return "hello from pkg.helper"
