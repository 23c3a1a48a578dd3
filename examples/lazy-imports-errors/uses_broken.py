lazy from broken import SETTING

print("the import line passed")
print(SETTING)
