# An empty conftest.py at the rootdir: pytest imports it before any test.
