print("  [models.py runs]")


class Order:
    def __init__(self, amount):
        self.amount = amount
