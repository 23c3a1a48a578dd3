def volume(a):
    return a ** 3
