import time

print("slow: running its code")
time.sleep(0.5)  # the other thread arrives meanwhile, and waits
READY = True
print("slow: done")
