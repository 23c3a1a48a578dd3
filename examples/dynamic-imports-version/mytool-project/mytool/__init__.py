__version__ = "1.9"  # kept by hand, forgotten at the last release
