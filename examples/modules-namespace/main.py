import sys

import settings

print(settings.__name__)
print(settings.__file__)
print(settings.__doc__)

# Every name assigned at the top level of settings.py is an attribute:
print([name for name in dir(settings) if not name.startswith("__")])
# ...and so are the ones Python sets for every module:
print([name for name in dir(settings) if name.startswith("__")])

# The attributes are the module's global variables, kept in one dict:
print(vars(settings) is settings.__dict__, settings.__dict__["retries"])

# Changing an attribute changes the variable the module's functions see:
settings.debug = True
print(settings.describe())

# A built-in module was never a file, so it has no __file__:
print(hasattr(sys, "__file__"))
