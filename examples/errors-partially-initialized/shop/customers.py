from .orders import Order


class Customer:
    def __init__(self, name):
        self.name = name

    def new_order(self):
        return Order(customer=self)
