"""Shipped with the core distribution."""


def export(rows):
    return ",".join(rows)
