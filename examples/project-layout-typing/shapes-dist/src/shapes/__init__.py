"""Areas and perimeters of rectangles."""

from shapes.core import area as area  # "as area": re-exported on purpose
from shapes.core import perimeter  # imported for use here, says a strict checker
