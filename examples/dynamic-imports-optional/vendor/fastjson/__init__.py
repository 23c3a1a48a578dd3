from ._speedups import dumps  # the compiled part is missing: a broken install
