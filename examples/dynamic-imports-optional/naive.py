try:
    import fastjson
except ImportError:
    fastjson = None

if fastjson is None:
    print("fastjson is not installed: using json")
else:
    print("using fastjson")
