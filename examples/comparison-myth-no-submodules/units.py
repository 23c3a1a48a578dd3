"""A plain module: one file, no __path__."""

CM_PER_INCH = 2.54
