lazy import json

print(json.dumps({"lazy": True}))
