import pkg

try:
    pkg.sub.hello()
except AttributeError as exc:
    print("AttributeError:", exc)

import other  # imports pkg.sub somewhere else

print(pkg.sub.hello())  # works now, but only by accident
