import multiprocessing

print(f"work.py runs as {__name__!r}", flush=True)


def square(n):
    return n * n


if __name__ == "__main__":
    context = multiprocessing.get_context("spawn")
    with context.Pool(1) as pool:
        print(pool.map(square, [1, 2, 3]))
