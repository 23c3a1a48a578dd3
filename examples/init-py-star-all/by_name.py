# None of these names is listed in kit.__all__.
from kit import _cache, core, json

print(core.greet("reader"))
print(json.dumps({"ok": True}))
print(_cache)
