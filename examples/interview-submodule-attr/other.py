import pkg.sub  # some other module of the program needs pkg.sub
