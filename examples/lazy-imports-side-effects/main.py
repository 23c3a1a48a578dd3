import registry

lazy from plugins import csv_export
lazy from plugins import json_export

print("1. registered after the imports:", registry.PLUGINS)
print("2.", json_export.export([1, 2]))
print("3.", csv_export.export([1, 2, 3]))
print("4. registered after first use:", registry.PLUGINS)
