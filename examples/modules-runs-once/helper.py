import counter


def bump_twice():
    counter.bump()
    counter.bump()
