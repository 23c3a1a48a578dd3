import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
sys.path.append(os.path.join(here, "extra"))

statements = [
    "import mod",
    "import regpkg.sub",
    "from nspkg import *",
    "import nspkg.one",
    "from mod import *",
    "from regpkg import *",
    "from nspkg import *",
]
for statement in statements:
    namespace = {}                 # a fresh global namespace for each statement
    exec(statement, namespace)
    bound = sorted(name for name in namespace if name != "__builtins__")
    print(f"{statement:21} binds {bound}")
