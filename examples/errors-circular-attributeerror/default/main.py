from shop.orders import Order

print(Order(customer=None))
