try:
    lazy import json
except ImportError:
    json = None
