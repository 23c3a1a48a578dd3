A = "from root1"
