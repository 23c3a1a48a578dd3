currency = "EUR"
