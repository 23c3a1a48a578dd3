from ..money import fmt


def total(prices):
    return fmt(sum(prices))


if __name__ == "__main__":
    print(__name__, "in package", repr(__package__))
    print(total([120, 180]))
