"""A local module that happens to be called random."""

CHOICES = ["red", "green"]
