# There used to be a config.py with load_settings() in it; it was moved
# away, but a directory called config/ (data, not code) is still here.
from config import load_settings

print(load_settings())
