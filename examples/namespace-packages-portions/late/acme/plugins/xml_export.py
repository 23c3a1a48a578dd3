"""Installed while the program is already running."""


def export(rows):
    return "".join(f"<row>{row}</row>" for row in rows)
