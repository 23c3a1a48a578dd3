PLUGINS = []


def register(name):
    print(f"  [register {name!r}]")
    PLUGINS.append(name)
