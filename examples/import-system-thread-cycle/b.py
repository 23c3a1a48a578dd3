import time

import sync

sync.b_running.set()
sync.a_running.wait()  # a.py is running in the other thread...
time.sleep(0.5)  # ...and is now waiting for b.py to finish
import a

print("b.py: got a, complete:", hasattr(a, "DONE"))
DONE = True
