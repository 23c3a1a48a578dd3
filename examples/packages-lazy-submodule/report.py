lazy import shop.cart   # Python 3.15: nothing is loaded until shop.cart is used


def summary(prices):
    return f"total: {shop.cart.total(prices)}"
