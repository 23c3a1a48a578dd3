import json  # an import is a name in the namespace too

from . import loaded

public = "a public name"
_private = "starts with an underscore"
