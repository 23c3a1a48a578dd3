"""Events that make the two threads meet at the worst moment, every time."""

import threading

a_running = threading.Event()
b_running = threading.Event()
