"""Shipped with a separate add-on distribution."""


def export(rows):
    return f"<PDF with {len(rows)} rows>"
