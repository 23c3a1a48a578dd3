import sys

if sys.platform != "emscripten":
    lazy import json

with open(__file__) as f:
    lazy import csv

for _ in range(1):
    lazy from textwrap import dedent

print(sorted(name for name, value in globals().items() if type(value).__name__ == "lazy_import"))
