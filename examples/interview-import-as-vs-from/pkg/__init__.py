version = "1.0"  # a plain attribute, not a module
