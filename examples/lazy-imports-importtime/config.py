NAME = "sales"
