"""Importable from anywhere once lib/ is on PYTHONPATH."""
