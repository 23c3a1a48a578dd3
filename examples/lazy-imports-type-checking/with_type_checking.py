from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from models import Order


def total(orders: list[Order]) -> int:
    return sum(order.amount for order in orders)
