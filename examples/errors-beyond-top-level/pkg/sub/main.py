from ..helper import greet

print(__name__, "->", greet())
