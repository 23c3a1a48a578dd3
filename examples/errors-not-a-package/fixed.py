from tools.text import slugify

print(slugify("Hello World"))
