from .customers import Customer


class Order:
    def __init__(self, customer):
        self.customer = customer or Customer("guest")

    def __repr__(self):
        return f"Order(customer={self.customer.name!r})"
