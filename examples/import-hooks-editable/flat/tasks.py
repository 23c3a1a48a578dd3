# A helper script in the project root: not part of the package.
print("tasks.py runs")
