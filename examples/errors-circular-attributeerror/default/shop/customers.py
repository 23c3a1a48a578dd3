from . import orders


class Customer:
    def __init__(self, name):
        self.name = name

    def new_order(self, kind=orders.Order):
        return kind(customer=self)
