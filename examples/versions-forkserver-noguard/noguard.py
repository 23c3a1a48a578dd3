import multiprocessing

print(f"noguard.py runs as {__name__}", flush=True)


def work():
    print("child: work() runs", flush=True)


# No `if __name__ == "__main__":` guard: this runs on every import.
child = multiprocessing.Process(target=work)
child.start()
child.join()
print("child exit code:", child.exitcode, flush=True)
