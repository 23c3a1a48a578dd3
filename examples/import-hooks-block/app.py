try:
    from speedups import total
    IMPLEMENTATION = "speedups"
except ModuleNotFoundError as exc:
    if exc.name != "speedups":
        raise  # something inside speedups is missing: do not hide it

    def total(numbers):
        result = 0
        for n in numbers:
            result += n
        return result

    IMPLEMENTATION = "pure Python fallback"
