import sync

sync.a_running.set()
sync.b_running.wait()  # b.py is running in the other thread
import b

print("a.py: got b, complete:", hasattr(b, "DONE"))
DONE = True
