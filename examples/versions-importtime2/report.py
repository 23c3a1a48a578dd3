import prices
