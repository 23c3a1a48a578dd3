"""A package with a data file."""
