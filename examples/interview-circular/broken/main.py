import orders

print(orders.make_order("ada"))
