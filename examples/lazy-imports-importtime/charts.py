import time

time.sleep(0.05)  # stands for a heavy plotting library


def plot(name):
    return f"chart of {name}"
