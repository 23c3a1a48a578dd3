from dataclasses import dataclass


@dataclass
class Color:
    name: str
