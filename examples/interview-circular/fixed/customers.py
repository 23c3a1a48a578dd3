print("customers: start")
import orders  # binds the half-executed module; names are looked up later

def find_customer(name):
    return name.title()

def reorder(name):
    return orders.make_order(name)  # runs after both modules finished

print("customers: end")
