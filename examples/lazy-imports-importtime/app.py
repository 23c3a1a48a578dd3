__lazy_modules__ = ["charts"]

import sys

import charts
import config

if "--plot" in sys.argv:
    print(charts.plot(config.NAME))
else:
    print("report for", config.NAME)
