import sys

from app.text import slugify

print(slugify("Hello World"))
print("loaded:", sorted(name for name in sys.modules if name.startswith("app")))
