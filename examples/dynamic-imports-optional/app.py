try:
    import fastjson
except ModuleNotFoundError as e:
    if e.name != "fastjson":  # fastjson is there, but something it imports is not
        raise
    fastjson = None

if fastjson is None:
    print("fastjson is not installed: using json")
else:
    print("using fastjson")
