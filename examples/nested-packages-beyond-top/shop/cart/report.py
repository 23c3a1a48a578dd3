from ...config import CURRENCY

print("prices in", CURRENCY)
