lazy import acme_charts

print("the import line passed")


def draw(points):
    return acme_charts.plot(points)


print(draw([1, 2, 3]))
