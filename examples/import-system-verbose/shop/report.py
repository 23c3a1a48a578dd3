import time

time.sleep(0.2)  # stands in for a slow import: heavy work at module level
