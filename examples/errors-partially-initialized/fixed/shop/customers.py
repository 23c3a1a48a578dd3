from . import orders


class Customer:
    def __init__(self, name):
        self.name = name

    def new_order(self):
        return orders.Order(customer=self)
