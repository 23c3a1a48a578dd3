import threading

first = threading.Thread(target=__import__, args=["a"])
second = threading.Thread(target=__import__, args=["b"])
first.start()
second.start()
first.join()
second.join()
print("both threads finished")
