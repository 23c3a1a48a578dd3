import sys

print("__name__:   ", __name__)
print("__file__:   ", __file__)
print("__spec__:   ", __spec__ and __spec__.name)
print("sys.path[0]:", sys.path[0])
