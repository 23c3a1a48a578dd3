"""Shapes: import them from the package, not from its modules."""
from .circle import Circle
from .square import Square

__all__ = ["Circle", "Square"]
__version__ = "1.0"
