"""Is the script's own directory on sys.path, and which flags are on?"""

import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
print("script's directory on sys.path:", here in sys.path)
print("sys.flags.isolated: ", sys.flags.isolated)
print("sys.flags.safe_path:", getattr(sys.flags, "safe_path", "no such flag"))
