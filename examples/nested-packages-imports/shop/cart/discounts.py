def apply(cents, percent):
    return cents * (100 - percent) // 100
