from .formatting import DEFAULT_WIDTH, render

__all__ = ["render"]
