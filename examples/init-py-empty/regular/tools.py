def hello():
    return "hello from regular.tools"
