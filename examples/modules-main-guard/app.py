import tool

print(tool.shout("imported"))
