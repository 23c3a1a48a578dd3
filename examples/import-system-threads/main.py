import sys
import threading
import time

got = {}


def worker(name):
    import slow

    got[name] = (slow, getattr(slow, "READY", False))


first = threading.Thread(target=worker, args=["first"])
second = threading.Thread(target=worker, args=["second"])
first.start()
while "slow" not in sys.modules:  # the first thread has begun the import
    time.sleep(0.001)
running = not hasattr(sys.modules["slow"], "READY")
second.start()
first.join()
second.join()
print("the second thread started while slow.py ran:", running)
print("the same module object in both threads:", got["first"][0] is got["second"][0])
print("complete when each thread got it:", got["first"][1], got["second"][1])
