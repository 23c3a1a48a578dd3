from shop import prices
