import multiprocessing
import sys

if sys.platform == "linux":
    print("default start method on Linux:", multiprocessing.get_start_method())
