NAME = "shop.cart"
