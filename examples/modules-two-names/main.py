import sys

sys.path.insert(0, "app")  # now app/registry.py is reachable under two names

import app.registry
import registry

print(app.registry is registry)
print(app.registry.__file__ == registry.__file__)
registry.handlers.append("audit")
print(app.registry.handlers, registry.handlers)
print(isinstance(registry.Handler(), app.registry.Handler))
