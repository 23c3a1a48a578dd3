NAME = "helper from extra/"
