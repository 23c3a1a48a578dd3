import json

from .core import greet

_cache = {}


def version():
    return "1.0"
