__package__ = "shop"  # disagrees with __spec__.parent, which is "tools"

from . import cart  # resolved against __package__

print("from . import cart ->", cart.__name__)
