print("my-tool runs as a script")
