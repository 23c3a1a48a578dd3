from config import CURRENCY


def fmt(cents):
    return f"{CURRENCY}{cents // 100}.{cents % 100:02d}"
