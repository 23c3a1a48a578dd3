import multiprocessing

print(f"main.py runs as {__name__}", flush=True)


def work():
    print("child: work() runs", flush=True)


if __name__ == "__main__":
    print("start method:", multiprocessing.get_start_method(), flush=True)
    child = multiprocessing.Process(target=work)
    child.start()
    child.join()
    print("child exit code:", child.exitcode)
