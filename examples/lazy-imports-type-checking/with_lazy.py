lazy from models import Order


def total(orders: list[Order]) -> int:
    return sum(order.amount for order in orders)
