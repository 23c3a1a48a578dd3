from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int
