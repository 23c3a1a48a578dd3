import sys
from unittest import mock

# In a test: block speedups only inside the with block.
with mock.patch.dict(sys.modules, {"speedups": None}):
    import app
    print("inside the block, app uses:", app.IMPLEMENTATION)

import speedups  # sys.modules is restored: the import works again
import app
print("after the block, app uses:", app.IMPLEMENTATION)
