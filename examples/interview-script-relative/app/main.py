import sys

print(f"__name__ = {__name__!r}, __package__ = {__package__!r}")
print(f"sys.path[0] = {sys.path[0]!r}")

from .config import GREETING

print(GREETING)
