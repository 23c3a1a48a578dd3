import shop.cart


def summary(prices):
    return f"total: {shop.cart.total(prices)}"
