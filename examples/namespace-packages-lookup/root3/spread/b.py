B = "from root3"
