import sys
from .pricing import total
import json
from shop import pricing


def main():
    json.dump({"total": total([1.5, 2.5]), "module": pricing.__name__}, sys.stdout)
