"""A one-file module that gives itself a __path__ (do not do this at home)."""

import os

__path__ = [os.path.join(os.path.dirname(__file__), "legacy_parts")]
