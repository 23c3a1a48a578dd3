"""A regular package, so that `python -m app.showpath` works."""
