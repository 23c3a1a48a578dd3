DEFAULT_WIDTH = 40


def render(title, width=DEFAULT_WIDTH):
    return title.center(width, "=")
