import tools.text.slugify

print(tools.text.slugify("Hello World"))
