print("running", __name__, "from package", __package__)
