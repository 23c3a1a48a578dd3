from shop import cart, report
