import os
import sys

from app import answer


def test_answer():
    print()
    print("sys.path[0]:", os.path.relpath(sys.path[0]))
    print("rootdir is sys.path entry", sys.path.index(os.getcwd()))
    assert answer() == 42
