import re

import greetings          # a directory with no __init__.py in it
import greetings.hello    # a module inside it

print(greetings.hello.say("namespace"))


def shown(obj):
    # Python 3.10 and 3.11 put a memory address into the repr: hide it.
    return re.sub(r" at 0x[0-9a-fA-F]+", " at 0x...", repr(obj))


print("repr(greetings):  ", shown(greetings))
print("__file__:         ", greetings.__file__)
print("__spec__.origin:  ", greetings.__spec__.origin)
print("__path__:         ", greetings.__path__)
print("type(__path__):   ", type(greetings.__path__).__name__)
print("type(__loader__): ", type(greetings.__loader__).__qualname__)
