import greet                       # binds greet: the module object
import greet as g                  # binds g: the same module object
from greet import hello            # binds hello: one attribute of the module
from greet import hello as hi      # binds hi: the same function, another name
from greet import default_name, hello as say   # several names at once

print(g is greet)
print(hello is greet.hello, hi is greet.hello, say is greet.hello)
print(say(default_name))
