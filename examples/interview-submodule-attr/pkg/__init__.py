"""A package whose __init__.py imports none of its submodules."""
