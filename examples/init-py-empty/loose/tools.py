def hello():
    return "hello from loose.tools"
