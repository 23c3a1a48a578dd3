from __future__ import annotations

from . import orders


class Customer:
    def __init__(self, name):
        self.name = name

    def new_order(self) -> orders.Order:
        return orders.Order(customer=self)
