import multiprocessing

print(f"children.py runs as {__name__!r}", flush=True)


def work(n):
    print(f"child {n} works", flush=True)


if __name__ == "__main__":
    context = multiprocessing.get_context("forkserver")
    for n in (1, 2):  # two children, one after the other
        child = context.Process(target=work, args=(n,))
        child.start()
        child.join()
