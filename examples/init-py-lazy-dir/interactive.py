import pydoc
import rlcompleter
import sys

import reports


def loaded():
    return sorted(name for name in sys.modules if name.startswith("reports."))


print("after import:", loaded())

# What the REPL does when you type `reports.ch` and press Tab:
completer = rlcompleter.Completer({"reports": reports})
print("Tab completes to:", completer.complete("reports.ch", 0))
print("after Tab:", loaded())

# What help(reports) does before it shows anything:
pydoc.render_doc(reports)
print("after help():", loaded())
