parent = __spec__.parent if __spec__ is not None else None
print(f"{__name__:18} __package__={__package__!r:12} __spec__.parent={parent!r}")
