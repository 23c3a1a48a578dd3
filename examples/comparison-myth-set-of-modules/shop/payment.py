print("running shop/payment.py")
